import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fragileAndFar,
  fragilityOfferTable,
  populationWithoutPlaceShare,
} from '../../shared/diagnostic/gaps';
import { haversineKm, nearestPlaceOffering } from '../../shared/diagnostic/gapsDistance';
import { computeOffer } from '../../shared/diagnostic/offer';
import type {
  CommuneFragility,
  DiagnosticCommune,
  DiagnosticPlace,
} from '../../shared/diagnostic/offerInputs';
import { SERVICES, type Service } from '../../shared/vocabularies/lieuxMediation';

const AIDE: Service = 'Aide aux démarches administratives';
const ACCES: Service = 'Accès internet et matériel informatique';
const LOISIRS: Service = 'Loisirs et créations numériques';

/** 0.1° of latitude: R × 0.1 × π / 180 = 6 371.0088 × 0.001745329 ≈ 11.1195 km. */
const TENTH_DEGREE_KM = 11.1195;

const communes: DiagnosticCommune[] = [
  { code: '01001', name: 'Alpha', population: 20_000, centroid: [0, 45] },
  { code: '01002', name: 'Beta', population: 5_000, centroid: [0, 45.1] },
  { code: '01003', name: 'Gamma', population: 0, centroid: [0.1, 45] },
  { code: '01004', name: 'Delta', population: 2_500 }, // no centroid: distance unknown
];
const place = (
  p: Partial<DiagnosticPlace> & Pick<DiagnosticPlace, 'actorId' | 'communeCode'>,
): DiagnosticPlace => ({
  services: [],
  publics: [],
  specificSupports: [],
  programmes: [],
  lastVerifiedOn: null,
  ...p,
});
const places: DiagnosticPlace[] = [
  place({ actorId: 'p1', communeCode: '01001', coordinates: [0, 45], services: [AIDE] }),
  place({ actorId: 'p2', communeCode: '01001', services: [AIDE] }), // no coordinates: at Alpha's centroid
  place({ actorId: 'p3', communeCode: '01002', coordinates: [0, 45.1], services: [ACCES] }),
  place({ actorId: 'p4', communeCode: '99999', coordinates: [0, 46], services: [AIDE] }), // outside
  place({ actorId: 'p5', communeCode: '88888', services: [ACCES] }), // outside, no coordinates: not located
];
const fragility: CommuneFragility[] = [
  { code: '01001', score: 8 },
  { code: '01002', score: 9 },
  { code: '01003', score: 7 },
  { code: '01004', score: 10 },
  { code: 'XXXXX', score: 5 }, // not in the territory: ignored
];

