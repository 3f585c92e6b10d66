import type { NetworkStatusFilter } from '../../../../shared/network/networkDto';
import { navigate } from '../../app/route';
import { DEFAULT_LIST_STATE, EMPTY_FILTERS, serializeListState } from '../actors/listQueryState';
import { STATE_KEY } from '../actors/listStorage';

/**
 * Opens the directory showing the actors with these statuses (and no other filter): the list reads its state
 * from the session, as when one comes back to it.
 */
export function openDirectoryWith(statuses: NetworkStatusFilter[]): void {
  sessionStorage.setItem(
    STATE_KEY,
    serializeListState({ ...DEFAULT_LIST_STATE, filters: { ...EMPTY_FILTERS, networkStatuses: statuses } }),
  );
  navigate({ name: 'actors' });
}
