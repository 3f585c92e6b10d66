import { currentCodeOfEntry, referenceCommunes } from './communeReference';

/**
 * Every commune code France has used, resolved to today's commune: current communes, old codes of merged
 * communes (`anciensCodes`), delegated and associated communes (their `chefLieu`), and the municipal
 * arrondissements of Paris, Lyon and Marseille (their `commune`). From `@etalab/decoupage-administratif`.
 */

export interface CodeResolution {
  /** Today's commune code. */
  code: string;
  /** The name the code had, when it was not today's commune (« Marseille 1er Arrondissement »). */
  formerName: string | null;
}

let cached: Map<string, CodeResolution> | null = null;

function build(): Map<string, CodeResolution> {
  const communes = referenceCommunes();
  const index = new Map<string, CodeResolution>();
  for (const commune of communes)
    if (commune.type === 'commune-actuelle')
      index.set(commune.code, { code: commune.code, formerName: null });
  for (const commune of communes) {
    if (commune.type === 'commune-actuelle') {
      for (const old of commune.anciensCodes ?? [])
        if (!index.has(old)) index.set(old, { code: commune.code, formerName: null });
      continue;
    }
    const parent = currentCodeOfEntry(commune);
    if (parent && !index.has(commune.code))
      index.set(commune.code, { code: parent, formerName: commune.nom });
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
