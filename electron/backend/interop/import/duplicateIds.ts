import type { ImportedRow } from './rowToActor';
import { formatInteger } from '../../../../shared/format/french';

/**
 * The rule for two rows of one file with the same id (same source): the first is imported, every later
 * one is rejected and named with the first one's line. A later row never overwrites an earlier one: they
 * may describe two different organisations, and nothing in the file says which is right. The line is written
 * as the report writes its own (« ligne 1 003 : … que la ligne 1 002 »).
 */
export function duplicateIdReason(row: ImportedRow, firstLine: number): string {
  if (row.idFromFile)
    return `Identifiant «\u00a0${row.externalId}\u00a0» déjà utilisé ligne ${formatInteger(firstLine)}\u00a0: cette ligne est écartée, seule la première est importée. Donnez-lui un identifiant propre pour l’importer.`;
  return `Même nom et même code postal que la ligne ${formatInteger(firstLine)}, sans identifiant pour les distinguer\u00a0: cette ligne est écartée, seule la première est importée. Ajoutez une colonne d’identifiants pour importer les deux.`;
}
