import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import { localIsoDate, type Clock } from './clock';

/** What every handler receives besides its validated input. */
export interface BackendContext {
  db: Kysely<DB>;
  sqlite: Database.Database;
  clock: Clock;
  databasePath: string;
  schemaVersion: number;
  appVersion: string;
  /** The host's log file, if any (shown to the user when something goes wrong). */
  logPath: string | null;
}

export const todayOf = (ctx: Pick<BackendContext, 'clock'>): string => localIsoDate(ctx.clock.now());
export const nowIsoOf = (ctx: Pick<BackendContext, 'clock'>): string => ctx.clock.now().toISOString();
