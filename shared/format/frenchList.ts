/**
 * A list of vocabulary values written as one French phrase: « Aide aux démarches administratives, maîtrise
 * des outils numériques du quotidien ». The standard's values start with a capital; after the first, the
 * capital goes, unless the word is an acronym or a proper name written in capitals (« PIX », « CAF »), or the
 * value is written with capitals on its other words too (« Épicerie Solidaire », « Espace de Vie Sociale »):
 * lowering only its first letter would give « épicerie Solidaire ».
 */
export function phraseList(values: readonly string[]): string {
  return values
    .map((value, index) =>
      index === 0 || startsWithAcronym(value) || inTitleCase(value) ? value : lowerFirst(value),
    )
    .join(', ');
}

/** « lundi et mercredi », « mardi, jeudi et vendredi ». */
export function andList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} et ${values.at(-1)}`;
}

const startsWithAcronym = (value: string) => /^\p{Lu}[\p{Lu}\d#]/u.test(value);
/** More capitalised words than lower-case ones of four letters or more, after the first (« du Conseil » is a name). */
function inTitleCase(value: string): boolean {
  const words = value.split(/\s+/).slice(1);
  const capitalised = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  const lowerCase = words.filter((word) => /^\p{Ll}{4,}/u.test(word)).length;
  return capitalised > lowerCase;
}
/** « Le premier jeudi » → « le premier jeudi », after a colon. */
export const lowerFirst = (value: string) => value.charAt(0).toLocaleLowerCase('fr') + value.slice(1);
