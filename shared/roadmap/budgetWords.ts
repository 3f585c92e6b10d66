import { countLabel } from '../format/french';
import { formatEuros } from './roadmapDates';
import type { RoadmapFundingTotals } from './fundingTotals';

/**
 * A roadmap's budget in words, the same in every document and screen: « 18 000 € », « 18 000 € (2 actions sans
 * budget renseigné) » when some actions have none, « non renseigné » when none has one (never « 0 € »).
 */
export function budgetWords(
  overall: Pick<RoadmapFundingTotals, 'budget' | 'actionsWithoutBudget' | 'actionCount'>,
) {
  if (overall.actionsWithoutBudget === overall.actionCount) return 'non renseigné';
  if (overall.actionsWithoutBudget === 0) return formatEuros(overall.budget);
  return `${formatEuros(overall.budget)} (${countLabel(overall.actionsWithoutBudget, 'action')} sans budget renseigné)`;
}

/** « financements prévus : 12 000 €, dont 9 000 € acquis », or « aucun financement inscrit ». */
export function fundingWords(overall: Pick<RoadmapFundingTotals, 'planned' | 'byStatus'>) {
  const inscribed = Object.values(overall.byStatus).some((amount) => amount > 0);
  if (!inscribed) return 'aucun financement inscrit';
  return `financements prévus\u00a0: ${formatEuros(overall.planned)}, dont ${formatEuros(overall.byStatus.acquis)} acquis`;
}
