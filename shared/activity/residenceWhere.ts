/**
 * Where the people of a commune of residence live, as the activity's charts, tables and documents say it: in
 * the territory, outside it (a commune of France recognised elsewhere), not known (a commune written but not
 * recognised: « Ville inconnue » may lie in the territory or not), or not said at all.
 */
export type ResidenceWhere = 'territory' | 'outside' | 'unrecognised' | 'unsaid';

export function residenceWhere(residence: {
  communeCode: string | null;
  label: string;
  inTerritory: boolean;
}): ResidenceWhere {
  if (residence.inTerritory) return 'territory';
  if (residence.communeCode !== null) return 'outside';
  return residence.label.trim() === '' ? 'unsaid' : 'unrecognised';
}

/** « Poitiers (hors territoire) », « Ville inconnue (commune non reconnue) ». */
export function residenceLabel(label: string, where: ResidenceWhere): string {
  if (where === 'outside') return `${label} (hors territoire)`;
  if (where === 'unrecognised') return `${label} (commune non reconnue)`;
  return label;
}

/** The « Dans le territoire » cell of a table: null (not said) when the commune is not. */
export function inTerritoryCell(where: ResidenceWhere): string | null {
  if (where === 'territory') return 'Oui';
  if (where === 'outside') return 'Non';
  return where === 'unrecognised' ? 'Inconnu' : null;
}
