import { countLabel } from '../format/french';
import { formatEuros } from './roadmapDates';

/** A funding line's amount: « 45 000 € », or « montant non renseigné » while it is not known (never « 0 € »). */
export const fundingAmountText = (amount: number | null): string =>
  amount === null ? 'montant non renseigné' : formatEuros(amount);

/**
 * A sum of funding lines, some of which may have no amount yet: « 12 000 € », « 12 000 € + 1 montant non
 * renseigné » (a table's narrow cell: « au moins 12 000 € »), or null (« non renseigné » in a table) when none
 * of the lines counted has an amount.
 */
export function fundingSumText(sum: number, unknownAmounts: number, form: 'sentence' | 'cell' = 'sentence') {
  if (unknownAmounts === 0) return formatEuros(sum);
  if (sum === 0) return null;
  if (form === 'cell') return `au moins ${formatEuros(sum)}`;
  return `${formatEuros(sum)} + ${countLabel(unknownAmounts, 'montant non renseigné', 'montants non renseignés')}`;
}

/** What remains to be found: « 15 000 € », « au plus 15 000 € » when an acquired line has no amount yet. */
export const remainingText = (remaining: number, atMost: boolean): string =>
  atMost ? `au plus ${formatEuros(remaining)}` : formatEuros(remaining);
