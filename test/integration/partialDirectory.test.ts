import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { CHART_IDS, diagnosticCharts } from '../../shared/diagnostic/diagnosticCharts';
import { communeOfferTexts, keyFigures } from '../../shared/diagnostic/diagnosticFigures';
import { renderChartSvg } from '../../electron/backend/documents/charts/renderChartSvg';
import { suggestedHeight } from '../../shared/charts/chartLayout';
import { SERVICES } from '../../shared/vocabularies/lieuxMediation';
import { phraseList } from '../../shared/format/frenchList';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx, tablesOf } from './support/readDocx';

/**
 * A real territory whose directory is partial, as a reviewer met it: the CA Gap-Tallard-Durance (17 communes),
 * its directory empty right after the territory is chosen. What is not known is written « non renseigné » on the
 * Diagnostic screen (its figures, its charts, its table of communes), in a frozen diagnostic and in the Word
 * documents alike; never a 0, a bar at zero or « 100 % sans lieu ».
 */

const t = useActorsBackend();
const GAP_TALLARD_DURANCE = '200067825';

/** What the charts claim in words: their titles aside, nothing of them may state the offer. */
const chartWords = (charts: ChartSpec[]) =>
  charts.map((chart) => `${chart.subtitle ?? ''} ${JSON.stringify(chart)}`).join('\n');

async function emptyDirectory() {
  t.open({ territory: false });
  const territory = await t.ok('territory.choose', { siren: GAP_TALLARD_DURANCE });
  // An IFN for every commune: fragility is known, the offer is not.
  const csv = [
    'name;division;code;total',
    ...territory.communes.map((c, i) => `${c.name};Hautes-Alpes;${c.code};${(i % 10) + 1}`),
  ].join('\n');
  await t.ok('indicators.import', {
    fileName: 'ifn.csv',
    contentBase64: Buffer.from(csv).toString('base64'),
    kind: 'ifn',
    dataset: { year: 2023 },
  });
  return territory;
}

const OFFER_CHARTS = [
  CHART_IDS.placesPer10k,
  CHART_IDS.fragilityOffer,
  CHART_IDS.populationWithoutPlace,
  CHART_IDS.services,
  CHART_IDS.publics,
  CHART_IDS.supports,
  CHART_IDS.programmes,
  CHART_IDS.freshness,
];

