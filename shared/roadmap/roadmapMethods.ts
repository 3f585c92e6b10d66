// Names only, no imports: the sandboxed preload bundles this list as its allowlist.
/** Methods of the feuille de route: sections, actions, roles, calendar, signatures, versions. */
export const ROADMAP_METHODS = [
  'roadmap.get',
  'roadmap.setInstance',
  'roadmap.updateText',
  'roadmap.saveObjective',
  'roadmap.deleteObjective',
  'roadmap.reorderObjectives',
  'roadmap.saveChantier',
  'roadmap.deleteChantier',
  'roadmap.reorderChantiers',
  'roadmap.saveAction',
  'roadmap.deleteAction',
  'roadmap.moveAction',
  'roadmap.setRole',
  'roadmap.saveSignature',
  'roadmap.adopt',
  'roadmap.amend',
  'roadmap.versions',
  'roadmap.version',
  'roadmap.compare',
] as const;

export type RoadmapMethod = (typeof ROADMAP_METHODS)[number];
