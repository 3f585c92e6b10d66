import { countLabel } from '../format/french';
import { formatEuros } from './roadmapDates';
import type { RoadmapFundingTotals } from './fundingTotals';
import { fundingSumText } from './fundingAmountText';

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

/**
 * « financements prévus : 12 000 €, dont 9 000 € acquis », « … + 1 montant non renseigné » when some lines have
 * no amount yet, « financements prévus : 2 lignes, montants non renseignés » when none has, or « aucun
 * financement inscrit » when there is no line (refused ones aside).
 */
export function fundingWords(
  overall: Pick<
    RoadmapFundingTotals,
    'planned' | 'byStatus' | 'lineCount' | 'unknownAmounts' | 'unknownAcquired'
  >,
) {
  if (overall.lineCount === 0) return 'aucun financement inscrit';
  const planned = fundingSumText(overall.planned, overall.unknownAmounts);
  if (planned === null)
    return `financements prévus\u00a0: ${countLabel(overall.lineCount, 'ligne')}, ${overall.lineCount > 1 ? 'montants non renseignés' : 'montant non renseigné'}`;
  const acquired = fundingSumText(overall.byStatus.acquis, overall.unknownAcquired);
  return `financements prévus\u00a0: ${planned}, dont ${
    acquired === null
      ? `${countLabel(overall.unknownAcquired, 'montant acquis', 'montants acquis')} non ${overall.unknownAcquired > 1 ? 'renseignés' : 'renseigné'}`
      : `${acquired} acquis`
  }`;
}
