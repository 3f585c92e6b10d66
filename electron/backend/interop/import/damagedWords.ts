import { TYPOLOGIES } from '../../../../shared/vocabularies/typologies';
import * as standardVocabularies from '../../../../shared/vocabularies/lieuxMediation';
import { REPLACEMENT_CHARACTER } from './damagedCommuneName';
import { remembered } from '../../remembered';

/**
 * A name read with « � » (a file written in one encoding, read in another) loses its accented letters:
 * « Biblioth�que de Laye », « M�diath�que », « Plan�te Champsaur ». The names of the directory's places use
 * a small vocabulary; a damaged word that only one word of it fits (each run of « � » standing for one
 * accented letter) is given back, and said on the row. Any other damaged word is left as read: no guess.
 */

/** Accented words of the places' names, besides those of the standard's vocabularies and typologies. */
const NAME_WORDS = [
  'Bibliothèque',
  'Bibliothèques',
  'Médiathèque',
  'Médiathèques',
  'Numérique',
  'Numériques',
  'Médiation',
  'Médiateur',
  'Médiateurs',
  'Préfecture',
  'Département',
  'Départemental',
  'Départementale',
  'Intercommunalité',
  'Communauté',
  'Collectivité',
  'Solidarité',
  'Solidarités',
  'Sécurité',
  'Réseau',
  'Accès',
  'Activités',
  'Éducation',
  'Génération',
  'Générations',
  'Développement',
  'Économie',
  'Agglomération',
  'Métropole',
  'Région',
  'Régional',
  'Régionale',
  'Planète',
  'Santé',
  'Université',
  'Européen',
  'Européenne',
  'Cité',
  'Fédération',
  'Théâtre',
  'Création',
  'Résidence',
  'Société',
  'École',
  'Écoles',
  'Médico',
  'Aéré',
  'Aérée',
  'Café',
  'Épicerie',
  'Compétences',
  'Maître',
  'Créateurs',
  'Itinérant',
  'Itinérante',
  'Espérance',
  'Accompagné',
  'Hôtel',
  'Hôpital',
  'Crèche',
  'Séniors',
  'François',
  'Françoise',
];

/** A French accented letter, lower case (what a « � » stands for). */
const ACCENTED_LETTER = '[à-ÿœ]';
const ACCENTED = new RegExp(ACCENTED_LETTER, 'u');

/** Every accented word, by its lower-case form: the ones a « � » may have replaced a letter of. */
const WORDS: string[] = [
  ...new Set(
    [
      ...NAME_WORDS,
      ...Object.values(TYPOLOGIES),
      // Every list of the standard's values (services, publics, supports, access, programmes, labels…).
      ...Object.values(standardVocabularies).flatMap((list: readonly string[]) => list),
    ]
      .flatMap((text) => text.split(/[^\p{L}]+/u))
      .map((word) => word.toLocaleLowerCase('fr'))
      .filter((word) => word.length >= 3 && ACCENTED.test(word)),
  ),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** « biblioth�que » → /^biblioth[à-ÿœ]que$/: each run of « � » is one accented letter. */
function patternOf(word: string): RegExp {
  const parts = word
    .toLocaleLowerCase('fr')
    .split(/\uFFFD+/u)
    .map(escape);
  return new RegExp(`^${parts.join(ACCENTED_LETTER)}$`, 'u');
}

/** The word written with the case of the damaged one: « BIBLIOTHÈQUE », « Bibliothèque », « bibliothèque ». */
function inCaseOf(damaged: string, word: string): string {
  const letters = damaged.replaceAll(REPLACEMENT_CHARACTER, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase('fr')) return word.toLocaleUpperCase('fr');
  const first = damaged.charAt(0);
  return first !== first.toLocaleLowerCase('fr')
    ? word.charAt(0).toLocaleUpperCase('fr') + word.slice(1)
    : word;
}

/** The one word that fits a damaged one, or null (remembered: a file repeats the same damaged words). */
const repairedWord = remembered((damaged: string): string | null => {
  const pattern = patternOf(damaged);
  const fits = WORDS.filter((word) => pattern.test(word));
  return fits.length === 1 ? inCaseOf(damaged, fits[0]!) : null;
});

/** The name with the damaged words only one word fits given back, or null when none could be. */
export function repairedName(name: string): string | null {
  if (!name.includes(REPLACEMENT_CHARACTER)) return null;
  let changed = false;
  const repaired = name.replace(/[\p{L}\uFFFD]*\uFFFD[\p{L}\uFFFD]*/gu, (damaged) => {
    const word = repairedWord(damaged);
    if (word === null) return damaged;
    changed = true;
    return word;
  });
  return changed ? repaired : null;
}
