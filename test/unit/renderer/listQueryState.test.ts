import { describe, expect, it } from 'vitest';
import { actorListQuery } from '../../../shared/actors/schemas';
import {
  activeFilterChips,
  ariaSortOf,
  clearFilters,
  DEFAULT_LIST_STATE,
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
  toggleSort,
  type ListState,
} from '../../../renderer/src/features/actors/listQueryState';
import { pagesForRows, rowAt } from '../../../renderer/src/features/actors/listPaging';

const communes = [
  { code: '86103', name: 'Gençay' },
  { code: '86194', name: 'Poitiers' },
  { code: '86009', name: 'Aslonnes' },
];

const filtered: ListState = {
  search: '  médiathèque ',
  filters: {
    typologies: ['ASSO', 'BIB'],
    roles: ['operateur'],
    communeCodes: ['86103'],
    services: ['Aide aux démarches administratives'],
    publics: ['Seniors'],
    labels: ['France Services', 'Formé à « Mon Espace Santé »'],
    freshness: ['over18'],
    networkStatuses: ['member', 'none'],
  },
  sort: { field: 'lastVerifiedOn', direction: 'asc' },
};

describe('the query sent to actors.list', () => {
  it('carries the trimmed search, every filter, the sort and the page asked for', () => {
    const query = listQuery(filtered, 300, 100);
    expect(query).toEqual({
      search: 'médiathèque',
      typologies: ['ASSO', 'BIB'],
      roles: ['operateur'],
      communeCodes: ['86103'],
      services: ['Aide aux démarches administratives'],
      publics: ['Seniors'],
      labels: ['France Services', 'Formé à « Mon Espace Santé »'],
      freshness: ['over18'],
      networkStatuses: ['member', 'none'],
      sort: { field: 'lastVerifiedOn', direction: 'asc' },
      offset: 300,
      limit: 100,
    });
    // The backend's own schema accepts it as it is.
    expect(actorListQuery.safeParse(query).success).toBe(true);
  });

  it('keeps the same key for another page of the same list, and changes it when a filter changes', () => {
    expect(listQueryKey(filtered)).toBe(listQueryKey({ ...filtered }));
    expect(listQueryKey({ ...filtered, search: 'médiathèque' })).toBe(listQueryKey(filtered));
    expect(listQueryKey(removeFilter(filtered, 'roles', 'operateur'))).not.toBe(listQueryKey(filtered));
    expect(listQueryKey({ ...filtered, sort: { field: 'name', direction: 'asc' } })).not.toBe(
      listQueryKey(filtered),
    );
  });
});

describe('the active filter chips', () => {
  it('say each filter in French, never with a code', () => {
    const labels = activeFilterChips(filtered, communes).map((chip) => chip.label);
    expect(labels).toEqual([
      'Typologie\u00a0: Associations',
      'Typologie\u00a0: Bibliothèque / Médiathèque',
      'Rôle\u00a0: Opérateur',
      'Commune\u00a0: Gençay',
      'Service\u00a0: Aide aux démarches administratives',
      'Public\u00a0: Seniors',
      'Label ou dispositif\u00a0: France Services',
      'Label ou dispositif\u00a0: Formé à « Mon Espace Santé »',
      'Fraîcheur\u00a0: Ancienne (plus de 18 mois)',
      'Réseau\u00a0: Membre du réseau',
      'Réseau\u00a0: Non renseigné',
    ]);
  });

  it('remove only their own value when clicked', () => {
    const next = removeFilter(filtered, 'typologies', 'ASSO');
    expect(next.filters.typologies).toEqual(['BIB']);
    expect(next.filters.roles).toEqual(['operateur']);
    expect(activeFilterChips(next, communes)).toHaveLength(10);
  });

  it('all go with « Effacer les filtres », and the search with them; the sort stays', () => {
    const cleared = clearFilters(filtered);
    expect(activeFilterChips(cleared, communes)).toEqual([]);
    expect(cleared.search).toBe('');
    expect(isNarrowed(cleared)).toBe(false);
    expect(cleared.sort).toEqual(filtered.sort);
  });

  it('count a search alone as narrowing the list', () => {
    expect(isNarrowed({ ...DEFAULT_LIST_STATE, search: 'Gençay' })).toBe(true);
    expect(isNarrowed({ ...DEFAULT_LIST_STATE, search: '   ' })).toBe(false);
    expect(isNarrowed(setFilter(DEFAULT_LIST_STATE, 'publics', ['Jeunes']))).toBe(true);
  });
});

