import type { z } from 'zod';

/** Methods of the feuille de route: sections, actions, roles, calendar, signatures, versions. */
export const ROADMAP_METHODS = [] as const;

export type RoadmapMethod = (typeof ROADMAP_METHODS)[number];

/** The input schema of each method of this domain (merged into the contract). */
export const roadmapInputs = {} satisfies Record<RoadmapMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export type RoadmapOutputs = Record<never, never>;
