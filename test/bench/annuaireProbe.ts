/**
 * The annuaire half of `documentsBench.ts`, measured on the app as users run it: the BUILT shell (`npm run
 * bench` builds it first; `electron` standing in, `test/shell/builtShell.ts`) with its engine in its own
 * process and the Word file made in the engine's worker thread. A copy of the seeded file is the app's data;
 * the Documents screen's first call (`documents.availability`) comes first, then the annuaire by commune is
 * asked for through the window `RUNS` times, one after the other. Sends back the first build's time (cold, as
 * a user's first click), the median of the others, and the engine process's peak memory (VmHWM, worker
 * included): before any build, after the first, after all. Arguments: the database path and a working folder.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBuiltShell } from '../shell/builtShell';
import { median } from './measure';
import { peakMb } from './peakMemory';

const RUNS = 4;
const [path, dir] = process.argv.slice(2) as [string, string];

export interface AnnuaireProbeAnswer {
  firstMs: number;
  /** Median of the builds after the first. */
  ms: number;
  /** The engine's process at its largest (MB): before any build, after the first, after all. */
  baselineMb: number;
  firstBuildMb: number;
  maxMb: number;
  byteCount: number;
  actorCount: number;
}

type Answer = { ok: boolean; data?: unknown; error?: { message: string } };

copyFileSync(path, join(dir, 'maillage.sqlite'));
const shell = await startBuiltShell(dir);
try {
  const engine = shell.state.utilityProcesses[0]!.child.pid!;
  const invoke = async (method: string, input: unknown) => {
    const answer = (await shell.page!.api!.invoke(method, input)) as Answer;
    if (!answer.ok) throw new Error(`${method} a échoué : ${answer.error?.message}`);
    return answer.data;
  };
  const actorCount = ((await invoke('actors.list', { limit: 1 })) as { total: number }).total;
  await invoke('documents.availability', {});
  const baselineMb = peakMb(engine);
  const times: number[] = [];
  let file = { byteCount: 0 };
  let firstBuildMb = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    file = (await invoke('documents.build', { kind: 'annuaire', options: { groupBy: 'commune' } })) as {
      byteCount: number;
    };
    times.push(performance.now() - started);
    if (i === 0) firstBuildMb = peakMb(engine);
  }
  const answer: AnnuaireProbeAnswer = {
    firstMs: times[0]!,
    ms: median(times.slice(1)),
    baselineMb,
    firstBuildMb,
    maxMb: peakMb(engine),
    byteCount: file.byteCount,
    actorCount,
  };
  process.send?.(answer);
} finally {
  await shell.quit();
}
