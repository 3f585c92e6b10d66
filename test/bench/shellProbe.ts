import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBuiltShell, type RunningShell } from '../shell/builtShell';
import { uploadThroughWindow } from '../shell/uploadThroughWindow';
import { importCommunes, importFile } from './importCsv';
import { median, type BenchRow } from './measure';

/**
 * Run by `shellBench.ts` in its own process, with `electron` standing in. First, the app's launches as a user
 * sees them: one launch creates the demo territory (and, like any first launch, fills the engine's compile
 * cache), then the app is launched again and again on the same data (MAILLAGE_BENCH_LANCEMENTS, at least 10):
 * each time, from loading the built main process to the engine's first answer, and to the answers of the
 * first screen (the territory, then the directory, as the window asks for them). Then the window's process
 * is watched (a 5 ms timer) while a 20,000-row file is sent in pieces and the engine previews it.
 */
type Answer = { ok: boolean; error?: { message: string } };

const LAUNCHES = Math.max(10, Number(process.env.MAILLAGE_BENCH_LANCEMENTS ?? 10));
// Each launch evaluates the built main process again in this one process, which adds its crash handlers.
process.setMaxListeners(0);
const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-shell-'));
const rows: BenchRow[] = [];

function caller(shell: RunningShell) {
  return async (method: string, input: unknown = {}) => {
    const answer = (await shell.page!.api!.invoke(method, input)) as Answer;
    if (!answer.ok) throw new Error(`${method} : ${answer.error?.message}`);
    return answer;
  };
}

try {
  const first = await startBuiltShell(dir);
  await caller(first)('territory.createDemo');
  await first.quit();

  const firstAnswer: number[] = [];
  const firstScreen: number[] = [];
  for (let launch = 0; launch < LAUNCHES; launch++) {
    const started = performance.now();
    const shell = await startBuiltShell(dir);
    const invoke = caller(shell);
    await invoke('app.info');
    firstAnswer.push(performance.now() - started);
    // What App.tsx, then the directory (ActorListScreen, useActorPages), ask for first.
    await invoke('territory.get');
    await Promise.all([invoke('actors.list', { limit: 1 }), invoke('actors.list', { offset: 0, limit: 50 })]);
    firstScreen.push(performance.now() - started);
    await shell.quit();
  }
  const spread = (values: number[]) =>
    `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms`;
  rows.push({
    label: `Fenêtre : lancement → première réponse du moteur (médiane de ${LAUNCHES}, ${spread(firstAnswer)})`,
    ms: median(firstAnswer),
    targetMs: 500,
  });
  rows.push({
    label: `Fenêtre : lancement → premier écran répondu, territoire et annuaire (médiane de ${LAUNCHES}, ${spread(firstScreen)})`,
    ms: median(firstScreen),
  });

  const shell = await startBuiltShell(dir);
  const invoke = caller(shell);
  const { csv } = importFile(20_000, importCommunes(), '2026-04-05');
  const bytes = Buffer.from(csv, 'utf8');
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const previewStart = performance.now();
  // As the window sends a file (renderer/src/api/uploadFile.ts): in pieces, then named by its id.
  const uploadId = await uploadThroughWindow(
    (method, input) => shell.page!.api!.invoke(method, input),
    bytes,
  );
  await invoke('import.preview', { fileName: 'cartographie.csv', uploadId });
  const previewMs = performance.now() - previewStart;
  clearInterval(timer);
  rows.push({
    label: 'Fenêtre : envoi en morceaux et aperçu d’import de 20 000 lignes (moteur à part)',
    ms: previewMs,
  });
  rows.push({ label: 'Fenêtre : plus long blocage pendant cet aperçu', ms: longest, targetMs: 50 });
  await shell.quit();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.send?.(rows);
