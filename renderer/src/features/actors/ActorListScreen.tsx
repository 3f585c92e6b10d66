import { useCallback, useEffect, useMemo, useState } from 'react';
import { countLabel, formatInteger } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { navigate } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { ActorTable } from './ActorTable';
import { ActorListFilters } from './ActorListFilters';
import {
  activeFilterChips,
  clearFilters,
  isNarrowed,
  listQueryKey,
  parseListState,
  serializeListState,
  toggleSort,
  type ListState,
} from './listQueryState';
import { annuaireFilters, readStoredOffset, STATE_KEY, storeOffset } from './listStorage';
import { useActorPages } from './useActorPages';
import { useDebounced } from './useDebounced';
import { DocumentExportButton } from '../documents/DocumentExportButton';
import './actorList.css';

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

  const onScrollOffset = useCallback((offset: number) => storeOffset(key, offset), [key]);

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
        {directoryTotal && !(narrowed && total === 0) ? (
          // The Word annuaire of the list as shown: filtered when the list is (none for a list that is empty).
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
              <>
                <Button variant="primary" onClick={() => navigate({ name: 'import' })}>
                  Importer un fichier de lieux
                </Button>
                <Button onClick={() => navigate({ name: 'actorNew' })}>Ajouter le premier acteur</Button>
              </>
            }
          >
            Importez le fichier des lieux de médiation numérique de votre département (cartographie nationale,
            Conseiller numérique, ou l’export d’un autre outil au standard national), puis complétez-le avec
            les structures qui accompagnent, orientent ou financent sur votre territoire. Chaque fiche pourra
            ensuite être vérifiée et tenue à jour.
          </EmptyState>
        </div>
      </div>
    );

  return (
    <div className="actor-list-screen">
      {header}
      <ActorListFilters
        communes={communes}
        searchText={searchText}
        onSearchText={setSearchText}
        state={state}
        setState={setState}
        chips={chips}
        narrowed={narrowed}
        canClear={total !== 0}
        onClear={clear}
      />
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
