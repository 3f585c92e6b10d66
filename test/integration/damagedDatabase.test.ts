import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { restoreLatestBackup } from '../../electron/backend/db/backups/restoreLatest';
import { RESTORE_COMMAND } from '../../electron/backend/db/openFailure';
import type { BackupDto } from '../../shared/backups/backupDto';
import { AppFailure } from '../../shared/result';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
const root = resolve(import.meta.dirname, '../..');
const BACKUP_DATE = /5\u00a0avril 2026 à \d{1,2}\u00a0h\u00a005/;

async function ok<T>(backend: Backend, method: string, input: unknown = {}): Promise<T> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data as T;
}

/** A real file with a territory and 300 actors, and one good backup of it (5 April 2026, 12:05 UTC). */
async function fileWithBackup(): Promise<{ path: string; backup: string }> {
  const dir = tempDir();
  const path = join(dir, 'maillage.sqlite');
  const backend = createBackend({ databasePath: path, clock: frozenClock('2026-04-05T12:05:00Z') });
  await ok(backend, 'territory.choose', { siren: '200070035' });
  for (let i = 0; i < 300; i++)
    await ok(backend, 'actors.create', { name: `Acteur ${i} de la sauvegarde`, communeCode: '86078' });
  const backup = await ok<BackupDto>(backend, 'backups.create');
  await backend.close();
  return { path, backup: join(dir, 'sauvegardes', backup.name) };
}

function openFailureOf(path: string): AppFailure {
  try {
    createBackend({ databasePath: path }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    return error as AppFailure;
  }
  throw new Error('le fichier aurait dû être refusé');
}

/** What a user reads: French, the backup's path and date, how to put it back, no SQLite English. */
function expectAdvice(
  failure: { code?: string; message?: string },
  backup: string,
  options: { restore: boolean },
): void {
  expect(failure.code).toBe('database_unusable');
  expect(failure.message).toContain(backup);
  expect(failure.message).toMatch(BACKUP_DATE);
  if (options.restore) expect(failure.message).toContain(RESTORE_COMMAND);
  const words = (failure.message ?? '').replace(/\S*\.sqlite\S*/g, '');
  expect(words).not.toMatch(/SQLITE_|\bdatabase\b|disk image|malformed|\bError\b|\blocked\b|readonly/);
}

/** Opens the engine on `path` in another process, as the desktop app and the browser mode would. */
function openInAnotherProcess(path: string, options: { uid?: number } = {}) {
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['test/integration/support/openAndReport.ts', path],
    {
      cwd: root,
      encoding: 'utf8',
      uid: options.uid,
      gid: options.uid,
      env: { ...process.env, HOME: '/tmp' },
    },
  );
  if (!run.stdout) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { opened: boolean; code?: string; message?: string };
}

describe('a database file that cannot be used', () => {
  it('that is not an SQLite file is refused untouched, with the latest backup', async () => {
    const { path, backup } = await fileWithBackup();
    writeFileSync(path, 'PK\u0003\u0004 ceci est un document Word renommé en .sqlite'.repeat(40));
    const before = readFileSync(path);
    const failure = openFailureOf(path);
    expect(failure.message).toMatch(/^Le fichier .* n’est pas un fichier de données de Maillage/);
    expectAdvice(failure, backup, { restore: true });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('with damaged pages is refused before any write', async () => {
    const { path, backup } = await fileWithBackup();
    const fd = openSync(path, 'r+');
    const garbage = Buffer.alloc(4096 * 4);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
    writeSync(fd, garbage, 0, garbage.length, 4096 * 3);
    closeSync(fd);
    const before = readFileSync(path);
    const failure = openFailureOf(path);
    expect(failure.message).toMatch(/^Le fichier de données .* est endommagé/);
    expectAdvice(failure, backup, { restore: true });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('cut short is refused', async () => {
    const { path, backup } = await fileWithBackup();
    truncateSync(path, Math.floor(statSync(path).size * 0.6));
    const failure = openFailureOf(path);
    expect(failure.message).toMatch(/est endommagé \(des pages sont illisibles, ou il a été coupé\)/);
    expectAdvice(failure, backup, { restore: true });
  });

  it('that is read-only is refused at start, not at the first save', async () => {
    const { path, backup } = await fileWithBackup();
    chmodSync(path, 0o444);
    // root writes through any mode bits: the engine then runs as « nobody », to whom the file is read-only.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(resolve(path, '..'), 0o755);
    const result = asRoot ? openInAnotherProcess(path, { uid: 65534 }) : openInAnotherProcess(path);
    expect(result).toMatchObject({ opened: false, code: 'database_unusable' });
    expect(result.message).toMatch(/^Le fichier de données .* est en lecture seule/);
    expectAdvice(result, backup, { restore: true });
  });

  it('open in another Maillage is refused in French, and opens once the other has closed', async () => {
    const { path, backup } = await fileWithBackup();
    const first = createBackend({ databasePath: path });
    const second = openInAnotherProcess(path);
    expect(second).toMatchObject({ opened: false, code: 'database_unusable' });
    expect(second.message).toMatch(
      /est déjà ouvert par un autre Maillage \(l’application de bureau, ou le mode navigateur/,
    );
    expectAdvice(second, backup, { restore: false });
    // The first one keeps working.
    await ok(first, 'actors.create', { name: 'Saisi pendant ce temps', communeCode: '86078' });
    await first.close();
    expect(openInAnotherProcess(path)).toEqual({ opened: true });
  }, 30_000);

  it('is replaced by the latest good backup on request, set aside rather than deleted', async () => {
    const { path, backup } = await fileWithBackup();
    // A newer backup that is itself damaged is passed over.
    const damagedBackup = backup.replace('12-05-00', '13-00-00');
    writeFileSync(damagedBackup, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));
    truncateSync(path, 10_000);

    const report = restoreLatestBackup(path, new Date('2026-04-06T08:00:00Z'));
    expect(report).toMatch(BACKUP_DATE);
    expect(report).toContain(backup);
    const setAside = join(
      resolve(path, '..'),
      'sauvegardes',
      'maillage.mis-de-cote.2026-04-06T08-00-00.sqlite',
    );
    expect(report).toContain(setAside);
    expect(statSync(setAside).size).toBe(10_000);

    const backend = createBackend({ databasePath: path });
    expect((await ok<{ total: number }>(backend, 'actors.list')).total).toBe(300);
    const listed = await ok<{ backups: BackupDto[] }>(backend, 'backups.list');
    expect(listed.backups.map((one) => one.name)).not.toContain(
      'maillage.mis-de-cote.2026-04-06T08-00-00.sqlite',
    );
    await backend.close();
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(resolve(path, '..')).filter((name) => name.endsWith('.partiel'))).toEqual([]);
  });
});
