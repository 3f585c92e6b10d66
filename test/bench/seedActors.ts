import { actorInput, type ActorInput, type ActorValues } from '../../shared/actors/schemas';
import { ACTOR_ROLE_CODES, type ActorRole } from '../../shared/vocabularies/actorRoles';
import type { TypologyCode } from '../../shared/vocabularies/typologies';
import { WEEKDAY_CODES } from '../../shared/vocabularies/weekdays';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  TRAINING_LABELS,
} from '../../shared/vocabularies/lieuxMediation';
import type { SeedCommune } from '../integration/support/seedTerritory';

/**
 * A realistic directory for the benchmark, always the same (seeded pseudo-random numbers): actors named as
 * in the field, 1–3 places with services and opening hours (some unreadable, as 8% of national values),
 * contacts, permanences, tags, and check dates spread over three years (some never checked).
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = int(min, Math.min(max, list.length));
    const copy = [...list];
    const chosen: T[] = [];
    while (chosen.length < count) chosen.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return chosen;
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomFrom>;

const BASES = [
  'Aubière',
  'Beaulieu',
  'Chambéry',
  'Dieulefit',
  'Écully',
  'Fontaine',
  'Gières',
  'Héricourt',
  'Issoire',
  'Jarrie',
  'Lanslebourg',
  'Mévouillon',
  'Noyarey',
  'Œting',
  'Pontcharra',
  'Quaix',
  'Revel',
  'Sassenage',
  'Tullins',
  'Uriage',
  'Varces',
  'Voreppe',
  'Yzeron',
  'Ambérieu',
  'Brié',
];
const SUFFIXES = ['', '-sur-Isère', '-en-Chartreuse', '-les-Bains', '-d’Allevard', '-le-Vieux'];

/** About 50 communes, some with accents or articles, every tenth with two postcodes. */
export function benchCommunes(count = 50): SeedCommune[] {
  return Array.from({ length: count }, (_, i) => {
    const prefix = i % 7 === 3 ? 'Saint-' : i % 11 === 5 ? 'Les ' : '';
    const name = `${prefix}${BASES[i % BASES.length]}${SUFFIXES[Math.floor(i / BASES.length) % SUFFIXES.length]}`;
    const postcode = `38${String(100 + i * 7).padStart(3, '0')}`;
    return {
      code: `38${String(500 + i).padStart(3, '0')}`,
      name,
      population: 500 + ((i * 7919) % 40_000),
      postcodes: i % 10 === 0 ? [postcode, `38${String(101 + i * 7).padStart(3, '0')}`] : [postcode],
    };
  });
}

const KINDS: {
  name: (commune: string, r: Random) => string;
  typologies: TypologyCode[];
  roles: ActorRole[];
}[] = [
  { name: (c) => `Médiathèque de ${c}`, typologies: ['BIB'], roles: ['lieu_mediation', 'operateur'] },
  { name: (c) => `Centre social de ${c}`, typologies: ['CS'], roles: ['prescripteur', 'operateur'] },
  { name: (c) => `CCAS de ${c}`, typologies: ['CCAS'], roles: ['prescripteur'] },
  { name: (c) => `Mairie de ${c}`, typologies: ['MUNI'], roles: ['prescripteur', 'collectivite_elu'] },
  { name: (c) => `France Services ${c}`, typologies: ['RFS'], roles: ['prescripteur', 'lieu_mediation'] },
  { name: (c) => `Mission locale ${c}`, typologies: ['ML'], roles: ['prescripteur'] },
  {
    name: (_, r) =>
      `Association ${r.pick(['Lien', 'Clic', 'Passerelle', 'Connexions', 'Trait d’union'])} numérique`,
    typologies: ['ASSO'],
    roles: ['operateur'],
  },
  { name: (c) => `Espace public numérique ${c}`, typologies: ['EPN'], roles: ['lieu_mediation'] },
  {
    name: (c) => `Tiers-lieu La Fabrique ${c}`,
    typologies: ['TIERS_LIEUX', 'FABLAB'],
    roles: ['operateur', 'reseau'],
  },
  { name: (c) => `Club des aînés de ${c}`, typologies: ['ASSO'], roles: ['prescripteur'] },
];

