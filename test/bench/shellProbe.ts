import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBuiltShell } from '../shell/builtShell';
import { importCommunes, importFile } from './importCsv';
import type { BenchRow } from './measure';

/**
 * Run by `shellBench.ts` in its own process, with `electron` standing in: the built main process starts, its
 * engine process opens a new database, the page's first call is answered; then the window's process is
 * watched (a 5 ms timer) while the engine previews a 20,000-row import.
 */
type Answer = { ok: boolean; error?: { message: string } };

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-shell-'));
const rows: BenchRow[] = [];
try {
  const started = performance.now();
  const shell = await startBuiltShell(dir);
  const invoke = (method: string, input: unknown = {}) =>
    shell.page!.api!.invoke(method, input) as Promise<Answer>;
  await invoke('app.info');
  rows.push({ label: 'Fenêtre : démarrage → première réponse du moteur', ms: performance.now() - started });
  await invoke('territory.createDemo');

  const { csv } = importFile(20_000, importCommunes(), '2026-04-05');
  const contentBase64 = Buffer.from(csv, 'utf8').toString('base64');
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const previewStart = performance.now();
  const preview = await invoke('import.preview', { fileName: 'cartographie.csv', contentBase64 });
  const previewMs = performance.now() - previewStart;
  clearInterval(timer);
  if (!preview.ok) throw new Error(preview.error?.message);
  rows.push({ label: 'Fenêtre : aperçu d’import de 20 000 lignes (moteur à part)', ms: previewMs });
  rows.push({ label: 'Fenêtre : plus long blocage pendant cet aperçu', ms: longest, targetMs: 50 });
  await shell.quit();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.send?.(rows);
