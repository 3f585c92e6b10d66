import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { CHART_IDS, diagnosticCharts } from '../../shared/diagnostic/diagnosticCharts';
import { communeOfferTexts, keyFigures } from '../../shared/diagnostic/diagnosticFigures';
import { renderChartSvg } from '../../electron/backend/documents/charts/renderChartSvg';
import { suggestedHeight } from '../../shared/charts/chartLayout';
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

    await t.ok('roadmap.get', {}); // the note tells where the roadmap stands: it needs one begun
    const note = readDocx(
      (await t.ok('documents.build', { kind: 'noteSynthese', options: {} })).contentBase64,
    );
    const noteRows = tablesOf(note.document)[0]!.rows;
    expect(noteRows.find((row) => row[0]!.startsWith('Communes fragiles et à'))![1]).toBe('non renseigné');
  });
});
