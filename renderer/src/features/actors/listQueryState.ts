import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';
/**
 * The directory list's search, filters and sort: what the user chose, the query sent to `actors.list`,
 * the removable chips that show the active filters, and the copy kept in sessionStorage.
 * Pure: no React, no DOM.
 */
import type { ActorListQuery, ActorSortField } from '../../../../shared/actors/schemas';
import { FRESHNESS, FRESHNESS_CODES, type Freshness } from '../../../../shared/actors/freshness';
import { ACTOR_ROLES, ACTOR_ROLE_CODES, type ActorRole } from '../../../../shared/vocabularies/actorRoles';
import { TYPOLOGY_CODES, typologyLabel } from '../../../../shared/vocabularies/typologies';
import {
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  TRAINING_LABELS,
  type Public,
  type Service,
} from '../../../../shared/vocabularies/lieuxMediation';
import { NETWORK_STATUS_FILTERS, type NetworkStatusFilter } from '../../../../shared/network/networkDto';
import { networkFilterLabel } from '../../../../shared/network/networkLabels';

export const PAGE_SIZE = 100;

export interface ListFilters {
  typologies: string[];
  roles: ActorRole[];
  communeCodes: string[];
  services: Service[];
  publics: Public[];
  /** National programmes and training labels together. */
  labels: string[];
  freshness: Freshness[];
  /** Statuses in the network (« Réseau »), `none` for « non renseigné ». */
  networkStatuses: NetworkStatusFilter[];
}
export type FilterGroup = keyof ListFilters;

export type SortDirection = 'asc' | 'desc';
export interface ListSort {
  field: ActorSortField;
  direction: SortDirection;
}

export interface ListState {
  search: string;
  filters: ListFilters;
  sort: ListSort;
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The communes a filter can offer: the territory's (name and code are enough here). */
export interface CommuneChoice {
  code: string;
  name: string;
}

export const EMPTY_FILTERS: ListFilters = {
  typologies: [],
  roles: [],
  communeCodes: [],
  services: [],
  publics: [],
  labels: [],
  freshness: [],
  networkStatuses: [],
};

export const DEFAULT_LIST_STATE: ListState = {
  search: '',
  filters: EMPTY_FILTERS,
  sort: { field: 'name', direction: 'asc' },
};

/** The filter groups in the order they appear on screen, with their French titles. */
export const FILTER_GROUPS: { group: FilterGroup; title: string }[] = [
  { group: 'typologies', title: 'Typologie' },
  { group: 'roles', title: 'Rôle' },
  { group: 'communeCodes', title: 'Commune' },
  { group: 'services', title: 'Service' },
  { group: 'publics', title: 'Public' },
  { group: 'labels', title: 'Label ou dispositif' },
  { group: 'freshness', title: 'Fraîcheur' },
  { group: 'networkStatuses', title: 'Réseau' },
];

/** The « Trier par » choices: every sortable field in both directions. */
export const SORT_CHOICES: { sort: ListSort; label: string }[] = [
  { sort: { field: 'name', direction: 'asc' }, label: 'Nom (A → Z)' },
  { sort: { field: 'name', direction: 'desc' }, label: 'Nom (Z → A)' },
  { sort: { field: 'commune', direction: 'asc' }, label: 'Commune (A → Z)' },
  { sort: { field: 'commune', direction: 'desc' }, label: 'Commune (Z → A)' },
  { sort: { field: 'lastVerifiedOn', direction: 'asc' }, label: 'Vérification la plus ancienne d’abord' },
  { sort: { field: 'lastVerifiedOn', direction: 'desc' }, label: 'Vérification la plus récente d’abord' },
  { sort: { field: 'updatedAt', direction: 'desc' }, label: 'Modifié récemment d’abord' },
  { sort: { field: 'updatedAt', direction: 'asc' }, label: 'Modifié il y a longtemps d’abord' },
];

export const sortChoiceValue = (sort: ListSort): string => `${sort.field}:${sort.direction}`;
export const sortFromChoiceValue = (value: string): ListSort | undefined =>
  SORT_CHOICES.find((choice) => sortChoiceValue(choice.sort) === value)?.sort;

const LABEL_VALUES: readonly string[] = [...NATIONAL_PROGRAMMES, ...TRAINING_LABELS];
const byFrenchLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, 'fr');

/** The choices of one filter, with French labels (typologies and communes sorted alphabetically). */
export function filterOptions(group: FilterGroup, communes: readonly CommuneChoice[]): FilterOption[] {
  switch (group) {
    case 'typologies':
      return TYPOLOGY_CODES.map((code) => ({ value: code, label: typologyLabel(code) })).sort(byFrenchLabel);
    case 'roles':
      return ACTOR_ROLE_CODES.map((code) => ({ value: code, label: ACTOR_ROLES[code] }));
    case 'communeCodes':
      return communes.map((commune) => ({ value: commune.code, label: commune.name })).sort(byFrenchLabel);
    case 'services':
      return SERVICES.map((value) => ({ value, label: value }));
    case 'publics':
      return PUBLICS.map((value) => ({ value, label: value }));
    case 'labels':
      return LABEL_VALUES.map((value) => ({ value, label: value }));
    case 'freshness':
      return FRESHNESS_CODES.map((code) => ({ value: code, label: FRESHNESS[code] }));
    case 'networkStatuses':
      return NETWORK_STATUS_FILTERS.map((code) => ({ value: code, label: networkFilterLabel(code) }));
  }
}

