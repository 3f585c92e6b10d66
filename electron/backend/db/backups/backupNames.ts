import { basename, dirname, join } from 'node:path';
import type { BackupKind } from '../../../../shared/backups/backupDto';

/**
 * Where backups live and how they are named: `sauvegardes/` next to the database file, one file per copy,
 * `<base>.<why>.<UTC date-time>[-n].sqlite` (`maillage.avant-import.2026-04-05T10-00-00.sqlite`). The name
 * says the kind and the date, so the list needs no index file. Copies made by earlier versions of Maillage
 * lay next to the database file with the same names: they are listed and rotated too.
 */

export const BACKUP_FOLDER = 'sauvegardes';
/** A copy being written: never a backup until verified and renamed. */
export const PARTIAL_SUFFIX = '.partiel';
/** The copy being written, and the journal SQLite keeps beside it while it writes (left too by a kill). */
const PARTIAL_FILE = /\.partiel(-journal)?$/;

const SLUGS: Record<BackupKind, string> = {
  import: 'avant-import',
  migration: 'avant-schema',
  territory: 'avant-changement-de-territoire',
  restore: 'avant-restauration',
  manual: 'manuelle',
};

export interface ParsedBackupName {
  kind: BackupKind;
  createdAt: Date;
  /** 1 for the first copy of its kind in its second, then 2, 3…: the order they were made in. */
  attempt: number;
}

export const baseNameOf = (databasePath: string): string => basename(databasePath).replace(/\.sqlite$/i, '');

export const backupFolderOf = (databasePath: string): string => join(dirname(databasePath), BACKUP_FOLDER);

/** The folders where backups of this database may be: its own folder first, then where earlier versions put them. */
export const backupFoldersOf = (databasePath: string): string[] => [
  backupFolderOf(databasePath),
  dirname(databasePath),
];

const stampOf = (date: Date): string => date.toISOString().slice(0, 19).replace(/:/g, '-');

/** The name for a new copy; `attempt` > 1 when a copy of the same kind was made in the same second. */
export function backupFileName(
  databasePath: string,
  kind: BackupKind,
  date: Date,
  options: { attempt?: number; schemaVersion?: number } = {},
): string {
  const slug = kind === 'migration' ? `${SLUGS.migration}-${options.schemaVersion ?? 0}` : SLUGS[kind];
  const attempt = options.attempt && options.attempt > 1 ? `-${options.attempt}` : '';
  return `${baseNameOf(databasePath)}.${slug}.${stampOf(date)}${attempt}.sqlite`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Kind and date of a backup of this database from its file name, or null for any other file. */
export function parseBackupName(databasePath: string, fileName: string): ParsedBackupName | null {
  const pattern = new RegExp(
    `^${escapeRegExp(baseNameOf(databasePath))}\\.(avant-import|avant-schema-\\d+|avant-changement-de-territoire|avant-restauration|manuelle)\\.(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})(?:-(\\d+))?\\.sqlite$`,
  );
  const match = pattern.exec(fileName);
  if (!match) return null;
  const [, slug, day, hours, minutes, seconds, attempt] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const kind = (Object.entries(SLUGS) as [BackupKind, string][]).find(
    ([, known]) => slug === known || (known === SLUGS.migration && slug.startsWith(`${known}-`)),
  )?.[0];
  const createdAt = new Date(`${day}T${hours}:${minutes}:${seconds}Z`);
  if (!kind || Number.isNaN(createdAt.getTime())) return null;
  return { kind, createdAt, attempt: attempt === undefined ? 1 : Number(attempt) };
}

/** A copy of this database being written (or left by a copy that was killed). */
export const isPartialCopy = (databasePath: string, fileName: string): boolean =>
  fileName.startsWith(`${baseNameOf(databasePath)}.`) && PARTIAL_FILE.test(fileName);
