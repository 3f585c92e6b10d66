/**
 * One import of a large standard CSV in its own process (`importBench.ts`), so that the peak memory is the
 * import's: reads the file, sends it as the screen does (in pieces) through the router, preview then job, and
 * sends back the times and the peak memory. Arguments: the CSV path, a new database path, its row count.
 */
import { readFileSync } from 'node:fs';
import { applyEngineHeapPolicy } from '../../electron/backend/host/heapPolicy';
import { importOnce, type ImportLargeProbeAnswer } from './importBench';

// The engine's own process sets this in its entry (`engineEntry.ts`); the probe runs the engine's code as it.
applyEngineHeapPolicy();

const [csvPath, dbPath, rows] = process.argv.slice(2) as [string, string, string];
const file = { fileName: 'lieux-mediation-numerique.csv', bytes: readFileSync(csvPath) };
const run = await importOnce(dbPath, file, Number(rows));
const answer: ImportLargeProbeAnswer = { ...run, maxRssMb: process.resourceUsage().maxRSS / 1024 };
process.send?.(answer);
