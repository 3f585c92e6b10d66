import { describe, expect, it } from 'vitest';
import type { BarChartSpec } from '../../shared/charts/chartSpec';
import { CHART_IDS, diagnosticCharts } from '../../shared/diagnostic/diagnosticCharts';
import type { DiagnosticCommuneDto, DiagnosticDto } from '../../shared/diagnostic/diagnosticDto';
import { communeOfferTexts, keyFigures } from '../../shared/diagnostic/diagnosticFigures';
import { headlineFigures } from '../../shared/diagnostic/headlineFigures';
import { communeServicesText, servicesKnowledge } from '../../shared/diagnostic/servicesKnown';
import { SERVICES } from '../../shared/vocabularies/lieuxMediation';
import { diagnosticFixture } from './support/diagnosticDtoFixture';

/**
 * A place whose services are not listed may offer any of the 9: what no place declares is not « offert nulle
 * part », and a commune whose places all say nothing has services « non renseigné », not 0. The fixture's 3
 * places declare 2 services; here, 2 more places of Amont say nothing of theirs.
 */

function withSilentPlaces(silent: number, placeCount = 3 + silent): DiagnosticDto {
  const base = diagnosticFixture();
  return {
    ...base,
    offer: { ...base.offer, totals: { ...base.offer.totals, placeCount, placesWithoutServices: silent } },
  };
}

const card = (dto: DiagnosticDto) => keyFigures(dto).find((figure) => figure.id === 'services')!;
const servicesChart = (dto: DiagnosticDto) =>
  diagnosticCharts(dto).find((chart) => chart.id === CHART_IDS.services) as BarChartSpec;

const commune = (patch: Partial<DiagnosticCommuneDto>): DiagnosticCommuneDto => ({
  ...diagnosticFixture().communes[0]!,
  ...patch,
});

describe('services a place does not list', () => {
  it('says « offerts nulle part » only while every place lists its services', () => {
    const dto = diagnosticFixture();
    expect(servicesKnowledge(dto)).toEqual({ kind: 'complete' });
    expect(card(dto)).toMatchObject({ value: '2\u00a0sur 9', detail: '7\u00a0services offerts nulle part' });
    expect(headlineFigures(dto).servicesNowhere).toMatchObject({
      label: 'Services offerts nulle part sur le territoire',
      text: '7\u00a0sur 9',
      detail: '',
    });
    expect(servicesChart(dto).subtitle).toBe('En gras, les 7 services offerts nulle part sur le territoire.');
  });

  it('says « déclarés par aucun lieu », with the silent places, when some places list no service', () => {
    const dto = withSilentPlaces(2);
    expect(servicesKnowledge(dto)).toEqual({ kind: 'partial', silent: 2, places: 5 });
    expect(card(dto)).toMatchObject({
      label: 'Services offerts',
      value: 'au moins 2\u00a0sur 9',
      detail: '7\u00a0services déclarés par aucun lieu\u00a0; 2\u00a0lieux sur 5 sans services renseignés',
      alert: true,
    });
    expect(headlineFigures(dto).servicesNowhere).toEqual({
      label: 'Services déclarés par aucun lieu',
      value: 7,
      text: '7\u00a0sur 9',
      detail: '2\u00a0lieux sur 5 sans services renseignés',
    });
    const chart = servicesChart(dto);
    expect(chart.subtitle).toBe(
      'En gras, les 7 services déclarés par aucun lieu (2\u00a0lieux sur 5 sans services renseignés).',
    );
    // Nothing claims a service is offered nowhere.
    const words = JSON.stringify([keyFigures(dto), headlineFigures(dto), chart]);
    expect(words).not.toContain('nulle part');
  });

  it('does not know the services at all when no place lists any', () => {
    const base = diagnosticFixture();
    const dto: DiagnosticDto = {
      ...base,
      offer: {
        ...base.offer,
        totals: { ...base.offer.totals, placesWithoutServices: 3 },
        services: base.offer.services.map((s) => ({ ...s, placeCount: 0, communeCount: 0 })),
        offeredNowhere: { ...base.offer.offeredNowhere, services: [...SERVICES] },
      },
    };
    expect(servicesKnowledge(dto)).toEqual({ kind: 'none', silent: 3, places: 3 });
    expect(card(dto)).toMatchObject({
      value: 'non renseigné',
      detail: '3\u00a0lieux sur 3 sans services renseignés',
    });
    expect(headlineFigures(dto).servicesNowhere).toMatchObject({ value: null, text: 'non renseigné' });
    expect(servicesChart(dto)).toMatchObject({
      items: [],
      unknown: {
        reason: '3\u00a0lieux sur 3 sans services renseignés',
        remedy: 'Complétez les services de chaque lieu.',
      },
    });
  });

  it('reads a diagnostic frozen before the silent places were counted with the cautious words', () => {
    const base = diagnosticFixture();
    const { placesWithoutServices: _uncounted, ...totals } = base.offer.totals;
    const dto: DiagnosticDto = { ...base, offer: { ...base.offer, totals } };
    expect(servicesKnowledge(dto)).toEqual({ kind: 'uncounted' });
    expect(card(dto)).toMatchObject({
      value: '2\u00a0sur 9',
      detail: '7\u00a0services déclarés par aucun lieu',
    });
    expect(headlineFigures(dto).servicesNowhere.label).toBe('Services déclarés par aucun lieu');
  });

  it('gives a commune whose places all list no service « non renseigné », and a lower bound when some do', () => {
    // Two places, none listing a service: unknown, not 0.
    expect(
      communeServicesText(commune({ placeCount: 2, services: [], placesWithoutServices: 2 })),
    ).toBeNull();
    // A permanence only, silent: unknown too.
    expect(
      communeServicesText(
        commune({ placeCount: 0, permanenceCount: 1, services: [], placesWithoutServices: 1 }),
      ),
    ).toBeNull();
    // One place lists 1 service, another none: at least 1.
    expect(
      communeServicesText(
        commune({
          placeCount: 2,
          services: ['Aide aux démarches administratives'],
          placesWithoutServices: 1,
        }),
      ),
    ).toBe('au moins 1');
    // Every place lists its services; and a commune with no place at all offers none, known.
    expect(
      communeServicesText(
        commune({ services: ['Aide aux démarches administratives'], placesWithoutServices: 0 }),
      ),
    ).toBe('1');
    expect(communeServicesText(commune({ placeCount: 0, services: [], placesWithoutServices: 0 }))).toBe('0');
    // The table's cell is that text.
    const dto = diagnosticFixture();
    const silent = commune({ placeCount: 2, services: [], placesWithoutServices: 2 });
    expect(communeOfferTexts(dto, silent).services).toBeNull();
  });
});
