import type Database from 'better-sqlite3';
import type { BackendContext } from '../context';

/**
 * What says that the database is exactly as it was: no row changed on the app's connection
 * (`total_changes()`), nor by any other connection (`data_version`), and still the same connection (a
 * restored backup is a new connection, whose counters restart).
 */
export interface ChangeStamp {
  connection: Database.Database;
  value: string;
}

export function changeStampOf({ sqlite }: Pick<BackendContext, 'sqlite'>): ChangeStamp {
  const changes = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return {
    connection: sqlite,
    value: `${changes.n}:${String(sqlite.pragma('data_version', { simple: true }))}`,
  };
}

export function unchangedSince(stamp: ChangeStamp, ctx: Pick<BackendContext, 'sqlite'>): boolean {
  if (stamp.connection !== ctx.sqlite) return false;
  return changeStampOf(ctx).value === stamp.value;
}
