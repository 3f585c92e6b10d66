import type { HandlerGroup } from '../router/handlers';
import { dismissDuplicate, listDuplicates, mergeDuplicates } from './duplicates';

/** « Doublons probables »: list, dismiss, merge. */
export const duplicateHandlers: HandlerGroup<'duplicates.list' | 'duplicates.dismiss' | 'duplicates.merge'> =
  {
    'duplicates.list': (_input, ctx) => listDuplicates(ctx),
    'duplicates.dismiss': ({ leftId, rightId }, ctx) => dismissDuplicate(ctx, leftId, rightId),
    'duplicates.merge': ({ keepId, otherId, choices }, ctx) => mergeDuplicates(ctx, keepId, otherId, choices),
  };
