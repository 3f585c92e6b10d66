import type { RoadmapDto } from './roadmapDto';
import { actionFunding } from './fundingTotals';
import { firstDayOf, formatEuros, formatMonthOrDate, lastDayOf } from './roadmapDates';
import { quoted } from '../format/french';

/**
 * Warnings that help without blocking: each one names the element it is about (so the editor can point at it and
 * the field to fix) and says in French what looks wrong.
 */

export type RoadmapWarningCode =
  | 'no_instance'
  | 'end_before_start'
  | 'funding_above_budget'
  | 'indicator_without_target'
  | 'objective_without_target'
  | 'action_without_pilot'
  | 'member_without_role'
  | 'chantier_without_action'
  | 'finished_not_complete';

export interface RoadmapWarning {
  code: RoadmapWarningCode;
  /** The element to point at. */
  target:
    | { kind: 'roadmap' }
    | { kind: 'objective'; id: number }
    | { kind: 'chantier'; id: number }
    | { kind: 'action'; id: number }
    | { kind: 'member'; id: number };
  /** The field of that element, as named in the DTO (`end`, `fundings`, `indicators.0.target`), if one. */
  field: string | null;
  message: string;
}

export function roadmapWarnings(roadmap: RoadmapDto): RoadmapWarning[] {
  const warnings: RoadmapWarning[] = [];
  if (roadmap.instance === null) {
    warnings.push({
      code: 'no_instance',
      target: { kind: 'roadmap' },
      field: 'instance',
      message:
        'Aucune instance n’est choisie\u00a0: la composition, les rôles et les signatures viennent de ses membres.',
    });
  }
  for (const objective of roadmap.objectives) {
    if (objective.indicator !== null && objective.target === null) {
      warnings.push({
        code: 'objective_without_target',
        target: { kind: 'objective', id: objective.id },
        field: 'target',
        message: `Objectif ${quoted(objective.title)}\u00a0: l’indicateur n’a pas de cible.`,
      });
    }
  }
  const actions = roadmap.chantiers.flatMap((chantier) => chantier.actions);
  for (const chantier of roadmap.chantiers) {
    if (chantier.actions.length === 0) {
      warnings.push({
        code: 'chantier_without_action',
        target: { kind: 'chantier', id: chantier.id },
        field: null,
        message: `Chantier ${quoted(chantier.title)}\u00a0: aucune action pour l’instant.`,
      });
    }
  }
  for (const action of actions) {
    const name = `Action ${quoted(action.title)}`;
    if (action.start !== null && action.end !== null && lastDayOf(action.end) < firstDayOf(action.start)) {
      warnings.push({
        code: 'end_before_start',
        target: { kind: 'action', id: action.id },
        field: 'end',
        message: `${name}\u00a0: la fin (${formatMonthOrDate(action.end)}) précède le début (${formatMonthOrDate(action.start)}).`,
      });
    }
    const funding = actionFunding(action);
    if (action.budget !== null && funding.planned > action.budget) {
      warnings.push({
        code: 'funding_above_budget',
        target: { kind: 'action', id: action.id },
        field: 'fundings',
        message: `${name}\u00a0: les financements prévus (${formatEuros(funding.planned)}) dépassent le budget (${formatEuros(action.budget)}).`,
      });
    }
    action.indicators.forEach((indicator, index) => {
      if (indicator.target === null) {
        warnings.push({
          code: 'indicator_without_target',
          target: { kind: 'action', id: action.id },
          field: `indicators.${index}.target`,
          message: `${name}\u00a0: l’indicateur ${quoted(indicator.label)} n’a pas de cible.`,
        });
      }
    });
    if (action.pilotMemberId === null && action.status !== 'abandonne') {
      warnings.push({
        code: 'action_without_pilot',
        target: { kind: 'action', id: action.id },
        field: 'pilotMemberId',
        message: `${name}\u00a0: aucun pilote.`,
      });
    }
    if (action.status === 'termine' && action.progress < 100) {
      warnings.push({
        code: 'finished_not_complete',
        target: { kind: 'action', id: action.id },
        field: 'progress',
        message: `${name}\u00a0: terminée, mais l’avancement indique ${action.progress}\u00a0%.`,
      });
    }
  }
  if (actions.length > 0) {
    const involved = new Set(roadmap.roles.map((role) => role.memberId));
    for (const member of roadmap.members) {
      if (!involved.has(member.id)) {
        warnings.push({
          code: 'member_without_role',
          target: { kind: 'member', id: member.id },
          field: null,
          message: `${member.name} n’a de rôle dans aucune action.`,
        });
      }
    }
  }
  return warnings;
}
