/**
 * A list of vocabulary values written as one French phrase: « Aide aux démarches administratives, maîtrise
 * des outils numériques du quotidien ». The standard's values start with a capital; after the first, the
 * capital goes, unless the word is an acronym or a proper name written in capitals (« PIX », « CAF »).
 */
export function phraseList(values: readonly string[]): string {
  return values
    .map((value, index) => (index === 0 || startsWithAcronym(value) ? value : lowerFirst(value)))
    .join(', ');
}

/** « lundi et mercredi », « mardi, jeudi et vendredi ». */
export function andList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} et ${values.at(-1)}`;
}

const startsWithAcronym = (value: string) => /^\p{Lu}[\p{Lu}\d#]/u.test(value);
const lowerFirst = (value: string) => value.charAt(0).toLocaleLowerCase('fr') + value.slice(1);
