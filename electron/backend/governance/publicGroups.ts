import { normalizeForSearch } from '../../../shared/text/normalize';
import type { Public, SpecificSupport } from '../../../shared/vocabularies/lieuxMediation';

/**
 * The families of actors a coordination body must not forget, as seeds 002 and 003 name them: those who reach
 * young people (missions locales, sports clubs, tiers-lieux, schools), seniors (the club des aînés), people with
 * a disability, people in precarity (Secours populaire), education, social workers.
 *
 * Two levels, because a France Services that is wheelchair-accessible is not « an actor of disability », and an
 * itinerant bus that welcomes seniors is not the club des aînés:
 * - a **specialist** (by its typology or its name: a mission locale, a club des aînés, an ESAT) fills the family;
 * - an actor that only **declares** the public or a specific support (a generalist, an itinerant bus) covers it
 *   in part: the finding stays, says who covers it, and the user may judge it « couvert quand même ».
 */
export interface PublicGroup {
  code: string;
  /** « les jeunes » */
  label: string;
  /** Who the method says to invite: « missions locales, associations sportives, tiers-lieux, écoles ». */
  whoToInvite: string;
  /** Priority families are the method's own (seeds 002, 003): checked always, shown first. */
  priority: boolean;
  /** Declared publics and specific supports that cover the family in part. */
  publics: readonly Public[];
  supports: readonly SpecificSupport[];
  /** Typologies and accent-free, lower-case starts of words of names that make an actor a specialist. */
  typologies: readonly string[];
  nameFragments: readonly string[];
  /** Specialists of another family that cover this one in part (a collège for « éducation » is a school…). */
  coveredByFamilies?: readonly string[];
}

const SCHOOLS = ['ecole', 'college', 'lycee', 'etablissement scolaire', 'groupe scolaire'];

export const PUBLIC_GROUPS: readonly PublicGroup[] = [
  {
    code: 'jeunes',
    label: 'les jeunes',
    whoToInvite: 'mission locale, associations sportives, tiers-lieux, établissements scolaires',
    priority: true,
    publics: ['Jeunes', 'Étudiants'],
    supports: [],
    typologies: ['ML', 'PIJ_BIJ', 'MJC', 'E2C', 'EPIDE', 'PJJ', 'RS_FJT', 'TIERS_LIEUX', 'PREVENTION'],
    nameFragments: [
      'mission locale',
      'jeunesse',
      'mjc',
      'tiers-lieu',
      'tiers lieu',
      'sporti',
      'club de foot',
      ...SCHOOLS,
    ],
  },
  {
    code: 'seniors',
    label: 'les seniors',
    whoToInvite: 'club des aînés, associations de retraités, résidences autonomie',
    priority: true,
    publics: ['Seniors'],
    supports: [],
    typologies: ['MDA'],
    nameFragments: [
      'aines',
      'retraites',
      'ehpad',
      'generations mouvement',
      'residence autonomie',
      'age d or',
    ],
  },
  {
    code: 'handicap',
    label: 'les personnes en situation de handicap',
    whoToInvite: 'MDPH, ESAT, associations du handicap (APF, Unapei…)',
    priority: true,
    publics: [],
    supports: ['Surdité', 'Handicaps moteurs', 'Handicaps mentaux', 'Déficience visuelle'],
    typologies: ['MDPH', 'MDA', 'ESAT', 'EA', 'EATT', 'CAP_EMPLOI'],
    nameFragments: ['handicap', 'apf', 'unapei', 'adapei', 'apajh', 'valentin hauy', 'sourds', 'aveugles'],
  },
  {
    code: 'precarite',
    label: 'les personnes en précarité',
    whoToInvite: 'associations caritatives (Secours populaire, Restos du cœur…), épiceries solidaires',
    priority: true,
    publics: [],
    supports: [],
    typologies: ['CHRS', 'CHU', 'HUDA', 'CADA', 'CPH', 'PENSION', 'OACAS', 'ASSO_CHOMEUR', 'ACI', 'ES'],
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
      'epicerie sociale',
    ],
  },
  {
    code: 'education',
    label: 'l’éducation',
    whoToInvite: 'Éducation nationale (circonscription, DSDEN), acteurs de l’éducation populaire',
    priority: true,
    publics: [],
    supports: [],
    typologies: [],
    nameFragments: [
      'education nationale',
      'circonscription',
      'dsden',
      'inspection academique',
      'rectorat',
      'canope',
      'ligue de l enseignement',
      'education populaire',
      'francas',
    ],
    // One school reaches its pupils (a youth actor) but does not speak for education on the territory.
    coveredByFamilies: ['schools'],
  },
  {
    code: 'travailleurs-sociaux',
    label: 'les travailleurs sociaux',
    whoToInvite: 'CCAS ou CIAS, maison départementale des solidarités, service social du Département',
    priority: true,
    publics: [],
    supports: [],
    typologies: ['CCAS', 'CIAS', 'MDS'],
    nameFragments: [
      'action sociale',
      'solidarites',
      'service social',
      'travailleur social',
      'assistante sociale',
    ],
  },
  {
    code: 'familles',
    label: 'les familles',
    whoToInvite: 'CAF, UDAF, centres sociaux',
    priority: false,
    publics: ['Familles et/ou enfants'],
    supports: [],
    typologies: ['CAF', 'UDAF', 'CS', 'EVS'],
    nameFragments: ['centre social', 'espace de vie sociale'],
  },
  {
    code: 'femmes',
    label: 'les femmes',
    whoToInvite: 'CIDFF, associations de femmes',
    priority: false,
    publics: ['Femmes'],
    supports: [],
    typologies: ['CIDFF'],
    nameFragments: ['cidff', 'droits des femmes'],
  },
  {
    code: 'illettrisme-langue',
    label: 'les personnes en situation d’illettrisme ou qui maîtrisent mal le français',
    whoToInvite: 'associations de lutte contre l’illettrisme, cours de français langue étrangère',
    priority: false,
    publics: [],
    supports: ['Illettrisme', 'Langues étrangères (anglais)', 'Langues étrangères (autres)'],
    typologies: [],
    nameFragments: ['illettrisme', 'alphabetisation'],
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

const nameOf = (actor: ReachFacts) => ` ${actor.nameKey ?? normalizeForSearch(actor.name)} `;
const hasFragment = (name: string, fragments: readonly string[]) =>
  fragments.some((fragment) => name.includes(` ${fragment}`));

/** Why the actor is a specialist of the family (« Mission Locale », « D’après son nom »), or null. */
export function specialistOf(
  group: PublicGroup,
  actor: ReachFacts,
  typologyLabel: (code: string) => string,
): string | null {
  const typologyHit = group.typologies.find((value) => actor.typologies.includes(value));
  if (typologyHit) return typologyLabel(typologyHit);
  return hasFragment(nameOf(actor), group.nameFragments) ? 'D’après son nom' : null;
}

/** How the actor covers the family in part without being a specialist (« public « Seniors » »), or null. */
export function partialReachOf(group: PublicGroup, actor: ReachFacts): string | null {
  const publicHit = group.publics.find((value) => actor.publics.includes(value));
  if (publicHit) return `public «\u00a0${publicHit}\u00a0»`;
  const supportHit = group.supports.find((value) => actor.specificSupports.includes(value));
  if (supportHit) return `accompagnement «\u00a0${supportHit}\u00a0»`;
  if (group.coveredByFamilies?.includes('schools') && hasFragment(nameOf(actor), SCHOOLS))
    return 'établissement scolaire';
  return null;
}
