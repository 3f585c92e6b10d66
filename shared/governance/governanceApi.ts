import type { z } from 'zod';

/** Methods of the coordination body (instance): members, elected officials, the « n'oublier personne » check. */
export const GOVERNANCE_METHODS = [] as const;

export type GovernanceMethod = (typeof GOVERNANCE_METHODS)[number];

/** The input schema of each method of this domain (merged into the contract). */
export const governanceInputs = {} satisfies Record<GovernanceMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export type GovernanceOutputs = Record<never, never>;
