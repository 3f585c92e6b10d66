import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The national list of communes, read once from `@etalab/decoupage-administratif` (INSEE's official
 * geography): today's communes (`commune-actuelle`, with their postcodes and the codes of the communes
 * merged into them, `anciensCodes`), communes déléguées and associées (`chefLieu`: today's commune they
 * belong to) and the municipal arrondissements of Paris, Lyon and Marseille (`commune`).
 */

export type ReferenceCommuneType =
  'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';

export interface ReferenceCommune {
  code: string;
  nom: string;
  type: ReferenceCommuneType;
  departement?: string;
  zone?: string;
  chefLieu?: string;
  commune?: string;
  anciensCodes?: string[];
  codesPostaux?: string[];
}

let cached: ReferenceCommune[] | null = null;

export function referenceCommunes(): readonly ReferenceCommune[] {
  if (!cached) {
    const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
    cached = JSON.parse(readFileSync(path, 'utf8')) as ReferenceCommune[];
  }
  return cached;
}

/** Today's commune an entry of the list belongs to: itself, its `chefLieu` or its city (arrondissements). */
export function currentCodeOfEntry(entry: ReferenceCommune): string | null {
  if (entry.type === 'commune-actuelle') return entry.code;
  if (entry.type === 'arrondissement-municipal') return entry.commune ?? null;
  return entry.chefLieu ?? null;
}
