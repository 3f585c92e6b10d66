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
import { takes, takesNothing } from '../api/declare';

/** Methods of the feuille de route: sections, actions, roles, calendar, signatures, versions. */
export const roadmapApi = {
  /** The working roadmap (created on first call): the draft, or the last adopted version until « Amender ». */
  'roadmap.get': takesNothing().answers<RoadmapDto>(),
  'roadmap.setInstance': takes(roadmapInstanceInput).answers<RoadmapDto>(),
  /** Only the fields given are changed. */
  'roadmap.updateText': takes(roadmapTextInput).answers<RoadmapDto>(),
  /** Without id: creates it last. */
  'roadmap.saveObjective': takes(objectiveInput).answers<RoadmapSavedDto>(),
  /** Actions that served it keep their content, with no objective. */
  'roadmap.deleteObjective': takes(idInput).answers<RoadmapDto>(),
  /** The ids of all objectives in their new order. */
  'roadmap.reorderObjectives': takes(reorderInput).answers<RoadmapDto>(),
  'roadmap.saveChantier': takes(chantierInput).answers<RoadmapSavedDto>(),
  /** Its actions go with it. */
  'roadmap.deleteChantier': takes(idInput).answers<RoadmapDto>(),
  'roadmap.reorderChantiers': takes(reorderInput).answers<RoadmapDto>(),
  /** Fundings and indicators are replaced by the lists given; pilot and partners update the role matrix. */
  'roadmap.saveAction': takes(actionInput).answers<RoadmapSavedDto>(),
  'roadmap.deleteAction': takes(idInput).answers<RoadmapDto>(),
  /** Within its chantier or to another one. */
  'roadmap.moveAction': takes(moveActionInput).answers<RoadmapDto>(),
  /** « pilote » replaces the action's pilot (the former pilot becomes partenaire). */
  'roadmap.setRole': takes(roleInput).answers<RoadmapDto>(),
  'roadmap.saveSignature': takes(signatureInput).answers<RoadmapDto>(),
  /** Freezes the draft as the next version (composition and signatures included). */
  'roadmap.adopt': takes(adoptInput).answers<RoadmapDto>(),
  /** Starts the next draft from the last adopted content (signatures back to « à signer »). */
  'roadmap.amend': takesNothing().answers<RoadmapDto>(),
  /** Adopted versions, newest first. */
  'roadmap.versions': takesNothing().answers<RoadmapVersionSummaryDto[]>(),
  /** One adopted version, read-only, exactly as frozen. */
  'roadmap.version': takes(versionInput).answers<RoadmapDto>(),
  'roadmap.compare': takes(compareInput).answers<RoadmapComparisonDto>(),
  /** The La Coop thèmes found in the activity imports, for a computed indicator. */
  'roadmap.activityThemes': takesNothing().answers<string[]>(),
};

export type RoadmapMethod = keyof typeof roadmapApi;
