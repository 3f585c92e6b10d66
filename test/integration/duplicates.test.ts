import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { waitForImport } from './support/importJob';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';
import type { ActorInput } from '../../shared/actors/schemas';

const SIRET = fictitiousSiret('8123456780001');

const left: ActorInput = {
  name: 'Médiathèque d’Échirolles',
  siret: SIRET,
  typologies: ['BIB'],
  roles: ['lieu_mediation'],
  address: '2 place des Écrins',
  communeCode: '38151',
  website: 'https://mediatheque.example.org',
  publics: ['Seniors'],
  lastVerifiedOn: '2025-01-10',
  contacts: [{ name: 'Inès Morel', email: 'ines@example.org' }],
  places: [
    {
      name: 'Salle informatique',
      communeCode: '38151',
      services: ['Accès internet et matériel informatique'],
    },
  ],
};
const right: ActorInput = {
  name: 'MEDIATHEQUE D’ECHIROLLES',
  typologies: ['BIB', 'MUNI'],
  roles: ['operateur'],
  address: '2 pl. des Écrins',
  communeCode: '38151',
  notes: 'Saisie en double',
  lastVerifiedOn: '2026-03-20',
  contacts: [
    { name: 'Inès Morel', email: 'ines@example.org' },
    { name: 'Paul Lenoir', email: 'paul@example.org' },
  ],
  places: [
    {
      name: 'Espace public numérique',
      communeCode: '38151',
      latitude: 45.1462,
      longitude: 5.7167,
      services: ['Aide aux démarches administratives'],
    },
  ],
};