describe('the filter choices', () => {
  it('offer typologies by French label, alphabetically', () => {
    const options = filterOptions('typologies', communes);
    expect(options.find((o) => o.value === 'BIB')?.label).toBe('Bibliothèque / Médiathèque');
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('offer the territory’s communes by name, and programmes and training labels together', () => {
    expect(filterOptions('communeCodes', communes).map((o) => o.label)).toEqual([
      'Aslonnes',
      'Gençay',
      'Poitiers',
    ]);
    const labels = filterOptions('labels', communes).map((o) => o.value);
    expect(labels).toContain('Aidants Connect');
    expect(labels).toContain('Étapes numériques (La Poste)');
    expect(filterOptions('services', communes)).toHaveLength(9);
    // Freshness: four ranges that do not overlap, in the Diagnostic's words.
    expect(filterOptions('freshness', communes).map((o) => o.label)).toEqual([
      'Vérifiée depuis moins de 12 mois',
      'À vérifier (12 à 18 mois)',
      'Ancienne (plus de 18 mois)',
      'Jamais vérifiée',
    ]);
  });
});

describe('sorting by column header', () => {
  it('flips the direction on the same column and starts another column at its natural order', () => {
    const byName = DEFAULT_LIST_STATE.sort;
    expect(toggleSort(byName, 'name')).toEqual({ field: 'name', direction: 'desc' });
    expect(toggleSort({ field: 'name', direction: 'desc' }, 'name')).toEqual({
      field: 'name',
      direction: 'asc',
    });
    expect(toggleSort(byName, 'lastVerifiedOn')).toEqual({ field: 'lastVerifiedOn', direction: 'asc' });
    expect(toggleSort(byName, 'updatedAt')).toEqual({ field: 'updatedAt', direction: 'desc' });
  });

  it('tells screen readers which column sorts the list', () => {
    const sort = { field: 'commune', direction: 'desc' } as const;
    expect(ariaSortOf(sort, 'commune')).toBe('descending');
    expect(ariaSortOf(sort, 'name')).toBe('none');
    expect(ariaSortOf({ field: 'name', direction: 'asc' }, 'name')).toBe('ascending');
  });

  it('offers every field in both directions in « Trier par », each once', () => {
    const values = SORT_CHOICES.map((choice) => sortChoiceValue(choice.sort));
    expect(new Set(values).size).toBe(8);
    expect(values).toContain('updatedAt:desc');
  });
});

describe('the list state kept in sessionStorage', () => {
  it('comes back as it was after visiting an actor', () => {
    expect(parseListState(serializeListState(filtered), communes)).toEqual({
      ...filtered,
      search: '  médiathèque ',
    });
  });

  it('falls back to the whole directory sorted by name when nothing or garbage is stored', () => {
    expect(parseListState(null, communes)).toEqual(DEFAULT_LIST_STATE);
    expect(parseListState('{pas du json', communes)).toEqual(DEFAULT_LIST_STATE);
    expect(parseListState('42', communes)).toEqual(DEFAULT_LIST_STATE);
  });

  it('drops values that are no longer valid instead of sending them', () => {
    const stored = JSON.stringify({
      search: 'x',
      filters: {
        typologies: ['ASSO', 'INCONNU', 'ASSO'],
        roles: ['operateur', 'pirate'],
        communeCodes: ['86103', '75056'],
        freshness: 'over12',
        labels: ['Label inventé'],
      },
      sort: { field: 'population', direction: 'desc' },
    });
    const state = parseListState(stored, communes);
    expect(state.filters.typologies).toEqual(['ASSO']);
    expect(state.filters.roles).toEqual(['operateur']);
    expect(state.filters.communeCodes).toEqual(['86103']);
    expect(state.filters.freshness).toEqual([]);
    expect(state.filters.labels).toEqual([]);
    expect(state.sort).toEqual(DEFAULT_LIST_STATE.sort);
  });
});

describe('paging the list', () => {
  it('asks for the pages that cover the rows in view, within the total', () => {
    expect(pagesForRows(0, 20, 20_000, 100)).toEqual([0]);
    expect(pagesForRows(95, 130, 20_000, 100)).toEqual([0, 1]);
    expect(pagesForRows(19_990, 20_010, 20_000, 100)).toEqual([199]);
    expect(pagesForRows(0, -1, 0, 100)).toEqual([]);
  });

  it('finds a row in its cached page, and nothing while the page has not arrived', () => {
    const pages = { 0: ['a', 'b'], 2: ['x', 'y'] };
    expect(rowAt(pages, 1, 2)).toBe('b');
    expect(rowAt(pages, 5, 2)).toBe('y');
    expect(rowAt(pages, 2, 2)).toBeUndefined();
  });
});
