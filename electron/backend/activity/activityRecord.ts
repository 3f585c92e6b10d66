import type { ActivityKind } from '../../../shared/activity/activityDto';
import { headerKey } from './sheetCell';

/**
 * One activity as read from a file, before it is counted: only categories and counts, never a name. People
 * helped are groups of identical categories (« 3 persons of Grenoble, 70 ans et plus, retraité »).
 */

export interface PeopleGroup {
  /** As written (« 38000 Grenoble », « 38185 »); '' unknown. */
  commune: string;
  genre: string;
  age: string;
  status: string;
  count: number;
}

export interface ActivityRecord {
  /** 1-based line of the sheet. */
  line: number;
  day: string;
  kind: ActivityKind;
  channel: string;
  minutes: number | null;
  activities: number;
  participants: number;
  themes: string[];
  people: PeopleGroup[];
}

export interface RefusedRow {
  line: number;
  reason: string;
}

/** « Accompagnement individuel », « Individuel », « Atelier collectif », « Collectif ». */
export function activityKindOf(text: string): ActivityKind {
  const key = headerKey(text);
  if (/\bindividuel/.test(key)) return 'individual';
  if (/\b(collectif|atelier)/.test(key)) return 'collective';
  return 'unknown';
}

function categoryOfText(text: string): string {
  const value = text.trim();
  if (value === '' || value === '-' || /^non communiqu/i.test(value) || /^n\.?\s?d\.?$/i.test(value))
    return '';
  return value.replace(/\s+/g, ' ');
}

/** A file repeats a few categories on every row: each is worked out once (the memory is bounded). */
const known = new Map<string, string>();

/** « Non communiqué », « Non communiqué ou hétérogène », « - », '' → '' (unknown, shown as « Non communiqué »). */
export function categoryOf(text: string): string {
  let category = known.get(text);
  if (category === undefined) {
    category = categoryOfText(text);
    if (known.size >= 10_000) known.clear();
    known.set(text, category);
  }
  return category;
}

/** Adds a person to the groups of a record (same categories: one group). */
export function addPeople(groups: PeopleGroup[], person: Omit<PeopleGroup, 'count'>, count: number): void {
  const same = groups.find(
    (group) =>
      group.commune === person.commune &&
      group.genre === person.genre &&
      group.age === person.age &&
      group.status === person.status,
  );
  if (same) same.count += count;
  else groups.push({ ...person, count });
}
