import { useCallback, useEffect, useMemo, useState } from 'react';
import { countLabel, formatInteger } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { navigate } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { MultiSelect } from '../../ui/MultiSelect';
import { Notice } from '../../ui/Notice';
import { ActorTable } from './ActorTable';
import {
  activeFilterChips,
  clearFilters,
  FILTER_GROUPS,
  filterOptions,
  isNarrowed,
  listQuery,
  listQueryKey,
  parseListState,
  removeFilter,
  serializeListState,
  setFilter,
  SORT_CHOICES,
  sortChoiceValue,
  sortFromChoiceValue,
  toggleSort,
  type FilterGroup,
  type ListState,
} from './listQueryState';
import { useActorPages } from './useActorPages';
import { useDebounced } from './useDebounced';
import { DocumentExportButton } from '../documents/DocumentExportButton';
import './actorList.css';

const STATE_KEY = 'maillage.annuaire.liste';
const SCROLL_KEY = 'maillage.annuaire.defilement';

const SEARCH_PLACEHOLDER = 'Rechercher un nom, une commune, un SIRET, un contact…';

const SEARCH_LABELS: Partial<Record<FilterGroup, string>> = {
  typologies: 'Rechercher une typologie',
  communeCodes: 'Rechercher une commune',
  services: 'Rechercher un service',
  labels: 'Rechercher un label ou un dispositif',
};

/** The list's search and filters, without its sort and paging, for the Word annuaire. */
function annuaireFilters(state: ListState) {
  const { sort: _sort, offset: _offset, limit: _limit, ...filters } = listQuery(state, 0);
  return filters;
}

/** Where the list was scrolled, if it was this same list (same search, filters and sort). */
function readStoredOffset(key: string): number {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? 'null') as {
      key?: unknown;
      offset?: unknown;
    };
    return stored?.key === key && typeof stored.offset === 'number' && stored.offset > 0 ? stored.offset : 0;
  } catch {
    return 0;
  }
}

