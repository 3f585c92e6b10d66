import type { z } from 'zod';

/** Methods of the diagnostic: the computed diagnostic, its commentary, frozen snapshots. */
export const DIAGNOSTIC_METHODS = [] as const;

export type DiagnosticMethod = (typeof DIAGNOSTIC_METHODS)[number];

/** The input schema of each method of this domain (merged into the contract). */
export const diagnosticInputs = {} satisfies Record<DiagnosticMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export type DiagnosticOutputs = Record<never, never>;
