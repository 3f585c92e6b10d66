import { describe, expect, it } from 'vitest';
import type { ActorInput } from '../../shared/actors/schemas';
import { useActorsBackend } from './support/actorsBackend';

const t = useActorsBackend();

/** Four actors that differ on every filter. Today is 5 April 2026: 12 months back is 5 April 2025. */
const DIRECTORY: ActorInput[] = [
  {
    name: 'Médiathèque d’Échirolles',
    siret: '73282932000074',
    typologies: ['BIB'],
    roles: ['operateur', 'lieu_mediation'],
    communeCode: '38151',
    publics: ['Seniors'],
    programmes: ['Conseillers numériques'],
    lastVerifiedOn: '2025-04-05', // exactly 12 months: still recent
    contacts: [{ name: 'Zoé Lefèvre' }],
    places: [
      {
        name: 'Espace public numérique',
        communeCode: '38151',
        services: ['Accès internet et matériel informatique'],
      },
    ],
  },
  {
    name: 'Centre social Les Œillets',
    typologies: ['CS'],
    roles: ['prescripteur'],
    communeCode: '38544',
    publics: ['Jeunes', 'Familles et/ou enfants'],
    labels: ['Étapes numériques (La Poste)'],
    lastVerifiedOn: '2025-04-04', // one day more: to check
    places: [
      {
        name: 'Accueil du centre',
        communeCode: '38544',
        services: ['Aide aux démarches administratives'],
        permanences: [{ communeCode: '38001', weekdays: ['We'] }],
      },
    ],
  },
  {
    name: 'France Services de Bourgoin',
    typologies: ['RFS'],
    roles: ['prescripteur', 'operateur'],
    communeCode: '38053',
    programmes: ['France Services'],
    lastVerifiedOn: '2024-06-01',
    places: [
      {
        name: 'Guichet',
        communeCode: '38053',
        services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
      },
      { name: 'Antenne', communeCode: '38053', services: ['Aide aux démarches administratives'] },
    ],
  },
  {
    name: 'Conseil départemental',
    typologies: ['CD'],
    roles: ['financeur'],
    places: [{ name: 'Antenne sociale', communeCode: '38185' }],
  },
  {
    name: 'Association 100% numérique',
    typologies: ['ASSO'],
    roles: ['operateur'],
    communeCode: '38001',
    lastVerifiedOn: '2026-03-01',
  },
];

async function openDirectory() {
  t.open();
  for (const actor of DIRECTORY) await t.create(actor);
}

const sorted = (names: string[]) => [...names].sort();

describe('searching the directory', () => {
  it('ignores accents and case', async () => {
    await openDirectory();
    expect(await t.names({ search: 'mediatheque' })).toEqual(['Médiathèque d’Échirolles']);
    expect(await t.names({ search: 'MÉDIATH' })).toEqual(['Médiathèque d’Échirolles']);
    expect(await t.names({ search: 'oeillets' })).toEqual(['Centre social Les Œillets']);
  });

  it('requires every word', async () => {
    await openDirectory();
    expect(await t.names({ search: 'mediath echirolles' })).toEqual(['Médiathèque d’Échirolles']);
    expect(await t.names({ search: 'mediath vienne' })).toEqual([]);
  });

  it('finds an actor by its commune, SIRET, contacts, places and their communes', async () => {
    await openDirectory();
    expect(await t.names({ search: 'vienne' })).toEqual(['Centre social Les Œillets']);
    expect(await t.names({ search: '732829' })).toEqual(['Médiathèque d’Échirolles']);
    expect(await t.names({ search: 'lefevre' })).toEqual(['Médiathèque d’Échirolles']);
    expect(await t.names({ search: 'guichet' })).toEqual(['France Services de Bourgoin']);
    expect(await t.names({ search: 'grenoble' })).toEqual(['Conseil départemental']);
    expect(await t.names({ search: '38130' })).toEqual(['Médiathèque d’Échirolles']);
  });

  it('takes % and _ literally', async () => {
    await openDirectory();
    expect(await t.names({ search: '100%' })).toEqual(['Association 100% numérique']);
    expect(await t.names({ search: '%' })).toEqual(['Association 100% numérique']);
    expect(await t.names({ search: '_' })).toEqual([]);
  });
});

