import { describe, expect, it } from 'vitest';
import type { ActorInput } from '../../shared/actors/schemas';
import { useActorsBackend } from './support/actorsBackend';
import { seedTerritory } from './support/seedTerritory';

/**
 * A small territory whose diagnostic is computed by hand:
 *
 * | commune             | population | places | per 10,000 | IFN total |
 * | ------------------- | ---------- | ------ | ---------- | --------- |
 * | Grenoble            | 20 000     | 1      | 0.5        | « nd »    |
 * | Bourgoin-Jallieu    | 10 000     | 1      | 1          | 4         |
 * | Échirolles          | 5 000      | 1      | 2          | 7.2       |
 * | Les Abrets en D.    | 5 000      | 0      | —          | 8.5       |
 *
 * Communes are 0.02° squares centred on latitude 45°, at longitudes 5.0, 5.2, 5.4 and 5.6 (0.2° of longitude
 * at 45° ≈ 15.73 km). « Aide aux démarches administratives » is offered in Grenoble (at 5.0) and Bourgoin
 * (place without coordinates: at its commune's centre, 5.2).
 */
const COMMUNES = [
  { code: '38185', name: 'Grenoble', population: 20_000, postcodes: ['38000'], lon: 5.0 },
  { code: '38053', name: 'Bourgoin-Jallieu', population: 10_000, postcodes: ['38300'], lon: 5.2 },
  { code: '38151', name: 'Échirolles', population: 5_000, postcodes: ['38130'], lon: 5.4 },
  { code: '38001', name: 'Les Abrets en Dauphiné', population: 5_000, postcodes: ['38490'], lon: 5.6 },
];
const KM_PER_TENTH_DEGREE_LON_AT_45 = 7.8627;

const square = (lon: number, lat: number) => {
  const h = 0.01;
  return [
    [
      [lon - h, lat - h],
      [lon + h, lat - h],
      [lon + h, lat + h],
      [lon - h, lat + h],
      [lon - h, lat - h],
    ],
  ];
};
const contours = {
  type: 'FeatureCollection',
  features: COMMUNES.map((c) => ({
    type: 'Feature',
    properties: { code: c.code, nom: c.name },
    geometry: { type: 'Polygon', coordinates: square(c.lon, 45) },
  })),
};
const ifnCsv = [
  'name;division;code;total',
  'Grenoble;Isère;38185;nd',
  'Bourgoin-Jallieu;Isère;38053;4',
  'Échirolles;Isère;38151;7,2',
  'Les Abrets en Dauphiné;Isère;38001;8,5',
].join('\n');

const AIDE = 'Aide aux démarches administratives';
const mediatheque: ActorInput = {
  name: 'Médiathèque de Grenoble',
  communeCode: '38185',
  publics: ['Seniors'],
  programmes: ['Conseillers numériques'],
  lastVerifiedOn: '2026-01-10',
  places: [
    {
      name: 'Médiathèque de Grenoble',
      communeCode: '38185',
      latitude: 45,
      longitude: 5,
      services: [AIDE, 'Maîtrise des outils numériques du quotidien'],
    },
  ],
};
const franceServices: ActorInput = {
  name: 'France Services du Nord-Isère',
  communeCode: '38053',
  programmes: ['France Services'],
  lastVerifiedOn: '2024-06-01',
  places: [
    { name: 'Antenne de Bourgoin', communeCode: '38053', services: [AIDE] },
    {
      name: 'Point numérique d’Échirolles',
      communeCode: '38151',
      latitude: 45,
      longitude: 5.4,
      services: ['Accès internet et matériel informatique'],
    },
  ],
};

