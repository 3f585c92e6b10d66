import type { ActorTagKind, FacetKind, PlaceTagKind } from '../db/schema';
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
 * Multi-valued fields live on their row (migration 011): `actor.tags` and `place.tags` hold one JSON object,
 * `{ kind: values[] }`, each list stored in its vocabulary's order (the order of the checkboxes). What the
 * directory filters on is indexed apart, in `actor_facet` (`facetsOf`, `facetRepository.ts`).
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

/** Each vocabulary's values with their place in it: a lookup, not a search through the list at each comparison. */
const RANKS = {} as Record<ActorTagKind | PlaceTagKind, ReadonlyMap<string, number>>;
for (const [kind, values] of Object.entries(VOCABULARIES) as [
  ActorTagKind | PlaceTagKind,
  readonly string[],
][])
  RANKS[kind] = new Map(values.map((value, i) => [value, i]));

/** Sorts values as their vocabulary lists them; values outside it (older files) come last, alphabetically. */
export function inVocabularyOrder<T extends string>(
  values: Iterable<T>,
  kind: ActorTagKind | PlaceTagKind,
): T[] {
  const given = Array.isArray(values) ? (values as T[]) : [...values];
  if (given.length < 2) return given.slice();
  const ranks = RANKS[kind];
  const outside = ranks.size;
  const rank = (value: string) => ranks.get(value) ?? outside;
  // Most lists come in order already (read back, or written by the app): checked in one pass, no sort.
  let ordered = true;
  for (let i = 1; i < given.length && ordered; i++) ordered = rank(given[i - 1]!) < rank(given[i]!);
  if (ordered) return given.slice();
  return [...new Set(given)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'fr'));
}

export type TagKind = ActorTagKind | PlaceTagKind;
export type StoredTags<K extends TagKind = TagKind> = Partial<Record<K, string[]>>;

/** The JSON stored in a row's `tags`: only kinds that have values, each list deduplicated in vocabulary order. */
export function encodeTags<F extends string, K extends TagKind>(
  fields: Record<F, K>,
  values: NoInfer<Record<F, readonly string[]>>,
): string {
  // Plain loops: imports call this for every row of a file.
  const stored: StoredTags = {};
  for (const field of Object.keys(fields) as F[]) {
    const list = values[field];
    if (list.length === 0) continue;
    const kind = fields[field];
    stored[kind] = list.length === 1 ? [list[0]!] : inVocabularyOrder(list, kind);
  }
  return JSON.stringify(stored);
}

/**
 * A row's `tags` read back. Lists written by this version are already in order; those moved by migration
 * 011 came in storage order, so each list is put in vocabulary order again (a few values: cheap).
 */
export function decodeTags<K extends TagKind>(json: string): StoredTags<K> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const stored: StoredTags<K> = {};
  for (const [kind, list] of Object.entries(parsed as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    const strings = list.filter((value): value is string => typeof value === 'string');
    stored[kind as K] = strings.length > 1 ? inVocabularyOrder(strings, kind as K) : strings;
  }
  return stored;
}

/** The DTO's fields (`typologies`, `services`…) from a row's stored tags; absent kinds give empty lists. */
export function tagFields<F extends string, K extends TagKind>(
  fields: Record<F, K>,
  stored: StoredTags<K>,
): Record<F, string[]> {
  const out = {} as Record<F, string[]>;
  for (const field of Object.keys(fields) as F[]) out[field] = stored[fields[field]] ?? [];
  return out;
}

/** Kinds of an actor's own fields that the directory filters on; services come from its places. */
const ACTOR_FACET_KINDS = ['typology', 'role', 'public', 'programme', 'label'] as const satisfies FacetKind[];

/**
 * What `actor_facet` holds for one actor: its typologies, roles, publics, programmes and labels, and the
 * services of all its places, each once.
 */
export function facetsOf(
  actor: Record<ActorTagField, readonly string[]>,
  places: readonly Pick<Record<PlaceTagField, readonly string[]>, 'services'>[],
): { kind: FacetKind; value: string }[] {
  const facets: { kind: FacetKind; value: string }[] = [];
  for (const kind of ACTOR_FACET_KINDS) {
    const field = ACTOR_FIELD_OF_KIND[kind];
    for (const value of new Set(actor[field])) facets.push({ kind, value });
  }
  const services = new Set<string>();
  for (const place of places) for (const service of place.services) services.add(service);
  for (const value of services) facets.push({ kind: 'service', value });
  return facets;
}

const ACTOR_FIELD_OF_KIND = Object.fromEntries(
  Object.entries(ACTOR_TAG_FIELDS).map(([field, kind]) => [kind, field]),
) as Record<ActorTagKind, ActorTagField>;
