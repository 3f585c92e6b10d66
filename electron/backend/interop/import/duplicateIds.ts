import type { ImportedRow } from './rowToActor';

/**
 * The rule for two rows of one file with the same id (same source): the first is imported, every later
 * one is rejected and named with the first one's line. A later row never overwrites an earlier one: they
 * may describe two different organisations, and nothing in the file says which is right.
 */
export function duplicateIdReason(row: ImportedRow, firstLine: number): string {
  if (row.idFromFile)
    return `Identifiant «\u00a0${row.externalId}\u00a0» déjà utilisé ligne ${firstLine}\u00a0: cette ligne est écartée, seule la première est importée. Donnez-lui un identifiant propre pour l’importer.`;
  return `Même nom et même code postal que la ligne ${firstLine}, sans identifiant pour les distinguer\u00a0: cette ligne est écartée, seule la première est importée. Ajoutez une colonne d’identifiants pour importer les deux.`;
}
