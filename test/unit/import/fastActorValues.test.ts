import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastActorValues } from '../../../electron/backend/interop/import/fastActorValues';
import { rowToActor } from '../../../electron/backend/interop/import/rowToActor';
import { validateRow } from '../../../electron/backend/interop/import/validateRow';
import { guessMapping } from '../../../electron/backend/interop/lieux-mediation/readMapping';
import { detectFormat, readTable } from '../../../electron/backend/interop/lieux-mediation/readTable';
import { decodeBytes } from '../../../electron/backend/interop/text/decode';
import { actorInput } from '../../../shared/actors/schemas';
import { ACTOR_ROLE_CODES } from '../../../shared/vocabularies/actorRoles';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  ITINERANCE,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
  TRAINING_LABELS,
} from '../../../shared/vocabularies/lieuxMediation';
import { TYPOLOGY_CODES } from '../../../shared/vocabularies/typologies';

/**
 * The import's fast check answers for zod: whatever it accepts, zod accepts with the very same value
 * (trimming, defaults, the SIRET compacted, repeats dropped), and whatever zod refuses, it leaves to zod, whose
 * French messages are the only ones the user reads.
 */

/** What the fast check says of `input`, checked against zod; answers which side decided. */
function agreeWithZod(input: unknown): { fast: boolean; zod: boolean } {
  const fast = fastActorValues(input);
  const zod = actorInput.safeParse(input);
  if (fast !== null) {
    expect(zod.success).toBe(true);
    expect(fast).toStrictEqual(zod.data);
  }
  if (!zod.success) expect(fast).toBeNull();
  return { fast: fast !== null, zod: zod.success };
}

// ——— values of each kind: valid, at the edges, and wrong ———

const junk = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  12.5,
  true,
  {},
  [],
  Number.NaN,
  '',
  '   ',
  '\u0000',
);
const controls = fc.constantFrom(
  '\u0000',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u2028',
  '\u007f',
  ' ',
);
/** Text with spaces and control characters around and inside it. */
const messy = (core: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(controls, { maxLength: 2 }), core, fc.array(controls, { maxLength: 2 }), fc.boolean())
    .map(([before, text, after, inside]) => {
      const middle = inside && text.length > 1 ? `${text.slice(0, 1)}\t${text.slice(1)}` : text;
      return `${before.join('')}${middle}${after.join('')}`;
    });
/** A text of about `max` characters: just under, at, and just over the limit. */
const aroundLength = (max: number, pattern = (length: number) => 'é'.repeat(length)) =>
  fc.constantFrom(max - 1, max, max + 1).map(pattern);
const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: 30 }),
    messy(fc.string({ minLength: 1, maxLength: 20 })),
    aroundLength(max),
    aroundLength(max).map((value) => ` ${value} `),
    junk,
  );

const emails = fc.oneof(
  fc.constantFrom(
    'accueil@mairie.fr',
    ' a.b@c.example.fr ',
    'a@b',
    'a b@c.fr',
    '@c.fr',
    'a@@b.fr',
    'a@b.fr\n',
  ),
  fc.emailAddress(),
  aroundLength(254, (length) => `${'a'.repeat(length - 7)}@b.c.fr`),
  text(254),
);
const phones = fc.oneof(
  fc.constantFrom(
    '05 45 00 00 00',
    '+33545000000',
    '(05).45-00-00-00',
    '12345',
    '123456',
    'abc',
    '+33 5 45 00',
  ),
  aroundLength(40, (length) => '0'.repeat(length)),
  text(40),
);
const urls = fc.oneof(
  fc.constantFrom(
    'https://a.fr',
    'http://x.y/z?a=1',
    'HTTPS://A.FR',
    'ftp://a.fr',
    'https://nodot',
    'www.a.fr',
  ),
  fc.webUrl(),
  aroundLength(500, (length) => `https://a.fr/${'x'.repeat(length - 13)}`),
  text(500),
);
const postcodes = fc.oneof(
  fc.constantFrom('16000', ' 16000 ', '1600', '160000', 'abcde', '2A004', '16\u00000'),
  fc.stringMatching(/^\d{5}$/),
  junk,
);
const communeCodes = fc.oneof(
  fc.constantFrom('16015', '2A004', '2B033', '2C000', '1601', ' 16015', '2a004'),
  fc.stringMatching(/^(\d{5}|2[AB]\d{3})$/),
  junk,
);
const dates = fc.oneof(
  fc.constantFrom('2024-02-29', '2023-02-29', ' 2024-01-01 ', '2024-1-1', '2024-13-01', '2024-01-01\u0000'),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  junk,
);

