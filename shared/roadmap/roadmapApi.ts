import { z } from 'zod';
import type {
  RoadmapComparisonDto,
  RoadmapDto,
  RoadmapSavedDto,
  RoadmapVersionSummaryDto,
} from './roadmapDto';
import {
  actionInput,
  adoptInput,
  chantierInput,
  compareInput,
  idInput,
  moveActionInput,
  objectiveInput,
  reorderInput,
  roadmapInstanceInput,
  roadmapTextInput,
  roleInput,
  signatureInput,
  versionInput,
} from './roadmapSchemas';
import type { RoadmapMethod } from './roadmapMethods';

const emptyInput = z.object({}).default({});

/** The input schema of each method of this domain (merged into the contract). */
export const roadmapInputs = {
  'roadmap.get': emptyInput,
  'roadmap.setInstance': roadmapInstanceInput,
  'roadmap.updateText': roadmapTextInput,
  'roadmap.saveObjective': objectiveInput,
  'roadmap.deleteObjective': idInput,
  'roadmap.reorderObjectives': reorderInput,
  'roadmap.saveChantier': chantierInput,
  'roadmap.deleteChantier': idInput,
  'roadmap.reorderChantiers': reorderInput,
  'roadmap.saveAction': actionInput,
  'roadmap.deleteAction': idInput,
  'roadmap.moveAction': moveActionInput,
  'roadmap.setRole': roleInput,
  'roadmap.saveSignature': signatureInput,
  'roadmap.adopt': adoptInput,
  'roadmap.amend': emptyInput,
  'roadmap.versions': emptyInput,
  'roadmap.version': versionInput,
  'roadmap.compare': compareInput,
} satisfies Record<RoadmapMethod, z.ZodType>;

/**
 * What each method of this domain answers with (plain JSON). Every write is one short transaction and answers
 * with the whole roadmap (and the id of what it created or updated), so that the editor stays in sync.
 * Writes are refused while the roadmap is adopted: « Amender » starts the next draft first.
 */
export interface RoadmapOutputs {
  /** The working roadmap (created on first call): the draft, or the last adopted version until « Amender ». */
  'roadmap.get': RoadmapDto;
  'roadmap.setInstance': RoadmapDto;
  /** Only the fields given are changed. */
  'roadmap.updateText': RoadmapDto;
  /** Without id: creates it last. */
  'roadmap.saveObjective': RoadmapSavedDto;
  /** Actions that served it keep their content, with no objective. */
  'roadmap.deleteObjective': RoadmapDto;
  /** The ids of all objectives in their new order. */
  'roadmap.reorderObjectives': RoadmapDto;
  'roadmap.saveChantier': RoadmapSavedDto;
  /** Its actions go with it. */
  'roadmap.deleteChantier': RoadmapDto;
  'roadmap.reorderChantiers': RoadmapDto;
  /** Fundings and indicators are replaced by the lists given; pilot and partners update the role matrix. */
  'roadmap.saveAction': RoadmapSavedDto;
  'roadmap.deleteAction': RoadmapDto;
  /** Within its chantier or to another one. */
  'roadmap.moveAction': RoadmapDto;
  /** « pilote » replaces the action's pilot (the former pilot becomes partenaire). */
  'roadmap.setRole': RoadmapDto;
  'roadmap.saveSignature': RoadmapDto;
  /** Freezes the draft as the next version (composition and signatures included). */
  'roadmap.adopt': RoadmapDto;
  /** Starts the next draft from the last adopted content (signatures back to « à signer »). */
  'roadmap.amend': RoadmapDto;
  /** Adopted versions, newest first. */
  'roadmap.versions': RoadmapVersionSummaryDto[];
  /** One adopted version, read-only, exactly as frozen. */
  'roadmap.version': RoadmapDto;
  'roadmap.compare': RoadmapComparisonDto;
}
