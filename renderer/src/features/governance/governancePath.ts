/** The addresses under `#/instance`: the list of bodies, a new body, one body's page. */
export type GovernanceView =
  { view: 'list' } | { view: 'new' } | { view: 'instance'; id: number } | { view: 'meetings'; id: number };

export function parseGovernancePath(path: string): GovernanceView {
  if (path === 'nouvelle') return { view: 'new' };
  const meetings = /^(\d+)\/reunions$/.exec(path);
  if (meetings) return { view: 'meetings', id: Number(meetings[1]) };
  const match = /^(\d+)$/.exec(path);
  if (match) return { view: 'instance', id: Number(match[1]) };
  return { view: 'list' };
}

export function governancePathOf(view: GovernanceView): string {
  if (view.view === 'new') return 'nouvelle';
  if (view.view === 'instance') return String(view.id);
  if (view.view === 'meetings') return `${view.id}/reunions`;
  return '';
}
