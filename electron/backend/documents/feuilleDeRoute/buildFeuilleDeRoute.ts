import type { FileChild } from 'docx';
import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { roleMatrix } from '../../../../shared/roadmap/roleMatrix';
import { roadmapFunding } from '../../../../shared/roadmap/fundingTotals';
import { budgetWords, fundingWords } from '../../../../shared/roadmap/budgetWords';
import { countLabel, formatDate, quoted } from '../../../../shared/format/french';
import type { DocumentParts } from '../assembleDocument';
import type { DocumentContext } from '../documentContext';
import { Outline } from '../outline';
import { body, bodyLines, labelled } from '../paragraphs';
import { andList } from '../../../../shared/format/frenchList';
import { actionFiche } from './actionFiche';
import { actionNumbers } from './roadmapText';
import {
  calendarTable,
  fundingByActionTable,
  fundingBySourceTable,
  membersTable,
  objectivesTable,
  whoDoesWhatTable,
} from './roadmapTables';
import { signaturePage } from './signaturePage';

/**
 * The feuille de route to adopt: raison d'être, context, composition, objectives, reciprocal commitments,
 * the chantiers with one fiche per action, who does what, the calendar, the funding, and the signature page.
 * Built from the roadmap's data only; what is not written yet says so.
 */

/**
 * A section of the document: its title, and its content, or null when nothing is written yet. Empty sections
 * are not given a heading and a « non renseigné » each: they are named together in one sentence.
 */
interface Section {
  title: string;
  /** How the sentence of the sections not written names it (« la raison d’être »). */
  named: string;
  written: boolean;
  build: (outline: Outline) => FileChild[];
}

const hasText = (value: string | null) => Boolean(value?.trim());

function chantiers(roadmap: RoadmapDto, outline: Outline, today: string): FileChild[] {
  const numbers = actionNumbers(roadmap);
  const blocks: FileChild[] = [];
  roadmap.chantiers.forEach((chantier, index) => {
    blocks.push(outline.heading(2, `Chantier ${index + 1} — ${chantier.title}`));
    if (chantier.description?.trim()) blocks.push(...bodyLines(chantier.description));
    if (chantier.actions.length === 0) blocks.push(labelled('Actions', null, 'fp'));
    for (const action of chantier.actions)
      blocks.push(...actionFiche(roadmap, action, numbers.get(action.id)!, outline, today));
  });
  return blocks;
}

function whoDoesWhat(roadmap: RoadmapDto): FileChild[] {
  const matrix = roleMatrix(roadmap);
  const blocks: FileChild[] = [whoDoesWhatTable(roadmap)];
  if (matrix.actionsWithoutPilot.length > 0)
    blocks.push(
      body(`Actions sans pilote\u00a0: ${matrix.actionsWithoutPilot.map((a) => a.title).join(', ')}.`),
    );
  if (matrix.membersWithoutRole.length > 0)
    blocks.push(
      body(
        `Membres sans rôle dans une action\u00a0: ${matrix.membersWithoutRole.map((m) => m.name).join(', ')}.`,
      ),
    );
  return blocks;
}

function funding(roadmap: RoadmapDto, outline: Outline): FileChild[] {
  const { overall } = roadmapFunding(roadmap);
  const blocks: FileChild[] = [
    body(`Budget des actions\u00a0: ${budgetWords(overall)}\u00a0; ${fundingWords(overall)}.`),
  ];
  if (overall.bySource.length > 0)
    blocks.push(outline.heading(2, 'Par financeur'), fundingBySourceTable(roadmap));
  blocks.push(outline.heading(2, 'Par action'), fundingByActionTable(roadmap));
  return blocks;
}

