import { z } from 'zod';
import { documentBuildInput, type DocumentAvailabilityDto, type DocumentFileDto } from './documentDto';
import type { DocumentMethod } from './documentMethods';

/** The input schema of each method of this domain (merged into the contract). */
export const documentInputs = {
  'documents.availability': z.object({}).default({}),
  'documents.build': documentBuildInput,
} satisfies Record<DocumentMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export interface DocumentOutputs {
  /** The four documents, in the order the screen shows them, each available or not (and why). */
  'documents.availability': DocumentAvailabilityDto[];
  'documents.build': DocumentFileDto;
}
