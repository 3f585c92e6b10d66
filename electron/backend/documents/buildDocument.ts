import {
  DOCUMENT_TITLES,
  DOCX_MIME_TYPE,
  documentBuildInput,
  type DocumentFileDto,
  type DocumentRequest,
} from '../../../shared/documents/documentDto';
import { quoted } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { documentContextOf } from './documentContext';
import { documentFileName } from './fileName';
import { inSentence } from './inSentence';
import { isFiltered } from './annuaire/directoryFilters';
import { readFilteredActors } from '../actors/readFilteredActors';
import {
  fragilityMapPng,
  placesMapPng,
  readDiagnostic,
  readDiagnosticData,
  readFrozenDiagnosticData,
} from './diagnostic/readDiagnosticData';
import type { NoteData } from './noteSynthese/buildNoteSynthese';
import { noteNetworkLife } from './noteSynthese/noteNetworkLife';
import type { RoadmapDto } from '../../../shared/roadmap/roadmapDto';
import { readRoadmapVersion } from './feuilleDeRoute/readRoadmap';
import { annuaireName, diagnosticName, noteName, roadmapName } from './documentNames';
import type { DocumentJob } from './documentJob';
import { buildDocumentBytes } from './buildInWorker';
import { gateOf } from '../db/databaseGate';
import { bilanYearOrFail, readBilan } from './bilan/readBilan';
import { bilanName } from './bilan/bilanName';

/**
 * Any document, from a request, with no window: the renderer's call, tests and scripts all come here.
 * Each kind reads its data (`readJob`), then its builder turns the data into parts the one engine assembles
 * (`documentJob.ts`), in a worker thread.
 */

async function roadmapOrFail(
  ctx: BackendContext,
  version: number | 'projet' | undefined = undefined,
): Promise<RoadmapDto> {
  const roadmap = await readRoadmapVersion(ctx, version);
  if (!roadmap)
    throw new AppFailure(
      'conflict',
      'Commencez d’abord la feuille de route dans Maillage (écran Feuille de route).',
    );
  return roadmap;
}

/** The note's one map: the fragility map when it can be drawn, else the places. */
async function noteData(ctx: BackendContext, roadmap: RoadmapDto): Promise<NoteData> {
  const diagnostic = readDiagnostic(ctx);
  const source = (s: { label: string; year: number | null }) =>
    s.year === null ? s.label : `${s.label}, ${s.year}`;
  const networkLife = await noteNetworkLife(ctx, roadmap);
  const fragility = await fragilityMapPng(ctx, diagnostic);
  if (fragility && diagnostic.fragility) {
    return {
      diagnostic,
      roadmap,
      networkLife,
      map: {
        png: fragility,
        caption: `Carte\u00a0: ${inSentence(diagnostic.fragility.label)} par commune`,
        source: source(diagnostic.fragility.source),
      },
    };
  }
  const places = await placesMapPng(ctx);
  return {
    diagnostic,
    roadmap,
    networkLife,
    map: places
      ? {
          png: places,
          caption: 'Carte\u00a0: les lieux de médiation numérique',
          source: source(diagnostic.directorySource),
        }
      : null,
  };
}

/** Reads what the document needs (under the database gate, shared with other reads): plain data. */
export async function readJob(ctx: BackendContext, request: DocumentRequest): Promise<DocumentJob> {
  const values = documentBuildInput.parse(request);
  const context = await documentContextOf(ctx);
  switch (values.kind) {
    case 'annuaire': {
      const actors = await readFilteredActors(ctx, values.options.filters);
      return {
        kind: 'annuaire',
        context,
        options: values.options,
        data: { actors, filtered: isFiltered(values.options.filters) },
      };
    }
    case 'diagnostic':
      return {
        kind: 'diagnostic',
        context,
        data:
          values.options.snapshotId === undefined
            ? await readDiagnosticData(ctx)
            : await readFrozenDiagnosticData(ctx, values.options.snapshotId),
      };
    case 'feuilleDeRoute':
      return {
        kind: 'feuilleDeRoute',
        context,
        roadmap: await roadmapOrFail(ctx, values.options.version),
      };
    case 'noteSynthese':
      return { kind: 'noteSynthese', context, data: await noteData(ctx, await roadmapOrFail(ctx)) };
    case 'bilan':
      return {
        kind: 'bilan',
        context,
        data: await readBilan(ctx, await bilanYearOrFail(ctx, values.options.year)),
      };
  }
}

/** Which document and which version, in words: the start of its file name. */
function nameOfJob(job: DocumentJob): string {
  const { today } = job.context;
  switch (job.kind) {
    case 'annuaire':
      return annuaireName(today);
    case 'diagnostic':
      return diagnosticName(job.data.frozen, today);
    case 'feuilleDeRoute':
      return roadmapName(job.roadmap, today);
    case 'noteSynthese':
      return noteName(today);
    case 'bilan':
      return bilanName(job.data.year, job.data.current ? today : null);
  }
}

export async function buildDocument(ctx: BackendContext, request: DocumentRequest): Promise<DocumentFileDto> {
  try {
    return await buildDocumentFile(ctx, request);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    // Anything unforeseen ends this document only, with a message naming it; the engine goes on answering.
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    const title = (DOCUMENT_TITLES as Partial<Record<string, string>>)[request.kind];
    throw new AppFailure(
      'internal',
      `Le document${title ? ` ${quoted(title)}` : ''} n’a pas pu être produit. Réessayez\u00a0; si cela se reproduit, signalez-le avec ce détail\u00a0: ${detail}`,
    );
  }
}

/**
 * The data is read under the database gate; the Word file is then built off the engine's thread (see
 * `buildInWorker.ts`), so that a long document never holds other calls, reads or writes, behind it.
 */
async function buildDocumentFile(ctx: BackendContext, request: DocumentRequest): Promise<DocumentFileDto> {
  const job = await gateOf(ctx).shared(() => readJob(ctx, request));
  const bytes = Buffer.from(await buildDocumentBytes(job));
  return {
    kind: request.kind,
    fileName: documentFileName(nameOfJob(job), job.context.territory.displayName),
    mimeType: DOCX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}
