/**
 * The annuaire half of `documentsBench.ts`, run in a child process so that its peak memory is the build's own,
 * not the seeding's: opens the seeded file, builds the Word annuaire by commune through the router (as the
 * Documents screen asks for it) once to warm up, then `RUNS` times, and sends back the median and the peak
 * memory (maxRSS): over all the builds, after the first one, and the engine's own before any (file open, the
 * document builders' modules loaded), to tell the build's share from the process's. Arguments: the database
 * path and the instant the clock is frozen at.
 */
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { DocumentFileDto } from '../../shared/documents/documentDto';
import { median, timeAsync } from './measure';

const RUNS = 3;
const [path, now] = process.argv.slice(2) as [string, string];

export interface AnnuaireProbeAnswer {
  ms: number;
  maxRssMb: number;
  /** The engine before any build: file open, the builders' modules (docx, fflate…) loaded. */
  baselineRssMb: number;
  /** The peak after the warm-up build alone. */
  firstBuildMaxRssMb: number;
  byteCount: number;
  actorCount: number;
}

const mb = (bytes: number) => Math.round(bytes / 1048576);
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const backend = createBackend({ databasePath: path, clock: frozenClock(now) });
try {
  // The modules a build loads on first use (as `buildInWorker.ts` does from source), loaded before measuring.
  await import('../../electron/backend/documents/documentJob');
  const baselineRssMb = mb(process.memoryUsage().rss);
  let file: DocumentFileDto | null = null;
  const build = async () => {
    const result = await backend.router.dispatch('documents.build', {
      kind: 'annuaire',
      options: { groupBy: 'commune' },
    });
    if (!result.ok) throw new Error(`documents.build a échoué : ${result.error.message}`);
    file = result.data as DocumentFileDto;
  };
  await build();
  const firstBuildMaxRssMb = maxRssMb();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeAsync(build));
  const actorCount = backend.ctx.sqlite
    .prepare('SELECT COUNT(*) FROM actor WHERE deleted_at IS NULL')
    .pluck()
    .get() as number;
  const answer: AnnuaireProbeAnswer = {
    ms: median(times),
    maxRssMb: maxRssMb(),
    baselineRssMb,
    firstBuildMaxRssMb,
    byteCount: file!.byteCount,
    actorCount,
  };
  process.send?.(answer);
} finally {
  await backend.close();
}
