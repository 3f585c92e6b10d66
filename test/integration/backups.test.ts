import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Clock } from '../../electron/backend/clock';
import { createBackup } from '../../electron/backend/db/backups/createBackup';
import { openDatabase } from '../../electron/backend/db/open';
import type { BackupDto, BackupListDto } from '../../shared/backups/backupDto';
import type { ImportJobDto } from '../../shared/interop/importDto';
import { AppFailure } from '../../shared/result';
import { waitForImport } from './support/importJob';
import { standardCsv } from './support/standardCsv';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();

async function ok<T>(backend: Backend, method: string, input: unknown = {}): Promise<T> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data as T;
}

function movableClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
}

const namesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

function sound(path: string): boolean {
  const sqlite = new Database(path, { readonly: true });
  const result = sqlite.pragma('quick_check', { simple: true });
  sqlite.close();
  return result === 'ok';
}

describe('backups', () => {
  it('after ten imports of 600 rows the folder holds the 5 latest, sound, with distinct names', async () => {
    const dir = tempDir();
    const clock = movableClock('2026-04-05T10:00:00Z');
    const backend = createBackend({ databasePath: join(dir, 'maillage.sqlite'), clock });
    await ok(backend, 'territory.choose', { siren: '200070035' });
    const backupPaths: string[] = [];
    for (let i = 0; i < 10; i++) {
      // Two imports in the same second, then one a minute.
      if (i > 1) clock.set(`2026-04-05T10:${String(i).padStart(2, '0')}:00Z`);
      const csv = standardCsv(600, `import-${i}`);
      const job = await ok<ImportJobDto>(backend, 'import.start', {
        fileName: 'lieux.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      });
      expect((await waitForImport(backend, job)).state).toBe('done');
      backupPaths.push(job.backupPath!);
    }
    expect(new Set(backupPaths).size).toBe(10);
    const folder = join(dir, 'sauvegardes');
    expect(namesIn(folder)).toEqual(
      backupPaths
        .slice(5)
        .map((path) => path.slice(folder.length + 1))
        .sort(),
    );
    for (const path of backupPaths.slice(5)) expect(sound(path)).toBe(true);

    const listed = await ok<BackupListDto>(backend, 'backups.list');
    expect(listed.folder).toBe(folder);
    expect(listed.backups.map((backup) => backup.kind)).toEqual(Array(5).fill('import'));
    expect(listed.backups[0]).toMatchObject({ name: 'maillage.avant-import.2026-04-05T10-09-00.sqlite' });
    expect(listed.backups[0]!.sizeBytes).toBeGreaterThan(100_000);
    await backend.close();
  }, 60_000);

  it('never lists, and removes, what a killed or failed copy left behind', async () => {
    const dir = tempDir();
    const backend = createBackend({ databasePath: join(dir, 'maillage.sqlite') });
    await ok(backend, 'territory.choose', { siren: '200070035' });
    const folder = join(dir, 'sauvegardes');
    mkdirSync(folder, { recursive: true });
    // A copy killed halfway under the old naming (0 bytes), one under the temporary name with the journal
    // SQLite was writing beside it, and junk.
    writeFileSync(join(dir, 'maillage.avant-import.2026-04-01T10-00-00.sqlite'), '');
    writeFileSync(
      join(folder, 'maillage.avant-import.2026-04-02T10-00-00.sqlite.partiel'),
      'SQLite format 3\0',
    );
    writeFileSync(join(folder, 'maillage.avant-import.2026-04-02T10-00-00.sqlite.partiel-journal'), 'x');
    writeFileSync(join(folder, 'maillage.manuelle.2026-04-03T10-00-00.sqlite'), Buffer.alloc(4096, 0x41));
    expect((await ok<BackupListDto>(backend, 'backups.list')).backups).toEqual([]);

    const made = await ok<BackupDto>(backend, 'backups.create');
    expect(made.kind).toBe('manual');
    expect((await ok<BackupListDto>(backend, 'backups.list')).backups).toEqual([made]);
    expect(namesIn(folder)).toEqual([made.name]);
    expect(namesIn(dir).filter((name) => name.includes('avant-import'))).toEqual([]);
    await backend.close();
  });

  it('refuses in French, before copying, when the disk has no room for the copy', async () => {
    const dir = tempDir();
    const path = join(dir, 'maillage.sqlite');
    const opened = openDatabase(path);
    let failure: unknown;
    try {
      createBackup(opened.sqlite, path, 'import', { now: new Date(), freeSpaceOf: () => 5_000_000 });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('no_space');
    expect((failure as AppFailure).message).toMatch(
      /^Pas assez de place sur le disque pour sauvegarder les données avant l’import\u00a0: il faut 20,\d\u00a0Mo, il reste 5\u00a0Mo \(dossier .*sauvegardes\)\. Libérez de la place/,
    );
    expect(namesIn(join(dir, 'sauvegardes'))).toEqual([]);
    await opened.close();
  });

  it.skipIf(process.platform !== 'linux' || process.getuid?.() !== 0)(
    'removes the partial copy when the disk fills during the copy, and saves keep working',
    async () => {
      const mountPoint = tempDir();
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'ignore' });
      } catch {
        return; // No right to mount here: nothing to learn.
      }
      try {
        const path = join(mountPoint, 'maillage.sqlite');
        const opened = openDatabase(path);
        opened.sqlite.exec('CREATE TABLE remplissage (x BLOB)');
        const insert = opened.sqlite.prepare('INSERT INTO remplissage VALUES (randomblob(100000))');
        for (let i = 0; i < 14; i++) insert.run();
        opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
        // The disk keeps 1 MB free: less than the 1.4 MB copy.
        const { bavail, bsize } = statfsSync(mountPoint);
        writeFileSync(join(mountPoint, 'autre-fichier'), Buffer.alloc(bavail * bsize - 1_000_000));
        let failure: unknown;
        try {
          // The space check is told the disk is large: the copy itself runs into the full disk.
          createBackup(opened.sqlite, path, 'import', { now: new Date(), freeSpaceOf: () => 1e12 });
        } catch (error) {
          failure = error;
        }
        expect((failure as AppFailure).code).toBe('no_space');
        expect((failure as AppFailure).message).toMatch(/Le disque s’est rempli pendant la sauvegarde/);
        expect(namesIn(join(mountPoint, 'sauvegardes'))).toEqual([]);
        opened.sqlite.prepare('DELETE FROM remplissage WHERE rowid = 1').run();
        opened.sqlite.exec('CREATE TABLE apres (x)');
        await opened.close();
      } finally {
        execFileSync('umount', ['-l', mountPoint]);
      }
    },
  );

  it('restores a backup through the router, after backing up the current file', async () => {
    const dir = tempDir();
    const path = join(dir, 'maillage.sqlite');
    const clock = movableClock('2026-04-05T10:00:00Z');
    const backend = createBackend({ databasePath: path, clock });
    await ok(backend, 'territory.choose', { siren: '200070035' });
    await ok(backend, 'actors.create', { name: 'Avant la sauvegarde', communeCode: '86078' });
    const saved = await ok<BackupDto>(backend, 'backups.create');
    clock.set('2026-04-05T11:00:00Z');
    await ok(backend, 'actors.create', { name: 'Après la sauvegarde', communeCode: '86078' });

    const restored = await ok<{ restored: BackupDto; previous: BackupDto }>(backend, 'backups.restore', {
      name: saved.name,
    });
    expect(restored.restored).toEqual(saved);
    expect(restored.previous.kind).toBe('restore');
    const names = async () =>
      (await ok<{ items: { name: string }[] }>(backend, 'actors.list')).items.map((item) => item.name);
    expect(await names()).toEqual(['Avant la sauvegarde']);
    // The engine works on the reopened file.
    await ok(backend, 'actors.create', { name: 'Après la restauration', communeCode: '86078' });
    expect(await names()).toEqual(['Après la restauration', 'Avant la sauvegarde'].sort());

    const previous = new Database(join(dir, 'sauvegardes', restored.previous.name), { readonly: true });
    expect(previous.prepare('SELECT name FROM actor ORDER BY name').pluck().all()).toEqual([
      'Après la sauvegarde',
      'Avant la sauvegarde',
    ]);
    previous.close();
    await backend.close();
    // Closing released the reopened file: another engine can open it.
    const again = openDatabase(path);
    expect(again.sqlite.prepare('SELECT COUNT(*) FROM actor').pluck().get()).toBe(2);
    await again.close();
  });

  it('restores only a listed backup, never a path', async () => {
    const backend = createBackend({ databasePath: join(tempDir(), 'maillage.sqlite') });
    for (const name of [
      '../maillage.sqlite',
      '/etc/passwd',
      'maillage.avant-import.2026-04-05T10-00-00.sqlite',
    ])
      expect(await backend.router.dispatch('backups.restore', { name })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    await backend.close();
  });
});
