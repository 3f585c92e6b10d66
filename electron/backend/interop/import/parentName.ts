import { normalizeForSearch } from '../../../../shared/text/normalize';
import type { ColumnMapping } from '../../../../shared/interop/importFields';
import type { ImportRowProblem } from '../../../../shared/interop/importDto';
import type { LeftOut } from './unmappedValues';

/**
 * The standard's `structure_parente` (« le réseau ou la structure auquel le lieu appartient »): the
 * directory does not keep it (producers write a network, a city, the schema's own example text), except
 * when it names the row's actor itself: Maillage's export writes there the actor's name when it differs
 * from the place's, and an update keeps that name. Only a parent that is not the actor is said left out.
 */

/** Names compared as a reader would: case, accents, apostrophes and spaces aside. */
export const sameName = (a: string, b: string) => normalizeForSearch(a) === normalizeForSearch(b);

export function parentNameLeftOut(
  row: { line: number; parentName: string | null },
  mapping: ColumnMapping,
  actorNames: readonly string[],
): { warning: ImportRowProblem; leftOut: LeftOut } | null {
  const parent = row.parentName;
  if (!parent || actorNames.some((name) => sameName(name, parent))) return null;
  const field = mapping.parentName!;
  return {
    warning: {
      line: row.line,
      field,
      reason: `Structure parente non conservée par l’annuaire\u00a0: «\u00a0${parent}\u00a0».`,
    },
    leftOut: { field, value: parent },
  };
}
