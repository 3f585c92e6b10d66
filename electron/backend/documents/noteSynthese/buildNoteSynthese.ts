import { isActionLate } from '../../../../shared/roadmap/actionLate';
import { Paragraph, TextRun, type FileChild } from 'docx';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { ACTION_STATUSES } from '../../../../shared/roadmap/roadmapVocabulary';
import { roadmapFunding } from '../../../../shared/roadmap/fundingTotals';
import { budgetWords, fundingWords } from '../../../../shared/roadmap/budgetWords';
import { countLabel, formatDate, formatInteger, quoted } from '../../../../shared/format/french';
import { frenchTypography } from '../frenchTypography';
import type { DocumentParts } from '../assembleDocument';
import type { DocumentContext } from '../documentContext';
import { STYLE } from '../documentStyles';
import { figure } from '../figures';
import { Outline } from '../outline';
import { body, bodyLines } from '../paragraphs';
import { keyFiguresTable } from '../diagnostic/diagnosticTables';
import { expectedDecisions } from './expectedDecisions';
import { activityLines } from './activityLines';
import { ACTIVITY_BLOCK_TITLE } from '../../../../shared/diagnostic/diagnosticActivity';

/**
 * Two pages for the conférence des maires: the key figures of the diagnostic, one map, where the feuille de
 * route stands, and the decisions expected. Built from the diagnostic, the roadmap and one PNG.
 */

export interface NoteData {
  diagnostic: DiagnosticDto;
  roadmap: RoadmapDto;
  /** The fragility map, else the map of the places, else null. */
  map: { png: Uint8Array; caption: string; source: string } | null;
  /**
   * « La vie du réseau »: sentences on the meetings of the coordination body, under their own heading; the
   * section is left out when there are none (never an empty heading).
   */
  networkLife?: string[];
}

/** Keeps the map to a third of a page, so that the note holds on two pages. */
const MAP_HEIGHT = 330;

function bullet(text: string): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    indent: { left: 340, hanging: 220 },
    spacing: { before: 40, after: 40 },
    children: [new TextRun(`•\u00a0${frenchTypography(text)}`)],
  });
}

function roadmapState(roadmap: RoadmapDto, today: string): FileChild[] {
  const actions = roadmap.chantiers.flatMap((c) => c.actions);
  const byStatus = (['en_cours', 'termine', 'a_lancer', 'abandonne'] as const)
    .map((status) => ({ status, count: actions.filter((a) => a.status === status).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${formatInteger(entry.count)}\u00a0${ACTION_STATUSES[entry.status].toLowerCase()}`);
  const late = actions.filter((a) => isActionLate(a, today)).length;
  const { overall } = roadmapFunding(roadmap);
  const signed = roadmap.signatures.filter((s) => s.status === 'signe').length;
  const state =
    roadmap.state === 'adoptee' && roadmap.adoption
      ? `adoptée (version ${roadmap.adoption.version}, le ${formatDate(roadmap.adoption.adoptedOn)} à ${roadmap.adoption.place})`
      : `projet de version ${roadmap.version}, à adopter`;
  return [
    body(`${roadmap.title}\u00a0: ${state}.`),
    bullet(
      `${countLabel(roadmap.chantiers.length, 'chantier', 'chantiers', 'Aucun chantier')}, ${countLabel(actions.length, 'action', 'actions', 'aucune action')}${byStatus.length > 0 ? ` (${byStatus.join(', ')})` : ''}${late > 0 ? ` dont ${countLabel(late, 'en retard', 'en retard')}` : ''}.`,
    ),
    bullet(
      `${countLabel(roadmap.members.length, 'membre', 'membres', 'Aucun membre')} dans l’instance ${roadmap.instance ? quoted(roadmap.instance.name) : 'de coordination'}\u00a0; ${roadmap.signatures.length === 0 ? 'aucun signataire désigné' : `${countLabel(signed, 'signature', 'signatures', 'aucune signature')} sur ${formatInteger(roadmap.signatures.length)}`}.`,
    ),
    bullet(`Budget des actions\u00a0: ${budgetWords(overall)}\u00a0; ${fundingWords(overall)}.`),
  ];
}

export function noteSyntheseParts(context: DocumentContext, data: NoteData): DocumentParts {
  const outline = new Outline();
  const decisions = expectedDecisions(data.roadmap);
  const message = data.diagnostic.commentary.synthese?.trim() ?? '';
  const content: FileChild[] = [
    outline.heading(1, 'Chiffres clés'),
    keyFiguresTable(data.diagnostic),
    ...(message ? bodyLines(message) : []),
    ...(data.map
      ? [
          ...figure({
            png: data.map.png,
            caption: data.map.caption,
            source: data.map.source,
            description: data.map.caption,
            maxHeight: MAP_HEIGHT,
          }),
        ]
      : []),
    outline.heading(1, ACTIVITY_BLOCK_TITLE),
    ...activityLines(data.diagnostic).map(bullet),
    ...(data.networkLife && data.networkLife.length > 0
      ? [outline.heading(1, 'La vie du réseau'), ...data.networkLife.map(bullet)]
      : []),
    outline.heading(1, 'Où en est la feuille de route'),
    ...roadmapState(data.roadmap, context.today),
    outline.heading(1, 'Décisions attendues'),
    ...(decisions.length > 0
      ? decisions.map(bullet)
      : [body('Aucune décision n’est attendue\u00a0: la feuille de route est adoptée, financée et signée.')]),
  ];
  return {
    territoryName: context.territory.displayName,
    title: 'Note de synthèse pour la conférence des maires',
    subtitle: null,
    date: context.date,
    author: context.author,
    logo: context.logo,
    layout: 'note',
    outline,
    contentsDepth: 0,
    body: content,
  };
}
