import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../../shared/diagnostic/compareSnapshots';
import { headlineFigures } from '../../shared/diagnostic/headlineFigures';
import type { DiagnosticDto } from '../../shared/diagnostic/diagnosticDto';
import { computeOffer } from '../../shared/diagnostic/offer';
import { diagnosticFixture } from './support/diagnosticDtoFixture';

/** The fixture before any place was entered: the directory is empty, the offer unknown. */
function emptyDirectory(): DiagnosticDto {
  const base = diagnosticFixture();
  const { communes, ...offer } = computeOffer(base.communes, [], base.today);
  return {
    ...base,
    communes: base.communes.map((commune, i) => ({ ...commune, ...communes[i]! })),
    offer,
  };
}

/** The fixture six months later: a place opened in Bourg (offering a new service), Cime's score moved. */
function later(): DiagnosticDto {
  const dto = diagnosticFixture();
  const communes = dto.communes.map((c) =>
    c.name === 'Bourg'
      ? {
          ...c,
          placeCount: 1,
          placesPer10k: 10_000 / 1_500,
          services: ['Loisirs et créations numériques' as const],
        }
      : c.name === 'Cime'
        ? { ...c, fragilityScore: 8 }
        : c,
  );
  return {
    ...dto,
    communes,
    offer: {
      ...dto.offer,
      totals: { ...dto.offer.totals, placeCount: 4, placesPer10k: 4 },
      communesWithoutPlace: [],
      populationWithoutPlace: 0,
      populationWithoutPlaceShare: 0,
      offeredNowhere: {
        ...dto.offer.offeredNowhere,
        services: dto.offer.offeredNowhere.services.filter((s) => s !== 'Loisirs et créations numériques'),
      },
    },
  };
}

describe('comparison of two diagnostics', () => {
  it('gives each key figure before, after and the difference', () => {
    const { figures } = compareDiagnostics(diagnosticFixture(), later());
    const byKey = Object.fromEntries(figures.map((f) => [f.key, f]));
    expect(byKey['places']).toMatchObject({ from: 3, to: 4, delta: 1, format: 'integer' });
    expect(byKey['communesWithoutPlace']).toMatchObject({ from: 1, to: 0, delta: -1 });
    // Named as the dashboard names the same figure: « sans lieu fixe » (the map's) is another count.
    expect(byKey['communesWithoutPlace']!.label).toBe(
      headlineFigures(diagnosticFixture()).communesWithoutOffer.label,
    );
    expect(byKey['populationWithoutPlaceShare']).toMatchObject({ from: 0.15, to: 0, delta: -0.15 });
    expect(byKey['servicesOffered']).toMatchObject({ from: 2, to: 3, delta: 1 });
    // (3 + 8.5 + 9) / 3 → (3 + 8.5 + 8) / 3
    expect(byKey['meanFragility']!.from).toBeCloseTo(20.5 / 3, 10);
    expect(byKey['meanFragility']!.delta).toBeCloseTo(-1 / 3, 10);
  });

  it('lists the communes that changed first, and the services gained', () => {
    const result = compareDiagnostics(diagnosticFixture(), later());
    expect(result.communes.map((c) => [c.name, c.changed])).toEqual([
      ['Bourg', true],
      ['Cime', true],
      ['Amont', false],
    ]);
    expect(result.communes[0]!.placeCount).toEqual({ from: 0, to: 1, delta: 1 });
    expect(result.communes[1]!.fragilityScore).toEqual({ from: 9, to: 8, delta: -1 });
    expect(result.servicesGained).toEqual(['Loisirs et créations numériques']);
    expect(result.servicesLost).toEqual([]);
    expect(compareDiagnostics(later(), diagnosticFixture()).servicesLost).toEqual([
      'Loisirs et créations numériques',
    ]);
  });

  it('shows communes that joined or left the territory, and unknown values as unknown', () => {
    const before = diagnosticFixture();
    const after = {
      ...before,
      communes: [...before.communes.slice(1), { ...before.communes[0]!, code: '01009', name: 'Neuve' }],
      fragility: null,
    };
    const result = compareDiagnostics(before, after);
    expect(result.onlyBefore).toEqual([{ code: '01001', name: 'Amont' }]);
    expect(result.onlyAfter).toEqual([{ code: '01009', name: 'Neuve' }]);
    expect(result.fragilityBefore).toBe('Score de fragilité numérique (2023)');
    expect(result.fragilityAfter).toBeNull();
    expect(result.figures.find((f) => f.key === 'fragileAndFar')).toMatchObject({
      from: 2,
      to: null,
      delta: null,
    });
  });

  it('writes each side as the diagnostic does: « au moins », « aucune connue », and no change from a lower bound', () => {
    const before = diagnosticFixture();
    // One place lists no service, and one commune's distance is unknown: both figures are lower bounds.
    const partial: DiagnosticDto = {
      ...later(),
      offer: { ...later().offer, totals: { ...later().offer.totals, placesWithoutServices: 1 } },
      fragileAndFar: { ...before.fragileAndFar, status: 'partial', count: 0 },
    };
    const byKey = Object.fromEntries(compareDiagnostics(before, partial).figures.map((f) => [f.key, f]));
    const headline = headlineFigures(partial);
    expect(byKey['servicesOffered']).toMatchObject({
      from: 2,
      to: 3,
      delta: null,
      toText: expect.stringMatching(/^au moins 3\ssur 9$/),
    });
    expect(byKey['servicesOffered']!.toText).toBe(headline.servicesOffered.text);
    expect(byKey['fragileAndFar']).toMatchObject({ to: 0, delta: null, toText: 'aucune connue' });
    expect(byKey['fragileAndFar']!.toText).toBe(headline.fragileAndFar.text);
    expect(byKey['places']).toMatchObject({ fromText: '3', toText: '4', delta: 1 });
  });

  it('compares against an empty directory as unknown, never from 0 or « 100 % sans lieu »', () => {
    const result = compareDiagnostics(emptyDirectory(), diagnosticFixture());
    const byKey = Object.fromEntries(result.figures.map((f) => [f.key, f]));
    for (const key of [
      'places',
      'placesPer10k',
      'communesWithoutPlace',
      'populationWithoutPlaceShare',
      'servicesOffered',
      'recentShare',
      'fragileAndFar',
    ])
      expect({ key, from: byKey[key]!.from, delta: byKey[key]!.delta }).toEqual({
        key,
        from: null,
        delta: null,
      });
    expect(byKey['places']!.to).toBe(3);
    expect(result.communes.find((c) => c.name === 'Amont')!.placeCount).toEqual({
      from: null,
      to: 2,
      delta: null,
    });
    // Services were not known before: none was « gained ».
    expect(result.servicesGained).toEqual([]);
    // Two empty directories: no commune changed.
    expect(compareDiagnostics(emptyDirectory(), emptyDirectory()).communes.some((c) => c.changed)).toBe(
      false,
    );
  });

  it('finds nothing changed between a diagnostic and itself', () => {
    const result = compareDiagnostics(diagnosticFixture(), diagnosticFixture());
    expect(result.figures.every((f) => f.delta === 0 || f.delta === null)).toBe(true);
    expect(result.communes.some((c) => c.changed)).toBe(false);
  });
});
