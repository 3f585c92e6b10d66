import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateActivity } from '../../electron/backend/activity/aggregateActivity';
import type { ActivityRecord } from '../../electron/backend/activity/activityRecord';
import { replaceActivityImport } from '../../electron/backend/activity/activityRepository';
import { activityOverview } from '../../electron/backend/activity/activityOverviewRepository';
import { openDatabase } from '../../electron/backend/db/open';
import { activityHours } from '../../shared/activity/activityHours';
import { activityReportTables } from '../../shared/activity/activityReportTables';
import { useActorsBackend } from './support/actorsBackend';
import { useTempDir } from './support/tempDir';
import { versionBefore, writeDatabaseAtVersion } from './support/databaseAtVersion';

const tempDir = useTempDir();

const record = (line: number, minutes: number | null): ActivityRecord => ({
  line,
  day: '2026-02-03',
  kind: 'individual',
  channel: 'Lieu d’activité',
  minutes,
  activities: 1,
  participants: 1,
  themes: ['E-mail'],
  people: [{ commune: '38185', genre: '', age: '', status: '', count: 1 }],
});

describe('hours of accompaniment when some durations are missing', () => {
  const api = useActorsBackend();

  it('counts the known durations and says how many activities they leave out, on the screen and in the tables', async () => {
    const backend = api.open();
    const actor = await api.create({ name: 'Médiathèque Kateb Yacine', communeCode: '38185' });
    const residence = () => ({ code: '38185', label: 'Grenoble', inTerritory: true });
    replaceActivityImport(backend.ctx, {
      kind: 'coop',
      actorId: actor.id,
      actorName: 'Médiathèque Kateb Yacine',
      placeId: null,
      placeName: null,
      fileName: 'activites.xlsx',
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      importedAt: '2026-04-05T10:00:00.000Z',
      columnsLeftOut: [],
      rows: aggregateActivity([record(5, 45), record(6, null), record(7, 30), record(8, null)], residence),
    });
    const overview = activityOverview(backend.ctx, undefined);
    expect(overview.totals).toMatchObject({ activities: 4, minutes: 75, untimedActivities: 2 });
    expect(activityHours(overview.totals)).toEqual({
      hours: 1.3,
      note: 'Durée non renseignée pour 2\u00a0activités sur 4\u00a0: les heures comptent les 2 autres.',
      shortNote: 'hors 2\u00a0activités sans durée',
    });
    const figures = await api.ok('activity.overview', {});
    const synthesis = activityReportTables(figures).find((table) => table.id === 'synthese')!.rows;
    expect(synthesis).toContainEqual(['Heures d’accompagnement (durées renseignées)', 1.3]);
    expect(synthesis).toContainEqual(['Activités sans durée renseignée', 2]);
  });

  it('says the hours are unknown, never 0, when no activity has a duration', () => {
    expect(
      activityHours({
        activities: 3,
        accompaniments: 3,
        individualActivities: 3,
        collectiveActivities: 0,
        procedureAccompaniments: 0,
        minutes: null,
        untimedActivities: 3,
      }),
    ).toEqual({
      hours: null,
      note: 'La durée des activités n’est pas renseignée\u00a0: les heures ne sont pas comptées.',
      shortNote: null,
    });
  });

  it('migration 023: a day written before, whose minutes were lost, counts all its activities without duration', async () => {
    const path = join(tempDir(), 'ancien.sqlite');
    writeDatabaseAtVersion(
      path,
      versionBefore('untimed_activities'),
      `
      INSERT INTO activity_import (id, kind, actor_id, actor_name, file_name, period_start, period_end, imported_at,
        columns_left_out)
        VALUES (1, 'coop', NULL, 'Médiathèque', 'activites.xlsx', '2026-01-01', '2026-03-31', '2026-04-05', '[]');
      INSERT INTO activity_day (import_id, day, kind, channel, activities, participants, minutes) VALUES
        (1, '2026-01-06', 'individual', '', 3, 3, 90),
        (1, '2026-01-07', 'individual', '', 2, 2, NULL);`,
    );
    const opened = openDatabase(path, { now: () => new Date('2026-12-05T10:00:00Z') });
    expect(
      opened.sqlite
        .prepare('SELECT day, minutes, untimed_activities AS untimed FROM activity_day ORDER BY day')
        .all(),
    ).toEqual([
      { day: '2026-01-06', minutes: 90, untimed: 0 },
      { day: '2026-01-07', minutes: null, untimed: 2 },
    ]);
    await opened.close();
  });
});
