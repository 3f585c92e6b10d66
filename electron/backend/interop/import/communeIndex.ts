import { currentCodeOfEntry, referenceCommunes } from './communeReference';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';

/**
 * Every commune code France has used, resolved to today's commune: current communes, old codes of merged
 * communes (`anciensCodes`), delegated and associated communes (their `chefLieu`), and the municipal
 * arrondissements of Paris, Lyon and Marseille (their `commune`). From `@etalab/decoupage-administratif`.
 * The names, said in the report's reasons, take the typographic apostrophe.
 */

export interface CodeResolution {
  /** Today's commune code and name. */
  code: string;
  name: string;
  /** The name the code had, when it was not today's commune (« Marseille 1er Arrondissement »). */
  formerName: string | null;
}

let cached: Map<string, CodeResolution> | null = null;

function build(): Map<string, CodeResolution> {
  const communes = referenceCommunes();
  const index = new Map<string, CodeResolution>();
  const shown = withTypographicApostrophes;
  for (const commune of communes)
    if (commune.type === 'commune-actuelle')
      index.set(commune.code, { code: commune.code, name: shown(commune.nom), formerName: null });
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle') continue;
    const name = shown(commune.nom);
    for (const old of commune.anciensCodes ?? [])
      if (!index.has(old)) index.set(old, { code: commune.code, name, formerName: null });
  }
  // The communes déléguées and associées, by their own names; a former code already indexed above keeps its
  // commune and takes the name when the entry says the same commune (« 86188 (Payré) est rattaché à
  // Valence-en-Poitou »).
  for (const commune of communes) {
    if (commune.type === 'commune-actuelle') continue;
    const parent = currentCodeOfEntry(commune);
    if (!parent) continue;
    const known = index.get(commune.code);
    if (known) {
      if (known.formerName === null && known.code === parent && commune.code !== parent)
        index.set(commune.code, { ...known, formerName: shown(commune.nom) });
      continue;
    }
    index.set(commune.code, {
      code: parent,
      name: index.get(parent)?.name ?? shown(commune.nom),
      formerName: shown(commune.nom),
    });
  }
  return index;
}

/** Builds the index now (the import screen opening), so that the first file's report does not wait for it. */
export function prepareCommuneIndex(): void {
  cached ??= build();
}

/** Today's commune for any INSEE code, or null when the code never existed. */
export function resolveCommuneCode(code: string): CodeResolution | null {
  cached ??= build();
  return cached.get(code) ?? null;
}
