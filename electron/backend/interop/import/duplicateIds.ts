import type { ImportedRow } from './rowToActor';
import { recordAt, recordNoun, type FileKind } from '../../../../shared/interop/fileRecords';

/**
 * The rule for two rows of one file with the same id (same source): the first is imported, every later
 * one is rejected and named with the first one's line. A later row never overwrites an earlier one: they
 * may describe two different organisations, and nothing in the file says which is right. The line is written
 * as the report writes its own (« ligne 1 003 : … que la ligne 1 002 »).
 */
export function duplicateIdReason(row: ImportedRow, firstLine: number, kind: FileKind = 'csv'): string {
  const first = recordAt(kind, firstLine);
  const noun = recordNoun(kind);
  if (row.idFromFile)
    return `Identifiant «\u00a0${row.externalId}\u00a0» déjà utilisé ${kind === 'json' ? `par la ${first}` : first}\u00a0: cette ${noun} est écartée, seule la première est importée. Donnez-lui un identifiant propre pour l’importer.`;
  return `Même nom et même code postal que la ${first}, sans identifiant pour les distinguer\u00a0: cette ${noun} est écartée, seule la première est importée. Ajoutez ${kind === 'json' ? 'un champ' : 'une colonne'} d’identifiants pour importer les deux.`;
}