const FIRST = [
  'Awa',
  'Luc',
  'Inès',
  'Thomas',
  'Zoé',
  'Karim',
  'Élodie',
  'Jean',
  'Fatou',
  'Hélène',
  'Noé',
  'Chloé',
];
const LAST = [
  'Martin',
  'Diallo',
  'Caron',
  'Lefèvre',
  'Nguyen',
  'Moreau',
  'Benali',
  'Girard',
  'Roux',
  'Faure',
];
const HOURS = [
  'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
  'Mo-Th 07:45-15:00; Fr 07:45-11:15',
  'We,Fr 08:00-16:00',
  'Mo-Fr 08:30-12:30; PH off',
  'Tu-Sa 10:00-18:00',
  'Mo 14:00-17:00 "sur rendez-vous"',
  'lundi matin', // unreadable, kept flagged
  'Sun 10:00-12:00', // readable only by guessing, kept flagged
];

/** A SIRET with a right check digit (Luhn). */
function siret(r: Random): string {
  const digits = Array.from({ length: 13 }, () => r.int(0, 9));
  digits[0] = r.int(1, 9);
  for (let check = 0; check <= 9; check++) {
    const all = [...digits, check];
    let sum = 0;
    all.reverse().forEach((d, i) => {
      const doubled = i % 2 === 1 ? d * 2 : d;
      sum += doubled > 9 ? doubled - 9 : doubled;
    });
    if (sum % 10 === 0) return [...digits, check].join('');
  }
  throw new Error('inatteignable');
}

function isoDaysBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function actor(r: Random, communes: SeedCommune[], today: string): ActorInput {
  const home = r.pick(communes);
  const kind = r.pick(KINDS);
  const place = (i: number) => {
    const where = i === 0 ? home : r.pick(communes);
    return {
      name: i === 0 ? `Accueil ${where.name}` : `Antenne ${where.name}`,
      address: `${r.int(1, 120)} rue ${r.pick(['de la Mairie', 'des Écoles', 'Jean-Jaurès', 'du Stade'])}`,
      communeCode: where.code,
      services: r.some(SERVICES, 1, 4),
      accessModes: r.some(ACCESS_MODES, 1, 2),
      accompanimentModes: r.some(ACCOMPANIMENT_MODES, 0, 2),
      fees: [r.pick(FEES)],
      openingHours: r.chance(0.85) ? r.pick(HOURS) : null,
      phone: r.chance(0.6) ? `04 76 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}` : null,
      permanences: r.chance(0.2)
        ? [{ communeCode: r.pick(communes).code, weekdays: r.some(WEEKDAY_CODES.slice(0, 5), 1, 2) }]
        : [],
    };
  };
  const placeCount = r.chance(0.8) ? 1 : r.int(2, 3);
  return {
    name: kind.name(home.name, r),
    siret: r.chance(0.5) ? siret(r) : null,
    typologies: kind.typologies,
    roles: [...new Set([...kind.roles, ...(r.chance(0.1) ? [r.pick(ACTOR_ROLE_CODES)] : [])])],
    address: `${r.int(1, 120)} place de la République`,
    communeCode: home.code,
    publics: r.some(PUBLICS, 0, 3),
    programmes: r.chance(0.4) ? r.some(NATIONAL_PROGRAMMES, 1, 2) : [],
    labels: r.chance(0.15) ? [r.pick(TRAINING_LABELS)] : [],
    lastVerifiedOn: r.chance(0.15) ? null : isoDaysBefore(today, r.int(0, 3 * 365)),
    contacts: Array.from({ length: r.int(0, 3) }, () => ({
      name: `${r.pick(FIRST)} ${r.pick(LAST)}`,
      role: r.chance(0.5) ? 'Conseiller·ère numérique' : null,
      email: r.chance(0.5) ? 'contact@example.fr' : null,
    })),
    places: Array.from({ length: placeCount }, (_, i) => place(i)),
  };
}

/** `count` validated actors (parsed by the form's schema, as the app would store them), one at a time. */
export function* benchActors(
  count: number,
  communes: SeedCommune[],
  today: string,
  seed = 20260405,
): Generator<ActorValues> {
  const r = randomFrom(seed);
  for (let i = 0; i < count; i++) yield actorInput.parse(actor(r, communes, today));
}
