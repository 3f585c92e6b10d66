import { useEffect, useState } from 'react';
import type { EpciSummaryDto } from '../../../../shared/territory/dto';
import { call } from '../../api/client';
import { isSearchable, SEARCH_DELAY_MS } from './epciSearch';

export type EpciSearchState =
  | { status: 'idle' }
  /** `previous`: the results still shown while the next ones come, so that the list does not flicker. */
  | { status: 'loading'; query: string; previous: EpciSummaryDto[] }
  | { status: 'done'; query: string; results: EpciSummaryDto[] }
  | { status: 'error'; query: string; message: string };

/** Searches the reference as the user types, once typing pauses; a late answer to an older query is dropped. */
export function useEpciSearch(query: string): EpciSearchState {
  const [state, setState] = useState<EpciSearchState>({ status: 'idle' });
  const trimmed = query.trim();
  const searchable = isSearchable(trimmed);

  useEffect(() => {
    if (!searchable) return;
    let current = true;
    const timer = setTimeout(() => {
      setState((current) => ({
        status: 'loading',
        query: trimmed,
        previous:
          current.status === 'done' ? current.results : current.status === 'loading' ? current.previous : [],
      }));
      void call('referential.searchEpci', { query: trimmed }).then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'done', query: trimmed, results: result.data }
            : { status: 'error', query: trimmed, message: result.error.message },
        );
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, searchable]);

  return searchable ? state : { status: 'idle' };
}
