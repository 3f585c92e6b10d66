import { listQuery, type ListState } from './listQueryState';

/** Keys under which the list keeps its state (search, filters, sort) and its scroll for the session. */
export const STATE_KEY = 'maillage.annuaire.liste';
const SCROLL_KEY = 'maillage.annuaire.defilement';

/** The list's search and filters, without its sort and paging, for the Word annuaire. */
export function annuaireFilters(state: ListState) {
  const { sort: _sort, offset: _offset, limit: _limit, ...filters } = listQuery(state, 0);
  return filters;
}

/** Where the list was scrolled, if it was this same list (same search, filters and sort). */
export function readStoredOffset(key: string): number {
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

/** Keeps where this list (by its key) is scrolled, so that coming back finds the same place. */
export function storeOffset(key: string, offset: number): void {
  sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ key, offset: Math.round(offset) }));
}
