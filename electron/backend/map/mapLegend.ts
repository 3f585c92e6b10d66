import type { MapColorBy } from '../../../shared/map/schemas';
import { ACTOR_ROLES, type ActorRole } from '../../../shared/vocabularies/actorRoles';
import { TYPOLOGY_CODES, typologyLabel } from '../../../shared/vocabularies/typologies';

export interface LegendCategory {
  key: string;
  label: string;
  color: string;
  count: number;
}

/** Distinguishable for most colour-blind readers (after Okabe & Ito), dark enough on a pale map. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7A5195'] as const;
const OTHERS = { key: '__autres', label: 'Autres', color: '#8A8A8A' };
const NONE = { key: '__aucun', label: 'Non renseigné', color: '#C4C4C4' };

/** On a map of places, what a place is for comes first: a place of mediation before a prescriber. */
export const ROLE_PRIORITY: readonly ActorRole[] = [
  'lieu_mediation',
  'operateur',
  'collectivite_elu',
  'reseau',
  'prescripteur',
  'financeur',
];

/** The one value a point is coloured by: its actor's first role (map priority) or first typology. */
export function valueOf(
  point: { roles: string[]; typologies: string[] },
  colorBy: MapColorBy,
): string | null {
  if (colorBy === 'role') return ROLE_PRIORITY.find((role) => point.roles.includes(role)) ?? null;
  return TYPOLOGY_CODES.find((code) => point.typologies.includes(code)) ?? point.typologies[0] ?? null;
}

const labelOf = (value: string, colorBy: MapColorBy): string =>
  colorBy === 'role' ? ((ACTOR_ROLES as Record<string, string>)[value] ?? value) : typologyLabel(value);

/**
 * The legend's categories, most frequent first: as many as the palette has colours, the rest grouped under
 * « Autres », points with no value under « Non renseigné ». Returns the category key of each point too.
 */
export function legendOf(
  points: readonly { roles: string[]; typologies: string[] }[],
  colorBy: MapColorBy,
): { categories: LegendCategory[]; keyOfPoint: (string | null)[] } {
  const values = points.map((point) => valueOf(point, colorBy));
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts].sort(
    (a, b) => b[1] - a[1] || labelOf(a[0], colorBy).localeCompare(labelOf(b[0], colorBy), 'fr'),
  );
  const coloured = ranked.length > PALETTE.length ? ranked.slice(0, PALETTE.length - 1) : ranked;
  const colouredKeys = new Set(coloured.map(([value]) => value));
  const categories: LegendCategory[] = coloured.map(([value, count], index) => ({
    key: value,
    label: labelOf(value, colorBy),
    color: PALETTE[index] ?? OTHERS.color,
    count,
  }));
  const keyOfPoint = values.map((value) =>
    value === null ? NONE.key : colouredKeys.has(value) ? value : OTHERS.key,
  );
  const othersCount = keyOfPoint.filter((key) => key === OTHERS.key).length;
  const noneCount = keyOfPoint.filter((key) => key === NONE.key).length;
  if (othersCount > 0) categories.push({ ...OTHERS, count: othersCount });
  if (noneCount > 0) categories.push({ ...NONE, count: noneCount });
  return { categories, keyOfPoint };
}