describe('straight-line distance', () => {
  it('measures great-circle distances in kilometres', () => {
    expect(haversineKm([0, 45], [0, 45])).toBe(0);
    expect(haversineKm([0, 45], [0, 45.1])).toBeCloseTo(TENTH_DEGREE_KM, 4);
    // along the 45th parallel: 2R · asin(cos 45° · sin 0.05°) ≈ 11.1195 × 0.7071 ≈ 7.8627 km
    expect(haversineKm([0, 45], [0.1, 45])).toBeCloseTo(7.8627, 4);
    // Paris – Lyon, about 392 km
    expect(haversineKm([2.3522, 48.8566], [4.8357, 45.764])).toBeCloseTo(392, -1);
  });

  /** The nearest is a fixed place (not an itinerant permanence), located in this commune. */
  const fixed = (atCommuneCode: string | null) => ({ viaPermanence: false, atCommuneCode });

  it('finds, for each commune, the nearest place offering a service, wherever it is', () => {
    expect(nearestPlaceOffering(communes, places, AIDE)).toEqual([
      // p1 and p2 both at 0 km: the smallest actorId wins
      { code: '01001', status: 'measured', distanceKm: 0, nearestActorId: 'p1', ...fixed('01001') },
      {
        code: '01002',
        status: 'measured',
        distanceKm: expect.closeTo(TENTH_DEGREE_KM, 4),
        nearestActorId: 'p1',
        ...fixed('01001'),
      },
      {
        code: '01003',
        status: 'measured',
        distanceKm: expect.closeTo(7.8627, 4),
        nearestActorId: 'p1',
        ...fixed('01001'),
      },
      { code: '01004', status: 'noCentroid', distanceKm: null, nearestActorId: null, ...fixed(null) },
    ]);
  });

  it('places a place without coordinates at its commune centroid, and leaves it out when that is unknown', () => {
    const onlyP2 = nearestPlaceOffering(communes, [places[1]!], AIDE);
    expect(onlyP2[1]).toMatchObject({ status: 'measured', nearestActorId: 'p2' });
    expect(onlyP2[1]!.distanceKm).toBeCloseTo(TENTH_DEGREE_KM, 4);
    const onlyP5 = nearestPlaceOffering(communes, [places[4]!], ACCES);
    expect(onlyP5.map((n) => n.status)).toEqual([
      'noPlaceOffering',
      'noPlaceOffering',
      'noPlaceOffering',
      'noCentroid',
    ]);
  });

  it('treats non-numeric coordinates as missing', () => {
    const broken = place({
      actorId: 'b',
      communeCode: '01002',
      coordinates: [Number.NaN, 45],
      services: [LOISIRS],
    });
    // falls back on Beta's centroid: Alpha is 0.1° away
    expect(nearestPlaceOffering(communes, [broken], LOISIRS)[0]!.distanceKm).toBeCloseTo(TENTH_DEGREE_KM, 4);
  });

  it('reports a service offered nowhere as out of reach', () => {
    expect(nearestPlaceOffering(communes, places, LOISIRS).map((n) => [n.status, n.distanceKm])).toEqual([
      ['noPlaceOffering', null],
      ['noPlaceOffering', null],
      ['noPlaceOffering', null],
      ['noCentroid', null],
    ]);
  });
});

