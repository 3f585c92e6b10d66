import { join } from 'node:path';
import { frozenClock } from '../../../electron/backend/clock';
import type { BackendContext } from '../../../electron/backend/context';
import { openDatabase } from '../../../electron/backend/db/open';

/** A backend context over a real SQLite file in `dir`, with a frozen clock (5 April 2026). */
export function contextIn(dir: string): { ctx: BackendContext; close: () => Promise<void> } {
  const opened = openDatabase(join(dir, 'maillage.sqlite'));
  const ctx: BackendContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    clock: frozenClock('2026-04-05T10:00:00Z'),
    databasePath: opened.path,
    schemaVersion: opened.migration.to,
    appVersion: 'test',
    logPath: null,
  };
  return { ctx, close: opened.close };
}
