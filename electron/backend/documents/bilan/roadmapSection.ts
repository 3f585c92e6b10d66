import type { FileChild } from 'docx';
import { formatDate, formatInteger, formatPercent } from '../../../../shared/format/french';
import { ACTION_STATUSES, ACTION_STATUS_CODES } from '../../../../shared/roadmap/roadmapVocabulary';
import { actionStatusLabel } from '../../../../shared/roadmap/actionStatusLabel';
import { andList } from '../../../../shared/format/frenchList';
import type { Outline } from '../outline';
import { body, note } from '../paragraphs';
import { dataTable, type CellContent } from '../tables';
import type { BilanData, BilanRoadmap } from './bilanData';

/**
 * The bilan's « Feuille de route » part: the versions adopted in the year, the fiches action by status and one
 * by one, and what changed since the version in force on the 1st of January (or the fiches' state at the
 * year's end, for a past year). Without a version adopted by then, it says the year cannot be retraced.
 */

export function roadmapSection(data: BilanData, roadmap: BilanRoadmap, outline: Outline): FileChild[] {
  const content: FileChild[] = [body(`D’après ${roadmap.source}.`)];
  if (roadmap.adopted.length > 0)
    content.push(
      body(
        `Adoptée${roadmap.adopted.length > 1 ? 's' : ''} en ${data.year}\u00a0: ${andList(roadmap.adopted.map((v) => `la version ${v.version} le ${formatDate(v.adoptedOn)} à ${v.place}`))}.`,
      ),
    );
  const fiches = roadmap.actions;
  if (fiches.length === 0) {
    content.push(note('La feuille de route ne compte encore aucune fiche action.'));
    return content;
  }
  content.push(
    outline.heading(2, 'Les fiches action par statut'),
    dataTable({
      columns: [
        { title: 'Statut', share: 0.5 },
        { title: 'Fiches action', share: 0.25, align: 'right' },
        { title: 'Avancement moyen', share: 0.25, align: 'right' },
      ],
      rows: [
        ...ACTION_STATUS_CODES.map((status): CellContent[] => {
          const of = fiches.filter((f) => f.status === status);
          return [
            ACTION_STATUSES[status],
            formatInteger(of.length),
            of.length === 0
              ? ''
              : formatPercent(Math.round(of.reduce((s, f) => s + f.progress, 0) / of.length)),
          ];
        }),
        [
          'Ensemble',
          formatInteger(fiches.length),
          formatPercent(Math.round(fiches.reduce((s, f) => s + f.progress, 0) / fiches.length)),
        ],
      ],
      totalRow: true,
      keepTogether: true,
    }),
    outline.heading(2, 'Chaque fiche action'),
    dataTable({
      columns: [
        { title: 'N°', share: 0.08 },
        { title: 'Fiche action', share: 0.5 },
        { title: 'Statut', share: 0.24 },
        { title: 'Avancement', share: 0.18, align: 'right' },
      ],
      rows: fiches.map((f): CellContent[] => [
        f.number,
        f.title,
        actionStatusLabel(f, data.until),
        formatPercent(f.progress),
      ]),
      zebra: true,
    }),
    outline.heading(2, `Ce qui a changé en ${data.year}`),
  );
  if (!roadmap.changes) {
    content.push(
      note(
        `Aucune version de la feuille de route n’était adoptée au 1er\u00a0janvier ${data.year}\u00a0: l’évolution des fiches sur l’année ne peut pas être retracée.`,
      ),
    );
    return content;
  }
  if (roadmap.changes.list.length === 0) {
    content.push(
      note(`Aucune fiche action n’a changé de statut ni d’avancement depuis ${roadmap.changes.since}.`),
    );
    return content;
  }
  content.push(
    body(`Par rapport à ${roadmap.changes.since}\u00a0:`, { keepNext: true }),
    dataTable({
      columns: [
        { title: 'Fiche action', share: 0.46 },
        { title: `Au 1er\u00a0janvier ${data.year}`, share: 0.27 },
        { title: data.current ? 'Aujourd’hui' : `Fin ${data.year}`, share: 0.27 },
      ],
      rows: roadmap.changes.list.map((change): CellContent[] => [
        change.action,
        change.before ?? 'Nouvelle fiche',
        change.after ?? 'Retirée',
      ]),
      zebra: true,
    }),
  );
  return content;
}
