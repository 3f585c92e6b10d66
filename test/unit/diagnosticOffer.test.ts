import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeOffer } from '../../shared/diagnostic/offer';
import {
  normalizeCommunes,
  ratePer10k,
  shareOf,
  type DiagnosticCommune,
  type DiagnosticPlace,
} from '../../shared/diagnostic/offerInputs';
import {
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
} from '../../shared/vocabularies/lieuxMediation';

const today = '2026-04-05';

/** A small territory: 4 communes (one empty, one with no centroid), 3 places inside, 1 outside. */
const communes: DiagnosticCommune[] = [
  { code: '01001', name: 'Alpha', population: 20_000, centroid: [0, 45] },
  { code: '01002', name: 'Beta', population: 5_000, centroid: [0, 45.1] },
  { code: '01003', name: 'Gamma', population: 0, centroid: [0.1, 45] },
  { code: '01004', name: 'Delta', population: 2_500 },
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
  place({
    actorId: 'p1',
    communeCode: '01001',
    coordinates: [0, 45],
    services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    publics: ['Jeunes'],
    specificSupports: ['Surdité'],
    programmes: ['Conseillers numériques', 'France Services'],
    lastVerifiedOn: '2026-01-10', // recent
  }),
  place({
    actorId: 'p2',
    communeCode: '01001', // no coordinates
    services: ['Aide aux démarches administratives'],
    publics: ['Seniors', 'Jeunes'],
    programmes: ['Conseillers numériques'],
    lastVerifiedOn: '2025-01-01', // before 2025-04-05, after 2024-10-05: over 12 months
  }),
  place({
    actorId: 'p3',
    communeCode: '01002',
    coordinates: [0, 45.1],
    services: ['Accès internet et matériel informatique'],
    programmes: ['Aidants Connect'],
    lastVerifiedOn: null, // never
  }),
  place({
    actorId: 'p4',
    communeCode: '99999', // outside the territory: ignored by the offer
    coordinates: [0, 46],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    lastVerifiedOn: '2020-01-01',
  }),
];

describe('rates and shares never divide by zero', () => {
  it('gives a rate per 10 000 inhabitants, null for an empty commune', () => {
    expect(ratePer10k(3, 20_000)).toBe(1.5); // 3 × 10 000 / 20 000
    expect(ratePer10k(0, 2_500)).toBe(0);
    expect(ratePer10k(4, 0)).toBeNull();
  });

  it('gives a share, 0 when the whole is 0', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });

  it('reads each commune once and treats invalid populations as 0', () => {
    const read = normalizeCommunes([
      { code: 'A', name: 'A', population: -5 },
      { code: 'A', name: 'A bis', population: 100 },
      { code: 'B', name: 'B', population: Number.NaN },
    ]);
    expect(read).toEqual([
      { code: 'A', name: 'A', population: 0 },
      { code: 'B', name: 'B', population: 0 },
    ]);
  });
});

