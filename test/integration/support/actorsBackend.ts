import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import type { Clock } from '../../../electron/backend/clock';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import type { ApiMethod } from '../../../shared/api/methods';
import type { ActorInput } from '../../../shared/actors/schemas';
import type { AppError } from '../../../shared/result';
import { useTempDir } from './tempDir';
import { seedTerritory } from './seedTerritory';

/**
 * The whole backend over a temporary SQLite file, with a territory already chosen and a clock the test
 * can move (it starts on 5 April 2026, 10:00 UTC). Calls go through the router, as the renderer's do.
 */
export function useActorsBackend() {
  const tempDir = useTempDir();
  let backend: Backend | null = null;
  let now = new Date('2026-04-05T10:00:00Z');
  const clock: Clock = { now: () => new Date(now) };

  afterEach(async () => {
    await backend?.close();
    backend = null;
    now = new Date('2026-04-05T10:00:00Z');
  });

  const api = {
    open(options: { territory?: boolean } = {}): Backend {
      backend = createBackend({ databasePath: join(tempDir(), 'maillage.sqlite'), clock });
      if (options.territory !== false) seedTerritory(backend.ctx.sqlite);
      return backend;
    },
    get backend(): Backend {
      if (!backend) throw new Error('Ouvrez le backend avant de l’utiliser.');
      return backend;
    },
    setNow(iso: string): void {
      now = new Date(iso);
    },
    async ok<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const result = await api.backend.router.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
      return result.data as ApiOutput<M>;
    },
    async failure<M extends ApiMethod>(method: M, input: unknown): Promise<AppError> {
      const result = await api.backend.router.dispatch(method, input);
      if (result.ok) throw new Error(`${method} aurait dû échouer`);
      return result.error;
    },
    /** Rows in a table, to check what a write left behind. */
    count(table: string): number {
      return (api.backend.ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    },
    async create(input: ActorInput): Promise<ApiOutput<'actors.create'>> {
      return api.ok('actors.create', input);
    },
    async names(query: ApiInput<'actors.list'> = {}): Promise<string[]> {
      return (await api.ok('actors.list', query)).items.map((item) => item.name);
    },
  };
  return api;
}
