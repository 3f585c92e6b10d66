import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
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
      const build = invoke('documents.build', { kind: 'annuaire', options: {} }).finally(
        () => (building = false),
      );
      let answered = 0;
      let saves = 0;
      while (building) {
        const list = await invoke('actors.list', { limit: 20 });
        expect(list.ok).toBe(true);
        const saved = await invoke('territory.updateSettings', {
          displayName: `Territoire ${saves}`,
          contact: { name: null, role: null, email: null, phone: null },
        });
        if (building) {
          answered++;
          if (saved.ok) saves++;
        }
      }
      const document = (await build) as Answer & { data: { byteCount: number } };
      expect(document.error).toBeUndefined();
      expect(document.data.byteCount).toBeGreaterThan(100_000);
      // While the annuaire of 1,000 actors was being built, reads and saves kept being answered: built on the
      // engine's own thread, the first read would have waited for the whole document, and none would have been
      // answered during the build. No timing is asserted (a loaded machine makes one round trip last hundreds of
      // milliseconds): the count of answers during the build is what proves it.
      expect(answered).toBeGreaterThan(3);
      expect(saves).toBeGreaterThan(0);
    },
  );

  it(
    'gives each of several documents asked for at once its own file, and the same file when asked again',
    { timeout: 120_000 },
    async () => {
      const invoke = (method: string, input: unknown = {}) =>
        shell.page!.api!.invoke(method, input) as Promise<
          Answer & { data: { kind: string; fileName: string; contentBase64: string } }
        >;
      // What the Documents screen asks first (it readies the builders), then three documents at once.
      expect((await invoke('documents.availability')).ok).toBe(true);
      const [byCommune, byType, diagnostic] = await Promise.all([
        invoke('documents.build', { kind: 'annuaire', options: { groupBy: 'commune' } }),
        invoke('documents.build', { kind: 'annuaire', options: { groupBy: 'typologie' } }),
        invoke('documents.build', { kind: 'diagnostic', options: {} }),
      ]);
      const text = (answer: typeof byCommune) => {
        expect(answer.error).toBeUndefined();
        const zip = unzipSync(Buffer.from(answer.data.contentBase64, 'base64'));
        return strFromU8(zip['word/document.xml']!);
      };
      expect(byCommune.data.kind).toBe('annuaire');
      expect(text(byCommune)).toContain('Les acteurs, commune par commune');
      expect(text(byType)).toContain('Les acteurs, par typologie');
      expect(text(byType)).not.toContain('commune par commune');
      expect(text(diagnostic)).toContain('Diagnostic');
      expect(diagnostic.data.kind).toBe('diagnostic');
      const again = await invoke('documents.build', { kind: 'annuaire', options: { groupBy: 'commune' } });
      // The same words in the same places; only the bookmarks' numbers (docx counts them on) may differ.
      const withoutIds = (xml: string) => xml.replace(/ w:id="\d+"/g, '');
      expect(withoutIds(text(again))).toBe(withoutIds(text(byCommune)));
    },
  );
});
