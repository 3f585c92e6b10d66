import { quoted } from '../../../../shared/format/french';
import type { EpciSummaryDto } from '../../../../shared/territory/dto';
import { Notice } from '../../ui/Notice';
import { epciFacts } from '../territory/territoryLabels';
import { noResultHint, resultsSummary } from './epciSearch';
import type { EpciSearchState } from './useEpciSearch';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';

/** The answer to the EPCI search: a hint, a wait, an error, hints when nothing matches, or the list to pick from. */
export function EpciSearchResults({
  search,
  selectedSiren,
  onSelect,
}: {
  search: EpciSearchState;
  selectedSiren: string | null;
  onSelect(epci: EpciSummaryDto): void;
}) {
  if (search.status === 'idle')
    return (
      <p id="onboarding-search-status" className="onboarding-status">
        Tapez au moins deux caractères&nbsp;: le nom de l’intercommunalité, son SIREN, ou le nom d’une de ses
        communes.
      </p>
    );
  if (search.status === 'loading' && search.previous.length === 0)
    return (
      <p id="onboarding-search-status" className="onboarding-status" role="status">
        Recherche…
      </p>
    );
  if (search.status === 'error')
    return (
      <div id="onboarding-search-status">
        <Notice tone="error">{search.message}</Notice>
      </div>
    );
  const results = search.status === 'loading' ? search.previous : search.results;
  if (search.status === 'done' && results.length === 0)
    return (
      <div id="onboarding-search-status" className="onboarding-empty" role="status">
        <p>
          <strong>Aucune intercommunalité ne correspond à {quoted(search.query)}.</strong>
        </p>
        <ul>
          {noResultHint(search.query).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <>
      <p id="onboarding-search-status" className="onboarding-status" role="status">
        {search.status === 'loading' ? 'Recherche…' : resultsSummary(results.length)}
      </p>
      <ul className={`onboarding-results${search.status === 'loading' ? ' onboarding-results-stale' : ''}`}>
        {results.map((epci) => (
          <li key={epci.siren}>
            <button
              type="button"
              className={`onboarding-result${epci.siren === selectedSiren ? ' onboarding-result-on' : ''}`}
              aria-pressed={epci.siren === selectedSiren}
              onClick={() => onSelect(epci)}
            >
              <span className="onboarding-result-name">{withTypographicApostrophes(epci.name)}</span>
              <span className="onboarding-result-facts">{epciFacts(epci).join(' · ')}</span>
              {epci.matchedCommune ? (
                <span className="onboarding-result-match">
                  Commune membre&nbsp;: {withTypographicApostrophes(epci.matchedCommune)}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
