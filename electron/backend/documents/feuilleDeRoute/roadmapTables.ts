import { actionStatusLabel } from '../../../../shared/roadmap/actionStatusLabel';
import type { FileChild } from 'docx';
import type { RoadmapDto, RoadmapMemberDto } from '../../../../shared/roadmap/roadmapDto';
import { signingOrganisations } from '../../../../shared/roadmap/signsFor';
import {
  ACTION_ROLES,
  FUNDING_SOURCES,
  MEMBER_KINDS,
  type ActionRole,
} from '../../../../shared/roadmap/roadmapVocabulary';
import { roleMatrix } from '../../../../shared/roadmap/roleMatrix';
import { roadmapFunding } from '../../../../shared/roadmap/fundingTotals';
import { formatEuros, formatMonthOrDate, formatQuantity } from '../../../../shared/roadmap/roadmapDates';
import { countLabel, formatInteger } from '../../../../shared/format/french';
import { dataTable } from '../tables';
import { actionNumbers } from './roadmapText';
import { fundingSumText, remainingText } from '../../../../shared/roadmap/fundingAmountText';

/** The tables of the feuille de route, each from the roadmap's data alone. */

/**
 * The member's standing as a signed document prints it: without inclusive abbreviations (« Élu·e »), which
 * the screens use; an elected official is said by the mandate, whoever holds it.
 */
const DOCUMENT_MEMBER_KINDS: Record<keyof typeof MEMBER_KINDS, string> = {
  actor: MEMBER_KINDS.actor,
  elected: 'Mandat électif',
};

/**
 * The composition, member by member; a member signed for by another block says which (« Signe avec la
 * Communauté de communes … »), as the signature page says « Signe aussi pour … » on that block's line.
 */
export function membersTable(roadmap: RoadmapDto): FileChild {
  const signingOrganisation = signingOrganisations(roadmap);
  const precision = (member: RoadmapMemberDto) => {
    const organisation = signingOrganisation.get(member.id);
    const signs = organisation ? `Signe avec ${organisation}` : null;
    return [member.detail, signs].filter(Boolean).join(' · ') || '—';
  };
  return dataTable({
    columns: [
      { title: 'Membre', share: 3.6 },
      { title: 'Qualité', share: 1.4 },
      { title: 'Représenté par', share: 3 },
      { title: 'Précision', share: 2 },
    ],
    rows: roadmap.members.map((member) => [
      member.name,
      DOCUMENT_MEMBER_KINDS[member.kind],
      member.kind === 'elected'
        ? '—'
        : member.representatives.map((r) => (r.role ? `${r.name} (${r.role})` : r.name)).join(', ') || null,
      precision(member),
    ]),
    zebra: true,
  });
}

export function objectivesTable(roadmap: RoadmapDto): FileChild {
  return dataTable({
    columns: [
      { title: 'Objectif', share: 4 },
      { title: 'Indicateur', share: 3 },
      { title: 'Départ', share: 1.5, align: 'right' },
      { title: 'Cible', share: 1.5, align: 'right' },
    ],
    rows: roadmap.objectives.map((objective) => [
      objective.title,
      objective.indicator,
      objective.baseline === null ? null : formatQuantity(objective.baseline, objective.unit),
      objective.target === null ? null : formatQuantity(objective.target, objective.unit),
    ]),
    zebra: true,
  });
}

/** « Qui fait quoi »: one row per action, its members by role (the matrix, read action by action). */
export function whoDoesWhatTable(roadmap: RoadmapDto): FileChild {
  const matrix = roleMatrix(roadmap);
  const numbers = actionNumbers(roadmap);
  const roles: ActionRole[] = ['pilote', 'partenaire', 'financeur', 'contributeur'];
  return dataTable({
    columns: [
      { title: 'Action', share: 3.2 },
      ...roles.map((role) => ({
        title: role === 'pilote' ? ACTION_ROLES[role] : `${ACTION_ROLES[role]}s`,
        share: role === 'pilote' ? 1.6 : 1.8,
      })),
    ],
    rows: matrix.columns.map((column, index) => {
      const byRole = (role: ActionRole) =>
        matrix.rows
          .filter((row) => row.cells[index] === role)
          .map((row) => row.member.name)
          .join(', ');
      return [
        `${numbers.get(column.action.id)} ${column.action.title}`,
        byRole('pilote') || null,
        ...roles.slice(1).map((role) => byRole(role) || '—'),
      ];
    }),
    zebra: true,
  });
}

