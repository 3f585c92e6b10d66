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
} from '../../../../shared/vocabularies/lieuxMediation';
import { TYPOLOGY_CODES } from '../../../../shared/vocabularies/typologies';
import { typologiesOfName } from './typologyNames';
import { ownCopy } from '../text/ownCopy';
import { normalizeForSearch } from '../../../../shared/text/normalize';

/**
 * The standard's closed lists, read from v1 values or from the legacy v0.1 ones (our mapping proposal of
 * the standard notes §8, to be validated with ANCT). Each value lands in the list it belongs to, whatever
 * the column: a v0.1 « publics accueillis » holds publics and specific supports, « labels nationaux »
 * holds programmes and training labels.
 */

export type VocabularyField =
  | 'services'
  | 'publics'
  | 'specificSupports'
  | 'fees'
  | 'itinerance'
  | 'accessModes'
  | 'accompanimentModes'
  | 'programmes'
  | 'labels';

const key = (value: string) =>
  normalizeForSearch(value)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const LISTS: Record<VocabularyField, readonly string[]> = {
  services: SERVICES,
  publics: PUBLICS,
  specificSupports: SPECIFIC_SUPPORTS,
  fees: FEES,
  itinerance: ITINERANCE,
  accessModes: ACCESS_MODES,
  accompanimentModes: ACCOMPANIMENT_MODES,
  programmes: NATIONAL_PROGRAMMES,
  labels: TRAINING_LABELS,
};

type Target = [VocabularyField, string];

/** Legacy (v0.1) and usual spreadsheet values → their v1 value(s). */
const ALIASES: Record<string, Target[]> = {
  'Devenir autonome dans les démarches administratives': [['services', 'Aide aux démarches administratives']],
  'Réaliser des démarches administratives avec un accompagnement': [
    ['services', 'Aide aux démarches administratives'],
  ],
  'Prendre en main un smartphone ou une tablette': [
    ['services', 'Maîtrise des outils numériques du quotidien'],
  ],
  'Prendre en main un ordinateur': [['services', 'Maîtrise des outils numériques du quotidien']],
  'Utiliser le numérique au quotidien': [['services', 'Maîtrise des outils numériques du quotidien']],
  'Approfondir ma culture numérique': [['services', 'Compréhension du monde numérique']],
  'Favoriser mon insertion professionnelle': [['services', 'Insertion professionnelle via le numérique']],
  'Accéder à une connexion internet': [['services', 'Accès internet et matériel informatique']],
  'Accéder à du matériel': [['services', 'Accès internet et matériel informatique']],
  "S'équiper en matériel informatique": [
    ['services', 'Acquisition de matériel informatique à prix solidaire'],
  ],
  'Créer et développer mon entreprise': [['services', 'Insertion professionnelle via le numérique']],
  'Créer avec le numérique': [['services', 'Loisirs et créations numériques']],
  'Accompagner les démarches de santé': [['services', 'Aide aux démarches administratives']],
  'Promouvoir la citoyenneté numérique': [['services', 'Compréhension du monde numérique']],
  "Soutenir la parentalité et l'éducation avec le numérique": [
    ['services', 'Parentalité et éducation avec le numérique'],
  ],
  'Seniors (+ 65 ans)': [['publics', 'Seniors']],
  'Familles/enfants': [['publics', 'Familles et/ou enfants']],
  Adultes: [],
  'Jeunes (16-26 ans)': [['publics', 'Jeunes']],
  'Public langues étrangères': [['specificSupports', 'Langues étrangères (autres)']],
  'Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales': [
    ['specificSupports', 'Handicaps mentaux'],
  ],
  "Handicaps mentaux : déficiences limitant les activités d'une personne": [
    ['specificSupports', 'Handicaps mentaux'],
  ],
  'Uniquement femmes': [['publics', 'Femmes']],
  "Personnes en situation d'illettrisme": [['specificSupports', 'Illettrisme']],
  'Accepte le Pass numérique': [],
  'SUD LABS': [['labels', 'SUD LABS (PACA)']],
  'Fabrique de territoire': [['labels', 'Fabriques de Territoire']],
  'Espace France services': [['programmes', 'France Services']],
  'Conseillers numériques France services': [['programmes', 'Conseillers numériques']],
  Adhésion: [],
  CNFS: [['programmes', 'Conseillers numériques']],
  'Conseiller numérique': [['programmes', 'Conseillers numériques']],
  'Grandes écoles du numérique': [['programmes', 'Grande école du numérique']],
  'Point numérique CAF': [['programmes', "Point d'accès numérique CAF"]],
  "Seul : j'ai accès à du matériel et une connexion": [['accompanimentModes', 'En autonomie']],
  "Avec de l'aide : je suis accompagné seul dans l'usage du numérique": [
    ['accompanimentModes', 'Accompagnement individuel'],
  ],
  "Dans un atelier : j'apprends collectivement à utiliser le numérique": [
    ['accompanimentModes', 'Dans un atelier collectif'],
  ],
  'A ma place : une personne habilitée fait les démarches à ma place': [
    ['accompanimentModes', 'Accompagnement individuel'],
  ],
};

