import type { BackendContext } from '../context';

/**
 * Deletes every row of every table (the schema stays), in one synchronous transaction: what leaving the
 * territory does, so that onboarding starts again. Every table, including those added by later migrations.
 * The full-text indexes (virtual tables) are emptied through their own command: their shadow tables refuse
 * a direct DELETE.
 */
export function eraseAllRows({ sqlite }: Pick<BackendContext, 'sqlite'>): void {
  const listed = sqlite.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as {
    name: string;
    type: string;
  }[];
  const tables = listed.filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_')).map((t) => t.name);
  const fullTextIndexes = listed.filter((t) => t.type === 'virtual').map((t) => t.name);
  sqlite.transaction(() => {
    // Checked at commit, so the order of the deletions does not matter.
    sqlite.pragma('defer_foreign_keys = ON');
    for (const table of tables) sqlite.exec(`DELETE FROM "${table}"`);
    for (const index of fullTextIndexes)
      sqlite.exec(`INSERT INTO "${index}" ("${index}") VALUES ('delete-all')`);
  })();
}