describe('fragility × offer', () => {
  /** Fixed places only: the offer the ranking reads is the places. */
  const offer = (placeCount: number, placesPer10k: number | null) => ({
    placeCount,
    placesPer10k,
    permanenceCount: 0,
    accessPointsPer10k: placesPer10k,
  });

  it('ranks the most fragile communes first', () => {
    const table = fragilityOfferTable(communes, places, fragility);
    // scores: Delta 10, Beta 9, Alpha 8, Gamma 7; places: Delta 0, Beta 1 (p3), Alpha 2 (p1, p2), Gamma 0
    expect(table).toEqual([
      { rank: 1, code: '01004', name: 'Delta', population: 2_500, score: 10, ...offer(0, 0) },
      { rank: 2, code: '01002', name: 'Beta', population: 5_000, score: 9, ...offer(1, 2) },
      { rank: 3, code: '01001', name: 'Alpha', population: 20_000, score: 8, ...offer(2, 1) },
      { rank: 4, code: '01003', name: 'Gamma', population: 0, score: 7, ...offer(0, null) },
    ]);
  });

  it('at equal fragility puts the lowest offer first, unknown rates and unknown scores last', () => {
    const cs: DiagnosticCommune[] = [
      { code: 'D', name: 'D', population: 100 }, // score unknown
      { code: 'C', name: 'C', population: 0 }, // rate unknown (population 0)
      { code: 'A', name: 'A', population: 10_000 }, // 1 place → 1 per 10 000
      { code: 'B', name: 'B', population: 10_000 }, // no place → 0 per 10 000
      { code: 'E', name: 'E', population: 10_000 }, // score 11 is out of 1–10: unknown
    ];
    const scores: CommuneFragility[] = [
      { code: 'A', score: 5 },
      { code: 'B', score: 5 },
      { code: 'C', score: 5 },
      { code: 'D', score: null },
      { code: 'E', score: 11 },
    ];
    const table = fragilityOfferTable(cs, [place({ actorId: 'x', communeCode: 'A' })], scores);
    // unknown scores D and E: same rate 0 for E, null for D → E before D
    expect(table.map((r) => r.code)).toEqual(['B', 'A', 'C', 'E', 'D']);
    expect(table.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(table[3]!.score).toBeNull();
  });
});

describe('high fragility and far from a service', () => {
  it('keeps communes with score ≥ 7 whose nearest place is ≥ 10 km away', () => {
    const result = fragileAndFar(communes, places, fragility, AIDE);
    // Alpha 8: 0 km (not far); Beta 9: 11.12 km (far); Gamma 7: 7.86 km (not far); Delta 10: no centroid
    expect(result).toEqual({
      service: AIDE,
      minScore: 7,
      minDistanceKm: 10,
      rows: [
        {
          rank: 1,
          code: '01002',
          name: 'Beta',
          population: 5_000,
          score: 9,
          status: 'measured',
          distanceKm: expect.closeTo(TENTH_DEGREE_KM, 4),
          nearestActorId: 'p1',
        },
      ],
      unknownDistance: ['01004'],
      unknownFragility: 0,
      status: 'partial',
    });
  });

  it('takes the thresholds as parameters and ranks by fragility, then distance', () => {
    const nearer = fragileAndFar(communes, places, fragility, AIDE, { minDistanceKm: 5 });
    // Beta 9 (11.12 km) then Gamma 7 (7.86 km)
    expect(nearer.rows.map((r) => [r.rank, r.code])).toEqual([
      [1, '01002'],
      [2, '01003'],
    ]);
    const access = fragileAndFar(communes, places, fragility, ACCES, { minScore: 8 });
    // nearest access is p3 at Beta: Alpha 8 at 11.12 km is far; Beta 9 at 0 km is not; Gamma 7 is below 8
    expect(access.rows.map((r) => r.code)).toEqual(['01001']);
    expect(access.unknownDistance).toEqual(['01004']);
  });

  it('counts a distance equal to the threshold as far', () => {
    // Alpha is at 0 km from p1: with minDistanceKm 0 it is « far enough »
    const rows = fragileAndFar(communes, places, fragility, AIDE, { minDistanceKm: 0 }).rows;
    expect(rows.map((r) => r.code)).toEqual(['01002', '01001', '01003']); // scores 9, 8, 7
  });

  it('puts the farthest first at equal fragility', () => {
    const cs: DiagnosticCommune[] = [
      { code: 'X', name: 'X', population: 10, centroid: [0, 45] }, // 0.1° from the place: 11.12 km
      { code: 'Y', name: 'Y', population: 10, centroid: [0, 45.2] }, // 0.3°: 33.36 km
    ];
    const ps = [place({ actorId: 'p', communeCode: 'Z', coordinates: [0, 44.9], services: [AIDE] })];
    const scores = [
      { code: 'X', score: 9 },
      { code: 'Y', score: 9 },
    ];
    const rows = fragileAndFar(cs, ps, scores, AIDE).rows;
    expect(rows.map((r) => r.code)).toEqual(['Y', 'X']);
    expect(rows[0]!.distanceKm).toBeCloseTo(33.3585, 3);
  });

  it('lists fragile communes where no place offers the service at all', () => {
    const result = fragileAndFar(communes, places, fragility, LOISIRS);
    expect(result.rows.map((r) => [r.code, r.status, r.distanceKm])).toEqual([
      ['01002', 'noPlaceOffering', null],
      ['01001', 'noPlaceOffering', null],
      ['01003', 'noPlaceOffering', null],
    ]);
  });

  it('is a lower bound when the fragility of some communes is unknown, never « none » for them', () => {
    // Delta's score unknown, and a commune not in the file at all: either may be fragile and far.
    const partly = fragility.map((f) => (f.code === '01004' ? { ...f, score: null } : f));
    const withUnscored = [
      ...communes,
      { code: '01005', name: 'Epsilon', population: 10, centroid: [0, 46] as [number, number] },
    ];
    const result = fragileAndFar(withUnscored, places, partly, AIDE);
    expect(result.rows.map((r) => r.code)).toEqual(['01002']);
    expect(result).toMatchObject({ unknownFragility: 2, unknownDistance: [], status: 'partial' });
  });

  it('returns nothing for an empty territory', () => {
    expect(fragileAndFar([], [], [], AIDE)).toEqual({
      service: AIDE,
      minScore: 7,
      minDistanceKm: 10,
      rows: [],
      unknownDistance: [],
      unknownFragility: 0,
      status: 'computed',
    });
    expect(fragilityOfferTable([], places, fragility)).toEqual([]);
  });
});

describe('share of the population living in a commune with no place', () => {
  it('divides the population of communes without place by the territory population', () => {
    // Delta 2 500 + Gamma 0 without place, out of 27 500 → 1 / 11
    expect(populationWithoutPlaceShare(communes, places)).toBeCloseTo(1 / 11, 10);
    // no place at all: 27 500 / 27 500
    expect(populationWithoutPlaceShare(communes, [])).toBe(1);
  });

  it('is 0, never NaN, when the territory has no population', () => {
    expect(populationWithoutPlaceShare([], [])).toBe(0);
    expect(populationWithoutPlaceShare([{ code: 'A', name: 'A', population: 0 }], [])).toBe(0);
  });
});

const codes = ['A', 'B', 'C', 'D'];
const lonLat = fc.tuple(
  fc.double({ min: -5, max: 9, noNaN: true }),
  fc.double({ min: 41, max: 51, noNaN: true }),
);
const communeArb = fc.record({
  code: fc.constantFrom(...codes),
  name: fc.constant('n'),
  population: fc.integer({ min: 0, max: 50_000 }),
  centroid: fc.option(lonLat, { nil: undefined }),
});
const placeArb = fc.record({
  actorId: fc.string({ maxLength: 3 }),
  communeCode: fc.option(fc.constantFrom(...codes, 'Z'), { nil: null }),
  coordinates: fc.option(lonLat, { nil: null }),
  services: fc.subarray([...SERVICES]),
  publics: fc.constant([]),
  specificSupports: fc.constant([]),
  programmes: fc.constant([]),
  lastVerifiedOn: fc.constant(null),
});

describe('gap properties on any territory', () => {
  it('agrees with the offer, keeps the share within [0, 1] and ranks every commune once', () => {
    fc.assert(
      fc.property(
        fc.array(communeArb, { maxLength: 6 }),
        fc.array(placeArb, { maxLength: 12 }),
        fc.array(
          fc.record({ code: fc.constantFrom(...codes), score: fc.option(fc.integer({ min: 1, max: 10 })) }),
        ),
        fc.constantFrom(...SERVICES),
        (cs, ps, scores, service) => {
          const share = populationWithoutPlaceShare(cs, ps);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(share).toBe(computeOffer(cs, ps, '2026-04-05').populationWithoutPlaceShare);
          const table = fragilityOfferTable(cs, ps, scores);
          expect(table.map((r) => r.code).sort()).toEqual([...new Set(cs.map((c) => c.code))].sort());
          for (const n of nearestPlaceOffering(cs, ps, service)) {
            if (n.status === 'measured') expect(n.distanceKm).toBeGreaterThanOrEqual(0);
            else expect(n.distanceKm).toBeNull();
          }
          const far = fragileAndFar(cs, ps, scores, service, { minScore: 5, minDistanceKm: 20 });
          for (const row of far.rows) {
            expect(row.score).toBeGreaterThanOrEqual(5);
            if (row.distanceKm !== null) expect(row.distanceKm).toBeGreaterThanOrEqual(20);
          }
        },
      ),
    );
  });

  it('measures symmetric, non-negative distances', () => {
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        expect(haversineKm(a, b)).toBeGreaterThanOrEqual(0);
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
      }),
    );
  });
});
