import type { EpciSummaryDto } from '../../../../shared/territory/dto';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { useDebounced } from '../actors/useDebounced';
import { isSearchable, SEARCH_DELAY_MS } from './epciSearch';

export type EpciSearchState =
  | { status: 'idle' }
  /** `previous`: the results still shown while the next ones come, so that the list does not flicker. */
  | { status: 'loading'; query: string; previous: EpciSummaryDto[] }
  | { status: 'done'; query: string; results: EpciSummaryDto[] }
  | { status: 'error'; query: string; message: string };

/** Searches the reference as the user types, once typing pauses; a late answer to an older query is dropped. */
export function useEpciSearch(query: string): EpciSearchState {
  const trimmed = query.trim();
  const settled = useDebounced(trimmed, SEARCH_DELAY_MS);
  const { loaded, data } = useLoaded(
    () => call('referential.searchEpci', { query: settled }),
    isSearchable(settled) ? settled : null,
  );
  if (!isSearchable(trimmed)) return { status: 'idle' };
  if (loaded.state === 'ready') return { status: 'done', query: settled, results: loaded.data };
  if (loaded.state === 'error') return { status: 'error', query: settled, message: loaded.message };
  return { status: 'loading', query: trimmed, previous: data ?? [] };
}