describe('the offer of a territory, read from its directory', () => {
  const offer = computeOffer(communes, places, today);

  it('counts places and services per commune and per 10 000 inhabitants', () => {
    expect(offer.communes).toEqual([
      // Alpha: p1 + p2 = 2 places → 2 × 10 000 / 20 000 = 1; services 2 (p1) + 1 (p2) = 3 → 3 × 10 000 / 20 000 = 1.5
      {
        code: '01001',
        name: 'Alpha',
        population: 20_000,
        placeCount: 2,
        placesPer10k: 1,
        permanenceCount: 0,
        itinerantOnly: false,
        accessPointsPer10k: 1,
        services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
        serviceOfferCount: 3,
        serviceOffersPer10k: 1.5,
        placesWithoutServices: 0,
      },
      // Beta: p3 → 1 × 10 000 / 5 000 = 2; 1 service → 2
      {
        code: '01002',
        name: 'Beta',
        population: 5_000,
        placeCount: 1,
        placesPer10k: 2,
        permanenceCount: 0,
        itinerantOnly: false,
        accessPointsPer10k: 2,
        services: ['Accès internet et matériel informatique'],
        serviceOfferCount: 1,
        serviceOffersPer10k: 2,
        placesWithoutServices: 0,
      },
      // Gamma: population 0 → rates null, not Infinity
      {
        code: '01003',
        name: 'Gamma',
        population: 0,
        placeCount: 0,
        placesPer10k: null,
        permanenceCount: 0,
        itinerantOnly: false,
        accessPointsPer10k: null,
        services: [],
        serviceOfferCount: 0,
        serviceOffersPer10k: null,
        placesWithoutServices: 0,
      },
      // Delta: 0 × 10 000 / 2 500 = 0
      {
        code: '01004',
        name: 'Delta',
        population: 2_500,
        placeCount: 0,
        placesPer10k: 0,
        permanenceCount: 0,
        itinerantOnly: false,
        accessPointsPer10k: 0,
        services: [],
        serviceOfferCount: 0,
        serviceOffersPer10k: 0,
        placesWithoutServices: 0,
      },
    ]);
  });

  it('totals the territory and leaves places of other communes aside', () => {
    // population 20 000 + 5 000 + 0 + 2 500 = 27 500; places 3 → 30 000 / 27 500; service offers 4 → 40 000 / 27 500
    expect(offer.totals).toEqual({
      communeCount: 4,
      population: 27_500,
      placeCount: 3,
      permanenceCount: 0,
      placesPer10k: 30_000 / 27_500,
      serviceOfferCount: 4,
      serviceOffersPer10k: 40_000 / 27_500,
      placesOutsideTerritory: 1,
      placesWithoutServices: 0,
    });
    expect(offer.totals.placesPer10k).toBeCloseTo(1.0909, 4);
  });

  it('lists the communes without place, most populated first, and the share of the population living there', () => {
    expect(offer.communesWithoutPlace).toEqual(['01004', '01003']); // Delta 2 500 before Gamma 0
    expect(offer.populationWithoutPlace).toBe(2_500);
    expect(offer.populationWithoutPlaceShare).toBeCloseTo(1 / 11, 10); // 2 500 / 27 500
  });

  it('tells which services, publics and specific supports are offered nowhere', () => {
    expect(offer.offeredNowhere.services).toEqual([
      'Insertion professionnelle via le numérique',
      'Utilisation sécurisée du numérique',
      'Parentalité et éducation avec le numérique',
      'Loisirs et créations numériques',
      'Compréhension du monde numérique',
      'Acquisition de matériel informatique à prix solidaire',
    ]);
    expect(offer.offeredNowhere.publics).toEqual(['Étudiants', 'Familles et/ou enfants', 'Femmes']);
    expect(offer.offeredNowhere.specificSupports).toEqual(SPECIFIC_SUPPORTS.filter((s) => s !== 'Surdité'));
  });

  it('counts places and communes per service, public and support', () => {
    const service = (v: string) => offer.services.find((s) => s.value === v);
    // « Aide aux démarches » : p1 and p2, both in Alpha (p4 is outside)
    expect(service('Aide aux démarches administratives')).toEqual({
      value: 'Aide aux démarches administratives',
      placeCount: 2,
      communeCount: 1,
    });
    expect(offer.services.map((s) => s.value)).toEqual([...SERVICES]);
    expect(offer.publics.find((p) => p.value === 'Jeunes')).toMatchObject({ placeCount: 2, communeCount: 1 });
    expect(offer.publics.find((p) => p.value === 'Seniors')).toMatchObject({
      placeCount: 1,
      communeCount: 1,
    });
    expect(offer.specificSupports.find((p) => p.value === 'Surdité')).toMatchObject({ placeCount: 1 });
  });

  it('counts conseillers numériques, France Services and Aidants Connect inside the territory', () => {
    expect(offer.keyProgrammes).toEqual({
      conseillersNumeriques: { value: 'Conseillers numériques', placeCount: 2, communeCount: 1 },
      franceServices: { value: 'France Services', placeCount: 1, communeCount: 1 }, // p4 outside is not counted
      aidantsConnect: { value: 'Aidants Connect', placeCount: 1, communeCount: 1 },
    });
    expect(offer.programmes.map((p) => p.value)).toEqual([...NATIONAL_PROGRAMMES]);
  });

  it('distributes the places by freshness of their last check', () => {
    // 3 places: p1 recent, p2 over 12 months, p3 never; p4 (outside, 2020) is not counted
    expect(offer.freshness).toEqual([
      { freshness: 'recent', placeCount: 1, share: 1 / 3 },
      { freshness: 'over12', placeCount: 1, share: 1 / 3 },
      { freshness: 'over18', placeCount: 0, share: 0 },
      { freshness: 'never', placeCount: 1, share: 1 / 3 },
    ]);
  });

  it('counts a service listed twice on one place once', () => {
    const twice = place({
      actorId: 'x',
      communeCode: '01004',
      services: ['Loisirs et créations numériques', 'Loisirs et créations numériques'],
    });
    const result = computeOffer(communes, [twice], today);
    const delta = result.communes.find((c) => c.code === '01004')!;
    expect(delta.serviceOfferCount).toBe(1); // 1 × 10 000 / 2 500 = 4
    expect(delta.serviceOffersPer10k).toBe(4);
  });
});

