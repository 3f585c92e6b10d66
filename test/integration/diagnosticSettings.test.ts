import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../shared/diagnostic/diagnosticFigures';
import type { DiagnosticDto } from '../../shared/diagnostic/diagnosticDto';
import { headlineFigures } from '../../shared/diagnostic/headlineFigures';
import { formatInteger } from '../../shared/format/french';
import { createBackend } from '../../electron/backend/backend';
import { useActorsBackend } from './support/actorsBackend';
import { callOk } from './support/callOk';
import { readDocx, tablesOf } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';
import { withoutContours } from './support/withoutContours';

/**
 * Issue 15 on the demo territory (35 communes, a digital bus holding permanences): the diagnostic's settings
 * are stored with the territory and read by the screen, the Word diagnostic, the note de synthèse and the
 * freeze; an indicator reads in the direction chosen at import; itinerant permanences count in the offer; an
 * unknown figure is written as unknown. Everything goes through the router, documents are read back unzipped.
 */

const t = useActorsBackend();

const fixture = (path: string) => readFileSync(resolve('test/fixtures', path)).toString('base64');
/** No-break spaces read as plain spaces and typographic apostrophes as straight ones, to compare with readable strings. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");

async function demo(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
}

async function importIfn(): Promise<void> {
  await t.ok('indicators.import', {
    fileName: 'ifn-civraisien.csv',
    contentBase64: fixture('diagnostic/ifn-civraisien.csv'),
    kind: 'ifn',
    dataset: { year: 2023 },
  });
}

async function importContours(): Promise<void> {
  await t.ok('map.importContours', {
    fileName: 'communes-86-vienne-2018.geojson',
    contentBase64: fixture('geo/communes-86-vienne-2018.geojson'),
  });
}

/**
 * A « taux de couverture THD » per commune of the territory, rising with the commune's position in the list
 * (10 %, 12 %, 14 %…): the first commune is the least covered. Answers the indicator's id and the codes in order.
 */
async function importCoverage(direction?: 'higherIsMoreFragile' | 'lowerIsMoreFragile') {
  const communes = (await t.ok('territory.get', {}))!.communes;
  const csv = ['CODGEO;Taux de couverture THD', ...communes.map((c, i) => `${c.code};${10 + 2 * i}`)].join(
    '\n',
  );
  const file = {
    fileName: 'thd.csv',
    contentBase64: Buffer.from(csv).toString('base64'),
    kind: 'generic' as const,
  };
  const preview = await t.ok('indicators.preview', file);
  const key = preview.columns[0]!.key;
  const imported = await t.ok('indicators.import', {
    ...file,
    dataset: { name: 'Couverture numérique', source: 'ARCEP', year: 2024, unit: '%' },
    ...(direction ? { directions: { [key]: direction } } : {}),
  });
  return {
    id: `${imported.dataset.id}:${key}`,
    suggested: preview.columns[0]!.suggestedDirection,
    codes: communes.map((c) => c.code),
  };
}

async function docx(kind: 'diagnostic' | 'noteSynthese', snapshotId?: number) {
  const file =
    kind === 'noteSynthese'
      ? await t.ok('documents.build', { kind })
      : await t.ok('documents.build', { kind, options: snapshotId === undefined ? {} : { snapshotId } });
  return readDocx(file.contentBase64);
}

function keyFiguresTableOf(document: string): string[][] {
  return tablesOf(document)
    .find((candidate) => candidate.rows[0]![0] === 'Chiffre clé')!
    .rows.slice(1);
}

/** The key figures table of a document: label → value, no-break spaces as plain spaces. */
function keyFiguresOf(document: string): Map<string, string> {
  return new Map(keyFiguresTableOf(document).map((row) => [plain(row[0]!), plain(row[1]!)]));
}

/** The value of the row whose label starts with `prefix`. */
function figure(figures: Map<string, string>, prefix: string): string | undefined {
  return [...figures].find(([label]) => label.startsWith(prefix))?.[1];
}

