/**
 * The directory exported (issue 13): the standard CSV of the benchmark's 20,000 actors, through the router as
 * the Exporter screen asks for it. The standard's files read only their columns, in one query over actors
 * joined to their places (`exportActorsRepository.ts`), and write each actor's rows as it is read. The time
 * ends with the text in hand, as a string of lines strung together; sending or saving it reads it once more.
 * Then the workbook for Excel of the same actors (no target: read whole, every line, written by
 * write-excel-file), its time ending with its bytes in base64 as the screen receives them.
 */
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { median, timeAsync, type BenchRow } from './measure';

const RUNS = 3;

export async function exportBench(path: string): Promise<BenchRow[]> {
  const backend = createBackend({ databasePath: path, clock: frozenClock('2026-04-05T10:00:00Z') });
  try {
    /** The median of RUNS exports of `format`, and the length of the content the screen receives. */
    const timed = async (format: 'standardCsv' | 'spreadsheet') => {
      let length = 0;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++)
        times.push(
          await timeAsync(async () => {
            const result = await backend.router.dispatch('export.file', { format });
            if (!result.ok) throw new Error(result.error.message);
            length = (result.data as { content: string }).content.length;
          }),
        );
      return { ms: median(times), length };
    };
    const csv = await timed('standardCsv');
    const workbook = await timed('spreadsheet');
    const bytes = (workbook.length * 3) / 4; // base64
    const millions = (n: number) => (n / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    return [
      {
        label: `Export CSV standard de tout l’annuaire (${millions(csv.length)} M caractères)`,
        ms: csv.ms,
        targetMs: 400,
      },
      {
        label: `Classeur Excel de tout l’annuaire (${millions(bytes)} Mo)`,
        ms: workbook.ms,
      },
    ];
  } finally {
    await backend.close();
  }
}