export function calendarTable(roadmap: RoadmapDto, today: string): FileChild {
  const numbers = actionNumbers(roadmap);
  return dataTable({
    columns: [
      { title: 'Action', share: 4 },
      { title: 'Début', share: 1.6 },
      { title: 'Fin', share: 1.6 },
      { title: 'État', share: 1.4 },
      { title: 'Avancement', share: 1.4, align: 'right' },
    ],
    rows: roadmap.chantiers.flatMap((chantier) =>
      chantier.actions.map((action) => {
        return [
          `${numbers.get(action.id)} ${action.title}`,
          action.start ? formatMonthOrDate(action.start) : null,
          action.end ? formatMonthOrDate(action.end) : null,
          actionStatusLabel(action, today),
          `${action.progress}\u00a0%`,
        ];
      }),
    ),
    zebra: true,
  });
}

export function fundingBySourceTable(roadmap: RoadmapDto): FileChild {
  const { overall } = roadmapFunding(roadmap);
  return dataTable({
    columns: [
      { title: 'Financeur', share: 5 },
      { title: 'Prévu', share: 2.5, align: 'right' },
      { title: 'Acquis', share: 2.5, align: 'right' },
    ],
    rows: [
      ...overall.bySource.map((line) => [
        FUNDING_SOURCES[line.source],
        fundingSumText(line.planned, line.unknownAmounts, 'cell'),
        fundingSumText(line.acquired, line.unknownAcquired, 'cell'),
      ]),
      [
        'Total',
        fundingSumText(overall.planned, overall.unknownAmounts, 'cell'),
        fundingSumText(overall.acquired, overall.unknownAcquired, 'cell'),
      ],
    ],
    zebra: true,
    totalRow: true,
  });
}

export function fundingByActionTable(roadmap: RoadmapDto): FileChild {
  const { overall, actions } = roadmapFunding(roadmap);
  const numbers = actionNumbers(roadmap);
  const titles = new Map(roadmap.chantiers.flatMap((c) => c.actions).map((a) => [a.id, a.title]));
  const euros = (remaining: number | null, atMost: boolean) =>
    remaining === null ? null : remainingText(remaining, atMost);
  return dataTable({
    columns: [
      { title: 'Action', share: 4 },
      { title: 'Budget', share: 1.5, align: 'right' },
      { title: 'Prévu', share: 1.5, align: 'right' },
      { title: 'Acquis', share: 1.5, align: 'right' },
      { title: 'Reste à trouver', share: 1.5, align: 'right' },
    ],
    rows: [
      // An action with neither budget nor funding line: its money is not known, not 0 €.
      ...actions.map((action) => [
        `${numbers.get(action.actionId)} ${titles.get(action.actionId)}`,
        action.hasBudget ? formatEuros(action.budget) : null,
        action.unknown ? null : fundingSumText(action.planned, action.unknownAmounts, 'cell'),
        action.unknown ? null : fundingSumText(action.acquired, action.unknownAcquired, 'cell'),
        euros(action.remaining, action.remainingAtMost),
      ]),
      [
        `Total (${countLabel(actions.length, 'action')}${overall.actionsWithoutBudget > 0 ? `, dont ${formatInteger(overall.actionsWithoutBudget)} sans budget` : ''})`,
        overall.actionsWithoutBudget === actions.length ? null : formatEuros(overall.budget),
        fundingSumText(overall.planned, overall.unknownAmounts, 'cell'),
        fundingSumText(overall.acquired, overall.unknownAcquired, 'cell'),
        euros(overall.remaining, overall.remainingAtMost),
      ],
    ],
    zebra: true,
    totalRow: true,
  });
}