describe('filtering the directory', () => {
  it('by typology and by role, any of the values ticked', async () => {
    await openDirectory();
    expect(await t.names({ typologies: ['BIB'] })).toEqual(['Médiathèque d’Échirolles']);
    expect(sorted(await t.names({ typologies: ['BIB', 'CS'] }))).toEqual([
      'Centre social Les Œillets',
      'Médiathèque d’Échirolles',
    ]);
    expect(sorted(await t.names({ roles: ['prescripteur'] }))).toEqual([
      'Centre social Les Œillets',
      'France Services de Bourgoin',
    ]);
    expect(sorted(await t.names({ roles: ['financeur', 'lieu_mediation'] }))).toEqual([
      'Conseil départemental',
      'Médiathèque d’Échirolles',
    ]);
  });

  it('by commune: the actor’s, one of its places’ or one of its permanences’', async () => {
    await openDirectory();
    expect(await t.names({ communeCodes: ['38151'] })).toEqual(['Médiathèque d’Échirolles']);
    expect(await t.names({ communeCodes: ['38185'] })).toEqual(['Conseil départemental']);
    expect(sorted(await t.names({ communeCodes: ['38001'] }))).toEqual([
      'Association 100% numérique',
      'Centre social Les Œillets',
    ]);
  });

  it('by service of any place, by public, by label or programme', async () => {
    await openDirectory();
    expect(sorted(await t.names({ services: ['Aide aux démarches administratives'] }))).toEqual([
      'Centre social Les Œillets',
      'France Services de Bourgoin',
    ]);
    expect(await t.names({ publics: ['Jeunes'] })).toEqual(['Centre social Les Œillets']);
    expect(await t.names({ labels: ['France Services'] })).toEqual(['France Services de Bourgoin']);
    expect(
      sorted(await t.names({ labels: ['Étapes numériques (La Poste)', 'Conseillers numériques'] })),
    ).toEqual(['Centre social Les Œillets', 'Médiathèque d’Échirolles']);
  });

  it('by freshness, relative to today', async () => {
    await openDirectory();
    expect(sorted(await t.names({ freshness: ['recent'] }))).toEqual([
      'Association 100% numérique',
      'Médiathèque d’Échirolles',
    ]);
    expect(await t.names({ freshness: ['over12'] })).toEqual(['Centre social Les Œillets']);
    expect(await t.names({ freshness: ['over18'] })).toEqual(['France Services de Bourgoin']);
    expect(await t.names({ freshness: ['never'] })).toEqual(['Conseil départemental']);
    expect(sorted(await t.names({ freshness: ['over12', 'never'] }))).toEqual([
      'Centre social Les Œillets',
      'Conseil départemental',
    ]);

    t.setNow('2026-10-05T10:00:00Z'); // six months later, the same records have aged
    expect(await t.names({ freshness: ['recent'] })).toEqual(['Association 100% numérique']);
    expect(sorted(await t.names({ freshness: ['over18'] }))).toEqual([
      'Centre social Les Œillets',
      'France Services de Bourgoin',
    ]);
  });

  it('combines filters: every filter must match', async () => {
    await openDirectory();
    expect(
      await t.names({ roles: ['prescripteur'], services: ['Maîtrise des outils numériques du quotidien'] }),
    ).toEqual(['France Services de Bourgoin']);
    expect(await t.names({ roles: ['prescripteur'], typologies: ['BIB'] })).toEqual([]);
    expect(await t.names({ search: 'centre', freshness: ['recent'] })).toEqual([]);
  });

  it('summarises each actor for the list', async () => {
    await openDirectory();
    const page = await t.ok('actors.list', { search: 'bourgoin' });
    expect(page.items).toEqual([
      {
        id: expect.any(Number),
        name: 'France Services de Bourgoin',
        communeName: 'Bourgoin-Jallieu',
        typologies: ['RFS'],
        roles: ['prescripteur', 'operateur'],
        placeCount: 2,
        services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
        lastVerifiedOn: '2024-06-01',
        freshness: 'over18',
      },
    ]);
  });
});

