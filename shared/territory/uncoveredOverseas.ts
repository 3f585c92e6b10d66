import { normalizeForSearch } from '../text/normalize';

/**
 * The territories the national reference data (`@etalab/decoupage-administratif`) leaves out of every
 * intercommunality: Nouvelle-Calédonie and the collectivités d'outre-mer. Their communes are listed, but no
 * EPCI holds them, so no Maillage territory can; the import and the onboarding search say so in one sentence
 * instead of « hors du territoire » or « vérifiez l'orthographe ».
 */

interface Uncovered {
  /** With its article, as a sentence writes it. */
  name: string;
  /** INSEE codes start with one of these, and so do postcodes (or they are one of `postcodes`). */
  prefixes: string[];
  postcodes: string[];
  /** Its own name and its main communes' (search keys). */
  names: string[];
}

const UNCOVERED: Uncovered[] = [
  {
    name: 'la Nouvelle-Calédonie',
    prefixes: ['988'],
    postcodes: [],
    names: [
      'nouvelle caledonie',
      'noumea',
      'dumbea',
      'mont dore',
      'paita',
      'kone',
      'lifou',
      'koumac',
      'bourail',
    ],
  },
  {
    name: 'la Polynésie française',
    prefixes: ['987'],
    postcodes: [],
    names: [
      'polynesie',
      'polynesie francaise',
      'tahiti',
      'papeete',
      'faaa',
      'punaauia',
      'pirae',
      'moorea',
      'bora bora',
      'raiatea',
      'uturoa',
    ],
  },
  {
    name: 'Wallis-et-Futuna',
    prefixes: ['986'],
    postcodes: [],
    names: ['wallis et futuna', 'wallis', 'futuna', 'mata utu'],
  },
  {
    name: 'Saint-Pierre-et-Miquelon',
    prefixes: ['975'],
    postcodes: [],
    names: ['saint pierre et miquelon', 'st pierre et miquelon', 'miquelon', 'miquelon langlade'],
  },
  {
    name: 'Saint-Barthélemy',
    prefixes: ['977'],
    postcodes: ['97133'],
    names: ['saint barthelemy', 'st barthelemy', 'saint barth', 'st barth', 'gustavia'],
  },
  {
    name: 'Saint-Martin',
    prefixes: ['978'],
    postcodes: ['97150'],
    // « Saint-Martin » alone names communes of metropolitan France too: only its main town is enough.
    names: ['marigot', 'saint martin antilles', 'collectivite de saint martin'],
  },
];

const keyOf = (text: string) =>
  normalizeForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The uncovered territory a name, an INSEE code or a postcode belongs to, with its article; else null.
 * `kind` says what digits are: 97133 is Saint-Barthélemy's postcode but Vieux-Fort's INSEE code (Guadeloupe).
 */
export function uncoveredOverseasTerritory(
  text: string,
  kind: 'insee' | 'postcode' | 'any' = 'any',
): string | null {
  const compact = text.replace(/\s/g, '');
  if (/^\d{3,5}$/.test(compact)) {
    const found = UNCOVERED.find(
      (territory) =>
        (kind !== 'insee' && territory.postcodes.includes(compact)) ||
        territory.prefixes.some((prefix) => compact.startsWith(prefix)),
    );
    return found?.name ?? null;
  }
  if (kind !== 'any') return null;
  const key = keyOf(text);
  if (!key) return null;
  return UNCOVERED.find((territory) => territory.names.includes(key))?.name ?? null;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** « La Nouvelle-Calédonie n’est pas couverte… »: the sentence both the import and the onboarding show. */
export function uncoveredOverseasSentence(territory: string): string {
  const feminine = territory.startsWith('la ');
  return `${capitalised(territory)} n’est pas couvert${feminine ? 'e' : ''} par les données de référence de Maillage\u00a0: le référentiel national des intercommunalités ne comprend ni la Nouvelle-Calédonie ni les collectivités d’outre-mer (Polynésie française, Wallis-et-Futuna, Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin). Leurs lieux ne peuvent être rattachés à aucun territoire de Maillage.`;
}
