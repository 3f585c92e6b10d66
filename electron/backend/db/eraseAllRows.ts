import type { BackendContext } from '../context';

/**
 * Deletes every row of every table (the schema stays), in one synchronous transaction: what leaving the
 * territory does, so that onboarding starts again. Every table, including those added by later migrations.
 */
export function eraseAllRows({ sqlite }: Pick<BackendContext, 'sqlite'>): void {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  sqlite.transaction(() => {
    // Checked at commit, so the order of the deletions does not matter.
    sqlite.pragma('defer_foreign_keys = ON');
    for (const table of tables) sqlite.exec(`DELETE FROM "${table}"`);
  })();
}
