/**
 * Three years (2024–2026) of daily activity counts for one structure, about the grain a real La Coop export
 * gives, written straight through the repository by the activity benches (`activityBench.mts`,
 * `computedIndicatorBench.mts`): weekdays, individual and collective, three themes a day over the test
 * territory's communes, six people a day with their age band, status and genre.
 */
import type { ActivityRows } from '../../electron/backend/activity/aggregateActivity';
import { replaceActivityImport } from '../../electron/backend/activity/activityRepository';
import type { Backend } from '../../electron/backend/backend';
import { familiesOfThemes } from './familiesOfThemes';
import { PEOPLE } from '../fixtures/activity/coopExport';
import { TEST_COMMUNES } from '../integration/support/seedTerritory';

export const YEARS = 3;

const THEMES = [
  'Aide aux démarches administratives',
  'E-mail',
  'Santé',
  'Prendre en main du matériel',
  'Logement',
];
const PEOPLE_LIST = Object.values(PEOPLE);

export function threeYearsOfActivity(structure: number): ActivityRows {
  const rows: ActivityRows = { days: [], themes: [], publics: [], families: [] };
  const communes = TEST_COMMUNES.map((commune) => commune.code);
  const start = Date.UTC(2024, 0, 1);
  for (let offset = 0; offset < YEARS * 365; offset += 1) {
    const date = new Date(start + offset * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const day = date.toISOString().slice(0, 10);
    rows.days.push({
      day,
      kind: 'individual',
      channel: 'Lieu d’activité',
      activities: 6,
      participants: 6,
      minutes: 240,
      untimedActivities: 0,
    });
    rows.days.push({
      day,
      kind: 'collective',
      channel: 'Lieu d’activité',
      activities: 1,
      participants: 5,
      minutes: 120,
      untimedActivities: 0,
    });
    for (let theme = 0; theme < 3; theme += 1)
      rows.themes.push({
        day,
        kind: 'individual',
        theme: THEMES[(offset + theme + structure) % THEMES.length]!,
        communeCode: communes[(offset + theme) % communes.length]!,
        communeLabel: '',
        activities: 2,
        accompaniments: 2,
      });
    for (let person = 0; person < 6; person += 1)
      rows.publics.push({
        day,
        kind: person < 4 ? 'individual' : 'collective',
        communeCode: communes[(offset + person) % communes.length]!,
        communeLabel: '',
        ageBand: PEOPLE_LIST[person % PEOPLE_LIST.length]!.age,
        status: PEOPLE_LIST[(person + offset) % PEOPLE_LIST.length]!.status,
        genre: PEOPLE_LIST[person % PEOPLE_LIST.length]!.genre,
        accompaniments: 1 + (person % 2),
      });
  }
  rows.families = familiesOfThemes(rows.themes);
  return rows;
}

/** `count` structures (« Structure 1 »…), each with its three years of activity imported, through the router. */
export async function seedActivityStructures(backend: Backend, count: number): Promise<void> {
  for (let structure = 0; structure < count; structure += 1) {
    const name = `Structure ${structure + 1}`;
    const created = await backend.router.dispatch('actors.create', { name, communeCode: '38185' } as never);
    if (!created.ok) throw new Error(created.error.message);
    replaceActivityImport(backend.ctx, {
      kind: 'coop',
      actorId: (created.data as { id: number }).id,
      actorName: name,
      placeId: null,
      placeName: null,
      fileName: 'bench.xlsx',
      periodStart: '2024-01-01',
      periodEnd: '2026-12-31',
      importedAt: '2026-04-05T10:00:00.000Z',
      columnsLeftOut: [],
      rows: threeYearsOfActivity(structure),
    });
  }
}
