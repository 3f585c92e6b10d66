import type { FileChild } from 'docx';
import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { roleMatrix } from '../../../../shared/roadmap/roleMatrix';
import { roadmapFunding } from '../../../../shared/roadmap/fundingTotals';
import { formatEuros } from '../../../../shared/roadmap/roadmapDates';
import { countLabel, formatDate, quoted } from '../../../../shared/format/french';
import type { DocumentParts } from '../assembleDocument';
import type { DocumentContext } from '../documentContext';
import { Outline } from '../outline';
import { body, bodyLines, labelled } from '../paragraphs';
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

function text(
  outline: Outline,
  title: string,
  value: string | null,
  agreement: 'm' | 'f' | 'mp' | 'fp',
  pageBreakBefore = false,
): FileChild[] {
  const blocks: FileChild[] = [outline.heading(1, title, { pageBreakBefore })];
  if (value?.trim()) blocks.push(...bodyLines(value));
  else blocks.push(labelled(title, null, agreement));
  return blocks;
}

function chantiers(roadmap: RoadmapDto, outline: Outline): FileChild[] {
  const numbers = actionNumbers(roadmap);
  const blocks: FileChild[] = [
    outline.heading(1, 'Chantiers clés et fiches action', { pageBreakBefore: true }),
  ];
  if (roadmap.chantiers.length === 0) {
    blocks.push(labelled('Chantiers', null, 'mp'));
    return blocks;
  }
  roadmap.chantiers.forEach((chantier, index) => {
    blocks.push(outline.heading(2, `Chantier ${index + 1} — ${chantier.title}`));
    if (chantier.description?.trim()) blocks.push(...bodyLines(chantier.description));
    if (chantier.actions.length === 0) blocks.push(labelled('Actions', null, 'fp'));
    for (const action of chantier.actions)
      blocks.push(...actionFiche(roadmap, action, numbers.get(action.id)!, outline));
  });
  return blocks;
}

function whoDoesWhat(roadmap: RoadmapDto, outline: Outline): FileChild[] {
  const matrix = roleMatrix(roadmap);
  const blocks: FileChild[] = [outline.heading(1, 'Qui fait quoi', { pageBreakBefore: true })];
  if (matrix.columns.length === 0) return [...blocks, labelled('Actions', null, 'fp')];
  blocks.push(whoDoesWhatTable(roadmap));
  if (matrix.actionsWithoutPilot.length > 0)
    blocks.push(body(`Actions sans pilote : ${matrix.actionsWithoutPilot.map((a) => a.title).join(', ')}.`));
  if (matrix.membersWithoutRole.length > 0)
    blocks.push(
      body(`Membres sans rôle dans une action : ${matrix.membersWithoutRole.map((m) => m.name).join(', ')}.`),
    );
  return blocks;
}

function calendar(roadmap: RoadmapDto, today: string, outline: Outline): FileChild[] {
  const actions = roadmap.chantiers.flatMap((c) => c.actions);
  const blocks: FileChild[] = [outline.heading(1, 'Calendrier')];
  if (actions.length === 0) return [...blocks, labelled('Calendrier', null, 'm')];
  return [...blocks, calendarTable(roadmap, today)];
}

function funding(roadmap: RoadmapDto, outline: Outline): FileChild[] {
  const { overall } = roadmapFunding(roadmap);
  const blocks: FileChild[] = [outline.heading(1, 'Financements', { pageBreakBefore: true })];
  const actions = roadmap.chantiers.flatMap((c) => c.actions);
  if (actions.length === 0) return [...blocks, labelled('Financements', null, 'mp')];
  blocks.push(
    body(
      `Budget des actions : ${formatEuros(overall.budget)} ; financements prévus : ${formatEuros(overall.planned)}, dont ${formatEuros(overall.acquired)} acquis.`,
    ),
  );
  if (overall.bySource.length > 0)
    blocks.push(outline.heading(2, 'Par financeur'), fundingBySourceTable(roadmap));
  blocks.push(outline.heading(2, 'Par action'), fundingByActionTable(roadmap));
  return blocks;
}

export function feuilleDeRouteParts(context: DocumentContext, roadmap: RoadmapDto): DocumentParts {
  const outline = new Outline();
  const status =
    roadmap.state === 'adoptee' && roadmap.adoption
      ? `Version ${roadmap.adoption.version} adoptée le ${formatDate(roadmap.adoption.adoptedOn)}`
      : `Projet de version ${roadmap.version}, à adopter`;
  const content: FileChild[] = [
    ...text(outline, 'Raison d’être', roadmap.purpose, 'f', true),
    ...text(outline, 'Contexte', roadmap.context, 'm'),
    outline.heading(1, 'Composition de l’instance'),
    roadmap.instance
      ? body(
          `L’instance ${quoted(roadmap.instance.name)} réunit ${countLabel(roadmap.members.length, 'membre')}.`,
        )
      : labelled('Instance', null, 'f'),
    ...(roadmap.members.length > 0 ? [membersTable(roadmap)] : []),
    outline.heading(1, 'Objectifs'),
    ...(roadmap.objectives.length > 0 ? [objectivesTable(roadmap)] : [labelled('Objectifs', null, 'mp')]),
    ...text(outline, 'Engagements réciproques', roadmap.commitments, 'mp'),
    ...chantiers(roadmap, outline),
    ...whoDoesWhat(roadmap, outline),
    ...calendar(roadmap, context.today, outline),
    ...funding(roadmap, outline),
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
