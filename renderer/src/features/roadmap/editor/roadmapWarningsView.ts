import type { RoadmapWarning } from '../../../../../shared/roadmap/roadmapWarnings';

/**
 * Picks, among the roadmap's warnings (shared/roadmap/roadmapWarnings), those to show next to one field of one
 * element, so that each warning sits where the user can act on it.
 */

type Target = RoadmapWarning['target'];

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'roadmap' || ('id' in b && a.id === b.id);
}

/** Messages of the warnings about `target`, on `field` (or on any field when `field` is undefined). */
export function warningsAt(
  warnings: readonly RoadmapWarning[],
  target: Target,
  field?: string | null,
): string[] {
  return warnings
    .filter((w) => sameTarget(w.target, target) && (field === undefined || w.field === field))
    .map((w) => w.message);
}

/** How many warnings concern one action (its card's badge). */
export function actionWarningCount(warnings: readonly RoadmapWarning[], actionId: number): number {
  return warningsAt(warnings, { kind: 'action', id: actionId }).length;
}

/** The warnings the header counts: those about the content being written (not about the chosen body). */
export function countedWarnings(warnings: readonly RoadmapWarning[]): number {
  return warnings.filter((w) => w.code !== 'no_instance').length;
}

/** « Action « X » : l’indicateur… » → « L’indicateur… », where the subject is already on screen. */
export function withoutSubject(message: string, subject: string): string {
  const prefix = `${subject}\u00a0: `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase('fr') + rest.slice(1);
}