/** 13 digits and the Luhn key that makes a valid SIRET. */
const validSiret = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 })
  .map((digits) => {
    const body = digits.join('');
    for (let key = 0; key <= 9; key++) {
      const siret = `${body}${key}`;
      let sum = 0;
      for (let i = 0; i < 14; i++) {
        let digit = Number(siret[13 - i]);
        if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
      }
      if (sum % 10 === 0) return siret;
    }
    return body;
  });
const sirets = fc.oneof(
  validSiret,
  validSiret.map(
    (siret) => `${siret.slice(0, 3)} ${siret.slice(3, 6)}.${siret.slice(6, 9)}\u00a0${siret.slice(9)}`,
  ),
  validSiret.map((siret) => `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`),
  // La Poste's establishments (SIREN 356000000) follow their own key: …01 is valid, …02 is not.
  fc.constantFrom(
    '00000000000000',
    '35600000000001',
    '35600000000002',
    '1234',
    '123456789012345',
    'SIRET',
    '. .',
  ),
  junk,
);

const numbers = (limit: number) =>
  fc.oneof(
    fc.double({ min: -limit * 1.2, max: limit * 1.2, noNaN: true }),
    fc.constantFrom(limit, -limit, -0, limit + 1e-9, Number.POSITIVE_INFINITY, Number.NaN),
    fc.constantFrom<unknown>('45.1', null, undefined),
  );

/** Codes of a vocabulary with repeats, sometimes an unknown or malformed item. */
const list = (codes: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...codes), { maxLength: 5 }) },
    fc.array(
      fc.oneof(fc.constantFrom(...codes), fc.constantFrom<unknown>('inconnu', '', ` ${codes[0]}`, 3, null)),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.constantFrom<unknown>(undefined, null, codes[0], {}),
  );

const contact = fc.record({ name: text(120), role: text(120), email: emails, phone: phones });
const permanence = fc.record({
  communeCode: communeCodes,
  weekdays: list(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']),
  schedule: text(200),
});
/** Mostly empty, as the import leaves it; sometimes a real entry or something else. */
const rarely = <T>(entry: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant([]) },
    fc.array(entry, { minLength: 1, maxLength: 2 }),
    fc.constantFrom<unknown>(undefined, null),
  );

const placeFields = {
  name: text(200),
  address: text(200),
  addressComplement: text(200),
  postcode: postcodes,
  communeCode: communeCodes,
  latitude: numbers(90),
  longitude: numbers(180),
  services: list(SERVICES),
  accessModes: list(ACCESS_MODES),
  accompanimentModes: list(ACCOMPANIMENT_MODES),
  fees: list(FEES),
  itinerance: list(ITINERANCE),
  openingHours: text(500),
  phone: phones,
  email: emails,
  bookingUrl: urls,
  permanences: rarely(permanence),
};
/** A place's id is optional: present, absent, present but undefined, or wrong. */
const placeWithId = { ...placeFields, id: fc.constantFrom<unknown>(1, 0, undefined, '1') };
const place = fc.oneof(
  { weight: 5, arbitrary: fc.record(placeFields) },
  fc.record(placeWithId),
  fc.record(placeFields, { requiredKeys: ['name'] }),
);

const actorFields = {
  name: text(200),
  siret: sirets,
  typologies: list(TYPOLOGY_CODES),
  roles: list(ACTOR_ROLE_CODES),
  address: text(200),
  addressComplement: text(200),
  postcode: postcodes,
  communeCode: communeCodes,
  latitude: numbers(90),
  longitude: numbers(180),
  website: urls,
  publics: list(PUBLICS),
  specificSupports: list(SPECIFIC_SUPPORTS),
  programmes: list(NATIONAL_PROGRAMMES),
  labels: list(TRAINING_LABELS),
  otherLabels: text(300),
  notes: fc.oneof(
    text(5000),
    messy(fc.string({ maxLength: 40 })).map((value) => `${value}\n\nSuite.`),
  ),
  lastVerifiedOn: dates,
  contacts: rarely(contact),
  places: fc.oneof(
    { weight: 5, arbitrary: fc.array(place, { minLength: 1, maxLength: 2 }) },
    fc.constantFrom<unknown>(undefined, [], null),
    fc.array(fc.constant({ name: 'Lieu' }), { minLength: 51, maxLength: 51 }),
  ),
};
const anyActor = fc.oneof(
  { weight: 6, arbitrary: fc.record(actorFields) },
  fc.record({ ...actorFields, extra: fc.anything() }),
  fc.record(actorFields, { requiredKeys: [] }),
  fc.anything(),
);

