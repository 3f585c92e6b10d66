import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Old commune codes → the current commune they now belong to, from INSEE's official geography
 * (`@etalab/decoupage-administratif`: communes déléguées and associées carry their `chefLieu`).
 * A contours file a few years old still has the communes that later merged into a commune nouvelle.
 */

interface RawCommune {
  code: string;
  type: string;
  chefLieu?: string;
}

let cached: Map<string, string> | null = null;

function load(): Map<string, string> {
  const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
  const communes = JSON.parse(readFileSync(path, 'utf8')) as RawCommune[];
  const current = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
  const map = new Map<string, string>();
  for (const commune of communes) {
    if (current.has(commune.code) || !commune.chefLieu || commune.chefLieu === commune.code) continue;
    if (commune.type === 'commune-deleguee' || commune.type === 'commune-associee')
      map.set(commune.code, commune.chefLieu);
  }
  return map;
}

/** The current commune code for a code read in a file: itself when current or unknown. */
export function currentCodeOf(code: string): string {
  cached ??= load();
  return cached.get(code) ?? code;
}
