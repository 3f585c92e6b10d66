import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { ImportJobDto } from '../../shared/interop/importDto';
import { useTempDir } from './support/tempDir';
import { standardCsv } from './support/standardCsv';
import { progressOf, savesDuringImport, type ConfirmedSave } from './support/savesDuringImport';
import { killMidImport } from './support/killMidImport';
import { holdLongRead } from './support/longRead';
import { onImportWriteStart } from '../../electron/backend/interop/import/importJob';

const tempDir = useTempDir();
const ROWS = 20_000;

async function ok(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data;
}

/** A territory, one actor, and one save of each kind confirmed before any import. */
async function seeded(path: string): Promise<Backend> {
  const backend = createBackend({ databasePath: path });
  await ok(backend, 'territory.choose', { siren: '200070035' });
  await ok(backend, 'actors.create', { name: 'Acteur déjà là', communeCode: '86078' });
  await ok(backend, 'roadmap.updateText', { context: 'Contexte enregistré n° 0' });
  await ok(backend, 'diagnostic.setCommentary', { section: 'synthese', text: 'Commentaire n° 0' });
  await ok(backend, 'diagnostic.freeze', { title: 'Diagnostic figé n° 0' });
  return backend;
}

/**
 * Every confirmed save is in the file: the autosave and the commentary hold the latest confirmed value or a
 * later one (a save may land just before a kill without its answer getting out), every frozen diagnostic.
 */
function expectConfirmedSavesIn(path: string, confirmed: ConfirmedSave[]): void {
  const sqlite = new Database(path, { readonly: true });
  const last = (kind: ConfirmedSave['kind']) =>
    Math.max(0, ...confirmed.filter((save) => save.kind === kind).map((save) => save.n));
  const numberIn = (text: unknown) => Number(/n° (\d+)$/.exec(String(text))?.[1] ?? -1);
  expect(numberIn(sqlite.prepare('SELECT context FROM roadmap').pluck().get())).toBeGreaterThanOrEqual(
    last('autosave'),
  );
  expect(
    numberIn(
      sqlite.prepare("SELECT text FROM diagnostic_commentary WHERE section = 'synthese'").pluck().get(),
    ),
  ).toBeGreaterThanOrEqual(last('commentary'));
  const titles = sqlite.prepare('SELECT title FROM diagnostic_snapshot').pluck().all() as string[];
  for (const save of confirmed.filter((one) => one.kind === 'freeze'))
    expect(titles).toContain(`Diagnostic figé n° ${save.n}`);
  expect(titles).toContain('Diagnostic figé n° 0');
  sqlite.close();
}

describe('saves confirmed while a 20,000-row import runs', () => {
  it('wait for its COMMIT when sent during its write, and reads never see half-imported rows', async () => {
    const path = join(tempDir(), 'maillage.sqlite');
    const backend = await seeded(path);
    const confirmed: ConfirmedSave[] = [];
    const saves = savesDuringImport(backend, (save) => confirmed.push(save));
    const listed: Promise<number>[] = [];
    const listActors = () =>
      listed.push(
        backend.router
          .dispatch('actors.list', {})
          .then((r) => (r.ok ? (r.data as { total: number }).total : -1)),
      );
    // Sent while the rows are being written (the transaction is about to open): they wait for the COMMIT.
    const stop = onImportWriteStart(backend.ctx, () => {
      saves.sendRound();
      listActors();
    });
    const started = (await ok(backend, 'import.start', {
      fileName: 'grand-fichier.csv',
      contentBase64: Buffer.from(standardCsv(ROWS)).toString('base64'),
    })) as ImportJobDto;
    // Sent before the job's turn: they pass before the import.
    saves.sendRound();
    listActors();
    let current = started;
    while (current.state === 'running') current = await progressOf(backend, started.jobId);
    stop();
    expect(current.state).toBe('done');
    await saves.settled();

    // Every save was confirmed on its own, never inside the import's transaction.
    expect(confirmed).toHaveLength(6);
    expect(confirmed.filter((save) => save.insideTransaction)).toEqual([]);
    // The directory showed what was committed: the one actor before, all of them after, never a part.
    expect(await Promise.all(listed)).toEqual([1, ROWS + 1]);
    await backend.close();

    expectConfirmedSavesIn(path, confirmed);
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.prepare('SELECT COUNT(*) FROM place').pluck().get()).toBe(ROWS);
    sqlite.close();
  }, 120_000);

  it('survive the cancel of an import that waited for the database', async () => {
    const path = join(tempDir(), 'maillage.sqlite');
    const backend = await seeded(path);
    const confirmed: ConfirmedSave[] = [];
    const saves = savesDuringImport(backend, (save) => confirmed.push(save));
    const started = (await ok(backend, 'import.start', {
      fileName: 'grand-fichier.csv',
      contentBase64: Buffer.from(standardCsv(2_000)).toString('base64'),
    })) as ImportJobDto;
    // A long read (a Word document reading its data) takes the database before the job's turn.
    const read = holdLongRead(backend);
    expect(await progressOf(backend, started.jobId)).toMatchObject({ state: 'running', phase: 'waiting' });
    // Saves and a read sent now queue behind the waiting import.
    saves.sendRound();
    const listed = backend.router
      .dispatch('actors.list', {})
      .then((r) => (r.ok ? (r.data as { total: number }).total : -1));
    expect(await ok(backend, 'import.cancel', { jobId: started.jobId })).toMatchObject({
      state: 'cancelled',
    });
    await read.end();
    await saves.settled();
    expect((await progressOf(backend, started.jobId)).state).toBe('cancelled');

    expect(confirmed).toHaveLength(3);
    expect(confirmed.filter((save) => save.insideTransaction)).toEqual([]);
    expect(await listed).toBe(1);
    await backend.close();

    expectConfirmedSavesIn(path, confirmed);
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.prepare('SELECT COUNT(*) FROM place').pluck().get()).toBe(0);
    sqlite.close();
  }, 60_000);

  it('survive a kill of the process mid-import, which leaves all or nothing of the import', async () => {
    const dir = tempDir();
    const path = join(dir, 'maillage.sqlite');
    const csvPath = join(dir, 'grand-fichier.csv');
    writeFileSync(csvPath, standardCsv(ROWS));
    await (await seeded(path)).close();

    const output = await killMidImport('savesThenKilled.ts', [path, csvPath]);
    expect(output).toMatch(/EN COURS : écriture de 20000 lignes/);

    const confirmed = [...output.matchAll(/CONFIRMÉ (\w+) (\d+)/g)].map(
      ([, kind, n]) => ({ kind, n: Number(n), insideTransaction: false }) as ConfirmedSave,
    );
    // The round sent before the write was confirmed; the one sent during it waited for the COMMIT.
    expect(confirmed.length).toBeGreaterThanOrEqual(3);
    expectConfirmedSavesIn(path, confirmed);
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // All or nothing: nothing when the kill landed during the write (the usual case), all of it if, on a
    // busy machine, the write ended first.
    expect(sqlite.prepare('SELECT COUNT(*) FROM place').pluck().get()).toBe(
      /FINI done/.test(output) ? ROWS : 0,
    );
    expect(sqlite.prepare("SELECT COUNT(*) FROM actor WHERE name = 'Acteur déjà là'").pluck().get()).toBe(1);
    sqlite.close();
  }, 60_000);
});
