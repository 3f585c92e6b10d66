import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { BenchRow } from './measure';

/**
 * The desktop shell as built (issue 10): from launch to the engine's first answer, and the window process's
 * longest blocked interval while a 20,000-row import preview runs in the engine. Measured in a child process
 * that loads `out/main` with `electron` standing in (`npm run build` first).
 */
export function shellBench(): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'shellProbe.ts'), [], {
      stdio: 'inherit',
      execArgv: [...process.execArgv, '--import', join(import.meta.dirname, '../shell/electronLoader.mjs')],
    });
    let rows: BenchRow[] | null = null;
    child.on('message', (message) => (rows = message as BenchRow[]));
    child.on('error', reject);
    child.on('exit', (code) =>
      rows ? resolve(rows) : reject(new Error(`Les mesures de la fenêtre ont échoué (code ${code}).`)),
    );
  });
}
