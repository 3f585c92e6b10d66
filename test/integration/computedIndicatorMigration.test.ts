import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
const AT = MIGRATIONS.findIndex((migration) => migration.sql.includes('ADD COLUMN measure'));

describe('migration 020: computed indicators', () => {
  it.each([AT, AT - 1])(
    'a file at schema %i keeps every indicator of its fiches action, typed by hand as before',
    async (version) => {
      const path = join(tempDir(), 'ancien.sqlite');
      const old = new Database(path);
      for (const migration of MIGRATIONS.slice(0, version)) old.exec(migration.sql);
      old.pragma(`user_version = ${version}`);
      old.exec(`
        INSERT INTO roadmap_chantier (id, position, title) VALUES (1, 0, 'Aller vers');
        INSERT INTO roadmap_action (id, chantier_id, position, title, publics, commune_codes, status, progress)
          VALUES (1, 1, 0, 'Permanences', '[]', '[]', 'en_cours', 40);
        INSERT INTO roadmap_indicator (action_id, position, label, unit, target, actual) VALUES
          (1, 0, 'Personnes accompagnées', 'personnes', 600, 212.5),
          (1, 1, 'Permanences tenues', NULL, NULL, NULL);`);
      const before = old
        .prepare('SELECT id, label, unit, target, actual FROM roadmap_indicator ORDER BY id')
        .all();
      old.close();

      const opened = openDatabase(path, { now: () => new Date('2026-12-05T10:00:00Z') });
      expect(opened.migration.to).toBeGreaterThan(AT);
      const after = opened.sqlite
        .prepare('SELECT id, label, unit, target, actual, measure, themes FROM roadmap_indicator ORDER BY id')
        .all();
      expect(after).toEqual(before.map((row) => ({ ...(row as object), measure: null, themes: '[]' })));
      expect(() =>
        opened.sqlite.prepare("UPDATE roadmap_indicator SET measure = 'n’importe quoi'").run(),
      ).toThrow(/CHECK/);
      await opened.close();
    },
  );
});