/** The same, but every value valid: what most rows of a file are, so that the fast side is exercised. */
const goodText = (max: number) =>
  fc.oneof(fc.constant(null), messy(fc.string({ minLength: 1, maxLength: 20 })), aroundLength(max - 1));
const goodPlace = fc.record({
  name: messy(fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== '')),
  address: goodText(200),
  addressComplement: goodText(200),
  postcode: fc.oneof(fc.constant(null), fc.stringMatching(/^ ?\d{5} ?$/)),
  communeCode: fc.stringMatching(/^(\d{5}|2[AB]\d{3})$/),
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  services: fc.array(fc.constantFrom(...SERVICES), { maxLength: 4 }),
  accessModes: fc.array(fc.constantFrom(...ACCESS_MODES), { maxLength: 3 }),
  accompanimentModes: fc.array(fc.constantFrom(...ACCOMPANIMENT_MODES), { maxLength: 3 }),
  fees: fc.array(fc.constantFrom(...FEES), { maxLength: 3 }),
  itinerance: fc.array(fc.constantFrom(...ITINERANCE), { maxLength: 3 }),
  openingHours: fc.oneof(fc.constant(null), fc.constantFrom('Mo-Fr 09:00-12:00', ' Tu 14:00-18:00 ')),
  phone: fc.oneof(fc.constant(null), fc.constantFrom('05 45 00 00 00', '+33545000000', ' 0545000000 ')),
  email: fc.oneof(fc.constant(null), fc.constantFrom('accueil@mairie.fr', ' a@b.fr ')),
  bookingUrl: fc.oneof(fc.constant(null), fc.constantFrom('https://www.rdv-solidarites.fr/')),
  permanences: fc.constant([]),
});
const goodActor = fc
  .record({
    name: messy(fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== '')),
    siret: fc.oneof(fc.constant(null), validSiret),
    typologies: fc.array(fc.constantFrom(...TYPOLOGY_CODES), { maxLength: 3 }),
    roles: fc.constant(['lieu_mediation']),
    publics: fc.array(fc.constantFrom(...PUBLICS), { maxLength: 4 }),
    specificSupports: fc.array(fc.constantFrom(...SPECIFIC_SUPPORTS), { maxLength: 3 }),
    programmes: fc.array(fc.constantFrom(...NATIONAL_PROGRAMMES), { maxLength: 3 }),
    labels: fc.array(fc.constantFrom(...TRAINING_LABELS), { maxLength: 3 }),
    website: fc.oneof(fc.constant(null), fc.webUrl()),
    otherLabels: goodText(300),
    notes: goodText(5000),
    lastVerifiedOn: fc.oneof(fc.constant(null), fc.constantFrom('2024-02-29', ' 2025-06-30 ', '')),
    contacts: fc.constant([]),
    place: goodPlace,
  })
  .map(({ place: only, ...actor }) => ({
    ...actor,
    address: only.address,
    addressComplement: only.addressComplement,
    postcode: only.postcode,
    communeCode: only.communeCode,
    latitude: only.latitude,
    longitude: only.longitude,
    places: [only],
  }));

/** A valid actor with one value, of the actor or of its place, taken from the wrong ones. */
const oneBadValue = fc.oneof(
  fc
    .tuple(goodActor, fc.record(actorFields), fc.constantFrom(...Object.keys(actorFields)))
    .map(([good, bad, key]) => ({ ...good, [key]: (bad as Record<string, unknown>)[key] })),
  fc
    .tuple(goodActor, fc.record(placeWithId), fc.constantFrom(...Object.keys(placeWithId)))
    .map(([good, bad, key]) => ({
      ...good,
      places: [{ ...good.places[0], [key]: (bad as Record<string, unknown>)[key] }],
    })),
);

/** Each text field at its length limit (one under, at, one over), spaces around it or not: trimmed first. */
const atLimit = (max: number, pattern?: (length: number) => string) =>
  fc
    .tuple(aroundLength(max, pattern), fc.boolean())
    .map(([value, padded]) => (padded ? `  ${value}\t` : value));
