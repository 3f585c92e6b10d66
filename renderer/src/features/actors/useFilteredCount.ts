import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { countLabel } from '../../../../shared/format/french';
import { listQuery, listQueryKey, type ListState } from './listQueryState';

/**
 * « 12 acteurs », « aucun acteur »: how many actors the directory's filtered list holds, for the screens
 * that offer it as a choice (Exporter, Documents). A search typed long ago may match no one any more: the
 * user sees it before choosing. Null while it loads, or when the list is not narrowed (`key` null).
 */
export function useFilteredCount(state: ListState, narrowed: boolean): string | null {
  const { loaded } = useLoaded(
    () => call('actors.list', listQuery(state, 0, 1)),
    narrowed ? `filtered-count ${listQueryKey(state)}` : null,
  );
  return loaded.state === 'ready' ? countLabel(loaded.data.total, 'acteur', 'acteurs', 'aucun acteur') : null;
}
