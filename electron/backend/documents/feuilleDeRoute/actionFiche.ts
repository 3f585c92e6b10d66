import { actionStatusLabel } from '../../../../shared/roadmap/actionStatusLabel';
import type { FileChild } from 'docx';
import { computedSourceText } from '../../../../shared/roadmap/computedIndicator';
import type { RoadmapActionDto, RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { FUNDING_SOURCES, FUNDING_STATUSES } from '../../../../shared/roadmap/roadmapVocabulary';
import { formatEuros, formatQuantity } from '../../../../shared/roadmap/roadmapDates';
import { phraseList } from '../../../../shared/format/frenchList';
import type { Outline } from '../outline';
import { bodyLines } from '../paragraphs';
import { dataTable } from '../tables';
import { memberNames, periodOf } from './roadmapText';
import { fundingAmountText } from '../../../../shared/roadmap/fundingAmountText';

/**
 * One fiche action: its number and title, then a two-column card (objective, pilot, partners, publics,
 * communes, calendar, budget, fundings, indicators, progress) and its description. What is not filled in
 * says « non renseigné ».
 */
export function actionFiche(
  roadmap: RoadmapDto,
  action: RoadmapActionDto,
  number: string,
  outline: Outline,
  today: string,
): FileChild[] {
  const names = memberNames(roadmap);
  const objective = roadmap.objectives.find((o) => o.id === action.objectiveId);
  const communes = new Map(roadmap.communes.map((c) => [c.code, c.name]));
  const fundings = action.fundings.map(
    (line) =>
      `${FUNDING_SOURCES[line.source]}\u00a0: ${fundingAmountText(line.amount)} (${FUNDING_STATUSES[line.status].toLowerCase()})${line.note ? `, ${line.note}` : ''}`,
  );
  const indicators = action.indicators.map((indicator) => {
    const target =
      indicator.target === null ? null : `cible ${formatQuantity(indicator.target, indicator.unit)}`;
    if (indicator.computed) {
      // Computed from the activity: the value (or « inconnu ») with where it comes from.
      const actual = `réalisé ${indicator.actual === null ? 'inconnu' : formatQuantity(indicator.actual, indicator.unit)}`;
      const source = computedSourceText(indicator.computed);
      return `${indicator.label} (${[target, actual].filter(Boolean).join(', ')})\n${source.charAt(0).toLocaleUpperCase('fr')}${source.slice(1)}.`;
    }
    const actual =
      indicator.actual === null ? null : `réalisé ${formatQuantity(indicator.actual, indicator.unit)}`;
    const figures = [target, actual].filter(Boolean).join(', ');
    return figures ? `${indicator.label} (${figures})` : indicator.label;
  });
  const rows: (string | null)[][] = [
    ['Objectif', objective ? objective.title : null],
    ['Pilote', action.pilotMemberId === null ? null : (names.get(action.pilotMemberId) ?? null)],
    [
      'Partenaires',
      action.partnerMemberIds
        .map((id) => names.get(id))
        .filter(Boolean)
        .join(', ') || null,
    ],
    ['Publics', action.publics.length > 0 ? phraseList(action.publics) : 'Tous publics'],
    [
      'Communes',
      action.communeCodes.length > 0
        ? action.communeCodes.map((code) => communes.get(code) ?? code).join(', ')
        : 'Tout le territoire',
    ],
    ['Calendrier', periodOf(action)],
    ['Budget', action.budget === null ? null : formatEuros(action.budget)],
    [
      'Financements',
      // With a budget, no line means nothing found yet, as the funding table counts it (« reste à trouver »).
      fundings.length > 0 ? fundings.join('\n') : action.budget !== null ? 'Aucun financement inscrit' : null,
    ],
    ['Indicateurs', indicators.length > 0 ? indicators.join('\n') : null],
    ['État', `${actionStatusLabel(action, today)} — ${action.progress}\u00a0% réalisés`],
  ];
  return [
    outline.heading(3, `Action ${number} — ${action.title}`),
    ...(action.description?.trim() ? bodyLines(action.description, { keepNext: true }) : []),
    dataTable({
      columns: [
        { title: 'Rubrique', share: 2.2 },
        { title: `Action ${number}`, share: 7.8 },
      ],
      rows,
      zebra: true,
      keepTogether: true,
    }),
  ];
}