describe('a territory whose directory is empty', () => {
  it('says the offer is unknown in every chart and in the table of communes, as in its figures', async () => {
    const territory = await emptyDirectory();
    expect(territory.communes).toHaveLength(17);
    const dto = await t.ok('diagnostic.get', {});
    const charts = diagnosticCharts(dto);

    for (const id of OFFER_CHARTS) {
      const chart = charts.find((c) => c.id === id)!;
      expect({ id, unknown: chart.unknown }).toEqual({
        id,
        unknown: { reason: 'aucun lieu dans l’annuaire', remedy: expect.stringMatching(/^Importez/) },
      });
      // Drawn as « Non renseigné » with its reason, on screen as in the engine (same layout).
      const svg = renderChartSvg(chart, { width: 640, height: suggestedHeight(chart) });
      expect(svg).toContain('Non renseigné');
      expect(svg).toContain('Aucun lieu dans l’annuaire');
    }
    // The fragility is known: its chart stays.
    expect(charts.find((c) => c.id === CHART_IDS.fragility)!.unknown).toBeUndefined();
    const words = chartWords(charts);
    expect(words).not.toMatch(/n’ont ni lieu ni permanence|nulle part|nul ne déclare|50\s?743/);

    for (const commune of dto.communes)
      expect(communeOfferTexts(dto, commune)).toEqual({
        places: null,
        placesPer10k: null,
        services: null,
        distance: null,
      });
    const figures = Object.fromEntries(keyFigures(dto).map((f) => [f.id, f]));
    expect(figures['fragileAndFar']).toMatchObject({
      value: 'non renseigné',
      detail: 'aucun lieu dans l’annuaire',
    });
  });

  it('freezes the charts as unknown, and prints « non renseigné » in the Word diagnostic and the note', async () => {
    await emptyDirectory();
    const frozen = await t.ok('diagnostic.freeze', { title: 'Avant l’annuaire' });
    const snapshot = await t.ok('diagnostic.snapshot', { id: frozen.id });
    for (const id of OFFER_CHARTS)
      expect(snapshot.charts.find((c) => c.id === id)!.unknown?.reason).toBe('aucun lieu dans l’annuaire');

    for (const options of [{}, { snapshotId: frozen.id }]) {
      const diagnostic = readDocx(
        (await t.ok('documents.build', { kind: 'diagnostic', options })).contentBase64,
      );
      const claims =
        /ni lieu ni permanence \(|nulle part sur le territoire :|n’a de lieu|vit dans une commune sans lieu/;
      const paragraphs = diagnostic.paragraphs.map((p) => p.replace(/[\u00a0\u202f]/g, ' '));
      expect(paragraphs.filter((p) => claims.test(p))).toEqual([]);
      const tables = tablesOf(diagnostic.document);
      const keyRows = tables[0]!.rows;
      expect(keyRows.find((row) => row[0]!.startsWith('Communes fragiles et à'))!.slice(1)).toEqual([
        'non renseigné',
        'Annuaire des acteurs Maillage au 5\u00a0avril 2026 (aucun lieu dans l’annuaire)',
      ]);
      // The annex: each commune's places, rate and services « non renseigné », as on screen.
      const annex = tables.find(
        (table) => table.rows[0]![0] === 'Commune' && table.rows[0]!.includes('Services sur 9'),
      )!;
      expect(annex.rows).toHaveLength(18);
      for (const row of annex.rows.slice(1))
        expect(row.slice(2, 5)).toEqual(['non renseigné', 'non renseigné', 'non renseigné']);
    }

    // The note tells where the roadmap stands: it needs one begun (a visit alone begins none).
    await t.ok('roadmap.updateText', { context: 'Le territoire commence sa feuille de route.' });
    const note = readDocx(
      (await t.ok('documents.build', { kind: 'noteSynthese', options: {} })).contentBase64,
    );
    const noteRows = tablesOf(note.document)[0]!.rows;
    expect(noteRows.find((row) => row[0]!.startsWith('Communes fragiles et à'))![1]).toBe('non renseigné');
  });
});

/**
 * The same territory once 34 places are entered, 19 of them with no service listed (« Services : non
 * renseignés » in the annuaire): the 15 others declare 6 of the 9 services. The 3 services no place declares may
 * be offered by a silent one: « déclarés par aucun lieu », never « offerts nulle part »; a commune whose places
 * all say nothing has services « non renseigné », never 0. The same words on screen, in the Word diagnostic and
 * in the note.
 */
describe('a territory where some places list no service', () => {
  async function partialDirectory() {
    t.open({ territory: false });
    const { communes } = await t.ok('territory.choose', { siren: GAP_TALLARD_DURANCE });
    const code = (i: number) => communes[i]!.code;
    // 15 places declaring one service each (6 services in all), in the first 5 communes.
    for (let i = 0; i < 15; i++)
      await t.create({
        name: `Lieu déclaré ${i + 1}`,
        communeCode: code(i % 5),
        places: [{ name: `Lieu déclaré ${i + 1}`, communeCode: code(i % 5), services: [SERVICES[i % 6]!] }],
      });
    // 19 places saying nothing of their services: 2 in the first commune, 17 in the 12 others.
    for (let i = 0; i < 19; i++) {
      const at = i < 2 ? code(0) : code(5 + ((i - 2) % 12));
      await t.create({
        name: `Lieu muet ${i + 1}`,
        communeCode: at,
        places: [{ name: `Lieu muet ${i + 1}`, communeCode: at }],
      });
    }
    await t.ok('roadmap.updateText', { context: 'Le territoire commence sa feuille de route.' });
    return communes;
  }

  it('counts what is declared and how many places say nothing, identically on screen, in Word and in the note', async () => {
    const communes = await partialDirectory();
    const dto = await t.ok('diagnostic.get', {});
    expect(dto.offer.totals).toMatchObject({ placeCount: 34, placesWithoutServices: 19 });
    expect(dto.offer.offeredNowhere.services).toEqual(SERVICES.slice(6));

    // The screen: the card, the chart, the table of communes.
    const card = keyFigures(dto).find((f) => f.id === 'services')!;
    expect(card).toMatchObject({
      label: 'Services offerts',
      value: 'au moins 6\u00a0sur 9',
      detail: '3\u00a0services déclarés par aucun lieu\u00a0; 19\u00a0lieux sur 34 sans services renseignés',
    });
    expect(diagnosticCharts(dto).find((c) => c.id === CHART_IDS.services)!.subtitle).toBe(
      'En gras, les 3 services déclarés par aucun lieu (19\u00a0lieux sur 34 sans services renseignés).',
    );
    const onScreen = (i: number) =>
      communeOfferTexts(
        dto,
        dto.communes.find((c) => c.code === communes[i]!.code)!,
      ).services;
    expect(onScreen(0)).toMatch(/^au moins \d$/); // places that declare, and 2 that say nothing
    expect(onScreen(1)).toMatch(/^\d$/); // every place declares
    for (let i = 5; i < 17; i++) expect(onScreen(i)).toBeNull(); // every place silent: « non renseigné »

    // The Word diagnostic and the note: the same row; the diagnostic's sentence and annex in the same words.
    const expectedRow = [
      'Services déclarés par aucun lieu',
      '3\u00a0sur 9',
      'Annuaire des acteurs Maillage au 5\u00a0avril 2026 (19\u00a0lieux sur 34 sans services renseignés)',
    ];
    const servicesRow = (rows: string[][]) => rows.find((row) => row[0]!.startsWith('Services '))!;
    const diagnostic = readDocx(
      (await t.ok('documents.build', { kind: 'diagnostic', options: {} })).contentBase64,
    );
    const tables = tablesOf(diagnostic.document);
    expect(servicesRow(tables[0]!.rows)).toEqual(expectedRow);
    const note = readDocx(
      (await t.ok('documents.build', { kind: 'noteSynthese', options: {} })).contentBase64,
    );
    expect(servicesRow(tablesOf(note.document)[0]!.rows)).toEqual(expectedRow);

    expect(diagnostic.paragraphs).toContain(
      `Services déclarés par aucun lieu\u00a0: ${phraseList(SERVICES.slice(6))} (19\u00a0lieux sur 34 sans services renseignés).`,
    );
    for (const text of [...diagnostic.paragraphs, ...note.paragraphs])
      expect(text).not.toMatch(/services? offerts? nulle part/i);

    const annex = tables.find((table) => table.rows[0]!.includes('Services sur 9'))!;
    const column = annex.rows[0]!.indexOf('Services sur 9');
    const inAnnex = (i: number) => annex.rows.find((row) => row[0] === communes[i]!.name)![column];
    for (const i of [0, 1, 5, 16]) expect(inAnnex(i)).toBe(onScreen(i) ?? 'non renseigné');
  });

  it('reads a diagnostic frozen before the silent places were counted without claiming « nulle part »', async () => {
    await partialDirectory();
    const frozen = await t.ok('diagnostic.freeze', { title: 'Juin' });
    // As an earlier Maillage stored it: the silent places were not counted.
    t.backend.ctx.sqlite
      .prepare(
        "UPDATE diagnostic_snapshot SET diagnostic = json_remove(diagnostic, '$.offer.totals.placesWithoutServices') WHERE id = ?",
      )
      .run(frozen.id);
    const word = readDocx(
      (await t.ok('documents.build', { kind: 'diagnostic', options: { snapshotId: frozen.id } }))
        .contentBase64,
    );
    expect(
      tablesOf(word.document)[0]!
        .rows.find((row) => row[0]!.startsWith('Services '))!
        .slice(0, 2),
    ).toEqual(['Services déclarés par aucun lieu', '3\u00a0sur 9']);
    for (const text of word.paragraphs) expect(text).not.toMatch(/services? offerts? nulle part/i);
  });
});