/** The French label of one chosen filter value (a commune code shows as the commune's name). */
export function filterValueLabel(
  group: FilterGroup,
  value: string,
  communes: readonly CommuneChoice[],
): string {
  switch (group) {
    case 'typologies':
      return typologyLabel(value);
    case 'roles':
      return (ACTOR_ROLES as Record<string, string>)[value] ?? value;
    case 'communeCodes':
      return communes.find((commune) => commune.code === value)?.name ?? value;
    case 'freshness':
      return (FRESHNESS as Record<string, string>)[value] ?? value;
    case 'networkStatuses':
      return (NETWORK_STATUS_FILTERS as readonly string[]).includes(value)
        ? networkFilterLabel(value as NetworkStatusFilter)
        : value;
    default:
      return value;
  }
}

export interface FilterChip {
  group: FilterGroup;
  value: string;
  /** « Typologie : Associations » */
  label: string;
}

export function activeFilterChips(state: ListState, communes: readonly CommuneChoice[]): FilterChip[] {
  return FILTER_GROUPS.flatMap(({ group, title }) =>
    (state.filters[group] as string[]).map((value) => ({
      group,
      value,
      label: `${title}\u00a0: ${withTypographicApostrophes(filterValueLabel(group, value, communes))}`,
    })),
  );
}

export const hasActiveFilters = (state: ListState): boolean =>
  FILTER_GROUPS.some(({ group }) => state.filters[group].length > 0);

/** Filters or a search: the list shows a subset of the directory. */
export const isNarrowed = (state: ListState): boolean =>
  hasActiveFilters(state) || state.search.trim() !== '';

export function setFilter<G extends FilterGroup>(
  state: ListState,
  group: G,
  values: ListFilters[G],
): ListState {
  return { ...state, filters: { ...state.filters, [group]: values } };
}

export function removeFilter(state: ListState, group: FilterGroup, value: string): ListState {
  const values = (state.filters[group] as string[]).filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [group]: values } };
}

/** « Effacer les filtres »: filters and search go, the sort stays. */
export const clearFilters = (state: ListState): ListState => ({
  ...state,
  search: '',
  filters: EMPTY_FILTERS,
});

const DEFAULT_DIRECTION: Record<ActorSortField, SortDirection> = {
  name: 'asc',
  commune: 'asc',
  // Oldest checks first: the point of sorting by it is finding the records to verify.
  lastVerifiedOn: 'asc',
  // Latest changes first.
  updatedAt: 'desc',
};

/** A click on a column header: the same column flips its direction, another one starts at its natural order. */
export function toggleSort(sort: ListSort, field: ActorSortField): ListSort {
  if (sort.field === field) return { field, direction: sort.direction === 'asc' ? 'desc' : 'asc' };
  return { field, direction: DEFAULT_DIRECTION[field] };
}

export function ariaSortOf(sort: ListSort, field: ActorSortField): 'ascending' | 'descending' | 'none' {
  if (sort.field !== field) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** The `actors.list` input for one page of the list. */
export function listQuery(state: ListState, offset: number, limit = PAGE_SIZE): ActorListQuery {
  return {
    search: state.search.trim(),
    typologies: [...state.filters.typologies],
    roles: [...state.filters.roles],
    communeCodes: [...state.filters.communeCodes],
    services: [...state.filters.services],
    publics: [...state.filters.publics],
    labels: [...state.filters.labels],
    freshness: [...state.filters.freshness],
    networkStatuses: [...state.filters.networkStatuses],
    sort: { ...state.sort },
    offset,
    limit,
  };
}

/** Two states with the same key show the same rows: the page cache is kept only while the key stays. */
export function listQueryKey(state: ListState): string {
  const { offset: _offset, limit: _limit, ...rest } = listQuery(state, 0);
  return JSON.stringify(rest);
}

export function serializeListState(state: ListState): string {
  return JSON.stringify(state);
}

const keepKnown = <T extends string>(value: unknown, known: readonly string[]): T[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((v): v is T => typeof v === 'string' && known.includes(v)))]
    : [];

/**
 * Reads the state kept in sessionStorage. Anything unexpected (an older shape, a value that left a vocabulary,
 * a commune no longer on the territory) is dropped rather than sent as a query.
 */
export function parseListState(text: string | null, communes: readonly CommuneChoice[]): ListState {
  if (!text) return DEFAULT_LIST_STATE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_LIST_STATE;
  }
  if (!raw || typeof raw !== 'object') return DEFAULT_LIST_STATE;
  const data = raw as { search?: unknown; filters?: Record<string, unknown>; sort?: Record<string, unknown> };
  const filters = data.filters && typeof data.filters === 'object' ? data.filters : {};
  const sort = sortFromChoiceValue(`${String(data.sort?.field)}:${String(data.sort?.direction)}`);
  return {
    search: typeof data.search === 'string' ? data.search.slice(0, 200) : '',
    filters: {
      typologies: keepKnown(filters.typologies, TYPOLOGY_CODES),
      roles: keepKnown(filters.roles, ACTOR_ROLE_CODES),
      communeCodes: keepKnown(
        filters.communeCodes,
        communes.map((c) => c.code),
      ),
      services: keepKnown(filters.services, SERVICES),
      publics: keepKnown(filters.publics, PUBLICS),
      labels: keepKnown(filters.labels, LABEL_VALUES),
      freshness: keepKnown(filters.freshness, FRESHNESS_CODES),
      networkStatuses: keepKnown(filters.networkStatuses, NETWORK_STATUS_FILTERS),
    },
    sort: sort ?? DEFAULT_LIST_STATE.sort,
  };
}