/** « Annuaire des acteurs »: search, filters and a sortable list that stays fluid at 20,000 actors. */
export function ActorListScreen() {
  const { territory } = useTerritory();
  const communes = territory.communes;
  const [state, setState] = useState<ListState>(() =>
    parseListState(sessionStorage.getItem(STATE_KEY), communes),
  );
  const [searchText, setSearchText] = useState(state.search);
  const debouncedSearch = useDebounced(searchText, 200);
  // Emptying the search shows the whole list at once; typing waits for a pause.
  const search = searchText.trim() === '' ? '' : debouncedSearch;
  // The whole directory's size, whatever the search: it tells an empty directory from an empty search.
  const directory = useLoaded(() => call('actors.list', { limit: 1 }), 'annuaire');
  const directoryTotal = directory.loaded.state === 'ready' ? directory.loaded.data.total : null;
  const directoryError = directory.loaded.state === 'error' ? directory.loaded.message : null;

  const queryState = useMemo(() => ({ ...state, search }), [state, search]);
  const key = useMemo(() => listQueryKey(queryState), [queryState]);
  const { total, pages, error, pending, requestPages, retry } = useActorPages(key);
  const [initialOffset] = useState(() => readStoredOffset(key));

  useEffect(() => {
    sessionStorage.setItem(STATE_KEY, serializeListState({ ...state, search: searchText }));
  }, [state, searchText]);

  const onScrollOffset = useCallback(
    (offset: number) =>
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ key, offset: Math.round(offset) })),
    [key],
  );

  const chips = activeFilterChips(queryState, communes);
  const narrowed = isNarrowed(queryState);
  const clear = () => {
    setSearchText('');
    setState(clearFilters);
  };
  const newActorButton = (
    <Button variant="primary" onClick={() => navigate({ name: 'actorNew' })}>
      Nouvel acteur
    </Button>
  );

  const header = (
    <header className="page-header">
      <div>
        <h1>Annuaire des acteurs</h1>
        <p>
          {directoryTotal === null
            ? '\u00a0'
            : countLabel(directoryTotal, 'acteur', 'acteurs', 'Aucun acteur')}
        </p>
      </div>
      <div className="page-actions">
        {directoryTotal ? (
          // The Word annuaire of the list as shown: filtered when the list is.
          <DocumentExportButton
            kind="annuaire"
            options={{ groupBy: 'commune', filters: narrowed ? annuaireFilters(queryState) : {} }}
            label={narrowed ? 'Annuaire de cette liste (Word)' : 'Annuaire (Word)'}
          />
        ) : null}
        {newActorButton}
      </div>
    </header>
  );

  if (directoryError)
    return (
      <div className="actor-list-screen">
        {header}
        <Notice tone="error">{directoryError}</Notice>
      </div>
    );

  if (directoryTotal === 0)
    return (
      <div className="actor-list-screen">
        {header}
        <div className="panel">
          <EmptyState
            title="L’annuaire est vide"
            action={
              <Button variant="primary" onClick={() => navigate({ name: 'actorNew' })}>
                Ajouter le premier acteur
              </Button>
            }
          >
            Ajoutez les structures qui accompagnent, orientent ou financent sur votre territoire : leurs
            contacts, leurs lieux, leurs services et leurs horaires. Chaque fiche pourra ensuite être vérifiée
            et tenue à jour.
          </EmptyState>
        </div>
      </div>
    );

  return (
    <div className="actor-list-screen">
      {header}
      <div className="list-toolbar">
        <div className="list-search">
          <label htmlFor="actor-search" className="visually-hidden">
            Rechercher dans l’annuaire
          </label>
          <input
            id="actor-search"
            type="search"
            className="input"
            placeholder={SEARCH_PLACEHOLDER}
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="list-sort">
          <label htmlFor="actor-sort">Trier par</label>
          <select
            id="actor-sort"
            className="input"
            value={sortChoiceValue(state.sort)}
            onChange={(event) => {
              const sort = sortFromChoiceValue(event.target.value);
              if (sort) setState((prev) => ({ ...prev, sort }));
            }}
          >
            {SORT_CHOICES.map((choice) => (
              <option key={sortChoiceValue(choice.sort)} value={sortChoiceValue(choice.sort)}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filter-bar" role="group" aria-label="Filtres">
        {FILTER_GROUPS.map(({ group, title }) => (
          <MultiSelect
            key={group}
            label={title}
            options={filterOptions(group, communes)}
            selected={state.filters[group] as string[]}
            onChange={(values) => setState((prev) => setFilter(prev, group, values as never))}
            searchLabel={SEARCH_LABELS[group]}
            searchable={group in SEARCH_LABELS}
          />
        ))}
      </div>
      {narrowed ? (
        <div className="filter-chips">
          {chips.map((chip) => (
            <button
              key={`${chip.group}:${chip.value}`}
              type="button"
              className="filter-chip"
              aria-label={`Retirer le filtre ${chip.label}`}
              onClick={() => setState((prev) => removeFilter(prev, chip.group, chip.value))}
            >
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </button>
          ))}
          {total !== 0 ? (
            <Button variant="ghost" className="filter-clear" onClick={clear}>
              Effacer les filtres
            </Button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <Notice tone="error">
          {error}{' '}
          <Button variant="ghost" onClick={retry}>
            Réessayer
          </Button>
        </Notice>
      ) : null}
      <p className="list-count" role="status">
        {total === null
          ? 'Chargement de l’annuaire…'
          : narrowed && total > 0
            ? `${countLabel(total, 'acteur')} ${total > 1 ? 'correspondent' : 'correspond'}${
                directoryTotal ? ` sur ${formatInteger(directoryTotal)}` : ''
              }`
            : null}
      </p>
      {total === 0 ? (
        <div className="panel">
          <EmptyState
            title="Aucun acteur ne correspond"
            action={<Button onClick={clear}>Effacer les filtres</Button>}
          >
            Aucune fiche ne répond à la fois à la recherche et à tous les filtres choisis. Retirez un filtre
            ou modifiez la recherche.
          </EmptyState>
        </div>
      ) : total !== null ? (
        <ActorTable
          total={total}
          pages={pages}
          requestPages={requestPages}
          sort={state.sort}
          onSort={(field) => setState((prev) => ({ ...prev, sort: toggleSort(prev.sort, field) }))}
          scrollKey={key}
          initialOffset={initialOffset}
          onScrollOffset={onScrollOffset}
          busy={pending}
        />
      ) : null}
    </div>
  );
}
