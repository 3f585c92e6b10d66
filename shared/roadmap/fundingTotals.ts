import type { FundingLineDto, RoadmapActionDto, RoadmapDto } from './roadmapDto';
import {
  FUNDING_SOURCE_CODES,
  FUNDING_STATUS_CODES,
  type FundingSource,
  type FundingStatus,
} from './roadmapVocabulary';

/**
 * The money of a roadmap: per action and overall, per source and per status. « Prévu » counts every line but the
 * refused ones; « acquis » only the acquired ones, compared with the budget.
 */

export interface FundingTotals {
  /** Sum of the budgets (whole euros); actions without a budget count for 0. */
  budget: number;
  /** Lines envisaged, requested or acquired (refused lines left out). */
  planned: number;
  acquired: number;
  /** Per status, every status present with 0 when none. */
  byStatus: Record<FundingStatus, number>;
  /**
   * Per source, planned amounts (refused left out), in the vocabulary's order, sources with lines only; with
   * how many of its planned lines have no amount yet.
   */
  bySource: {
    source: FundingSource;
    planned: number;
    acquired: number;
    unknownAmounts: number;
    unknownAcquired: number;
  }[];
  /** Lines envisaged, requested or acquired. */
  lineCount: number;
  /** Of those, lines whose amount is not known yet: the sums above are those of the others. */
  unknownAmounts: number;
  /** Of the acquired lines, those whose amount is not known yet. */
  unknownAcquired: number;
  /** An acquired line without amount: what remains to be found is at most `remaining` (« au plus »). */
  remainingAtMost: boolean;
  /**
   * Acquired ÷ budget, 0 to 1 (and above when more is acquired than budgeted); null without budget. Overall: of
   * the actions with a budget.
   */
  acquiredShare: number | null;
  /**
   * Budget − acquired: what remains to be found (negative when over); null without budget. Overall: of the
   * actions with a budget.
   */
  remaining: number | null;
}

export interface ActionFundingTotals extends FundingTotals {
  actionId: number;
  hasBudget: boolean;
  /** Neither a budget nor a funding line: its money is unknown (« non renseigné »), not 0 €. */
  unknown: boolean;
}

export interface RoadmapFundingTotals extends FundingTotals {
  /** Actions whose budget is not given: the overall budget is that of the others. */
  actionsWithoutBudget: number;
  actionCount: number;
}

function totalsOf(lines: readonly FundingLineDto[], budget: number, hasBudget: boolean): FundingTotals {
  const byStatus = Object.fromEntries(FUNDING_STATUS_CODES.map((status) => [status, 0])) as Record<
    FundingStatus,
    number
  >;
  const planned = new Map<FundingSource, number>();
  const acquiredBySource = new Map<FundingSource, number>();
  const unknownBySource = new Map<FundingSource, number>();
  const unknownAcquiredBySource = new Map<FundingSource, number>();
  let lineCount = 0;
  let unknownAmounts = 0;
  let unknownAcquired = 0;
  for (const line of lines) {
    if (line.status !== 'refuse') {
      lineCount++;
      if (line.amount === null) {
        unknownAmounts++;
        unknownBySource.set(line.source, (unknownBySource.get(line.source) ?? 0) + 1);
        if (line.status === 'acquis') {
          unknownAcquired++;
          unknownAcquiredBySource.set(line.source, (unknownAcquiredBySource.get(line.source) ?? 0) + 1);
        }
      }
    }
    const amount = line.amount ?? 0;
    byStatus[line.status] += amount;
    if (line.status !== 'refuse') planned.set(line.source, (planned.get(line.source) ?? 0) + amount);
    if (line.status === 'acquis')
      acquiredBySource.set(line.source, (acquiredBySource.get(line.source) ?? 0) + amount);
  }
  const acquired = byStatus.acquis;
  return {
    budget,
    planned: byStatus.envisage + byStatus.demande + byStatus.acquis,
    acquired,
    byStatus,
    bySource: FUNDING_SOURCE_CODES.filter((source) => lines.some((line) => line.source === source)).map(
      (source) => ({
        source,
        planned: planned.get(source) ?? 0,
        acquired: acquiredBySource.get(source) ?? 0,
        unknownAmounts: unknownBySource.get(source) ?? 0,
        unknownAcquired: unknownAcquiredBySource.get(source) ?? 0,
      }),
    ),
    lineCount,
    unknownAmounts,
    unknownAcquired,
    remainingAtMost: hasBudget && unknownAcquired > 0,
    acquiredShare: hasBudget && budget > 0 ? acquired / budget : null,
    remaining: hasBudget ? budget - acquired : null,
  };
}

export function actionFunding(
  action: Pick<RoadmapActionDto, 'id' | 'budget' | 'fundings'>,
): ActionFundingTotals {
  const hasBudget = action.budget !== null;
  return {
    actionId: action.id,
    hasBudget,
    unknown: !hasBudget && action.fundings.length === 0,
    ...totalsOf(action.fundings, action.budget ?? 0, hasBudget),
  };
}

/** The whole roadmap's totals, and each action's in reading order. */
export function roadmapFunding(roadmap: Pick<RoadmapDto, 'chantiers'>): {
  overall: RoadmapFundingTotals;
  actions: ActionFundingTotals[];
} {
  const actions = roadmap.chantiers.flatMap((chantier) => chantier.actions);
  const perAction = actions.map(actionFunding);
  const budgeted = perAction.filter((action) => action.hasBudget);
  const totals = totalsOf(
    actions.flatMap((action) => action.fundings),
    budgeted.reduce((sum, action) => sum + action.budget, 0),
    budgeted.length > 0,
  );
  // What remains to be found is that of the actions with a budget: money acquired for an action without one
  // fills no other action's gap.
  const acquiredOnBudgets = budgeted.reduce((sum, action) => sum + action.acquired, 0);
  return {
    overall: {
      ...totals,
      acquiredShare: totals.budget > 0 ? acquiredOnBudgets / totals.budget : null,
      remaining: budgeted.length > 0 ? totals.budget - acquiredOnBudgets : null,
      remainingAtMost: budgeted.some((action) => action.unknownAcquired > 0),
      actionsWithoutBudget: actions.length - budgeted.length,
      actionCount: actions.length,
    },
    actions: perAction,
  };
}
