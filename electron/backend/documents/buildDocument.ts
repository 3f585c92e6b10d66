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
import { assembleDocument, documentBytes, type DocumentParts } from './assembleDocument';
import { documentContextOf } from './documentContext';
import { documentFileName } from './fileName';
import { inSentence } from './inSentence';
import { annuaireParts } from './annuaire/buildAnnuaire';
import { isFiltered } from './annuaire/directoryFilters';
import { readFilteredActors } from '../actors/readFilteredActors';
import { diagnosticParts } from './diagnostic/buildDiagnostic';
import {
  fragilityMapPng,
  placesMapPng,
  readDiagnostic,
  readDiagnosticData,
  readFrozenDiagnosticData,
} from './diagnostic/readDiagnosticData';
import { noteSyntheseParts, type NoteData } from './noteSynthese/buildNoteSynthese';
import type { RoadmapDto } from '../../../shared/roadmap/roadmapDto';
import { feuilleDeRouteParts } from './feuilleDeRoute/buildFeuilleDeRoute';
import { readRoadmap } from './feuilleDeRoute/readRoadmap';

/**
 * Any document, from a request, with no window: the renderer's call, tests and scripts all come here.
 * Each kind reads its data, then its builder turns the data into parts the one engine assembles.
 */

async function roadmapOrFail(ctx: BackendContext): Promise<RoadmapDto> {
  const roadmap = await readRoadmap(ctx);
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
  const fragility = await fragilityMapPng(ctx, diagnostic);
  if (fragility && diagnostic.fragility) {
    return {
      diagnostic,
      roadmap,
      map: {
        png: fragility,
        caption: `Carte : ${inSentence(diagnostic.fragility.label)} par commune`,
        source: source(diagnostic.fragility.source),
      },
    };
  }
  const places = await placesMapPng(ctx);
  return {
    diagnostic,
    roadmap,
    map: places
      ? {
          png: places,
          caption: 'Carte : les lieux de médiation numérique',
          source: source(diagnostic.directorySource),
        }
      : null,
  };
}

async function partsOf(ctx: BackendContext, request: DocumentRequest): Promise<DocumentParts> {
  const values = documentBuildInput.parse(request);
  const context = await documentContextOf(ctx);
  switch (values.kind) {
    case 'annuaire': {
      const actors = await readFilteredActors(ctx, values.options.filters);
      return annuaireParts(context, values.options, { actors, filtered: isFiltered(values.options.filters) });
    }
    case 'diagnostic':
      return diagnosticParts(
        context,
        values.options.snapshotId === undefined
          ? await readDiagnosticData(ctx)
          : await readFrozenDiagnosticData(ctx, values.options.snapshotId),
      );
    case 'feuilleDeRoute':
      return feuilleDeRouteParts(context, await roadmapOrFail(ctx));
    case 'noteSynthese':
      return noteSyntheseParts(context, await noteData(ctx, await roadmapOrFail(ctx)));
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

async function buildDocumentFile(ctx: BackendContext, request: DocumentRequest): Promise<DocumentFileDto> {
  const parts = await partsOf(ctx, request);
  const bytes = await documentBytes(assembleDocument(parts));
  return {
    kind: request.kind,
    fileName: documentFileName(
      (await documentContextOf(ctx)).today,
      DOCUMENT_TITLES[request.kind],
      parts.territoryName,
    ),
    mimeType: DOCX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}