describe('places whose services are not listed', () => {
  it('counts them per commune (own places and permanences held there) and for the territory', () => {
    const silent = [
      ...places,
      place({ actorId: 'p5', communeCode: '01002' }), // Beta, with p3 which lists a service
      place({ actorId: 'p6', communeCode: '01004' }), // Delta, alone
      place({ actorId: 'p7', communeCode: '99999', permanenceCommunes: ['01001'] }), // a bus from outside
    ];
    const offer = computeOffer(communes, silent, today);
    const byCode = new Map(offer.communes.map((c) => [c.code, c]));
    expect(byCode.get('01001')!.placesWithoutServices).toBe(1); // the bus
    expect(byCode.get('01002')!.placesWithoutServices).toBe(1);
    expect(byCode.get('01004')).toMatchObject({ placesWithoutServices: 1, placeCount: 1, services: [] });
    expect(byCode.get('01003')!.placesWithoutServices).toBe(0);
    // The territory's own places: p5 and p6 (the bus is based outside).
    expect(offer.totals).toMatchObject({ placeCount: 5, placesWithoutServices: 2 });
  });
});

describe('degenerate territories', () => {
  it('reads an empty territory without NaN nor Infinity', () => {
    const offer = computeOffer([], [], today);
    expect(offer.communes).toEqual([]);
    expect(offer.totals).toEqual({
      communeCount: 0,
      population: 0,
      placeCount: 0,
      permanenceCount: 0,
      placesPer10k: null,
      serviceOfferCount: 0,
      serviceOffersPer10k: null,
      placesOutsideTerritory: 0,
      placesWithoutServices: 0,
    });
    expect(offer.populationWithoutPlaceShare).toBe(0);
    expect(offer.offeredNowhere.services).toEqual([...SERVICES]);
    expect(offer.offeredNowhere.publics).toEqual([...PUBLICS]);
    expect(offer.freshness.every((f) => f.placeCount === 0 && f.share === 0)).toBe(true);
  });

  it('reads a territory whose communes all have population 0', () => {
    const empty = [
      { code: 'A', name: 'A', population: 0 },
      { code: 'B', name: 'B', population: 0 },
    ];
    const offer = computeOffer(empty, [place({ actorId: 'p', communeCode: 'A' })], today);
    expect(offer.totals.placesPer10k).toBeNull();
    expect(offer.communesWithoutPlace).toEqual(['B']);
    expect(offer.populationWithoutPlaceShare).toBe(0); // 0 / 0 → 0
  });

  it('ignores places without commune', () => {
    const offer = computeOffer(communes, [place({ actorId: 'p', communeCode: null })], today);
    expect(offer.totals.placeCount).toBe(0);
    expect(offer.totals.placesOutsideTerritory).toBe(1);
  });
});

const codes = ['A', 'B', 'C', 'D', 'E'];
const communeArb = fc.record({
  code: fc.constantFrom(...codes),
  name: fc.string(),
  population: fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.constant(0)),
});
const placeArb = fc.record({
  actorId: fc.string(),
  communeCode: fc.option(fc.constantFrom(...codes, 'Z'), { nil: null }),
  services: fc.subarray([...SERVICES]),
  publics: fc.subarray([...PUBLICS]),
  specificSupports: fc.subarray([...SPECIFIC_SUPPORTS]),
  programmes: fc.subarray([...NATIONAL_PROGRAMMES]),
  lastVerifiedOn: fc.option(
    fc
      .date({ min: new Date('2015-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
});

describe('offer properties on any territory', () => {
  it('places every place of the territory in exactly one commune, and keeps every share within [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(communeArb, { maxLength: 6 }), fc.array(placeArb, { maxLength: 20 }), (cs, ps) => {
        const offer = computeOffer(cs, ps, today);
        const territory = new Set(cs.map((c) => c.code));
        const inside = ps.filter((p) => p.communeCode !== null && territory.has(p.communeCode)).length;
        const sum = offer.communes.reduce((s, c) => s + c.placeCount, 0);
        expect(sum).toBe(inside);
        expect(offer.totals.placeCount).toBe(inside);
        expect(offer.totals.placeCount + offer.totals.placesOutsideTerritory).toBe(ps.length);
        expect(offer.freshness.reduce((s, f) => s + f.placeCount, 0)).toBe(inside);
        const shares = [offer.populationWithoutPlaceShare, ...offer.freshness.map((f) => f.share)];
        for (const share of shares) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        const rates = offer.communes.flatMap((c) => [c.placesPer10k, c.serviceOffersPer10k]);
        for (const rate of [...rates, offer.totals.placesPer10k]) {
          if (rate !== null) expect(Number.isFinite(rate) && rate >= 0).toBe(true);
        }
        for (const c of offer.communes) expect(c.placesPer10k === null).toBe(c.population === 0);
      }),
    );
  });
});
