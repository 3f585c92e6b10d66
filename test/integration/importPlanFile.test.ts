import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { SPOOL_SUFFIX } from '../../electron/backend/interop/import/planSpool';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

/**
 * Between the preview and the import, the plan's rows wait in a file next to the database (`planSpool.ts`):
 * a copy of what the user's file says, so it must not outlive its use. One file at most per engine, removed
 * once imported, when the plan is made again, when the engine closes, and at the next start after a crash.
 */

const tempDir = useTempDir();
const GRAND_REIMS = '200067213';
const EXAMPLE = readFileSync(join(__dirname, '../fixtures/import/standard-v1-exemple-valide.csv'), 'utf8');
let backend: Backend | null = null;
let folder = '';

afterEach(async () => {
  await backend?.close();
  backend = null;
});

const ok = <M extends ApiMethod>(method: M, input: ApiInput<M>) => callOk(backend!, method, input);

const open = () =>
  (backend = createBackend({
    databasePath: join(folder, 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  }));

async function openOnGrandReims(): Promise<void> {
  folder = tempDir();
  open();
  await ok('territory.choose', { siren: GRAND_REIMS });
}

const file = (content: string) => ({
  fileName: 'lieux.csv',
  contentBase64: Buffer.from(content).toString('base64'),
});

const planFiles = () => readdirSync(folder).filter((name) => name.endsWith(SPOOL_SUFFIX));

describe('the file a plan waits in', () => {
  it('is one per engine while the user looks at the preview, and goes once the file is imported', async () => {
    await openOnGrandReims();
    await ok('import.preview', file(EXAMPLE));
    const first = planFiles();
    expect(first).toHaveLength(1);
    // The user changes a choice: a new plan, the old one's file gone.
    await ok('import.preview', { ...file(EXAMPLE), repair: true });
    expect(planFiles()).toHaveLength(1);
    expect(planFiles()).not.toEqual(first);
    const job = await waitForImport(backend!, await ok('import.start', { ...file(EXAMPLE), repair: true }));
    expect(job.state).toBe('done');
    expect(planFiles()).toEqual([]);
  });

  it('goes when the directory changed since the preview and the file is planned again', async () => {
    await openOnGrandReims();
    await ok('import.preview', file(EXAMPLE));
    await ok('actors.create', { name: 'La Quincaillerie', siret: '43493312300029', communeCode: '51454' });
    const job = await waitForImport(backend!, await ok('import.start', file(EXAMPLE)));
    expect(job.state).toBe('done');
    expect(planFiles()).toEqual([]);
  });

  it('goes when the engine closes before the import, and when a preview fails', async () => {
    await openOnGrandReims();
    await ok('import.preview', file(EXAMPLE));
    expect(planFiles()).toHaveLength(1);
    await backend!.close();
    expect(planFiles()).toEqual([]);
    open();
    const refused = await backend!.router.dispatch('import.preview', file(EXAMPLE.split('\n')[0]!));
    expect(refused.ok).toBe(false);
    expect(planFiles()).toEqual([]);
  });

  it('goes when the import cannot start because another one runs', async () => {
    await openOnGrandReims();
    const running = await ok('import.start', file(EXAMPLE));
    const second = await backend!.router.dispatch('import.start', file(EXAMPLE));
    expect(second.ok).toBe(false);
    expect((await waitForImport(backend!, running)).state).toBe('done');
    expect(planFiles()).toEqual([]);
  });

  it('left by a crash, goes at the next start; other files stay', async () => {
    folder = tempDir();
    writeFileSync(join(folder, `0f2d${SPOOL_SUFFIX}`), '{"nom":"Anonymal"}');
    writeFileSync(join(folder, 'notes.txt'), 'à garder');
    open();
    expect(planFiles()).toEqual([]);
    expect(readdirSync(folder)).toContain('notes.txt');
  });
});