describe('sorting the directory', () => {
  it('by name, ignoring accents and case', async () => {
    t.open();
    for (const name of ['Espace numérique', 'atelier du lien', 'École de la 2e chance', 'Zèbre numérique'])
      await t.create({ name });
    const ascending = ['atelier du lien', 'École de la 2e chance', 'Espace numérique', 'Zèbre numérique'];
    expect(await t.names()).toEqual(ascending);
    expect(await t.names({ sort: { field: 'name', direction: 'desc' } })).toEqual([...ascending].reverse());
  });

  it('by commune in French alphabetical order, actors without a commune last', async () => {
    await openDirectory();
    const byCommune = [
      'France Services de Bourgoin', // Bourgoin-Jallieu
      'Médiathèque d’Échirolles', // Échirolles sorts with E, not after Z
      'Association 100% numérique', // Les Abrets en Dauphiné
      'Centre social Les Œillets', // Vienne
      'Conseil départemental', // no commune
    ];
    expect(await t.names({ sort: { field: 'commune', direction: 'asc' } })).toEqual(byCommune);
    expect(await t.names({ sort: { field: 'commune', direction: 'desc' } })).toEqual([
      ...byCommune.slice(0, 4).reverse(),
      'Conseil départemental',
    ]);
  });

  it('answers two lists sorted by commune asked at the same time', async () => {
    await openDirectory();
    const query = { sort: { field: 'commune', direction: 'asc' } } as const;
    const [first, second] = await Promise.all([t.names(query), t.names({ ...query, search: 'e' })]);
    expect(first[0]).toBe('France Services de Bourgoin');
    expect(second[0]).toBe('France Services de Bourgoin');
  });

  it('by date of last check, never-checked last', async () => {
    await openDirectory();
    expect(await t.names({ sort: { field: 'lastVerifiedOn', direction: 'asc' } })).toEqual([
      'France Services de Bourgoin',
      'Centre social Les Œillets',
      'Médiathèque d’Échirolles',
      'Association 100% numérique',
      'Conseil départemental',
    ]);
    expect(await t.names({ sort: { field: 'lastVerifiedOn', direction: 'desc' } })).toEqual([
      'Association 100% numérique',
      'Médiathèque d’Échirolles',
      'Centre social Les Œillets',
      'France Services de Bourgoin',
      'Conseil départemental',
    ]);
  });

  it('by last change', async () => {
    t.open();
    const first = await t.create({ name: 'Premier' });
    t.setNow('2026-04-05T11:00:00Z');
    await t.create({ name: 'Deuxième' });
    t.setNow('2026-04-05T12:00:00Z');
    await t.ok('actors.update', { id: first.id, actor: { name: 'Premier modifié' } });
    expect(await t.names({ sort: { field: 'updatedAt', direction: 'desc' } })).toEqual([
      'Premier modifié',
      'Deuxième',
    ]);
    expect(await t.names({ sort: { field: 'updatedAt', direction: 'asc' } })).toEqual([
      'Deuxième',
      'Premier modifié',
    ]);
  });
});

describe('paging through the directory', () => {
  it('answers one page and the total count', async () => {
    t.open();
    for (let i = 1; i <= 25; i++)
      await t.create({ name: `Acteur ${String(i).padStart(2, '0')}`, roles: ['operateur'] });
    await t.create({ name: 'Financeur', roles: ['financeur'] });

    const first = await t.ok('actors.list', { roles: ['operateur'], limit: 10 });
    expect(first.total).toBe(25);
    expect(first.offset).toBe(0);
    expect(first.items.map((i) => i.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Acteur ${String(i + 1).padStart(2, '0')}`),
    );

    const last = await t.ok('actors.list', { roles: ['operateur'], limit: 10, offset: 20 });
    expect(last.total).toBe(25);
    expect(last.items.map((i) => i.name)).toEqual([
      'Acteur 21',
      'Acteur 22',
      'Acteur 23',
      'Acteur 24',
      'Acteur 25',
    ]);

    const beyond = await t.ok('actors.list', { roles: ['operateur'], limit: 10, offset: 30 });
    expect(beyond).toEqual({ total: 25, offset: 30, items: [] });
  });

  it('never counts or shows actors in the trash', async () => {
    await openDirectory();
    const [first] = (await t.ok('actors.list', { roles: ['operateur'] })).items;
    await t.ok('actors.delete', { id: first!.id });
    const page = await t.ok('actors.list', { roles: ['operateur'] });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.id)).not.toContain(first!.id);
  });
});
