import { resolveCommuneCode } from '../interop/import/communeIndex';

/**
 * Old commune codes → the current commune they now belong to, with the same history as imports
 * (`interop/import/communeIndex.ts`, from INSEE's official geography): codes of communes merged into a
 * commune nouvelle (`anciensCodes`, e.g. Benassay 86021 → Boivre-la-Vallée 86123, which kept no commune
 * déléguée), communes déléguées and associées (`chefLieu`), municipal arrondissements. A contours file a
 * few years old still has the communes that later merged: they are drawn as part of today's commune.
 */

/** The current commune code for a code read in a file: itself when current or unknown. */
export function currentCodeOf(code: string): string {
  return resolveCommuneCode(code)?.code ?? code;
}
