import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open';
import { readActors } from '../../electron/backend/actors/readActor';
import { listActors } from '../../electron/backend/actors/actorListRepository';
import { inputSchemaOf } from '../../shared/api/contract';
import { useTempDir } from './support/tempDir';

/**
 * Migration 011 moves every multi-valued field from `actor_tag`/`place_tag` onto its row and indexes what
 * the directory filters on. A file written at each schema that had those tables (2 to 10) comes out with
 * the same values, in the form's order, values outside today's vocabularies included, and filters on them.
 */

const tempDir = useTempDir();
const TODAY = '2026-04-05';
const FIRST_WITH_TAGS = MIGRATIONS.findIndex((m) => m.name === 'annuaire des acteurs') + 1;
const MOVED_BY = MIGRATIONS.findIndex((m) => m.name === 'valeurs multiples sur leur ligne') + 1;

/** A file at `version`, with two actors and their tags as that version wrote them (in storage order). */
function writtenAt(path: string, version: number): void {
  const sqlite = new Database(path);
  for (const migration of MIGRATIONS.slice(0, version)) sqlite.exec(migration.sql);
  sqlite.pragma(`user_version = ${version}`);
  sqlite.exec(`
    INSERT INTO territory (id, epci_siren, epci_name, epci_type, display_name, chosen_at)
      VALUES (1, '200070035', 'CC du Civraisien en Poitou', 'CC', 'Civraisien', '2025-01-01T00:00:00Z');
    INSERT INTO actor (id, name, name_key, search_text, created_at, updated_at)
      VALUES (1, 'Médiathèque', 'mediatheque', 'mediatheque', '2025-01-01', '2025-01-01'),
             (2, 'Club des aînés', 'club des aines', 'club des aines', '2025-01-01', '2025-01-01');
    INSERT INTO actor_tag (actor_id, kind, value) VALUES
      (1, 'public', 'Seniors'), (1, 'public', 'Jeunes'), (1, 'typology', 'BIB'), (1, 'role', 'lieu_mediation'),
      (1, 'label', 'Formé à « Mon Espace Santé »'), (1, 'programme', 'Aidants Connect'),
      (1, 'support', 'Surdité'), (1, 'typology', 'code-d-un-ancien-fichier'),
      (2, 'public', 'Seniors');
    INSERT INTO place (id, actor_id, position, name) VALUES (10, 1, 0, 'Médiathèque'), (11, 1, 1, 'Annexe'),
      (20, 2, 0, 'Club');
    INSERT INTO place_tag (place_id, kind, value) VALUES
      (10, 'service', 'Maîtrise des outils numériques du quotidien'),
      (10, 'service', 'Aide aux démarches administratives'), (10, 'access', 'Téléphoner'),
      (10, 'access', 'Se présenter'), (10, 'fee', 'Gratuit'), (11, 'itinerance', 'Itinérant'),
      (20, 'accompaniment', 'Seul'), (20, 'service', 'Un service que le standard a retiré');
  `);
  sqlite.close();
}

const listInput = (filters: Record<string, string[]>) =>
  inputSchemaOf('actors.list').parse({ ...filters, limit: 100 }) as Parameters<typeof listActors>[1];

describe('moving multi-valued fields onto their rows (migration 011)', () => {
  it.each(Array.from({ length: MOVED_BY - FIRST_WITH_TAGS }, (_, i) => FIRST_WITH_TAGS + i))(
    'keeps every value of a file written at schema %i, in the form’s order, and filters on them',
    async (version) => {
      const path = join(tempDir(), `schema-${version}.sqlite`);
      writtenAt(path, version);
      const opened = openDatabase(path);
      const [mediatheque, club] = await readActors(opened.db, [1, 2], TODAY);

      expect(mediatheque).toMatchObject({
        typologies: ['BIB', 'code-d-un-ancien-fichier'],
        roles: ['lieu_mediation'],
        publics: ['Jeunes', 'Seniors'],
        specificSupports: ['Surdité'],
        programmes: ['Aidants Connect'],
        labels: ['Formé à « Mon Espace Santé »'],
      });
      expect(mediatheque!.places.map((place) => [place.name, place.services, place.accessModes])).toEqual([
        [
          'Médiathèque',
          ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
          ['Se présenter', 'Téléphoner'],
        ],
        ['Annexe', [], []],
      ]);
      expect(mediatheque!.places[0]!.fees).toEqual(['Gratuit']);
      expect(mediatheque!.places[1]!.itinerance).toEqual(['Itinérant']);
      expect(club).toMatchObject({ publics: ['Seniors'], typologies: [] });
      expect(club!.places[0]).toMatchObject({
        services: ['Un service que le standard a retiré'],
        accompanimentModes: ['Seul'],
      });

      const names = async (filters: Record<string, string[]>) =>
        (await listActors(opened.db, listInput(filters), TODAY)).items.map((item) => item.name);
      expect(await names({ publics: ['Seniors'] })).toEqual(['Club des aînés', 'Médiathèque']);
      expect(await names({ services: ['Aide aux démarches administratives'] })).toEqual(['Médiathèque']);
      expect(await names({ labels: ['Aidants Connect'] })).toEqual(['Médiathèque']);
      expect(await names({ typologies: ['code-d-un-ancien-fichier'] })).toEqual(['Médiathèque']);
      expect(await names({ roles: ['lieu_mediation'], publics: ['Jeunes'] })).toEqual(['Médiathèque']);
      await opened.close();
    },
  );
});
