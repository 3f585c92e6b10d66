/**
 * How a commune is named in a list of communes of all France: the territory's own by their name alone,
 * the others with their département (« Laon (02) »), since France has many homonyms (« Saint-Martin »).
 */

/** The département an INSEE commune code belongs to: « 02408 » → « 02 », « 2A004 » → « 2A », « 97411 » → « 974 ». */
export function departementOfCommuneCode(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

export function communeChoiceLabel(choice: {
  name: string;
  departement: string | null;
  inTerritory: boolean;
}): string {
  return choice.inTerritory || !choice.departement ? choice.name : `${choice.name} (${choice.departement})`;
}
