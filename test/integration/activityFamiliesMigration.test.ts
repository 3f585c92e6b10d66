import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { useTempDir } from './support/tempDir';
import { versionBefore, writeDatabaseAtVersion } from './support/databaseAtVersion';

const tempDir = useTempDir();
const AT = versionBefore('CREATE TABLE activity_family');

describe('migration 022: activity per theme family', () => {
  it('an import made before it gets its families as the sum of its themes, details left to their procedure', async () => {
    const path = join(tempDir(), 'ancien.sqlite');
    writeDatabaseAtVersion(
      path,
      AT,
      `
      INSERT INTO activity_import (id, kind, actor_id, actor_name, file_name, period_start, period_end, imported_at,
        columns_left_out)
        VALUES (1, 'coop', NULL, 'Médiathèque', 'activites.xlsx', '2026-01-01', '2026-03-31', '2026-04-05', '[]');
      INSERT INTO activity_theme (import_id, day, kind, theme, commune_code, commune_label, activities, accompaniments)
      VALUES
        (1, '2026-01-06', 'individual', 'Aide aux démarches administratives', '38185', '', 1, 1),
        (1, '2026-01-06', 'individual', 'Social - Santé', '38185', '', 1, 1),
        (1, '2026-01-06', 'individual', 'E-mail', '38185', '', 1, 1),
        (1, '2026-01-06', 'individual', 'E-mail', '38151', '', 0, 2),
        (1, '2026-01-06', 'individual', 'Bureautique', '38185', '', 1, 1),
        (1, '2026-01-20', 'collective', 'Atelier maison', NULL, '', 1, 4),
        (1, '2026-01-20', 'collective', '', NULL, '', 1, 3);`,
    );

    const opened = openDatabase(path, { now: () => new Date('2026-12-05T10:00:00Z') });
    expect(opened.migration.to).toBeGreaterThan(AT);
    expect(
      opened.sqlite
        .prepare(
          'SELECT day, kind, family, activities, accompaniments FROM activity_family ORDER BY day, family',
        )
        .all(),
    ).toEqual([
      { day: '2026-01-06', kind: 'individual', family: 'procedures', activities: 1, accompaniments: 1 },
      { day: '2026-01-06', kind: 'individual', family: 'skills', activities: 2, accompaniments: 4 },
      { day: '2026-01-20', kind: 'collective', family: 'other', activities: 1, accompaniments: 4 },
    ]);
    // Deleting the import takes its families with it.
    opened.sqlite.prepare('DELETE FROM activity_import WHERE id = 1').run();
    expect(opened.sqlite.prepare('SELECT COUNT(*) AS n FROM activity_family').get()).toEqual({ n: 0 });
    await opened.close();
  });
});