const actorLimits = {
  name: atLimit(200),
  address: atLimit(200),
  addressComplement: atLimit(200),
  otherLabels: atLimit(300),
  notes: atLimit(5000),
  website: atLimit(500, (length) => `https://a.fr/${'x'.repeat(length - 13)}`),
};
const placeLimits = {
  name: atLimit(200),
  address: atLimit(200),
  addressComplement: atLimit(200),
  openingHours: atLimit(500),
  phone: atLimit(40, (length) => '0'.repeat(length)),
  email: atLimit(254, (length) => `${'a'.repeat(length - 7)}@b.c.fr`),
  bookingUrl: atLimit(500, (length) => `https://a.fr/${'x'.repeat(length - 13)}`),
};
const oneValueAtLimit = fc.oneof(
  fc
    .tuple(goodActor, fc.record(actorLimits), fc.constantFrom(...Object.keys(actorLimits)))
    .map(([good, long, key]) => ({ ...good, [key]: (long as Record<string, unknown>)[key] })),
  fc
    .tuple(goodActor, fc.record(placeLimits), fc.constantFrom(...Object.keys(placeLimits)))
    .map(([good, long, key]) => ({
      ...good,
      places: [{ ...good.places[0], [key]: (long as Record<string, unknown>)[key] }],
    })),
);

describe('the import’s fast check of an actor', () => {
  it('accepts only what zod accepts, with the value zod gives, on any input', () => {
    let fast = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(anyActor, oneBadValue), (input) => {
        const verdict = agreeWithZod(input);
        if (verdict.fast) fast++;
        if (!verdict.zod) refused++;
      }),
      { numRuns: 2000 },
    );
    // The generator reaches both sides: rows decided here, and rows zod refuses.
    expect(fast).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(1000);
  }, 60_000);

  it('decides rows whose values are all valid (spaces, control characters, repeats, limits) as zod does', () => {
    let fast = 0;
    fc.assert(
      fc.property(goodActor, (input) => {
        if (agreeWithZod(input).fast) fast++;
      }),
      { numRuns: 2000 },
    );
    expect(fast).toBeGreaterThan(1000);
  }, 60_000);

  it('draws the length limits where zod does, after trimming', () => {
    fc.assert(
      fc.property(oneValueAtLimit, (input) => void agreeWithZod(input)),
      { numRuns: 600 },
    );
  }, 60_000);

  it('gives back new objects and lists, never the row’s own', () => {
    const row = { name: 'Médiathèque', publics: ['Jeunes', 'Jeunes'], places: [{ name: 'Médiathèque' }] };
    const values = fastActorValues(row)!;
    expect(values.publics).toEqual(['Jeunes']);
    expect(values.places[0]).not.toBe(row.places[0]);
    values.places[0]!.latitude = 45;
    expect(row.places[0]).toEqual({ name: 'Médiathèque' });
  });

  it('leaves an invalid value to zod, whose French message the import shows', () => {
    const table = readTable(['id,nom,telephone,courriels', 'a,Médiathèque,mairie,accueil@mairie'].join('\n'));
    const mapping = guessMapping(table.headers, table.records, detectFormat(table.headers));
    const row = rowToActor(table.records[0]!, mapping, 'lieux.csv');
    expect(fastActorValues(row.actor)).toBeNull();
    const checked = validateRow(row, mapping);
    expect(checked.ok && checked.warnings.map((warning) => warning.reason)).toEqual([
      'Le téléphone du lieu\u00a0: numéro invalide (chiffres, espaces, points ou +33 seulement). La valeur est laissée de côté.',
      'Le courriel du lieu\u00a0: adresse courriel invalide (exemple\u00a0: nom@domaine.fr). La valeur est laissée de côté.',
    ]);
  });
});

describe('the fast check on the rows of real files', () => {
  const folders = [
    join(import.meta.dirname, '../../fixtures/import'),
    '/work/shared/fixtures/lieux-mediation',
  ];
  const files = folders.flatMap((folder) => {
    try {
      return readdirSync(folder)
        .filter((name) => /\.(csv|json)$/.test(name) && !name.includes('schema'))
        .map((name) => join(folder, name));
    } catch {
      return [];
    }
  });

  it.each(files)('agrees with zod on every row of %s, and decides each row zod accepts', (path) => {
    const table = readTable(decodeBytes(readFileSync(path)).text);
    const mapping = guessMapping(table.headers, table.records, detectFormat(table.headers));
    expect(table.records.length).toBeGreaterThan(0);
    for (const record of table.records) {
      const row = rowToActor(record, mapping, 'fichier');
      // As the plan does once the row is placed in a commune of the territory.
      row.actor.communeCode = '16015';
      row.actor.places[0]!.communeCode = '16015';
      const verdict = agreeWithZod(row.actor);
      expect(verdict.fast).toBe(verdict.zod);
    }
  });
});
