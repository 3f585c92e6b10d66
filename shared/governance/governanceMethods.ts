// Names only, no imports: the sandboxed preload bundles this list as its allowlist.
/** Methods of the coordination body (instance): members, elected officials, the « n'oublier personne » check. */
export const GOVERNANCE_METHODS = [
  'instances.list',
  'instances.get',
  'instances.save',
  'instances.delete',
  'instances.addMember',
  'instances.updateMember',
  'instances.removeMember',
  'instances.reorderMembers',
  'instances.check',
  'instances.assume',
  'instances.unassume',
] as const;

export type GovernanceMethod = (typeof GOVERNANCE_METHODS)[number];
