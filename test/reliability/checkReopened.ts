import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_POLICY } from '../../electron/backend/db/backups/backupRotation';
import { APPEND_SERIES, OVERWRITE_SERIES, numberIn, type Ledger, type Series } from './ledger';
import { startWebProcess } from './webProcess';

/**
 * After the kill: the file is reopened as a user would (the browser mode started again on it, which runs its
 * own quick check), then read directly. Every problem is a French sentence; none means the trial held.
 */

export interface Before {
  actors: number;
  places: number;
}

export interface ReopenOutcome {
  problems: string[];
  /** Whether the import's rows were found all (true), none (false), or there was no import (null). */
  importLanded: boolean | null;
}

/** Where each numbered series is stored. */
const STORED: Record<Series, string> = {
  contexte: 'SELECT context FROM roadmap',
  action: 'SELECT title FROM roadmap_action',
  objectif: 'SELECT title FROM roadmap_objective',
  commentaire: "SELECT text FROM diagnostic_commentary WHERE section = 'synthese'",
  figé: 'SELECT title FROM diagnostic_snapshot',
  territoire: 'SELECT display_name FROM territory',
};

async function reopenInApp(
  path: string,
  problems: string[],
): Promise<{ total: number; backups: string[] } | null> {
  let app;
  try {
    app = await startWebProcess(path);
  } catch (error) {
    problems.push(`Maillage ne rouvre pas le fichier : ${(error as Error).message.slice(0, 600)}`);
    return null;
  }
  try {
    for (const method of ['territory.get', 'roadmap.get', 'diagnostic.get', 'diagnostic.snapshots']) {
      const answer = await app.call(method, {});
      if (!answer.ok) problems.push(`Après réouverture, ${method} refuse : ${answer.error.message}`);
    }
    const actors = await app.call('actors.list', {});
    const backups = await app.call('backups.list', {});
    if (!actors.ok || !backups.ok) {
      problems.push('Après réouverture, la liste des acteurs ou des sauvegardes est refusée.');
      return null;
    }
    return {
      total: (actors.data as { total: number }).total,
      backups: (backups.data as { backups: { name: string }[] }).backups.map((backup) => backup.name),
    };
  } finally {
    await app.stop();
  }
}

function integrityOf(path: string): string {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return String(sqlite.pragma('integrity_check', { simple: true }));
  } finally {
    sqlite.close();
  }
}

function checkSeries(sqlite: Database.Database, ledger: Ledger, problems: string[]): void {
  for (const series of OVERWRITE_SERIES) {
    const confirmed = ledger.confirmed(series);
    const found = numberIn(sqlite.prepare(STORED[series]).pluck().get());
    const latest = Math.max(0, ...confirmed);
    if (found < latest)
      problems.push(
        `« ${series} » : le fichier garde le n° ${found}, alors que le n° ${latest} a été confirmé.`,
      );
    if (found > ledger.lastSent(series))
      problems.push(`« ${series} » : le fichier garde le n° ${found}, qui n’a jamais été envoyé.`);
  }
  for (const series of APPEND_SERIES) {
    const found = new Set((sqlite.prepare(STORED[series]).pluck().all() as string[]).map(numberIn));
    const lost = [0, ...ledger.confirmed(series)].filter((n) => !found.has(n));
    if (lost.length > 0)
      problems.push(
        `« ${series} » : ${lost.length} écriture(s) confirmée(s) absente(s) (n° ${lost.join(', ')}).`,
      );
    const invented = [...found].filter((n) => n < 0 || n > ledger.lastSent(series));
    if (invented.length > 0)
      problems.push(`« ${series} » : des lignes jamais envoyées (n° ${invented.join(', ')}).`);
  }
}

function checkImport(
  counts: { actors: number; places: number },
  listed: number,
  ledger: Ledger,
  before: Before,
  problems: string[],
): boolean | null {
  const record = ledger.import;
  const rows = record?.rows ?? 0;
  const none = counts.actors === before.actors && counts.places === before.places;
  const all = counts.actors === before.actors + rows && counts.places === before.places + rows;
  if (!none && !all)
    problems.push(
      `Import partiel : ${counts.actors} acteurs et ${counts.places} lieux, ni ${before.actors} et ${before.places} (rien), ni ${before.actors + rows} et ${before.places + rows} (tout).`,
    );
  if (record?.lastState === 'done' && !all) problems.push('Un import confirmé terminé a disparu.');
  if (record?.lastState === 'cancelled' && !none)
    problems.push('Un import confirmé annulé a laissé des lignes.');
  if (listed !== counts.actors)
    problems.push(`L’annuaire rouvert compte ${listed} acteurs, le fichier ${counts.actors}.`);
  return record === null ? null : all && rows > 0;
}

function checkBackups(path: string, listed: string[], ledger: Ledger, problems: string[]): void {
  const folder = join(path, '..', 'sauvegardes');
  // The rotation keeps the newest copies of each kind; one more may have been made after the last answer.
  for (const name of ledger.backups.slice(-(BACKUP_POLICY.latestPerKind - 1))) {
    if (!existsSync(join(folder, name))) problems.push(`Sauvegarde confirmée absente : ${name}.`);
    else if (!listed.includes(name)) problems.push(`Sauvegarde confirmée non listée : ${name}.`);
  }
  for (const name of listed) {
    // Copies made by earlier versions lie next to the file; this version's, in « sauvegardes ».
    const copy = existsSync(join(folder, name)) ? join(folder, name) : join(path, '..', name);
    const result = integrityOf(copy);
    if (result !== 'ok') problems.push(`La sauvegarde listée ${name} est abîmée : ${result.slice(0, 200)}.`);
  }
}

export async function checkReopened(path: string, ledger: Ledger, before: Before): Promise<ReopenOutcome> {
  const problems: string[] = [];
  const reopened = await reopenInApp(path, problems);
  const integrity = integrityOf(path);
  if (integrity !== 'ok') problems.push(`integrity_check : ${integrity.slice(0, 300)}`);
  const sqlite = new Database(path, { readonly: true });
  let importLanded: boolean | null = null;
  try {
    checkSeries(sqlite, ledger, problems);
    const count = (table: string) => sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    const counts = { actors: count('actor'), places: count('place') };
    importLanded = checkImport(counts, reopened?.total ?? counts.actors, ledger, before, problems);
  } finally {
    sqlite.close();
  }
  if (reopened) checkBackups(path, reopened.backups, ledger, problems);
  return { problems, importLanded };
}