const INDEX = new Map<string, Target[]>();
for (const [field, values] of Object.entries(LISTS) as [VocabularyField, readonly string[]][])
  for (const value of values) if (!INDEX.has(key(value))) INDEX.set(key(value), [[field, value]]);
for (const [alias, targets] of Object.entries(ALIASES)) INDEX.set(key(alias), targets);

/** v0.1 « conditions d’accès » start with their fee: « Gratuit : Je peux… ». */
const FEE_PREFIX = /^(gratuit sous condition|gratuit|payant)\s*:/i;

/** Files repeat the same few values on every row: each text is classified once (up to `MAX_CLASSIFIED`). */
const classified = new Map<string, readonly Target[] | null>();
const MAX_CLASSIFIED = 10_000;

/** The v1 values a text stands for (empty when it stands for none), or null when it is unknown. */
export function classifyValue(raw: string): readonly Target[] | null {
  let targets = classified.get(raw);
  if (targets === undefined) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear();
    targets = classify(raw);
    classified.set(ownCopy(raw), targets);
  }
  return targets;
}

function classify(raw: string): Target[] | null {
  const text = raw.trim();
  if (!text) return [];
  const prefix = FEE_PREFIX.exec(text);
  if (prefix) {
    const fee = FEES.find((value) => key(value) === key(prefix[1]!));
    if (fee) return [['fees', fee]];
  }
  const direct = INDEX.get(key(text));
  if (direct) return direct;
  // A legacy value cut at its colon (« Adhésion : L’accès… ») or spelled with other apostrophes.
  const head = INDEX.get(key(text.split(':')[0]!));
  if (head) return head;
  // Spreadsheets often separate values with commas: « SUD LABS,FABRIQUE DE TERRITOIRE ».
  if (text.includes(',')) {
    const parts = text.split(',').map((part) => INDEX.get(key(part)));
    if (parts.every((part) => part !== undefined)) return parts.flat();
  }
  return null;
}

/** Multi-valued cells: `|` in v1, `;` in v0.1 (and in spreadsheets), sometimes `,` or new lines. */
export function splitValues(cell: string): string[] {
  return cell
    .split(/[|;\n]/)
    .map((value) => value.trim())
    .filter(Boolean);
}

const TYPOLOGY_SET = new Set<string>(TYPOLOGY_CODES);

/**
 * Known typology codes of a cell, written as codes (the standard) or as words (`typologyNames.ts`); unknown
 * ones are answered apart for a warning.
 */
export function readTypologies(cell: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const value of splitValues(cell)) {
    const code = value.toUpperCase().replace(/[\s-]+/g, '_');
    if (TYPOLOGY_SET.has(code)) {
      codes.push(code);
      continue;
    }
    const named = typologiesOfName(value);
    if (named) codes.push(...named);
    else unknown.push(value);
  }
  return { codes: [...new Set(codes)], unknown };
}