describe('diagnostic', () => {
  const api = useActorsBackend();

  async function seeded() {
    const backend = api.open({ territory: false });
    seedTerritory(backend.ctx.sqlite, COMMUNES, { siren: '200000001', name: 'CC de test' });
    await api.create(mediatheque);
    await api.create(franceServices);
    await api.create({ name: 'Élu référent', communeCode: '38185' }); // no place: not counted
    const gone = await api.create({
      name: 'Association dissoute',
      places: [{ name: 'Local', communeCode: '38001', services: [AIDE] }],
    });
    await api.ok('actors.delete', { id: gone.id }); // in the Corbeille: not counted
    await api.ok('map.importContours', {
      fileName: 'contours.geojson',
      contentBase64: Buffer.from(JSON.stringify(contours)).toString('base64'),
    });
  }

  async function withIfn() {
    await seeded();
    await api.ok('indicators.import', {
      fileName: 'ifn.csv',
      contentBase64: Buffer.from(ifnCsv).toString('base64'),
      kind: 'ifn',
      dataset: { year: 2023 },
    });
  }

  it('reads the offer from the live places of the directory, with hand-computed figures', async () => {
    await seeded();
    const dto = await api.ok('diagnostic.get', {});
    expect(dto.territory).toMatchObject({ name: 'CC de test', communeCount: 4, population: 40_000 });
    expect(dto.territory.populationSource.label).toContain('INSEE');
    expect(dto.offer.totals.placeCount).toBe(3);
    expect(dto.offer.totals.placesPer10k).toBeCloseTo(0.75, 10);
    expect(dto.offer.communesWithoutPlace).toEqual(['38001']);
    expect(dto.offer.populationWithoutPlaceShare).toBeCloseTo(0.125, 10);
    const byName = Object.fromEntries(dto.communes.map((c) => [c.name, c]));
    expect(byName['Grenoble']).toMatchObject({ placeCount: 1, placesPer10k: 0.5 });
    expect(byName['Bourgoin-Jallieu']).toMatchObject({ placeCount: 1, placesPer10k: 1, services: [AIDE] });
    expect(byName['Échirolles']).toMatchObject({ placeCount: 1, placesPer10k: 2 });
    expect(byName['Les Abrets en Dauphiné']).toMatchObject({ placeCount: 0, placesPer10k: 0 });
    expect(dto.offer.offeredNowhere.services).toHaveLength(6);
    expect(dto.offer.keyProgrammes.conseillersNumeriques).toMatchObject({ placeCount: 1, communeCount: 1 });
    expect(dto.offer.keyProgrammes.franceServices).toMatchObject({ placeCount: 2, communeCount: 2 });
    expect(dto.offer.keyProgrammes.aidantsConnect.placeCount).toBe(0);
    // Checked 10 January 2026 (recent) for one place; 1 June 2024 (over 18 months before 5 April 2026) for two.
    expect(dto.offer.freshness.map((f) => [f.freshness, f.placeCount])).toEqual([
      ['recent', 1],
      ['over12', 0],
      ['over18', 2],
      ['never', 0],
    ]);
    // No indicator yet: the offer is there, the fragility waits for an import.
    expect(dto.fragility).toBeNull();
    expect(dto.communes.every((c) => c.fragilityScore === null)).toBe(true);
  });

  it('crosses fragility and offer: ranking, distances and « fragiles et loin »', async () => {
    await withIfn();
    const dto = await api.ok('diagnostic.get', {});
    expect(dto.fragility).toMatchObject({
      label: 'Score de fragilité numérique',
      scale: 'score',
      knownCount: 3,
    });
    expect(dto.fragility!.source).toEqual({ label: 'La MedNum — fragilite-numerique.fr', year: 2023 });
    expect(dto.ranking.map((r) => [r.name, r.score])).toEqual([
      ['Les Abrets en Dauphiné', 8.5],
      ['Échirolles', 7.2],
      ['Bourgoin-Jallieu', 4],
      ['Grenoble', null],
    ]);
    const abrets = dto.communes.find((c) => c.code === '38001')!;
    const nearestAide = abrets.nearest.find((n) => n.service === AIDE)!;
    expect(nearestAide).toMatchObject({
      status: 'measured',
      nearestPlaceName: 'France Services du Nord-Isère — Antenne de Bourgoin',
      nearestCommuneName: 'Bourgoin-Jallieu',
    });
    expect(nearestAide.distanceKm).toBeCloseTo(4 * KM_PER_TENTH_DEGREE_LON_AT_45, 1);
    expect(abrets.nearest.find((n) => n.service === 'Loisirs et créations numériques')!.status).toBe(
      'noPlaceOffering',
    );
    expect(dto.fragileAndFar.rows.map((r) => [r.name, r.score, Math.round(r.distanceKm! * 10) / 10])).toEqual(
      [
        ['Les Abrets en Dauphiné', 8.5, 31.5],
        ['Échirolles', 7.2, 15.7],
      ],
    );
    // A stricter distance keeps only Les Abrets.
    const strict = await api.ok('diagnostic.get', { minDistanceKm: 20 });
    expect(strict.fragileAndFar.rows.map((r) => r.name)).toEqual(['Les Abrets en Dauphiné']);
    const map = await api.ok('diagnostic.map', {});
    expect(map.hasContours).toBe(true);
    expect(map.svg).toContain('Les Abrets en Dauphiné\u00a0: 8,5');
    expect(map.svg).toContain('Grenoble\u00a0: donnée absente ou secrète');
  });

  it('reads fragility from another indicator, rescaled from 1 (lowest) to 10 (highest)', async () => {
    await withIfn();
    await api.ok('indicators.import', {
      fileName: 'pauvrete.csv',
      contentBase64: Buffer.from(
        'CODGEO;LIBGEO;TP60\n38185;Grenoble;20\n38053;Bourgoin;10\n38151;Échirolles;s\n38001;Les Abrets;14\n',
      ).toString('base64'),
      kind: 'generic',
      dataset: { name: 'Taux de pauvreté', source: 'INSEE Filosofi', year: 2021, unit: '%' },
    });
    const first = await api.ok('diagnostic.get', {});
    expect(first.fragility?.label).toBe('Score de fragilité numérique'); // the IFN stays the default
    const poverty = first.indicators.find((i) => i.source.label === 'INSEE Filosofi')!;
    expect(poverty).toMatchObject({ isScore: false, valueCount: 3, unit: '%' });
    const dto = await api.ok('diagnostic.get', { fragilityIndicatorId: poverty.id });
    expect(dto.fragility).toMatchObject({ indicatorId: poverty.id, scale: 'rescaled', knownCount: 3 });
    const score = Object.fromEntries(dto.communes.map((c) => [c.name, c.fragilityScore]));
    // 10 → 1, 20 → 10, 14 → 1 + 9 × 4 / 10 = 4.6; the secret value stays unknown.
    expect(score).toEqual({
      Grenoble: 10,
      'Bourgoin-Jallieu': 1,
      'Les Abrets en Dauphiné': 4.6,
      Échirolles: null,
    });
    const map = await api.ok('diagnostic.map', { indicatorId: poverty.id });
    expect(map.svg).toContain('Échirolles\u00a0: donnée absente ou secrète');
    expect(map.svg).toContain('Valeur (%)');
  });

  it('freezes a diagnostic that stays identical after the directory and indicators change', async () => {
    await withIfn();
    await api.ok('diagnostic.setCommentary', {
      section: 'synthese',
      text: '  Les Abrets manquent d’un lieu.  ',
    });
    const frozen = await api.ok('diagnostic.freeze', { title: 'Conférence des maires' });
    expect(frozen).toMatchObject({ title: 'Conférence des maires', placeCount: 3, communeCount: 4 });
    const before = await api.ok('diagnostic.snapshot', { id: frozen.id });
    expect(before.diagnostic.commentary.synthese).toBe('Les Abrets manquent d’un lieu.');
    expect(before.charts.map((c) => c.id)).toContain('fragilite-par-commune');
    expect(before.mapSvg).toContain('<svg');

    api.setNow('2026-06-01T09:00:00Z');
    await api.create({
      name: 'Tiers-lieu des Abrets',
      places: [{ name: 'Tiers-lieu des Abrets', communeCode: '38001', services: [AIDE] }],
    });
    await api.ok('diagnostic.setCommentary', { section: 'synthese', text: 'Un tiers-lieu a ouvert.' });
    const datasets = await api.ok('indicators.list', {});
    await api.ok('indicators.delete', { id: datasets[0]!.id });

    const after = await api.ok('diagnostic.snapshot', { id: frozen.id });
    expect(after).toEqual(before);
    expect(after.frozenAt).toBe('2026-04-05T10:00:00.000Z');
    const today = await api.ok('diagnostic.get', {});
    expect(today.offer.totals.placeCount).toBe(4);
    expect(today.fragility).toBeNull();
    expect(await api.ok('diagnostic.snapshots', {})).toEqual([frozen]);
  });

  it('compares a snapshot with a later one and with today', async () => {
    await withIfn();
    const first = await api.ok('diagnostic.freeze', { title: 'Avril' });
    api.setNow('2026-06-01T09:00:00Z');
    await api.create({
      name: 'Tiers-lieu des Abrets',
      lastVerifiedOn: '2026-05-30',
      places: [
        {
          name: 'Tiers-lieu des Abrets',
          communeCode: '38001',
          services: [AIDE, 'Loisirs et créations numériques'],
        },
      ],
    });
    const second = await api.ok('diagnostic.freeze', { title: 'Juin' });
    const { before, after, comparison } = await api.ok('diagnostic.compare', {
      fromId: first.id,
      toId: second.id,
    });
    expect(before).toEqual({ id: first.id, title: 'Avril', date: '2026-04-05T10:00:00.000Z' });
    expect(after).toEqual({ id: second.id, title: 'Juin', date: '2026-06-01T09:00:00.000Z' });
    const figure = (key: string) => comparison.figures.find((f) => f.key === key)!;
    expect(figure('places')).toMatchObject({ from: 3, to: 4, delta: 1 });
    expect(figure('communesWithoutPlace')).toMatchObject({ from: 1, to: 0, delta: -1 });
    expect(figure('populationWithoutPlaceShare')).toMatchObject({ from: 0.125, to: 0, delta: -0.125 });
    expect(comparison.communes[0]).toMatchObject({
      name: 'Les Abrets en Dauphiné',
      placeCount: { from: 0, to: 1, delta: 1 },
      changed: true,
    });
    expect(comparison.communes.filter((c) => c.changed)).toHaveLength(1);
    expect(comparison.servicesGained).toEqual(['Loisirs et créations numériques']);
    expect(comparison.servicesLost).toEqual([]);

    const withToday = await api.ok('diagnostic.compare', { fromId: first.id });
    expect(withToday.after).toMatchObject({ id: null, title: 'Diagnostic d’aujourd’hui' });
    expect(withToday.comparison.figures.find((f) => f.key === 'places')).toMatchObject({ delta: 1 });
  });

  it('answers in French when something is missing', async () => {
    const backend = api.open({ territory: false });
    expect(await api.failure('diagnostic.get', {})).toMatchObject({ code: 'no_territory' });
    seedTerritory(backend.ctx.sqlite, COMMUNES, { siren: '200000001', name: 'CC de test' });
    expect(await api.failure('diagnostic.freeze', { title: '  ' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Le titre du diagnostic figé est obligatoire.'),
    });
    expect(await api.failure('diagnostic.snapshot', { id: 99 })).toEqual({
      code: 'not_found',
      message: 'Ce diagnostic figé n’existe plus.',
    });
    const frozen = await api.ok('diagnostic.freeze', { title: 'Essai' });
    expect(await api.ok('diagnostic.deleteSnapshot', { id: frozen.id })).toEqual({
      id: frozen.id,
      title: 'Essai',
    });
    expect(await api.ok('diagnostic.snapshots', {})).toEqual([]);
  });
});