describe('the diagnostic’s settings', () => {
  it('are stored with the territory: they survive closing and reopening the file', async () => {
    await demo();
    await importIfn();
    const poverty = (await t.ok('diagnostic.get', {})).indicators.find((i) => i.key === 'poverty_rate')!;
    const saved = await t.ok('diagnostic.saveSettings', {
      fragilityIndicatorId: poverty.id,
      fragilityLabel: '  Pauvreté des ménages ',
      service: 'Accès internet et matériel informatique',
      minScore: 6,
      minDistanceKm: 15,
    });
    expect(saved.fragilityLabel).toBe('Pauvreté des ménages');

    const path = t.backend.ctx.sqlite.name;
    await t.backend.close();
    const reopened = createBackend({ databasePath: path });
    try {
      expect(await callOk(reopened, 'diagnostic.settings', {})).toEqual(saved);
      const dto = await callOk(reopened, 'diagnostic.get', {});
      expect(dto.fragility).toMatchObject({
        indicatorId: poverty.id,
        label: 'Pauvreté des ménages',
        indicatorLabel: 'Taux de pauvreté',
      });
      expect(dto.fragileAndFar).toMatchObject({
        service: 'Accès internet et matériel informatique',
        minScore: 6,
        minDistanceKm: 15,
      });
    } finally {
      await reopened.close();
    }
  });

  it('follow the chosen indicator when its dataset is imported again, and a frozen diagnostic keeps its own', async () => {
    await demo();
    await importIfn();
    await importCoverage(); // a later dataset: the IFN imported again gets a new id
    const poverty = (await t.ok('diagnostic.get', {})).indicators.find((i) => i.key === 'poverty_rate')!;
    await t.ok('diagnostic.saveSettings', { fragilityIndicatorId: poverty.id, fragilityLabel: 'Pauvreté' });
    const frozen = await t.ok('diagnostic.freeze', { title: 'Avril' });
    expect(frozen.fragilityLabel).toBe('Pauvreté');

    await importIfn(); // same source, name and year: replaced, with a new dataset id
    const settings = await t.ok('diagnostic.settings', {});
    expect(settings.fragilityIndicatorId).not.toBe(poverty.id);
    expect(settings.fragilityIndicatorId).toMatch(/:poverty_rate$/);

    await t.ok('diagnostic.saveSettings', { ...settings, fragilityLabel: 'Autre nom', minScore: 9 });
    const snapshot = await t.ok('diagnostic.snapshot', { id: frozen.id });
    expect(snapshot.diagnostic.fragility!.label).toBe('Pauvreté');
    expect(snapshot.diagnostic.settings.minScore).toBe(7);
  });
});

describe('the direction of an indicator', () => {
  it('is suggested from its name, chosen at import, and turns a coverage rate round', async () => {
    await demo();
    const coverage = await importCoverage();
    // « Taux de couverture THD »: a coverage, so « plus bas = plus fragile » is suggested and kept.
    expect(coverage.suggested).toBe('lowerIsMoreFragile');
    await t.ok('diagnostic.saveSettings', { fragilityIndicatorId: coverage.id });
    const dto = await t.ok('diagnostic.get', {});
    const score = (code: string) => dto.communes.find((c) => c.code === code)!.fragilityScore;
    // The least covered commune is the most fragile (10), the best covered the least (1).
    expect(score(coverage.codes[0]!)).toBe(10);
    expect(score(coverage.codes.at(-1)!)).toBe(1);
    expect(dto.ranking[0]!.code).toBe(coverage.codes[0]);
    expect(dto.fragility!.direction).toBe('lowerIsMoreFragile');

    // Read the other way round, on the user's word.
    await t.ok('indicators.setDirection', { indicatorId: coverage.id, direction: 'higherIsMoreFragile' });
    const turned = await t.ok('diagnostic.get', {});
    expect(turned.communes.find((c) => c.code === coverage.codes[0])!.fragilityScore).toBe(1);
    const listed = (await t.ok('indicators.list', {})).find((d) => d.name === 'Couverture numérique')!;
    expect(listed.indicators[0]!.direction).toBe('higherIsMoreFragile');
  });

  it('is what the Word diagnostic and the note de synthèse read, with the chosen indicator and its name', async () => {
    await demo();
    await importIfn();
    const coverage = await importCoverage('lowerIsMoreFragile');
    await t.ok('diagnostic.saveSettings', {
      fragilityIndicatorId: coverage.id,
      fragilityLabel: 'Couverture très haut débit',
    });
    const dto = await t.ok('diagnostic.get', {});
    const veryFragile = dto.communes.filter((c) => c.fragilityScore !== null && c.fragilityScore >= 7).length;

    const report = await docx('diagnostic');
    const text = report.paragraphs.map(plain);
    const reading = text.find((p) => p.startsWith('La fragilité est lue dans'))!;
    expect(reading).toContain('« Taux de couverture THD », appelé ici « Couverture très haut débit »');
    expect(reading).toContain('Plus sa valeur est basse, plus la commune est fragile.');
    expect(text.some((p) => p.includes('Aucun indicateur'))).toBe(false);
    const indicators = tablesOf(report.document).find((table) => table.rows[0]![0] === 'Indicateur')!;
    // Six IFN columns and the coverage rate, each with its direction.
    expect(indicators.rows).toHaveLength(1 + 7);
    expect(indicators.rows.find((row) => row[0]!.startsWith('Taux de couverture THD'))!.at(-1)).toBe(
      'plus bas = plus fragile',
    );
    expect(figure(keyFiguresOf(report.document), 'Communes fragiles (score')).toBe(
      formatInteger(veryFragile),
    );

    await seedDemoRoadmap(t.backend);
    const note = await docx('noteSynthese');
    const noteFigures = keyFiguresOf(note.document);
    expect(figure(noteFigures, 'Communes fragiles (score')).toBe(formatInteger(veryFragile));
    // Its source is the chosen indicator's, not « aucun indicateur ».
    const row = keyFiguresTableOf(note.document).find((cells) =>
      cells[0]!.startsWith('Communes fragiles (score'),
    )!;
    expect(plain(row[2]!)).toBe('ARCEP (2024)');
  });
});

