import type { BenchRow } from './measure';
import { runBuiltAppProbe } from './builtAppProbe';

/**
 * The desktop shell as built (issue 10): from launch to the engine's first answer, and the window process's
 * longest blocked interval while a 20,000-row import preview runs in the engine. Measured in a child process
 * that loads `out/main` with `electron` standing in (`npm run build` first).
 */
export function shellBench(): Promise<BenchRow[]> {
  return runBuiltAppProbe<BenchRow[]>('shellProbe.ts', [], 'Les mesures de la fenêtre');
}
