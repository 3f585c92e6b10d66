import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { useTempDir } from './support/tempDir';
import { versionBefore, writeDatabaseAtVersion } from './support/databaseAtVersion';

const tempDir = useTempDir();
const AT = versionBefore('UPDATE territory_commune SET name = replace');

function territoryAt(path: string, displayName: string) {
  writeDatabaseAtVersion(
    path,
    AT,
    `
    INSERT INTO territory (id, epci_siren, epci_name, epci_type, display_name, chosen_at)
      VALUES (1, '200054807', 'Métropole d''Aix-Marseille-Provence', 'MET', '${displayName.replaceAll("'", "''")}',
        '2026-04-05T10:00:00Z');
    INSERT INTO territory_commune (code, name, population, postcodes) VALUES
      ('13014', 'Berre-l''Étang', 14000, '["13130"]'),
      ('13001', 'Aix-en-Provence', 145000, '["13090"]');`,
  );
}

const read = (sqlite: ReturnType<typeof openDatabase>['sqlite']) => ({
  communes: sqlite.prepare('SELECT code, name FROM territory_commune ORDER BY code').all(),
  displayName: (sqlite.prepare('SELECT display_name AS name FROM territory').get() as { name: string }).name,
});

describe('migration 024: the communes’ names with the typographic apostrophe', () => {
  it('gives the stored communes and the EPCI’s display name the typographic apostrophe', async () => {
    const path = join(tempDir(), 'ancien.sqlite');
    territoryAt(path, "Métropole d'Aix-Marseille-Provence");
    const opened = openDatabase(path, { now: () => new Date('2026-12-07T10:00:00Z') });
    expect(opened.migration.to).toBeGreaterThan(AT);
    expect(read(opened.sqlite)).toEqual({
      communes: [
        { code: '13001', name: 'Aix-en-Provence' },
        { code: '13014', name: 'Berre-l’Étang' },
      ],
      displayName: 'Métropole d’Aix-Marseille-Provence',
    });
    await opened.close();
  });

  it('leaves a display name the user wrote as it is', async () => {
    const path = join(tempDir(), 'renomme.sqlite');
    territoryAt(path, "Métropole d'Aix-Marseille-Provence (pôle d'Aix)");
    const opened = openDatabase(path, { now: () => new Date('2026-12-07T10:00:00Z') });
    expect(read(opened.sqlite).displayName).toBe("Métropole d'Aix-Marseille-Provence (pôle d'Aix)");
    await opened.close();
  });
});
