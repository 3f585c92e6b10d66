import type { BackendContext } from '../context';

/**
 * Runs `work` with SQLite's page cache at `kib` KiB, the connection's own size set back after (the pages
 * already cached stay until pushed out; the cache fills again up to its size as queries read).
 */
export async function withPageCache<T>(
  { sqlite }: Pick<BackendContext, 'sqlite'>,
  kib: number,
  work: () => Promise<T>,
): Promise<T> {
  const own = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${kib}`);
  try {
    return await work();
  } finally {
    sqlite.pragma(`cache_size = ${own}`);
  }
}
