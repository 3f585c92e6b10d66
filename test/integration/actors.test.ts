import { describe, expect, it, vi } from 'vitest';
import { createActor } from '../../electron/backend/actors/repository';
import { actorInput, type ActorInput } from '../../shared/actors/schemas';
import { useActorsBackend } from './support/actorsBackend';
import { OUTSIDE_COMMUNE } from './support/seedTerritory';

const t = useActorsBackend();
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const mediatheque: ActorInput = {
  name: '  Médiathèque Jean-Jaurès ',
  siret: '732 829 320 00074',
  typologies: ['BIB', 'ASSO'],
  roles: ['lieu_mediation', 'operateur'],
  address: '12 rue des Écoles',
  communeCode: '38151',
  website: 'https://mediatheque.example.fr',
  publics: ['Seniors', 'Jeunes'],
  specificSupports: ['Surdité'],
  programmes: ['Conseillers numériques'],
  labels: ['Étapes numériques (La Poste)'],
  notes: 'Rencontrée le 12 mars.',
  lastVerifiedOn: '2025-11-02',
  contacts: [
    {
      name: 'Awa Diallo',
      role: 'Conseillère numérique',
      email: 'awa.diallo@example.fr',
      phone: '04 76 00 00 00',
    },
    { name: 'Luc Martin' },
  ],
  places: [
    {
      name: 'Espace numérique',
      address: '12 rue des Écoles',
      communeCode: '38151',
      services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'],
      fees: ['Gratuit'],
      accessModes: ['Se présenter'],
      openingHours: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
      permanences: [{ communeCode: '38382', weekdays: ['Th', 'Tu'], schedule: 'Une semaine sur deux' }],
    },
    { name: 'Bus numérique', communeCode: '38185', itinerance: ['Itinérant'], openingHours: 'lundi matin' },
  ],
};

