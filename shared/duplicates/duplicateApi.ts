import type { ActorDto } from '../actors/dto';
import { duplicateMergeInput, duplicatePairInput } from './duplicateDto';
import type { DuplicatePairDto } from './duplicateDto';
import { takes, takesNothing } from '../api/declare';

/** Probable duplicates in the directory: listed, dismissed or merged. */
export const duplicateApi = {
  'duplicates.list': takesNothing().answers<DuplicatePairDto[]>(),
  'duplicates.dismiss': takes(duplicatePairInput).answers<{ key: string }>(),
  'duplicates.merge': takes(duplicateMergeInput).answers<{
    kept: ActorDto;
    trashed: { id: number; name: string };
  }>(),
};

export type DuplicateMethod = keyof typeof duplicateApi;
