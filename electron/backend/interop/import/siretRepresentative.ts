import type { PlannedRow } from './plan';

/**
 * Rows of one file that share a SIRET unknown to the directory make one actor: one row creates it, the
 * others add their places. The actor's own fields (name, address…) are the creating row's, and on every
 * re-import that row's place keeps updating them (`applyRow.ts`). For the directory not to depend on the
 * order of the file's rows, the creating row is not the first one met but the one with the smallest id
 * (natural order: « 2 » before « 10 »); its data and the first row's swap places in the plan, the actions
 * stay where they were, so that the actor is still created before the rows that join it.
 */

const keyOf = (row: PlannedRow) => [row.source, row.externalId] as const;

function smaller(a: PlannedRow, b: PlannedRow): boolean {
  const [sourceA, idA] = keyOf(a);
  const [sourceB, idB] = keyOf(b);
  const bySource = sourceA.localeCompare(sourceB, 'fr', { numeric: true });
  if (bySource !== 0) return bySource < 0;
  const byId = idA.localeCompare(idB, 'fr', { numeric: true });
  if (byId !== 0) return byId < 0;
  return idA < idB;
}

export function chooseSiretRepresentatives(rows: PlannedRow[]): void {
  const joining = new Map<number, number[]>();
  rows.forEach((row, index) => {
    if (row.action.kind === 'mergeIntoRow')
      joining.set(row.action.rowIndex, [...(joining.get(row.action.rowIndex) ?? []), index]);
  });
  for (const [creator, members] of joining) {
    const best = members.reduce(
      (chosen, index) => (smaller(rows[index]!, rows[chosen]!) ? index : chosen),
      creator,
    );
    if (best === creator) continue;
    const created = rows[creator]!;
    const joined = rows[best]!;
    rows[creator] = { ...joined, action: created.action };
    rows[best] = { ...created, action: joined.action };
  }
}