describe('itinerant permanences', () => {
  it('count in the offer of the commune they serve, marked as such, and in the gaps', async () => {
    await demo();
    const before = await t.ok('diagnostic.get', {});
    // Two communes with no place at all: the bus will stop in the first one only.
    const [served, still] = before.offer.communesWithoutPlace as [string, string];
    const home = before.communes.find((c) => c.placeCount > 0)!;
    await t.create({
      name: 'Bus numérique du Sud-Vienne',
      places: [
        {
          name: 'Bus numérique',
          communeCode: home.code,
          services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
          permanences: [
            { communeCode: served, weekdays: ['Mo'], schedule: 'Le lundi matin, place de la mairie' },
            { communeCode: served, weekdays: ['Th'], schedule: 'Le jeudi après-midi' },
          ],
        },
      ],
    });

    const dto = await t.ok('diagnostic.get', {});
    const commune = dto.communes.find((c) => c.code === served)!;
    // Two days in the same commune: one permanence of one place.
    expect(commune).toMatchObject({ placeCount: 0, permanenceCount: 1, itinerantOnly: true });
    expect(commune.services).toEqual([
      'Aide aux démarches administratives',
      'Accès internet et matériel informatique',
    ]);
    expect(dto.offer.communesWithoutPlace).not.toContain(served);
    expect(dto.offer.communesWithoutPlace).toContain(still);
    expect(dto.offer.communesWithoutPlace).toHaveLength(before.offer.communesWithoutPlace.length - 1);
    expect(dto.offer.communesItinerantOnly).toContain(served);
    expect(dto.offer.totals.permanenceCount).toBe(before.offer.totals.permanenceCount + 1);
    expect(dto.offer.populationWithoutPlace).toBe(before.offer.populationWithoutPlace - commune.population);
    const rank = dto.ranking.find((row) => row.code === served)!;
    expect(rank.permanenceCount).toBe(1);
    expect(rank.accessPointsPer10k).toBeGreaterThan(0);

    const report = await docx('diagnostic');
    const annex = tablesOf(report.document).find((table) => table.rows[0]![0] === 'Commune')!;
    const row = annex.rows.find((cells) => plain(cells[0]!) === plain(commune.name))!;
    expect(plain(row[2]!)).toBe('1 permanence itinérante');
    const withoutTable = tablesOf(report.document).find(
      (table) => table.rows[0]![0] === 'Commune sans lieu ni permanence',
    )!;
    expect(withoutTable.rows.map((cells) => plain(cells[0]!))).not.toContain(plain(commune.name));
  });

  it('put a commune served by the bus at 0 km of the services the bus offers', async () => {
    await demo();
    await importContours();
    const before = await t.ok('diagnostic.get', {});
    const service = 'Accès internet et matériel informatique';
    const served = before.communes.find(
      (c) => c.placeCount === 0 && c.permanenceCount === 0 && c.nearest.some((n) => n.service === service),
    )!;
    const distanceBefore = served.nearest.find((n) => n.service === service)!.distanceKm;
    expect(distanceBefore).toBeGreaterThan(0);
    const home = before.communes.find((c) => c.placeCount > 0 && c.code !== served.code)!;
    await t.create({
      name: 'Bus numérique du Sud-Vienne',
      places: [
        {
          name: 'Bus numérique',
          communeCode: home.code,
          services: [service],
          permanences: [{ communeCode: served.code, weekdays: ['Mo'] }],
        },
      ],
    });
    const after = (await t.ok('diagnostic.get', {})).communes.find((c) => c.code === served.code)!;
    expect(after.nearest.find((n) => n.service === service)).toMatchObject({
      status: 'measured',
      distanceKm: 0,
      viaPermanence: true,
      nearestCommuneName: served.name,
    });
  });
});

