import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { createActor } from '../../electron/backend/actors/repository';
import { seedTerritory } from '../integration/support/seedTerritory';
import { benchActors, benchCommunes } from '../bench/seedActors';
import { startBuiltShell, type RunningShell } from './builtShell';

vi.mock('electron', async () => (await import('./electronStandIn')).electronModule);

type Answer = { ok: boolean; data?: unknown; error?: { message: string } };
const ACTORS = 1_000;

describe('a long Word document in the built app', () => {
  let shell: RunningShell;
  const dir = mkdtempSync(join(tmpdir(), 'maillage-shell-docs-'));

  beforeAll(async () => {
    const opened = openDatabase(join(dir, 'maillage.sqlite'));
    const communes = benchCommunes(30);
    seedTerritory(opened.sqlite, communes);
    await opened.db.transaction().execute(async (trx) => {
      for (const values of benchActors(ACTORS, communes, '2026-04-05'))
        await createActor(trx, values, { now: '2026-04-05T10:00:00.000Z' });
    });
    await opened.close();
    shell = await startBuiltShell(dir);
  }, 120_000);
  afterAll(async () => {
    await shell?.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'is built while the engine goes on answering the window, writes included',
    { timeout: 120_000 },
    async () => {
      const invoke = (method: string, input: unknown = {}) =>
        shell.page!.api!.invoke(method, input) as Promise<Answer>;
      let building = true;
      const started = performance.now();
      const build = invoke('documents.build', { kind: 'annuaire', options: {} }).finally(
        () => (building = false),
      );
      const latencies: number[] = [];
      let saves = 0;
      while (building) {
        const asked = performance.now();
        const list = await invoke('actors.list', { limit: 20 });
        expect(list.ok).toBe(true);
        const saved = await invoke('territory.updateSettings', {
          displayName: `Territoire ${saves}`,
          contact: { name: null, role: null, email: null, phone: null },
        });
        if (building) {
          latencies.push(performance.now() - asked);
          if (saved.ok) saves++;
        }
      }
      const document = (await build) as Answer & { data: { byteCount: number } };
      const took = performance.now() - started;
      expect(document.error).toBeUndefined();
      expect(document.data.byteCount).toBeGreaterThan(100_000);
      // While the annuaire of 1,000 actors was being built, reads and saves kept being answered.
      expect(took).toBeGreaterThan(500);
      expect(latencies.length).toBeGreaterThan(3);
      expect(saves).toBeGreaterThan(0);
      expect(Math.max(...latencies)).toBeLessThan(took / 2);
    },
  );
});
