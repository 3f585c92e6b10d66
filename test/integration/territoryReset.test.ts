import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
const backends: Backend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
});

function open(dir: string): Backend {
  const backend = createBackend({
    databasePath: join(dir, 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  backends.push(backend);
  return backend;
}

describe('leaving a territory', () => {
  it('erases the demo entirely and brings onboarding back, without a backup of fictitious data', async () => {
    const backend = open(tempDir());
    await backend.router.dispatch('territory.createDemo', {});
    const reset = await backend.router.dispatch('territory.reset', {});
    expect(reset).toEqual({ ok: true, data: { backupPath: null } });
    expect(await backend.router.dispatch('territory.get', {})).toEqual({ ok: true, data: null });
    const list = await backend.router.dispatch('actors.list', {});
    expect(list).toMatchObject({ ok: true, data: { total: 0 } });
    expect(await backend.router.dispatch('actors.trash', {})).toEqual({ ok: true, data: [] });
    // Another territory can now be chosen, and the directory's search finds its actors, not the demo's.
    expect(await backend.router.dispatch('territory.choose', { siren: '200070035' })).toMatchObject({
      ok: true,
    });
    await backend.router.dispatch('actors.create', { name: 'Médiathèque de Civray', communeCode: '86078' });
    const found = await backend.router.dispatch('actors.list', { search: 'médiathèque' });
    expect(found).toMatchObject({ ok: true, data: { total: 1, items: [{ name: 'Médiathèque de Civray' }] } });
  });

  it('copies real data next to the file before erasing it', async () => {
    const dir = tempDir();
    const backend = open(dir);
    await backend.router.dispatch('territory.choose', { siren: '200070035' });
    const created = await backend.router.dispatch('actors.create', {
      name: 'Médiathèque de Civray',
      communeCode: '86078',
    });
    expect(created.ok).toBe(true);

    const reset = await backend.router.dispatch('territory.reset', {});
    if (!reset.ok) throw new Error(reset.error.message);
    const backupPath = (reset.data as { backupPath: string })!.backupPath;
    expect(backupPath).toContain(dir);
    expect(existsSync(backupPath)).toBe(true);
    const saved = new Database(backupPath, { readonly: true });
    expect(saved.prepare('SELECT name FROM actor').pluck().all()).toEqual(['Médiathèque de Civray']);
    saved.close();
    expect(await backend.router.dispatch('actors.list', {})).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it('says so when there is nothing to leave', async () => {
    const backend = open(tempDir());
    expect(await backend.router.dispatch('territory.reset', {})).toMatchObject({
      ok: false,
      error: { code: 'no_territory' },
    });
  });
});
