import { countLabel, quoted } from '../../../../shared/format/french';
import {
  uncoveredOverseasSentence,
  uncoveredOverseasTerritory,
} from '../../../../shared/territory/uncoveredOverseas';

/** Below two characters a search would list half of France: wait for more (a SIREN or code is digits). */
export const MIN_QUERY_LENGTH = 2;
export const SEARCH_DELAY_MS = 200;

export const isSearchable = (query: string): boolean => query.trim().length >= MIN_QUERY_LENGTH;

/** What the results list announces to screen readers and shows above the list. */
export function resultsSummary(count: number): string {
  if (count === 0) return 'Aucune intercommunalité trouvée.';
  if (count >= 20)
    return '20 premières intercommunalités\u00a0: précisez la recherche si la vôtre n’y est pas.';
  return `${countLabel(count, 'intercommunalité trouvée', 'intercommunalités trouvées')}.`;
}

/** What to try when nothing matches; for Nouvelle-Calédonie or a COM, why nothing can match. */
export function noResultHint(query: string): string[] {
  const overseas = uncoveredOverseasTerritory(query);
  if (overseas) return [uncoveredOverseasSentence(overseas)];
  const digits = query.replace(/\s/g, '');
  if (/^\d+$/.test(digits))
    return [
      'Un SIREN d’intercommunalité compte 9 chiffres (il commence souvent par 200 ou 24).',
      'Vous pouvez aussi taper le code postal ou le code INSEE d’une commune membre.',
    ];
  return [
    `Vérifiez l’orthographe, ou tapez seulement un mot du nom (${quoted('Civraisien')} plutôt que ${quoted('CC du Civraisien')}).`,
    'Cherchez une commune membre\u00a0: son intercommunalité s’affiche.',
    'Ou tapez le SIREN de l’intercommunalité (9 chiffres).',
  ];
}
