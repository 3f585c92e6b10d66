import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActorSummaryDto } from '../../../../shared/actors/dto';
import type { ActorListQuery } from '../../../../shared/actors/schemas';
import { call } from '../../api/client';
import { PAGE_SIZE } from './listQueryState';

interface PagesState {
  key: string;
  total: number | null;
  pages: Record<number, ActorSummaryDto[]>;
  error: string | null;
}

const fresh = (key: string): PagesState => ({ key, total: null, pages: {}, error: null });

/**
 * The directory list's rows, fetched a page at a time as they come into view. `key` is the query without
 * offset and limit (see listQueryKey); when it changes the cache starts over, and answers to an older key are
 * ignored.
 */
export function useActorPages(key: string) {
  const [state, setState] = useState<PagesState>(() => fresh(key));
  const requested = useRef(new Set<string>());
  const currentKey = useRef(key);

  const requestPages = useCallback(
    (pageIndexes: number[]) => {
      const query = JSON.parse(key) as Omit<ActorListQuery, 'offset' | 'limit'>;
      for (const page of pageIndexes) {
        const id = `${page}|${key}`;
        if (requested.current.has(id)) continue;
        requested.current.add(id);
        void call('actors.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
          if (currentKey.current !== key) return;
          if (!result.ok) {
            requested.current.delete(id);
            setState((prev) => ({ ...(prev.key === key ? prev : fresh(key)), error: result.error.message }));
            return;
          }
          setState((prev) => {
            const base = prev.key === key ? prev : fresh(key);
            return {
              ...base,
              total: result.data.total,
              pages: { ...base.pages, [page]: result.data.items },
              error: null,
            };
          });
        });
      }
    },
    [key],
  );

  useEffect(() => {
    currentKey.current = key;
    // Forget the pages asked for other keys (coming back to an earlier query asks again); keep this key's,
    // which the table may already have asked for (its effects run before this one).
    for (const id of requested.current) if (!id.endsWith(`|${key}`)) requested.current.delete(id);
    requestPages([0]);
  }, [key, requestPages]);

  // Until the first answer for a new key arrives, the previous rows stay on screen (no flash of an empty list).
  const current = state;
  const retry = useCallback(() => {
    requested.current.clear();
    setState(fresh(key));
    requestPages([0]);
  }, [key, requestPages]);
  return {
    total: current.total,
    pages: current.pages,
    error: current.error,
    /** The rows shown belong to the previous search or filters; the new ones are on their way. */
    pending: current.key !== key,
    requestPages,
    retry,
  };
}
