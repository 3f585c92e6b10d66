// Names only, no imports: the sandboxed preload bundles this list as its allowlist.
/** Methods of the diagnostic: the computed diagnostic, its commentary, frozen snapshots. */
export const DIAGNOSTIC_METHODS = [
  'diagnostic.get',
  'diagnostic.map',
  'diagnostic.setCommentary',
  'diagnostic.freeze',
  'diagnostic.snapshots',
  'diagnostic.snapshot',
  'diagnostic.deleteSnapshot',
  'diagnostic.compare',
] as const;

export type DiagnosticMethod = (typeof DIAGNOSTIC_METHODS)[number];