describe('an unknown figure', () => {
  it('« fragiles et loin » without contours is « non calculable » on screen and in the documents, never 0', async () => {
    await demo();
    withoutContours(t.backend.ctx);
    await importIfn();
    await seedDemoRoadmap(t.backend);
    const dto = await t.ok('diagnostic.get', {});
    expect(dto.fragileAndFar.unknownDistance.length).toBeGreaterThan(0);
    expect(dto.fragileAndFar).toMatchObject({ status: 'notComputable', count: null, rows: [] });
    const onScreen = keyFigures(dto).find((f) => f.id === 'fragileAndFar')!;
    expect(onScreen.value).toBe('non calculable');

    const report = await docx('diagnostic');
    expect(figure(keyFiguresOf(report.document), 'Communes fragiles et')).toBe('non calculable');
    const text = report.paragraphs.map(plain);
    expect(text.some((p) => p.includes('Aucune commune ne remplit'))).toBe(false);
    expect(text.some((p) => p.startsWith('Nombre de communes fragiles et loin : non calculable.'))).toBe(
      true,
    );
    // No map of dots on a blank ground for a council: a sentence says why there is none.
    const noMap =
      'Les contours des communes ne sont pas connus : la carte des lieux ne peut pas être dressée.';
    expect(text).toContain(noMap);
    expect(report.media.filter((name) => name.endsWith('.png')).length).toBeGreaterThan(0);
    const note = await docx('noteSynthese');
    expect(figure(keyFiguresOf(note.document), 'Communes fragiles et')).toBe('non calculable');
    expect(note.media.filter((name) => name.endsWith('.png'))).toEqual([]);

    // With the contours, the same figure is counted, and the map is drawn. The IFN file gives no score (« nd »)
    // for Joussé, Saint-Gaudent and Surin: the count is a lower bound, said so.
    await importContours();
    const counted = await t.ok('diagnostic.get', {});
    expect(counted.fragileAndFar).toMatchObject({
      status: 'partial',
      unknownFragility: 3,
      unknownDistance: [],
    });
    expect(counted.fragileAndFar.count).toBe(counted.fragileAndFar.rows.length);
    const withContours = await docx('diagnostic');
    // At 10 km none of the communes scored is far: « aucune connue », never « 0 » nor « au moins 0 ».
    expect(counted.fragileAndFar.rows).toEqual([]);
    expect(figure(keyFiguresOf(withContours.document), 'Communes fragiles et')).toBe('aucune connue');
    expect(keyFigures(counted).find((f) => f.id === 'fragileAndFar')!.value).toBe('aucune connue');
    expect(withContours.paragraphs.map(plain)).toContain(
      "Fragilité inconnue pour 3 communes : le fichier de l'indicateur ne les couvre pas.",
    );
    const drawnText = withContours.paragraphs.map(plain);
    expect(drawnText.some((p) => p.includes('croise les fragilités numériques des habitants'))).toBe(true);
    expect(drawnText).not.toContain(noMap);
    expect(drawnText.some((p) => p.startsWith('Carte : les lieux de médiation numérique'))).toBe(true);
  });

  it('fragility with indicators imported but none chosen says so, not « aucun indicateur importé »', async () => {
    await demo();
    await importCoverage();
    const dto = await t.ok('diagnostic.get', {});
    expect(dto.fragility).toBeNull();
    const text = (await docx('diagnostic')).paragraphs.map(plain);
    expect(
      text.some((p) => p.includes('Aucun indicateur de fragilité numérique n’a encore été importé')),
    ).toBe(false);
    expect(
      text.some((p) => p.startsWith('1 indicateur est disponible (tableau ci-dessous), mais aucun')),
    ).toBe(true);
    // The synthesis does not promise a crossing of fragility and offer that the document cannot show.
    expect(text.some((p) => p.includes('croise les fragilités'))).toBe(false);
    expect(text.find((p) => p.startsWith('Ce diagnostic établi'))).toBe(
      "Ce diagnostic établi le 5 avril 2026 présente l'offre de médiation numérique recensée dans l'annuaire des acteurs des 35 communes du territoire (CC du Civraisien en Poitou). Les fragilités numériques des habitants n'y sont pas encore mesurées : aucun indicateur de fragilité n'est retenu.",
    );
  });
});

