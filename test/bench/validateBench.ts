import { performance } from 'node:perf_hooks';
import { fastActorValues } from '../../electron/backend/interop/import/fastActorValues';
import { rowToActor, type ImportedRow } from '../../electron/backend/interop/import/rowToActor';
import { guessMapping } from '../../electron/backend/interop/lieux-mediation/readMapping';
import { detectFormat, readTable } from '../../electron/backend/interop/lieux-mediation/readTable';
import { actorInput } from '../../shared/actors/schemas';
import { median, type BenchRow } from './measure';

/**
 * The validation of the import alone, on the rows of the bench's file as `rowToActor` makes them: zod's
 * `safeParse` on every row (the import before issue 13), then the fast check with zod only where it is not sure
 * (the import now). Alternating, medians of `RUNS`; the rows the fast check left to zod are counted.
 */

const RUNS = 5;

function rowsOf(bytes: Buffer): ImportedRow[] {
  const table = readTable(bytes.toString('utf8'));
  const mapping = guessMapping(table.headers, table.records, detectFormat(table.headers));
  return table.records.map((record) => {
    const row = rowToActor(record, mapping, 'banc.csv');
    row.actor.communeCode = row.location.inseeCode;
    row.actor.places[0]!.communeCode = row.location.inseeCode;
    return row;
  });
}

export function validateBench(bytes: Buffer): BenchRow[] {
  const rows = rowsOf(bytes);
  const zodTimes: number[] = [];
  const fastTimes: number[] = [];
  let leftToZod = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    for (const row of rows)
      if (!actorInput.safeParse(row.actor).success) throw new Error(`Ligne ${row.line}`);
    zodTimes.push(performance.now() - start);
    leftToZod = 0;
    start = performance.now();
    for (const row of rows) {
      if (fastActorValues(row.actor)) continue;
      leftToZod++;
      if (!actorInput.safeParse(row.actor).success) throw new Error(`Ligne ${row.line}`);
    }
    fastTimes.push(performance.now() - start);
  }
  const count = rows.length.toLocaleString('fr-FR');
  return [
    { label: `  validation des ${count} lignes : zod seul (avant)`, ms: median(zodTimes) },
    {
      label: `  validation : contrôle rapide, zod pour ${leftToZod.toLocaleString('fr-FR')} lignes (après)`,
      ms: median(fastTimes),
    },
  ];
}
