import { enableCompileCache } from 'node:module';
import { applyEngineHeapPolicy } from './heapPolicy';

/**
 * The engine's built entry (`out/main/engine.js`), kept tiny: before anything else is loaded, it turns on
 * Node's compile cache, so that from the second start on V8 reads the engine's code already compiled instead
 * of parsing it again; then it loads the engine itself (`engineMain.ts`). MAILLAGE_COMPILE_CACHE names the
 * folder (the desktop shell gives one inside the user's data), else Node's own in the temporary folder. The
 * cache is checked against each file's content, so a new version never runs old code; a cache that cannot
 * be written costs only the time it would have saved.
 */
try {
  enableCompileCache(process.env.MAILLAGE_COMPILE_CACHE || undefined);
} catch {
  // A Node without the compile cache: the engine starts the same, parsing its code each time.
}
// Garbage collected before the heap grows far past what is live (`heapPolicy.ts`).
applyEngineHeapPolicy();
await import('./engineMain');
