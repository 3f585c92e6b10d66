/** The part of the address after `#/diagnostic`: the dashboard, a frozen diagnostic, or a comparison. */
export type DiagnosticPage =
  | { page: 'dashboard' }
  | { page: 'snapshot'; id: number }
  | { page: 'compare'; fromId: number; toId: number | null };

export function diagnosticPageOf(path: string): DiagnosticPage {
  let match: RegExpExecArray | null;
  if ((match = /^figes\/(\d+)$/.exec(path))) return { page: 'snapshot', id: Number(match[1]) };
  if ((match = /^comparer\/(\d+)\/(\d+|aujourdhui)$/.exec(path)))
    return {
      page: 'compare',
      fromId: Number(match[1]),
      toId: match[2] === 'aujourdhui' ? null : Number(match[2]),
    };
  return { page: 'dashboard' };
}

/** `figes/3`, shown at `#/diagnostic/figes/3`. */
export const snapshotPath = (id: number): string => `figes/${id}`;
/** `comparer/3/5`, or `comparer/3/aujourdhui` against today's diagnostic. */
export const comparisonPath = (fromId: number, toId: number | null): string =>
  `comparer/${fromId}/${toId === null ? 'aujourdhui' : toId}`;
