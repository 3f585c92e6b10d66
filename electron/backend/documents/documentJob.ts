import type { RoadmapDto } from '../../../shared/roadmap/roadmapDto';
import type { AnnuaireOptions } from '../../../shared/documents/documentDto';
import { assembleDocument, documentBytes, type DocumentParts } from './assembleDocument';
import type { DocumentContext } from './documentContext';
import { annuaireParts, type AnnuaireData } from './annuaire/buildAnnuaire';
import { diagnosticParts } from './diagnostic/buildDiagnostic';
import type { DiagnosticData } from './diagnostic/readDiagnosticData';
import { feuilleDeRouteParts } from './feuilleDeRoute/buildFeuilleDeRoute';
import { noteSyntheseParts, type NoteData } from './noteSynthese/buildNoteSynthese';
import { bilanParts } from './bilan/buildBilan';
import type { BilanData } from './bilan/bilanData';

/**
 * Everything a document needs once its data has been read from the database: plain data (images as bytes),
 * so that it can cross to the worker thread that builds the Word file while the engine keeps answering.
 */
export type DocumentJob =
  | { kind: 'annuaire'; context: DocumentContext; options: AnnuaireOptions; data: AnnuaireData }
  | { kind: 'diagnostic'; context: DocumentContext; data: DiagnosticData }
  | { kind: 'feuilleDeRoute'; context: DocumentContext; roadmap: RoadmapDto }
  | { kind: 'noteSynthese'; context: DocumentContext; data: NoteData }
  | { kind: 'bilan'; context: DocumentContext; data: BilanData };

export function partsOfJob(job: DocumentJob): DocumentParts {
  switch (job.kind) {
    case 'annuaire':
      return annuaireParts(job.context, job.options, job.data);
    case 'diagnostic':
      return diagnosticParts(job.context, job.data);
    case 'feuilleDeRoute':
      return feuilleDeRouteParts(job.context, job.roadmap);
    case 'noteSynthese':
      return noteSyntheseParts(job.context, job.data);
    case 'bilan':
      return bilanParts(job.context, job.data);
  }
}

/** The Word file's bytes: parts, then the one document engine, then the zip. */
export async function bytesOfJob(job: DocumentJob): Promise<Uint8Array> {
  return documentBytes(assembleDocument(partsOfJob(job)));
}
