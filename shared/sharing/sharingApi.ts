import type { SharingKitDto } from './sharingDto';
import { takesNothing } from '../api/declare';

/** Sharing what the coordination does with its network (step 5 of the method). */
export const sharingApi = {
  /** The « Kit de partage »: one zip of the latest documents, with its « Lisez-moi ». */
  'sharing.kit': takesNothing().answers<SharingKitDto>(),
};

export type SharingMethod = keyof typeof sharingApi;