describe('likely duplicates', () => {
  const api = useActorsBackend();

  it('proposes actors with the same name in the same commune, the same SIRET, or places under 50 m apart', async () => {
    api.open();
    const a = await api.create(left);
    const b = await api.create(right);
    const c = await api.create({ name: 'Autre association', roles: ['operateur'], siret: SIRET });
    const d = await api.create({
      name: 'Café associatif',
      roles: ['operateur'],
      places: [{ name: 'Le comptoir', latitude: 45.1464, longitude: 5.7169 }],
    });
    await api.create({
      name: 'Maison des habitants',
      roles: ['operateur'],
      places: [{ name: 'Annexe', latitude: 45.15, longitude: 5.72 }],
    });
    const pairs = await api.ok('duplicates.list', {});
    expect(pairs.map((pair) => [pair.left.id, pair.right.id])).toEqual([
      [a.id, b.id],
      [a.id, c.id],
      [b.id, d.id],
    ]);
    expect(pairs[0]!.reasons).toEqual(['Même nom dans la même commune (Échirolles)']);
    expect(pairs[1]!.reasons).toEqual([
      `Même SIRET\u00a0: ${SIRET.slice(0, 3)} ${SIRET.slice(3, 6)} ${SIRET.slice(6, 9)} ${SIRET.slice(9)}`,
    ]);
    expect(pairs[2]!.reasons[0]).toMatch(
      /^Lieux à 27\u00a0m l’un de l’autre \(«\u00a0Espace public numérique\u00a0» et «\u00a0Le comptoir\u00a0»\)$/,
    );
  });

  it('forgets a pair for good once dismissed, and only that pair', async () => {
    api.open();
    const a = await api.create(left);
    const b = await api.create(right);
    const c = await api.create({ name: 'Autre association', roles: ['operateur'], siret: SIRET });
    await api.ok('duplicates.dismiss', { leftId: b.id, rightId: a.id });
    await api.ok('duplicates.dismiss', { leftId: b.id, rightId: a.id });
    const pairs = await api.ok('duplicates.list', {});
    expect(pairs.map((pair) => pair.key)).toEqual([`${a.id}-${c.id}`]);
    expect((await api.failure('duplicates.dismiss', { leftId: a.id, rightId: a.id })).code).toBe(
      'invalid_input',
    );
  });

  it('merges: keeps the chosen fields, combines places and contacts, trashes the other, undone by restore', async () => {
    api.open();
    const a = await api.create(left);
    const b = await api.create(right);
    const { kept, trashed } = await api.ok('duplicates.merge', {
      keepId: a.id,
      otherId: b.id,
      choices: { typologies: 'other', notes: 'other', lastVerifiedOn: 'other', roles: 'keep' },
    });
    expect(trashed).toEqual({ id: b.id, name: right.name });
    expect(kept).toMatchObject({
      id: a.id,
      name: left.name,
      siret: SIRET,
      typologies: ['BIB', 'MUNI'],
      roles: ['lieu_mediation'],
      address: '2 place des Écrins',
      website: 'https://mediatheque.example.org',
      notes: 'Saisie en double',
      lastVerifiedOn: '2026-03-20',
    });
    expect(kept.places.map((place) => place.name)).toEqual(['Salle informatique', 'Espace public numérique']);
    expect(kept.places[0]!.id).toBe(a.places[0]!.id);
    expect(kept.contacts.map((contact) => contact.name)).toEqual(['Inès Morel', 'Paul Lenoir']);
    expect(await api.names()).toEqual([left.name]);
    expect((await api.ok('actors.trash', {})).map((item) => item.id)).toEqual([b.id]);
    expect(await api.ok('duplicates.list', {})).toEqual([]);

    const restored = await api.ok('actors.restore', { id: b.id });
    expect(restored.places.map((place) => place.name)).toEqual(['Espace public numérique']);
    expect(restored.notes).toBe('Saisie en double');
  });

  it('moves the activity imported on the other record, so that a later import replaces it instead of adding to it', async () => {
    api.open();
    const a = await api.create(left);
    const b = await api.create(right);
    const table = (name: string, rows: [string, number][]) => ({
      fileName: name,
      contentBase64: Buffer.from(['Date;Nombre', ...rows.map(([d, n]) => `${d};${n}`)].join('\n')).toString(
        'base64',
      ),
      kind: 'table' as const,
      mapping: { dateColumn: 'Date', countColumn: 'Nombre' },
    });
    // 2025's activity on the record about to go, tied to its place.
    await api.ok('activity.import', {
      ...table('2025.csv', [
        ['2025-03-10', 30],
        ['2025-09-10', 30],
      ]),
      actorId: b.id,
      placeId: b.places[0]!.id,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    const { kept } = await api.ok('duplicates.merge', { keepId: a.id, otherId: b.id, choices: {} });
    const imports = await api.ok('activity.imports', {});
    expect(imports.map((i) => [i.actorId, i.actorName, i.placeName])).toEqual([
      [a.id, left.name, 'Espace public numérique'],
    ]);
    const placeOfImport = api.backend.ctx.sqlite
      .prepare('SELECT place_id FROM activity_import WHERE id = ?')
      .pluck()
      .get(imports[0]!.id);
    expect(placeOfImport).toBe(kept.places[1]!.id);
    // The structure's export of 2025 and January 2026, imported on the kept record: 2025 is replaced.
    await api.ok('activity.import', {
      ...table('2025-2026.csv', [
        ['2025-03-10', 30],
        ['2025-09-10', 30],
        ['2026-01-10', 5],
      ]),
      actorId: a.id,
      placeId: null,
      periodStart: '2025-01-01',
      periodEnd: '2026-01-31',
    });
    const year = await api.ok('activity.overview', { from: '2025-01-01', to: '2025-12-31' });
    expect(year.totals.accompaniments).toBe(60);
  });

  it('keeps the merged place tied to its file, so that the producer’s next file updates it', async () => {
    api.open({ territory: false });
    await api.ok('territory.choose', { siren: '200070035' });
    const hand = await api.create({
      name: 'Médiathèque de Civray',
      communeCode: '86078',
      places: [{ name: 'Médiathèque de Civray', communeCode: '86078', address: '2 place du Marché' }],
    });
    const csv = [
      'id,nom,code_postal,code_insee,adresse,source,date_maj,services',
      'm1,Médiathèque de Civray,86400,86078,2 place du Marché,Producteur,2026-01-15,Aide aux démarches administratives',
    ].join('\n');
    const file = { fileName: 'lieux.csv', contentBase64: Buffer.from(csv).toString('base64') };
    await waitForImport(api.backend, await api.ok('import.start', file));
    const imported = (await api.ok('actors.list', {})).items.find((item) => item.id !== hand.id)!;
    const { kept } = await api.ok('duplicates.merge', { keepId: hand.id, otherId: imported.id, choices: {} });
    const origins = await api.ok('import.placeOrigins', { id: kept.id });
    expect(origins.map((o) => [o.source, o.sourceUpdatedOn])).toContainEqual(['Producteur', '2026-01-15']);
    // The same file a year on: the merged place is found and updated, nothing is created again.
    const again = await api.ok('import.preview', file);
    expect(again.counts).toMatchObject({ create: 0, update: 1 });
    await waitForImport(api.backend, await api.ok('import.start', file));
    expect(await api.names()).toEqual(['Médiathèque de Civray']);
    expect(await api.ok('duplicates.list', {})).toEqual([]);
  });

  it('merges nothing when a side is no longer there', async () => {
    api.open();
    const a = await api.create(left);
    const b = await api.create(right);
    await api.ok('actors.delete', { id: b.id });
    const failure = await api.failure('duplicates.merge', {
      keepId: a.id,
      otherId: b.id,
      choices: { name: 'other' },
    });
    expect(failure.code).toBe('not_found');
    expect((await api.ok('actors.get', { id: a.id })).places).toHaveLength(1);
  });

  it('shows the deliberate duplicate of the demo, and not every actor placed at a commune’s centre', async () => {
    api.open({ territory: false });
    await api.ok('territory.createDemo', {});
    const pairs = await api.ok('duplicates.list', {});
    // A dozen Civray actors share the town centre's coordinates: no pair among them but the real one.
    expect(pairs.map((pair) => [pair.left.name, pair.right.name, pair.reasons.length])).toEqual([
      ['France Services de Valence-en-Poitou', 'Espace public numérique de Valence-en-Poitou', 1],
      ['Mairie de Charroux — agence postale communale', 'Bibliothèque municipale de Charroux', 1],
      ['Centre socioculturel du Civraisien', 'CENTRE SOCIOCULTUREL DU CIVRAISIEN', 2],
    ]);
  });
});
