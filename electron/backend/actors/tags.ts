import type { ActorTagKind, PlaceTagKind } from '../db/schema';
import { ACTOR_ROLE_CODES } from '../../../shared/vocabularies/actorRoles';
import { TYPOLOGY_CODES } from '../../../shared/vocabularies/typologies';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  ITINERANCE,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
  TRAINING_LABELS,
} from '../../../shared/vocabularies/lieuxMediation';

/**
 * Multi-valued fields live in `actor_tag` and `place_tag`, one row per value; the kind names which field.
 * Values read back in their vocabulary's order (the order of the checkboxes), never in storage order.
 */

export const ACTOR_TAG_FIELDS = {
  typologies: 'typology',
  roles: 'role',
  publics: 'public',
  specificSupports: 'support',
  programmes: 'programme',
  labels: 'label',
} as const satisfies Record<string, ActorTagKind>;
export type ActorTagField = keyof typeof ACTOR_TAG_FIELDS;

export const PLACE_TAG_FIELDS = {
  services: 'service',
  accessModes: 'access',
  accompanimentModes: 'accompaniment',
  fees: 'fee',
  itinerance: 'itinerance',
} as const satisfies Record<string, PlaceTagKind>;
export type PlaceTagField = keyof typeof PLACE_TAG_FIELDS;

const VOCABULARIES: Record<ActorTagKind | PlaceTagKind, readonly string[]> = {
  typology: TYPOLOGY_CODES,
  role: ACTOR_ROLE_CODES,
  public: PUBLICS,
  support: SPECIFIC_SUPPORTS,
  programme: NATIONAL_PROGRAMMES,
  label: TRAINING_LABELS,
  service: SERVICES,
  access: ACCESS_MODES,
  accompaniment: ACCOMPANIMENT_MODES,
  fee: FEES,
  itinerance: ITINERANCE,
};

/** Sorts values as their vocabulary lists them; values outside it (older files) come last, alphabetically. */
export function inVocabularyOrder<T extends string>(
  values: Iterable<T>,
  kind: ActorTagKind | PlaceTagKind,
): T[] {
  const vocabulary = VOCABULARIES[kind];
  const rank = (value: string) => {
    const index = vocabulary.indexOf(value);
    return index < 0 ? vocabulary.length : index;
  };
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'fr'));
}

/** `{ kind, value }` rows grouped by kind, each list in vocabulary order. */
export function groupTags<K extends ActorTagKind | PlaceTagKind>(
  rows: readonly { kind: K; value: string }[],
): Map<K, string[]> {
  const byKind = new Map<K, string[]>();
  for (const { kind, value } of rows) byKind.set(kind, [...(byKind.get(kind) ?? []), value]);
  for (const [kind, values] of byKind) byKind.set(kind, inVocabularyOrder(values, kind));
  return byKind;
}

/** The rows to store for the multi-valued fields of one owner (an actor or a place). */
export function tagRows<F extends string, K extends string>(
  fields: Record<F, K>,
  values: NoInfer<Record<F, readonly string[]>>,
): { kind: K; value: string }[] {
  // Plain loops: imports call this for every row of a file.
  const rows: { kind: K; value: string }[] = [];
  for (const field of Object.keys(fields) as F[]) {
    const kind = fields[field];
    const list = values[field];
    if (list.length === 1) rows.push({ kind, value: list[0]! });
    else if (list.length > 1) for (const value of new Set(list)) rows.push({ kind, value });
  }
  return rows;
}
