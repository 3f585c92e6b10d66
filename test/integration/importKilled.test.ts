import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { useTempDir } from './support/tempDir';
import { killMidImport } from './support/killMidImport';

const tempDir = useTempDir();

const HEADER =
  'id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv';

/** A standard v1 file of `count` places in Civray (CC du Civraisien en Poitou). */
function standardCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `lieu-${i},,Lieu numéro ${i},Civray,86400,86078,${i} rue de la Gare,,,,ASSO,,,,Mo-Fr 09:00-12:00,,,Test,,,2026-01-15,Aide aux démarches administratives,,,Gratuit,,,,,,,`,
  );
  return [HEADER, ...rows].join('\n');
}

describe('an import killed halfway', () => {
  it('leaves the database exactly as it was before the import', async () => {
    const dir = tempDir();
    const path = join(dir, 'maillage.sqlite');
    const csvPath = join(dir, 'grand-fichier.csv');
    writeFileSync(csvPath, standardCsv(20_000));
    const setup = createBackend({ databasePath: path });
    expect((await setup.router.dispatch('territory.choose', { siren: '200070035' })).ok).toBe(true);
    expect(
      (await setup.router.dispatch('actors.create', { name: 'Acteur déjà là', communeCode: '86078' })).ok,
    ).toBe(true);
    await setup.close();

    const output = await killMidImport('importThenHang.ts', [path, csvPath]);
    // The import's write had begun when the process died, and had not ended.
    expect(output).toMatch(/EN COURS : écriture de 20000 lignes/);
    expect(output).not.toMatch(/FINI/);

    const sqlite = new Database(path);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.prepare('SELECT name FROM actor').pluck().all()).toEqual(['Acteur déjà là']);
    expect(sqlite.prepare('SELECT COUNT(*) FROM place').pluck().get()).toBe(0);
    sqlite.close();
  }, 60_000);
});