describe('one figure, one value in every document', () => {
  it('the screen, the Word diagnostic, the note, a frozen diagnostic and its Word file agree', async () => {
    await demo();
    await importIfn();
    await seedDemoRoadmap(t.backend);
    const before = await t.ok('diagnostic.get', {});
    await t.create({
      name: 'Bus numérique du Sud-Vienne',
      places: [
        {
          name: 'Bus numérique',
          communeCode: before.communes.find((c) => c.placeCount > 0)!.code,
          services: ['Aide aux démarches administratives'],
          permanences: [{ communeCode: before.offer.communesWithoutPlace[0]!, weekdays: ['Mo'] }],
        },
      ],
    });
    const dto: DiagnosticDto = await t.ok('diagnostic.get', {});
    const headline = headlineFigures(dto);
    // The figures, as the DTO counts them.
    expect(headline.communesWithoutOffer.text).toBe(formatInteger(dto.offer.communesWithoutPlace.length));
    expect(headline.places.text).toBe(formatInteger(dto.offer.totals.placeCount));
    expect(headline.veryFragile.value).toBe(
      dto.communes.filter((c) => c.fragilityScore !== null && c.fragilityScore >= 7).length,
    );

    const frozen = await t.ok('diagnostic.freeze', { title: 'Conférence des maires' });
    const snapshot = await t.ok('diagnostic.snapshot', { id: frozen.id });
    const screen = new Map(keyFigures(dto).map((f) => [f.label, f.value]));
    const documents = {
      diagnostic: keyFiguresOf((await docx('diagnostic')).document),
      note: keyFiguresOf((await docx('noteSynthese')).document),
      frozen: keyFiguresOf((await docx('diagnostic', frozen.id)).document),
    };
    for (const key of [
      'places',
      'permanences',
      'communesWithoutOffer',
      'veryFragile',
      'fragileAndFar',
    ] as const) {
      const expected = plain(headline[key].text);
      for (const [name, figures] of Object.entries(documents))
        expect(
          [...figures].find(([label]) => label === plain(headline[key].label))?.[1].split(' (')[0],
          `${key} dans ${name}`,
        ).toBe(expected);
      expect(plain(headlineFigures(snapshot.diagnostic)[key].text), `${key} figé`).toBe(expected);
    }
    for (const key of ['places', 'permanences', 'communesWithoutOffer'] as const)
      expect(plain(screen.get(headline[key].label) ?? ''), `${key} à l’écran`).toBe(
        plain(headline[key].text),
      );
    expect(snapshot.placeCount).toBe(dto.offer.totals.placeCount);

    // The annuaire's « communes sans acteur » is a narrower notion: no actor based there, no place, no
    // permanence. Each of them is a commune without place nor permanence in the diagnostic, not the reverse
    // (an actor may be based in a commune without receiving the public there).
    const annuaire = readDocx(
      (await t.ok('documents.build', { kind: 'annuaire', options: { groupBy: 'commune' } })).contentBase64,
    );
    const sentence = annuaire.paragraphs.map(plain).find((p) => p.includes("n'ont ni acteur installé"))!;
    const withoutActor = Number(/^(\d+) communes?/.exec(sentence)![1]);
    expect(withoutActor).toBeLessThanOrEqual(dto.offer.communesWithoutPlace.length);
    const names = new Map(dto.communes.map((c) => [c.code, plain(c.name)]));
    const withoutOffer = dto.offer.communesWithoutPlace.map((code) => names.get(code)!);
    const listed = sentence.slice(sentence.indexOf(' : ') + 3).split(/\), /);
    expect(listed).toHaveLength(withoutActor);
    for (const entry of listed) expect(withoutOffer).toContain(entry.replace(/ \(\d[\d ]*\)?\.?$/, ''));
  });
});
