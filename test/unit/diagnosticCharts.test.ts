import { describe, expect, it } from 'vitest';
import type { BarChartSpec, ChartSpec, PieChartSpec, ScatterChartSpec } from '../../shared/charts/chartSpec';
import { CHART_IDS, MAX_COMMUNE_BARS, diagnosticCharts } from '../../shared/diagnostic/diagnosticCharts';
import type {
  DiagnosticCommuneDto as DiagnosticCommune,
  DiagnosticDto,
} from '../../shared/diagnostic/diagnosticDto';
import { computeOffer } from '../../shared/diagnostic/offer';
import { diagnosticFixture } from './support/diagnosticDtoFixture';

const chart = <T extends ChartSpec>(dto: DiagnosticDto, id: string): T => {
  const found = diagnosticCharts(dto).find((c) => c.id === id);
  if (!found) throw new Error(`Pas de graphique ${id}`);
  return found as T;
};

describe('diagnostic charts', () => {
  it('ranks communes by fragility, highlights those at or above the threshold, cites the IFN', () => {
    const spec = chart<BarChartSpec>(diagnosticFixture(), CHART_IDS.fragility);
    expect(spec.items).toEqual([
      { label: 'Cime', value: 9, highlight: true },
      { label: 'Bourg', value: 8.5, highlight: true },
      { label: 'Amont', value: 3, highlight: false },
    ]);
    expect(spec.sources).toEqual([{ label: 'La MedNum — fragilite-numerique.fr', year: 2023 }]);
    expect(spec.subtitle).toContain('de 1 (faible) à 10 (forte)');
  });

  it('orders places per 10,000 inhabitants from the best served, communes without place last and highlighted', () => {
    const spec = chart<BarChartSpec>(diagnosticFixture(), CHART_IDS.placesPer10k);
    expect(spec.items.map((i) => [i.label, i.value, i.highlight])).toEqual([
      ['Cime', 20, false],
      ['Amont', 2.5, false],
      ['Bourg', 0, true],
    ]);
    expect(spec.subtitle).toBe(
      'Les communes les mieux dotées d’abord (lieux fixes). 1 commune n’a ni lieu ni permanence (nom en gras).',
    );
    expect(spec.sources.map((s) => s.label)).toEqual([
      'Annuaire des acteurs Maillage au 5\u00a0avril 2026',
      'INSEE, population municipale',
    ]);
  });

  it('puts in bold only the communes it counts without place nor permanence, not one the bus serves', () => {
    const dto = diagnosticFixture();
    const [amont, bourg, cime] = dto.communes as [DiagnosticCommune, DiagnosticCommune, DiagnosticCommune];
    // Cime loses its place; Bourg is served by an itinerant permanence only.
    const served = { ...bourg, permanenceCount: 1, itinerantOnly: true };
    const emptied = { ...cime, placeCount: 0, placesPer10k: 0 };
    const spec = chart<BarChartSpec>(
      {
        ...dto,
        communes: [amont, served, emptied],
        offer: { ...dto.offer, communesWithoutPlace: ['01003'], communesItinerantOnly: ['01002'] },
      },
      CHART_IDS.placesPer10k,
    );
    expect(spec.items.filter((i) => i.highlight).map((i) => i.label)).toEqual(['Cime']);
    expect(spec.subtitle).toContain(
      '1 commune n’a ni lieu ni permanence (nom en gras). 1 commune est desservie seulement par une permanence itinérante.',
    );
  });

  it('places each commune on the fragility × offer plane; fragile communes without place stand out', () => {
    const spec = chart<ScatterChartSpec>(diagnosticFixture(), CHART_IDS.fragilityOffer);
    expect(spec.points).toEqual([
      { label: 'Amont', x: 3, y: 2.5, highlight: false },
      { label: 'Bourg', x: 8.5, y: 0, highlight: true },
      { label: 'Cime', x: 9, y: 20, highlight: false },
    ]);
  });

  it('counts places per public and per specific support, the missing ones highlighted', () => {
    const publics = chart<BarChartSpec>(diagnosticFixture(), CHART_IDS.publics);
    expect(publics.items.find((i) => i.label === 'Seniors')).toEqual({
      label: 'Seniors',
      value: 1,
      highlight: false,
    });
    expect(publics.items.filter((i) => i.highlight)).toHaveLength(4);
    expect(publics.subtitle).toBe(
      'Lieux dont l’acteur déclare s’adresser à ce public (un lieu qui n’en déclare aucun accueille tout le monde)\u00a0; en gras, les publics que nul ne déclare.',
    );
    // No place of the fixture declares a specific support: not known, rather than seven bars at 0.
    const supports = chart<BarChartSpec>(diagnosticFixture(), CHART_IDS.supports);
    expect(supports.unknown?.reason).toMatch(/^aucun lieu ne déclare d’accompagnement spécifique/);
  });

  it('points to bold bars only when some bar is bold', () => {
    const dto = diagnosticFixture();
    const everyPublic = {
      ...dto,
      offer: { ...dto.offer, publics: dto.offer.publics.map((p) => ({ ...p, placeCount: 2 })) },
    };
    const publics = chart<BarChartSpec>(everyPublic, CHART_IDS.publics);
    expect(publics.items.some((i) => i.highlight)).toBe(false);
    expect(publics.subtitle).toBe(
      'Lieux dont l’acteur déclare s’adresser à ce public (un lieu qui n’en déclare aucun accueille tout le monde).',
    );
  });

  it('says publics and specific supports unknown when no place of the directory declares any', () => {
    const dto = diagnosticFixture();
    const silent = {
      ...dto,
      offer: {
        ...dto.offer,
        publics: dto.offer.publics.map((p) => ({ ...p, placeCount: 0 })),
        specificSupports: dto.offer.specificSupports.map((s) => ({ ...s, placeCount: 0 })),
      },
    };
    const places = dto.offer.totals.placeCount;
    for (const [id, what] of [
      [CHART_IDS.publics, 'de public en particulier'],
      [CHART_IDS.supports, 'd’accompagnement spécifique'],
    ] as const) {
      const spec = chart<BarChartSpec>(silent, id);
      expect(spec.unknown?.reason).toBe(
        `aucun lieu ne déclare ${what} (${places}\u00a0lieux dans l’annuaire)`,
      );
      expect(spec.items).toEqual([]);
    }
  });

  it('counts places per service with the services offered nowhere highlighted', () => {
    const spec = chart<BarChartSpec>(diagnosticFixture(), CHART_IDS.services);
    expect(spec.items).toHaveLength(9);
    expect(spec.items.filter((i) => i.highlight)).toHaveLength(7);
    expect(spec.items[0]).toEqual({
      label: 'Aide aux démarches administratives',
      value: 2,
      highlight: false,
    });
    expect(spec.subtitle).toBe('En gras, les 7 services offerts nulle part sur le territoire.');
  });

  it('splits the population between communes with and without place', () => {
    const spec = chart<PieChartSpec>(diagnosticFixture(), CHART_IDS.populationWithoutPlace);
    expect(spec.slices.map((s) => s.value)).toEqual([8_500, 1_500]);
    expect(spec.subtitle).toBe('1 commune sur 3 n’a ni lieu ni permanence.');
    const none = { ...diagnosticFixture() };
    none.offer = { ...none.offer, communesWithoutPlace: [], populationWithoutPlace: 0 };
    const full = chart<PieChartSpec>(none, CHART_IDS.populationWithoutPlace);
    expect(full.subtitle).toBe('Chaque commune a au moins un lieu de médiation ou une permanence.');
    expect(full.slices.map((s) => s.value)).toEqual([10_000, 0]);
  });

  it('lists fragile and far communes with the distance, citing the contours', () => {
    const spec = chart<BarChartSpec>(diagnosticFixture(), CHART_IDS.fragileAndFar);
    expect(spec.items.map((i) => [i.label, i.value])).toEqual([
      ['Cime (9)', 14.2],
      ['Bourg (8,5)', 11],
    ]);
    expect(spec.format).toBe('km');
    expect(spec.sources).toHaveLength(3);
  });

  it('says « aucune commune concernée » only when every fragile commune has its distance', () => {
    const dto = diagnosticFixture();
    const empty = (status: 'computed' | 'partial', unknown: { code: string; name: string }[]) =>
      chart<BarChartSpec>(
        {
          ...dto,
          fragileAndFar: { ...dto.fragileAndFar, status, count: 0, rows: [], unknownDistance: unknown },
        },
        CHART_IDS.fragileAndFar,
      );
    const computed = empty('computed', []);
    expect(computed.none?.headline).toBe('Aucune commune concernée');
    expect(computed.subtitle).toMatch(/^Aucune commune de score 7 ou plus/);
    const partial = empty('partial', [{ code: '01002', name: 'Bourg' }]);
    expect(partial.none).toEqual({
      headline: 'Aucune parmi les communes mesurées',
      detail: 'Distance inconnue pour 1\u00a0commune fragile (sans contour).',
    });
    expect(partial.subtitle).toMatch(/^Parmi les communes dont la distance est connue, aucune commune/);
  });

  it('leaves the fragility charts out until an indicator is imported; the offer charts remain', () => {
    const dto = { ...diagnosticFixture(), fragility: null };
    const ids = diagnosticCharts(dto).map((c) => c.id);
    expect(ids).not.toContain(CHART_IDS.fragility);
    expect(ids).not.toContain(CHART_IDS.fragilityOffer);
    expect(ids).not.toContain(CHART_IDS.fragileAndFar);
    expect(ids).toEqual([
      CHART_IDS.placesPer10k,
      CHART_IDS.populationWithoutPlace,
      CHART_IDS.services,
      CHART_IDS.publics,
      CHART_IDS.supports,
      CHART_IDS.programmes,
      CHART_IDS.freshness,
    ]);
  });

  it('draws every chart of the offer as unknown while the directory holds no place, the fragility as known', () => {
    const base = diagnosticFixture();
    const { communes, ...offer } = computeOffer(base.communes, [], base.today);
    const empty: DiagnosticDto = {
      ...base,
      communes: base.communes.map((commune, i) => ({ ...commune, ...communes[i]! })),
      offer,
    };
    const charts = diagnosticCharts(empty);
    expect(charts.map((c) => [c.id, c.unknown?.reason ?? null])).toEqual([
      [CHART_IDS.fragility, null],
      [CHART_IDS.placesPer10k, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.fragilityOffer, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.populationWithoutPlace, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.services, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.publics, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.supports, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.programmes, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.freshness, 'aucun lieu dans l’annuaire'],
      [CHART_IDS.fragileAndFar, 'aucun lieu dans l’annuaire'],
    ]);
    for (const chart of charts.filter((c) => c.unknown)) {
      // No reading line about values that are not there, no bar, slice or point.
      expect(chart.subtitle).toBeUndefined();
      expect(JSON.stringify(chart)).not.toMatch(/"(items|slices|points)":\[\{/);
      expect(chart.unknown!.remedy).toBe('Importez ou saisissez les lieux de médiation.');
    }
  });

  it('keeps the first communes of long rankings and says so', () => {
    const base = diagnosticFixture();
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...base.communes[0]!,
      code: String(10_000 + i),
      name: `Commune ${String(i).padStart(2, '0')}`,
      fragilityScore: 1 + (i % 10),
    }));
    const spec = chart<BarChartSpec>({ ...base, communes: many }, CHART_IDS.fragility);
    expect(spec.items).toHaveLength(MAX_COMMUNE_BARS);
    expect(spec.subtitle).toContain(`Les ${MAX_COMMUNE_BARS} premières communes sur 50.`);
  });
});
