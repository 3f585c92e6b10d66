import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { readActors } from '../../electron/backend/actors/readActor';
import { readActorsSetBased } from '../../electron/backend/actors/readActorRepository';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';

/**
 * The export files and the Word annuaire read thousands of actors through raw prepared statements
 * (`readActorRepository.ts`); the form and the detail page through the query builder (`readActor.ts`). Both
 * must give the same records, field for field and in the same key order, for every kind of value.
 */

const api = useActorsBackend();

async function directory(): Promise<number[]> {
  api.open({ territory: false });
  await api.ok('territory.createDemo', {});
  const full = await api.create({
    name: 'Centre « Le Lien »',
    siret: fictitiousSiret('8123456780011'),
    typologies: ['TIERS_LIEUX', 'ASSO'],
    roles: ['prescripteur', 'operateur'],
    address: '3 rue du Marché',
    communeCode: '86078',
    postcode: '86400',
    latitude: 46.15,
    longitude: 0.3,
    website: 'https://lien.exemple.fr',
    publics: ['Seniors', 'Jeunes'],
    specificSupports: ['Surdité'],
    programmes: ['France Services', 'Aidants Connect'],
    labels: ['Fabriques de Territoire'],
    otherLabels: 'Label maison',
    notes: 'Une note',
    lastVerifiedOn: '2024-01-31',
    contacts: [
      { name: 'Bruno', role: 'Directeur', email: 'b@exemple.fr', phone: '05 49 00 00 00' },
      { name: 'Alice', role: null, email: null, phone: null },
    ],
    places: [
      {
        name: 'Salle 2',
        address: '1 impasse des Tilleuls',
        communeCode: '86078',
        postcode: '86400',
        services: ['Loisirs et créations numériques', 'Aide aux démarches administratives'],
        accessModes: ['Téléphoner', 'Se présenter'],
        accompanimentModes: ['En autonomie'],
        fees: ['Gratuit'],
        itinerance: ['Itinérant'],
        openingHours: 'Mo-Fr 09:00-12:00',
        phone: '05 36 49 13 00',
        permanences: [
          { communeCode: '86082', weekdays: ['Th', 'Tu'], schedule: 'Une semaine sur deux' },
          { communeCode: '86078', weekdays: ['Mo'], schedule: null },
        ],
      },
      { name: 'Antenne', openingHours: 'le matin, sauf quand il pleut' },
      { name: 'Annexe', openingHours: 'Mo-Fr 09:00-12:00', services: ['Aide aux démarches administratives'] },
    ],
  });
  const bare = await api.create({ name: 'Acteur sans rien' });
  const trashed = await api.create({ name: 'Acteur à la corbeille', places: [{ name: 'Lieu' }] });
  await api.ok('actors.delete', { id: trashed.id });
  // A permanence in a commune outside the territory with unreadable days, and tags written before today's
  // vocabularies.
  const sqlite = api.backend.ctx.sqlite;
  sqlite
    .prepare("UPDATE permanence SET commune_code = '99999', weekdays = 'pas du JSON' WHERE schedule IS NULL")
    .run();
  sqlite
    .prepare('UPDATE actor SET tags = ? WHERE id = ?')
    .run('{"typology":["ZZZ","ASSO","AAA"],"public":["Seniors"]}', bare.id);
  const demo = sqlite.prepare('SELECT id FROM actor ORDER BY name_key').pluck().all() as number[];
  return [full.id, 987654, bare.id, trashed.id, ...demo.filter((id) => id !== full.id)];
}

describe('actors read set-based for exports and documents', () => {
  it('gives the same records as the query builder, in the order of the ids asked, skipping trashed and missing ones', async () => {
    const ids = await directory();
    const expected = await readActors(api.backend.ctx.db, ids, '2026-04-05');
    const actual = readActorsSetBased(api.backend.ctx, ids, '2026-04-05');
    expect(actual.length).toBeGreaterThan(10);
    expect(actual.map((actor) => actor.name)).not.toContain('Acteur à la corbeille');
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    expect(actual).toEqual(expected);
  });

  it('shares repeated lists and readings frozen, so that changing one record in place throws', async () => {
    const ids = await directory();
    const [full] = readActorsSetBased(api.backend.ctx, ids, '2026-04-05');
    const [first, , third] = full!.places;
    expect(third!.openingHoursReading).toBe(first!.openingHoursReading);
    expect(() => first!.services.push('Loisirs et créations numériques')).toThrow(TypeError);
    expect(() => full!.typologies.sort()).toThrow(TypeError);
  });

  it('reads nothing for no ids', () => {
    api.open();
    expect(readActorsSetBased(api.backend.ctx, [], '2026-04-05')).toEqual([]);
  });
});