function sections(roadmap: RoadmapDto, today: string): Section[] {
  const hasActions = roadmap.chantiers.some((chantier) => chantier.actions.length > 0);
  return [
    {
      title: 'Raison d’être',
      named: 'la raison d’être',
      written: hasText(roadmap.purpose),
      build: () => bodyLines(roadmap.purpose ?? ''),
    },
    {
      title: 'Contexte',
      named: 'le contexte',
      written: hasText(roadmap.context),
      build: () => bodyLines(roadmap.context ?? ''),
    },
    {
      title: 'Composition de l’instance',
      named: 'la composition de l’instance',
      written: roadmap.instance !== null,
      build: () => [
        body(
          roadmap.members.length === 0
            ? `L’instance ${quoted(roadmap.instance?.name ?? '')} ne compte encore aucun membre.`
            : `L’instance ${quoted(roadmap.instance?.name ?? '')} réunit ${countLabel(roadmap.members.length, 'membre')}.`,
        ),
        ...(roadmap.members.length > 0 ? [membersTable(roadmap)] : []),
      ],
    },
    {
      title: 'Objectifs',
      named: 'les objectifs',
      written: roadmap.objectives.length > 0,
      build: () => [objectivesTable(roadmap)],
    },
    {
      title: 'Engagements réciproques',
      named: 'les engagements réciproques',
      written: hasText(roadmap.commitments),
      build: () => bodyLines(roadmap.commitments ?? ''),
    },
    {
      title: 'Chantiers clés et fiches action',
      named: 'les chantiers clés et leurs actions',
      written: roadmap.chantiers.length > 0,
      build: (outline) => chantiers(roadmap, outline, today),
    },
    {
      title: 'Qui fait quoi',
      named: 'qui fait quoi',
      written: hasActions,
      build: () => whoDoesWhat(roadmap),
    },
    {
      title: 'Calendrier',
      named: 'le calendrier',
      written: hasActions,
      build: () => [calendarTable(roadmap, today)],
    },
    {
      title: 'Financements',
      named: 'les financements',
      written: hasActions,
      build: (outline) => funding(roadmap, outline),
    },
  ];
}

/**
 * The sections in order, each under its heading, with no forced page break (a short section does not leave a
 * page nearly empty); the sections not written yet named once, in one sentence, where the first of them stood.
 */
function writtenSections(roadmap: RoadmapDto, today: string, outline: Outline): FileChild[] {
  const all = sections(roadmap, today);
  const empty = all.filter((section) => !section.written).map((section) => section.named);
  const opening = roadmap.state === 'adoptee' ? 'Cette version ne comprend pas' : 'Restent à rédiger';
  const blocks: FileChild[] = [];
  let said = false;
  // Nothing written: the sentence stays on the title page, under the version it describes.
  const nothingWritten = empty.length === all.length;
  for (const section of all) {
    // The first block of the body opens the page after the contents.
    const pageBreakBefore = blocks.length === 0 && !nothingWritten;
    if (section.written) {
      blocks.push(outline.heading(1, section.title, { pageBreakBefore }), ...section.build(outline));
    } else if (!said) {
      blocks.push(body(`${opening}\u00a0: ${andList(empty)}.`, { pageBreakBefore }));
      said = true;
    }
  }
  return blocks;
}

export function feuilleDeRouteParts(context: DocumentContext, roadmap: RoadmapDto): DocumentParts {
  const outline = new Outline();
  const status =
    roadmap.state === 'adoptee' && roadmap.adoption
      ? `Version ${roadmap.adoption.version} adoptée le ${formatDate(roadmap.adoption.adoptedOn)}`
      : `Projet de version ${roadmap.version}, à adopter`;
  const content: FileChild[] = [
    ...writtenSections(roadmap, context.today, outline),
    ...signaturePage(roadmap, outline),
  ];
  return {
    territoryName: context.territory.displayName,
    title: roadmap.title.trim() || 'Feuille de route',
    subtitle: status,
    date: context.date,
    author: context.author,
    logo: context.logo,
    outline,
    contentsDepth: 2,
    body: content,
  };
}
