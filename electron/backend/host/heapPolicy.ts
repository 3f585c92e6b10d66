import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the engine's heap grow past what the last full collection kept: 50 % more, instead of
 * V8's own factor, which goes up to four times for a heap it can collect quickly. A 100,000-row import
 * preview kept ≈ 145 MB live, yet V8 let its heap reach ≈ 600 MB of mostly garbage before collecting it
 * (peak 890–1,010 MB for the whole import); at 50 % the peak is ≈ 670 MB, in the same time (alternating
 * runs, README « Benchmarks »). Smaller imports and documents measured no slower.
 */
const ENGINE_HEAP_GROWTH = '--heap-growing-percent=50';

/** Applies the engine's heap policy to this process (read by V8 at each collection, so it holds from now on). */
export function applyEngineHeapPolicy(): void {
  setFlagsFromString(ENGINE_HEAP_GROWTH);
}
