import type { ActivityKind } from '../../../shared/activity/activityDto';
import type { ActivityRecord } from './activityRecord';
import type { Residence } from './residenceCommune';
import { themeClass, type ThemeFamily } from '../../../shared/activity/themeFamilies';

/**
 * Activities counted into the three tables' rows (migration 017): per day × type × channel; per day × type ×
 * theme × commune of residence; per day × type × commune × age band × status × genre. What is stored is
 * these counts, nothing per person.
 */

export interface DayRow {
  day: string;
  kind: ActivityKind;
  channel: string;
  activities: number;
  participants: number;
  /** The durations known, summed (null when none is). */
  minutes: number | null;
  /** Activities without a duration (left out of `minutes`). */
  untimedActivities: number;
}

export interface ThemeRow {
  day: string;
  kind: ActivityKind;
  theme: string;
  communeCode: string | null;
  communeLabel: string;
  activities: number;
  accompaniments: number;
}

export interface PublicRow {
  day: string;
  kind: ActivityKind;
  communeCode: string | null;
  communeLabel: string;
  ageBand: string;
  status: string;
  genre: string;
  accompaniments: number;
}

/** An activity counts once in each family its themes belong to (migration 022), however many themes. */
export interface FamilyRow {
  day: string;
  kind: ActivityKind;
  family: ThemeFamily | 'other';
  activities: number;
  accompaniments: number;
}

export interface ActivityRows {
  days: DayRow[];
  themes: ThemeRow[];
  publics: PublicRow[];
  families: FamilyRow[];
}

const SEP = '\u0001';

export function aggregateActivity(
  records: ActivityRecord[],
  residence: (written: string) => Residence,
): ActivityRows {
  const days = new Map<string, DayRow>();
  const themes = new Map<string, ThemeRow>();
  const publics = new Map<string, PublicRow>();
  const families = new Map<string, FamilyRow>();
  for (const record of records) {
    const dayKey = `${record.day}${SEP}${record.kind}${SEP}${record.channel}`;
    const day = days.get(dayKey);
    if (day) {
      day.activities += record.activities;
      day.participants += record.participants;
      if (record.minutes !== null) day.minutes = (day.minutes ?? 0) + record.minutes;
      if (record.minutes === null) day.untimedActivities += record.activities;
    } else
      days.set(dayKey, {
        day: record.day,
        kind: record.kind,
        channel: record.channel,
        activities: record.activities,
        participants: record.participants,
        minutes: record.minutes,
        untimedActivities: record.minutes === null ? record.activities : 0,
      });

    // Per commune, the people of this activity: a theme counts the activity once per commune it reached.
    const byCommune = new Map<string, { place: Residence; count: number }>();
    for (const group of record.people) {
      const place = residence(group.commune);
      const communeKey = place.code ?? `~${place.label}`;
      const seen = byCommune.get(communeKey);
      if (seen) seen.count += group.count;
      else byCommune.set(communeKey, { place, count: group.count });
      const publicKey = `${record.day}${SEP}${record.kind}${SEP}${communeKey}${SEP}${group.age}${SEP}${group.status}${SEP}${group.genre}`;
      const row = publics.get(publicKey);
      if (row) row.accompaniments += group.count;
      else
        publics.set(publicKey, {
          day: record.day,
          kind: record.kind,
          communeCode: place.code,
          communeLabel: place.label,
          ageBand: group.age,
          status: group.status,
          genre: group.genre,
          accompaniments: group.count,
        });
    }
    const people = record.people.reduce((sum, group) => sum + group.count, 0);
    for (const family of new Set(
      record.themes.filter((theme) => theme !== '').map((theme) => themeClass(theme).family),
    )) {
      const key = `${record.day}${SEP}${record.kind}${SEP}${family}`;
      const row = families.get(key);
      if (row) {
        row.activities += record.activities;
        row.accompaniments += people;
      } else
        families.set(key, {
          day: record.day,
          kind: record.kind,
          family,
          activities: record.activities,
          accompaniments: people,
        });
    }
    // An activity on a theme counts once, on the commune of its first person: activities add up across
    // communes; accompaniments are counted in the commune of each person.
    if (byCommune.size === 0) byCommune.set('~', { place: residence(''), count: 0 });
    const themeList = record.themes.length > 0 ? record.themes : [''];
    for (const theme of themeList) {
      let first = true;
      for (const [communeKey, { place, count }] of byCommune) {
        const activities = first ? record.activities : 0;
        first = false;
        const key = `${record.day}${SEP}${record.kind}${SEP}${theme}${SEP}${communeKey}`;
        const row = themes.get(key);
        if (row) {
          row.activities += activities;
          row.accompaniments += count;
        } else
          themes.set(key, {
            day: record.day,
            kind: record.kind,
            theme,
            communeCode: place.code,
            communeLabel: place.label,
            activities,
            accompaniments: count,
          });
      }
    }
  }
  return {
    days: [...days.values()],
    themes: [...themes.values()],
    publics: [...publics.values()],
    families: [...families.values()],
  };
}