describe('creating an actor', () => {
  it('stores the whole record and reads it back as the form shows it', async () => {
    t.open();
    const created = await t.create(mediatheque);
    const read = await t.ok('actors.get', { id: created.id });
    expect(read).toEqual(created);

    expect(read).toMatchObject({
      name: 'Médiathèque Jean-Jaurès',
      siret: '73282932000074',
      // Read back in the order of the vocabularies, whatever order they were ticked in.
      typologies: ['ASSO', 'BIB'],
      roles: ['operateur', 'lieu_mediation'],
      publics: ['Jeunes', 'Seniors'],
      communeCode: '38151',
      communeName: 'Échirolles',
      postcode: '38130', // Échirolles has one postcode: filled in
      lastVerifiedOn: '2025-11-02',
      freshness: 'recent',
      createdAt: '2026-04-05T10:00:00.000Z',
      updatedAt: '2026-04-05T10:00:00.000Z',
    });
    expect(read.contacts.map((c) => [c.name, c.role, c.email])).toEqual([
      ['Awa Diallo', 'Conseillère numérique', 'awa.diallo@example.fr'],
      ['Luc Martin', null, null],
    ]);

    const [espace, bus] = read.places;
    expect(espace).toMatchObject({
      name: 'Espace numérique',
      communeName: 'Échirolles',
      postcode: '38130',
      services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
      fees: ['Gratuit'],
      accessModes: ['Se présenter'],
      openingHoursReading: {
        status: 'valid',
        lines: [nb('Du lundi au vendredi~: 9~h~– 12~h et 14~h~– 18~h~30'), nb('Samedi~: 8~h~30~– 12~h')],
      },
    });
    expect(espace!.permanences).toEqual([
      {
        id: expect.any(Number),
        communeCode: '38382',
        communeName: 'Saint-Égrève',
        weekdays: ['Tu', 'Th'],
        schedule: 'Une semaine sur deux',
      },
    ]);
    // Grenoble has two postcodes: nothing is guessed.
    expect(bus).toMatchObject({ communeName: 'Grenoble', postcode: null, itinerance: ['Itinérant'] });
  });

  it('keeps opening hours it cannot read exactly as typed, flagged for review', async () => {
    t.open();
    const created = await t.create(mediatheque);
    const bus = created.places[1]!;
    expect(bus.openingHours).toBe('lundi matin');
    expect(bus.openingHoursReading).toMatchObject({ status: 'invalid' });
    const stored = t.backend.ctx.sqlite
      .prepare('SELECT name, opening_hours, opening_hours_valid FROM place ORDER BY position')
      .all();
    expect(stored).toEqual([
      {
        name: 'Espace numérique',
        opening_hours: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
        opening_hours_valid: 1,
      },
      { name: 'Bus numérique', opening_hours: 'lundi matin', opening_hours_valid: 0 },
    ]);
  });

  it('refuses a wrong SIRET with a French message on the field', async () => {
    t.open();
    const error = await t.failure('actors.create', { ...mediatheque, siret: '732 829 320 00075' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.siret).toMatch(/clé de contrôle est fausse/);
    expect(error.message).toMatch(/SIRET/);
    expect(t.count('actor')).toBe(0);
  });

  it('refuses places and permanences outside the territory, naming each field (the seat may be anywhere)', async () => {
    t.open();
    const error = await t.failure('actors.create', {
      name: 'Association parisienne',
      communeCode: OUTSIDE_COMMUNE,
      places: [
        { name: 'Local', communeCode: '38185', permanences: [{ communeCode: '69123', weekdays: ['Mo'] }] },
        { name: 'Annexe', communeCode: OUTSIDE_COMMUNE },
      ],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/ne font pas partie du territoire/);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'places.0.permanences.0.communeCode',
      'places.1.communeCode',
    ]);
    expect(error.fields?.['places.1.communeCode']).toMatch(/ne fait pas partie du territoire/);
    expect(t.count('actor')).toBe(0);
  });

  it('explains the other mistakes of the form, in French, per field', async () => {
    t.open();
    const error = await t.failure('actors.create', {
      name: ' ',
      contacts: [{ name: 'Awa', email: 'awa@' }],
      places: [{ name: 'Local', postcode: '3800' }],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toMatchObject({
      name: 'Le nom est obligatoire.',
      'contacts.0.email': expect.stringMatching(/adresse courriel invalide/),
      'places.0.postcode': 'Le code postal compte 5 chiffres.',
    });
  });

  it('asks to choose a territory first', async () => {
    t.open({ territory: false });
    const error = await t.failure('actors.create', { name: 'Centre social' });
    expect(error.code).toBe('no_territory');
    expect(error.message).toMatch(/Choisissez d’abord votre intercommunalité/);
  });

  it('joins the caller’s transaction, so that seeding a demo is all or nothing', async () => {
    t.open();
    const values = actorInput.parse({ name: 'Centre social', communeCode: '38544' });
    await expect(
      t.backend.ctx.db.transaction().execute(async (trx) => {
        await createActor(trx, values, { now: '2026-04-05T10:00:00.000Z' });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(t.count('actor')).toBe(0);
  });
});

describe('updating an actor', () => {
  it('keeps the ids of the places it keeps and removes what the form no longer has', async () => {
    t.open();
    const created = await t.create(mediatheque);
    const [espace, bus] = created.places;
    t.setNow('2026-04-06T08:30:00Z');

    const updated = await t.ok('actors.update', {
      id: created.id,
      actor: {
        ...mediatheque,
        name: 'Médiathèque Louise-Michel',
        roles: ['operateur'],
        contacts: [{ name: 'Inès Caron' }],
        places: [
          { ...mediatheque.places![0]!, id: espace!.id, name: 'Espace multimédia', permanences: [] },
          { name: 'Point relais', communeCode: '38544', services: ['Utilisation sécurisée du numérique'] },
        ],
      },
    });

    expect(updated.name).toBe('Médiathèque Louise-Michel');
    expect(updated.roles).toEqual(['operateur']);
    expect(updated.contacts.map((c) => c.name)).toEqual(['Inès Caron']);
    expect(updated.places.map((p) => [p.id, p.name])).toEqual([
      [espace!.id, 'Espace multimédia'],
      [expect.any(Number), 'Point relais'],
    ]);
    expect(updated.places[0]!.permanences).toEqual([]);
    expect(updated.updatedAt).toBe('2026-04-06T08:30:00.000Z');
    expect(updated.createdAt).toBe('2026-04-05T10:00:00.000Z');

    // Nothing of the removed place, contact or permanence is left behind.
    expect(bus!.name).toBe('Bus numérique');
    expect(t.count(`place WHERE name = 'Bus numérique'`)).toBe(0);
    expect(t.count(`place WHERE tags LIKE '%Itinérant%'`)).toBe(0);
    expect(t.count('permanence')).toBe(0);
    expect(t.count('contact')).toBe(1);

    // The search follows the new name and places.
    expect(await t.names({ search: 'louise michel' })).toEqual(['Médiathèque Louise-Michel']);
    expect(await t.names({ search: 'jaures' })).toEqual([]);
    expect(await t.names({ search: 'point relais' })).toEqual(['Médiathèque Louise-Michel']);
  });

  it('refuses a place that belongs to another actor, and changes nothing', async () => {
    t.open();
    const other = await t.create({ name: 'Centre social', places: [{ name: 'Salle du centre' }] });
    const created = await t.create(mediatheque);
    const error = await t.failure('actors.update', {
      id: created.id,
      actor: { ...mediatheque, name: 'Autre nom', places: [{ id: other.places[0]!.id, name: 'Volé' }] },
    });
    expect(error.code).toBe('conflict');
    expect(Object.keys(error.fields ?? {})).toEqual(['places.0.id']);
    expect(await t.ok('actors.get', { id: created.id })).toEqual(created);
    expect((await t.ok('actors.get', { id: other.id })).places[0]!.name).toBe('Salle du centre');
  });

  it('answers « not found » for an actor that no longer exists', async () => {
    t.open();
    const error = await t.failure('actors.update', { id: 999, actor: { name: 'Fantôme' } });
    expect(error).toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/^Cet acteur n’existe plus/),
    });
    expect((await t.failure('actors.get', { id: 999 })).code).toBe('not_found');
  });
});

describe('the trash (« Corbeille »)', () => {
  it('hides a deleted actor, lists it in the trash and restores it', async () => {
    t.open();
    const kept = await t.create({ name: 'Mission locale', communeCode: '38544' });
    const first = await t.create(mediatheque);
    const second = await t.create({ name: 'Centre social', communeCode: '38053' });

    t.setNow('2026-04-05T11:00:00Z');
    expect(await t.ok('actors.delete', { id: first.id })).toEqual({
      id: first.id,
      name: 'Médiathèque Jean-Jaurès',
    });
    t.setNow('2026-04-05T12:00:00Z');
    await t.ok('actors.delete', { id: second.id });

    expect(await t.names()).toEqual(['Mission locale']);
    expect((await t.ok('actors.list', { search: 'mediatheque' })).total).toBe(0);
    expect((await t.failure('actors.get', { id: first.id })).code).toBe('not_found');
    expect((await t.failure('actors.delete', { id: first.id })).code).toBe('not_found');
    expect(await t.ok('actors.trash', {})).toEqual([
      {
        id: second.id,
        name: 'Centre social',
        communeName: 'Bourgoin-Jallieu',
        deletedAt: '2026-04-05T12:00:00.000Z',
      },
      {
        id: first.id,
        name: 'Médiathèque Jean-Jaurès',
        communeName: 'Échirolles',
        deletedAt: '2026-04-05T11:00:00.000Z',
      },
    ]);

    const restored = await t.ok('actors.restore', { id: first.id });
    expect(restored).toEqual(first);
    expect(await t.names()).toEqual(['Médiathèque Jean-Jaurès', 'Mission locale']);
    expect((await t.ok('actors.trash', {})).map((a) => a.id)).toEqual([second.id]);
    expect(kept.id).toBeGreaterThan(0);
  });

  it('purges for good only from the trash', async () => {
    t.open();
    const created = await t.create(mediatheque);

    const refused = await t.failure('actors.purge', { id: created.id });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/n’est pas dans la corbeille/);
    expect(t.count('actor')).toBe(1);

    await t.ok('actors.delete', { id: created.id });
    expect(await t.ok('actors.purge', { id: created.id })).toEqual({ id: created.id });
    expect(await t.ok('actors.trash', {})).toEqual([]);
    for (const table of ['actor', 'actor_facet', 'contact', 'place', 'permanence'])
      expect(t.count(table), table).toBe(0);

    expect((await t.failure('actors.purge', { id: created.id })).code).toBe('not_found');
    expect((await t.failure('actors.restore', { id: created.id })).code).toBe('not_found');
  });
});

describe('a write that fails half-way', () => {
  /** Simulates a failure (full disk, crash) at the last step of a write: inserting a permanence. */
  const breakPermanences = () =>
    t.backend.ctx.sqlite.exec(`CREATE TEMP TRIGGER broken BEFORE INSERT ON main.permanence
      BEGIN SELECT RAISE(ABORT, 'panne simulée'); END`);

  it('leaves nothing of a new actor behind', async () => {
    t.open();
    breakPermanences();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await t.failure('actors.create', mediatheque);
    logged.mockRestore();
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/rien n’a été enregistré/);
    for (const table of ['actor', 'actor_facet', 'contact', 'place', 'permanence'])
      expect(t.count(table), table).toBe(0);
  });

  it('leaves an updated actor as it was', async () => {
    t.open();
    const created = await t.create({ ...mediatheque, places: [{ name: 'Salle', communeCode: '38151' }] });
    breakPermanences();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await t.failure('actors.update', {
      id: created.id,
      actor: { ...mediatheque, name: 'Nouveau nom' },
    });
    logged.mockRestore();
    expect(error.code).toBe('internal');
    expect(await t.ok('actors.get', { id: created.id })).toEqual(created);
    expect(await t.names({ search: 'nouveau' })).toEqual([]);
  });
});

describe('reading opening hours while typing', () => {
  it('answers the French reading of a value', async () => {
    t.open();
    expect(await t.ok('openingHours.read', { value: 'Mo-Fr 08:30-12:30; PH off' })).toEqual({
      status: 'valid',
      lines: [nb('Du lundi au vendredi~: 8~h~30~– 12~h~30'), 'Fermé les jours fériés'],
    });
    expect(await t.ok('openingHours.read', { value: 'Sun 10:00-12:00' })).toMatchObject({
      status: 'invalid',
    });
    expect(await t.ok('openingHours.read', { value: '' })).toEqual({ status: 'empty' });
  });
});
