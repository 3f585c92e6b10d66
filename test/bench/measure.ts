import { performance } from 'node:perf_hooks';

/** One line of the benchmark's table: a duration (with its target, if any) or a figure already written. */
export interface BenchRow {
  label: string;
  ms?: number;
  targetMs?: number;
  value?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function timeSync(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const milliseconds = (value: number) =>
  `${value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ms`;

/** « Recherche « mediath »      4,2 ms   ≤ 30 ms  ✔ » */
export function formatRow(row: BenchRow, width: number): string {
  const value = row.ms === undefined ? (row.value ?? '') : milliseconds(row.ms);
  const target =
    row.targetMs === undefined
      ? ''
      : row.targetMs >= 1000
        ? `≤ ${row.targetMs / 1000} s`
        : `≤ ${row.targetMs} ms`;
  const verdict =
    row.targetMs === undefined || row.ms === undefined ? '' : row.ms <= row.targetMs ? '✔' : '✘ au-dessus';
  return `${row.label.padEnd(width)}  ${value.padStart(10)}  ${target.padEnd(9)} ${verdict}`.trimEnd();
}
