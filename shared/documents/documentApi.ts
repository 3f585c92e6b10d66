import type { z } from 'zod';

/** Methods that build the Word documents (docx) from data. */
export const DOCUMENT_METHODS = [] as const;

export type DocumentMethod = (typeof DOCUMENT_METHODS)[number];

/** The input schema of each method of this domain (merged into the contract). */
export const documentInputs = {} satisfies Record<DocumentMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export type DocumentOutputs = Record<never, never>;
