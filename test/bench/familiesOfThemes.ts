import { themeClass } from '../../shared/activity/themeFamilies';
import type { FamilyRow, ThemeRow } from '../../electron/backend/activity/aggregateActivity';

/**
 * The families of the benches' counts, written per theme with one theme per activity: the sum of their themes per
 * day and type, a procedure's detail (« Logement ») left to its procedure (an import computes them per activity).
 */
export function familiesOfThemes(themes: ThemeRow[]): FamilyRow[] {
  const families = new Map<string, FamilyRow>();
  for (const row of themes) {
    if (row.theme === '') continue;
    const theme = themeClass(row.theme);
    if (theme.detail) continue;
    const key = `${row.day}\u0001${row.kind}\u0001${theme.family}`;
    const family = families.get(key);
    if (family) {
      family.activities += row.activities;
      family.accompaniments += row.accompaniments;
    } else
      families.set(key, {
        day: row.day,
        kind: row.kind,
        family: theme.family,
        activities: row.activities,
        accompaniments: row.accompaniments,
      });
  }
  return [...families.values()];
}
