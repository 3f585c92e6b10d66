/**
 * A label (an indicator's name, « Score de fragilité numérique ») used inside a sentence or after a colon:
 * its first letter lowered, unless it starts an acronym (« IFN », « INSEE »), which stays as written.
 */
export const inSentence = (label: string): string =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase('fr') + label.slice(1) : label;
