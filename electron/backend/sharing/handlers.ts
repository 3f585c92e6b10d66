import type { SharingMethod } from '../../../shared/sharing/sharingApi';
import type { HandlerGroup } from '../router/handlers';
import { buildKit } from './buildKit';

/** Sharing with the network: the « Kit de partage ». */
export const sharingHandlers: HandlerGroup<SharingMethod> = {
  'sharing.kit': (_input, ctx) => buildKit(ctx),
};
