import { normalizeForSearch } from '../../../shared/text/normalize';
import type { Public, SpecificSupport } from '../../../shared/vocabularies/lieuxMediation';

/**
 * The publics a coordination body must not forget, as the method names them (youth, seniors, disability,
 * precarity…), each recognised from the standard's vocabularies (`publics_specifiquement_adresses`,
 * `prise_en_charge_specifique`), from typologies that serve that public by nature (a mission locale reaches young
 * people), and for precarity, which no vocabulary names, from well-known organisation names.
 */
export interface PublicGroup {
  code: string;
  label: string;
  /** Core groups are always checked; the others only when an actor of the directory reaches them. */
  core: boolean;
  publics: readonly Public[];
  supports: readonly SpecificSupport[];
  typologies: readonly string[];
  /** Accent-free, lower-case starts of words of organisation names. */
  nameFragments: readonly string[];
}

export const PUBLIC_GROUPS: readonly PublicGroup[] = [
  {
    code: 'jeunes',
    label: 'les jeunes',
    core: true,
    publics: ['Jeunes', 'Étudiants'],
    supports: [],
    typologies: ['ML', 'PIJ_BIJ', 'MJC', 'E2C', 'EPIDE', 'PJJ', 'RS_FJT', 'ASE', 'SCP', 'PREVENTION'],
    nameFragments: ['mission locale', 'jeunesse'],
  },
  {
    code: 'seniors',
    label: 'les seniors',
    core: true,
    publics: ['Seniors'],
    supports: [],
    typologies: ['MDA'],
    nameFragments: ['aines', 'retraites', 'ehpad'],
  },
  {
    code: 'handicap',
    label: 'les personnes en situation de handicap',
    core: true,
    publics: [],
    supports: ['Surdité', 'Handicaps moteurs', 'Handicaps mentaux', 'Déficience visuelle'],
    typologies: ['MDPH', 'MDA', 'ESAT', 'EA', 'EATT', 'CAP_EMPLOI'],
    nameFragments: ['handicap', 'apf', 'unapei', 'adapei'],
  },
  {
    code: 'precarite',
    label: 'les personnes en précarité',
    core: true,
    publics: [],
    supports: [],
    typologies: [
      'CCAS',
      'CIAS',
      'CHRS',
      'CHU',
      'ES',
      'HUDA',
      'CADA',
      'CPH',
      'PENSION',
      'OACAS',
      'ASSO_CHOMEUR',
      'ACI',
    ],
    nameFragments: [
      'secours populaire',
      'secours catholique',
      'restos du coeur',
      'restaurants du coeur',
      'croix-rouge',
      'croix rouge',
      'emmaus',
      'solidaire',
      'banque alimentaire',
    ],
  },
  {
    code: 'familles',
    label: 'les familles',
    core: false,
    publics: ['Familles et/ou enfants'],
    supports: [],
    typologies: ['CAF', 'UDAF'],
    nameFragments: [],
  },
  {
    code: 'femmes',
    label: 'les femmes',
    core: false,
    publics: ['Femmes'],
    supports: [],
    typologies: ['CIDFF'],
    nameFragments: [],
  },
  {
    code: 'illettrisme-langue',
    label: 'les personnes en situation d’illettrisme ou qui maîtrisent mal le français',
    core: false,
    publics: [],
    supports: ['Illettrisme', 'Langues étrangères (anglais)', 'Langues étrangères (autres)'],
    typologies: [],
    nameFragments: [],
  },
];

/** What an actor says about itself that tells which publics it reaches. */
export interface ReachFacts {
  name: string;
  /** The name as `normalizeForSearch` gives it, when already known (the directory stores it). */
  nameKey?: string;
  typologies: readonly string[];
  publics: readonly string[];
  specificSupports: readonly string[];
}

/** Why the actor reaches this group (« Public : Jeunes », « Mission Locale »…), or null when it does not. */
export function reachOf(
  group: PublicGroup,
  actor: ReachFacts,
  typologyLabel: (code: string) => string,
): string | null {
  const publicHit = group.publics.find((value) => actor.publics.includes(value));
  if (publicHit) return `Public : ${publicHit}`;
  const supportHit = group.supports.find((value) => actor.specificSupports.includes(value));
  if (supportHit) return `Accompagnement : ${supportHit}`;
  const typologyHit = group.typologies.find((value) => actor.typologies.includes(value));
  if (typologyHit) return typologyLabel(typologyHit);
  if (group.nameFragments.length === 0) return null;
  const name = ` ${actor.nameKey ?? normalizeForSearch(actor.name)} `;
  return group.nameFragments.some((fragment) => name.includes(` ${fragment}`)) ? 'D’après son nom' : null;
}
