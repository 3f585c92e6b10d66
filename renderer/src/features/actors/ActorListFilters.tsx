import type { Dispatch, SetStateAction } from 'react';
import { Button } from '../../ui/Button';
import { MultiSelect } from '../../ui/MultiSelect';
import {
  FILTER_GROUPS,
  filterOptions,
  removeFilter,
  setFilter,
  SORT_CHOICES,
  sortChoiceValue,
  sortFromChoiceValue,
  type CommuneChoice,
  type FilterChip,
  type FilterGroup,
  type ListState,
} from './listQueryState';

const SEARCH_PLACEHOLDER = 'Rechercher un nom, une commune, un SIRET, un contact…';

const SEARCH_LABELS: Partial<Record<FilterGroup, string>> = {
  typologies: 'Rechercher une typologie',
  communeCodes: 'Rechercher une commune',
  services: 'Rechercher un service',
  labels: 'Rechercher un label ou un dispositif',
};

/** The list's search box, its sort, its filters and the chips of the filters in force. */
export function ActorListFilters({
  communes,
  searchText,
  onSearchText,
  state,
  setState,
  chips,
  narrowed,
  canClear,
  onClear,
}: {
  communes: readonly CommuneChoice[];
  searchText: string;
  onSearchText: (text: string) => void;
  state: ListState;
  setState: Dispatch<SetStateAction<ListState>>;
  chips: readonly FilterChip[];
  narrowed: boolean;
  /** Whether « Effacer les filtres » shows among the chips (not when the empty list already offers it). */
  canClear: boolean;
  onClear: () => void;
}) {
  return (
    <>
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
            onChange={(event) => onSearchText(event.target.value)}
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
              title={chip.label}
              onClick={() => setState((prev) => removeFilter(prev, chip.group, chip.value))}
            >
              <span className="filter-chip-label">{chip.label}</span>
              <span aria-hidden="true">×</span>
            </button>
          ))}
          {canClear ? (
            <Button variant="ghost" className="filter-clear" onClick={onClear}>
              Effacer les filtres
            </Button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
