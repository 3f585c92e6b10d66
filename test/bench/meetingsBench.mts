/**
 * The « Réunions » of a body after five years (`npx tsx test/bench/meetingsBench.mts`), issue 16's bench: a body
 * of 30 members, a monthly series since May 2021 with its 60 past dates all opened (30 invitees each), 10 agenda
 * points per meeting (600), then the screen's data (`meetings.overview`, target ≤ 50 ms), one meeting, the series'
 * calendar file and one convocation, the network's life (`meetings.networkLife`, with the screen's other data:
 * target ≤ 50 ms together), each the median of 20 runs after 3 warm-ups.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/backend/db/open';
import { frozenClock } from '../../electron/backend/clock';
import type { BackendContext } from '../../electron/backend/context';
import { createRouter } from '../../electron/backend/router/router';
import { actorHandlers } from '../../electron/backend/actors/handlers';
import { governanceHandlers } from '../../electron/backend/governance/handlers';
import { meetingsHandlers } from '../../electron/backend/meetings/handlers';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { occurrencesBetween } from '../../electron/backend/meetings/expandSeries';
import { seedTerritory } from '../integration/support/seedTerritory';
import { formatRow, median, timeAsync, type BenchRow } from './measure';

const RUNS = 20;
const dir = mkdtempSync(join(tmpdir(), 'maillage-reunions-'));
const path = join(dir, 'reunions.sqlite');
const database = openDatabase(path);
seedTerritory(database.sqlite);
const ctx: BackendContext = {
  db: database.db,
  sqlite: database.sqlite,
  clock: frozenClock('2026-05-05T10:00:00Z'),
  databasePath: path,
  schemaVersion: database.migration.to,
  appVersion: 'bench',
  logPath: null,
};
const router = createRouter(ctx);
router.register({ ...actorHandlers, ...governanceHandlers, ...meetingsHandlers });

async function ok<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data as ApiOutput<M>;
}

const started = Date.now();
const body = await ok('instances.save', {
  name: 'Comité de pilotage',
  kind: 'strategique',
  frequency: 'mensuelle',
});
for (let i = 1; i <= 30; i++) {
  const actor = await ok('actors.create', {
    name: `Structure membre ${i}`,
    contacts: [{ name: `Personne ${i}`, email: `personne.${i}@example.fr` }],
  });
  await ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });
}
const overview = await ok('meetings.saveSeries', {
  instanceId: body.id,
  kind: 'pleniere',
  pattern: { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'TH' },
  startsOn: '2021-05-01',
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' },
  place: {
    placeId: null,
    label: 'Salle du conseil communautaire',
    address: '1 place de la Mairie, 86400 Civray',
  },
});
const seriesId = overview.series[0]!.id;
const past = occurrencesBetween(
  {
    pattern: { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'TH' },
    startsOn: '2021-05-01',
    time: '14:00',
    end: { kind: 'none' },
  },
  '2021-05-01',
  '2026-04-30',
);
let lastMeeting = 0;
for (const occurrence of past) {
  const meeting = await ok('meetings.openOccurrence', { seriesId, occurrenceOn: occurrence.on });
  await ok('meetings.saveAgenda', {
    meetingId: meeting.id,
    items: Array.from({ length: 10 }, (_, i) => ({ title: `Point ${i + 1} : suivi des actions du mois` })),
  });
  lastMeeting = meeting.id;
  // Held: attendance of the 30 members, notes and two decisions per point, three follow-up actions.
  const held = await ok('meetings.get', { id: meeting.id });
  await ok('meetings.saveAttendance', {
    meetingId: meeting.id,
    entries: held.invitees.map((invitee, i) => ({
      inviteeId: invitee.id,
      attendance: i % 7 === 0 ? 'absent' : i % 5 === 0 ? 'excuse' : 'present',
    })),
  });
  for (const item of held.agenda)
    await ok('meetings.saveItemRecord', {
      itemId: item.id,
      notes: 'Chaque membre a présenté l’avancement de ses actions.\nLe groupe a relevé deux difficultés.',
      decisions: ['Relancer les communes sans permanence.', 'Faire un point au prochain groupe.'],
    });
  for (let a = 0; a < 3; a += 1)
    await ok('meetings.saveAction', {
      meetingId: meeting.id,
      what: `Action ${a + 1} décidée le ${occurrence.on}`,
      who: held.invitees[a]!.name,
      dueOn: occurrence.on,
    });
}
const counts = database.sqlite
  .prepare(
    `SELECT (SELECT COUNT(*) FROM meeting) AS meetings, (SELECT COUNT(*) FROM meeting_agenda_item) AS items,
            (SELECT COUNT(*) FROM meeting_invitee) AS invitees`,
  )
  .get() as { meetings: number; items: number; invitees: number };
console.log(
  `Remplissage : ${counts.meetings} réunions, ${counts.items} points, ${counts.invitees} invitations en ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const rows: BenchRow[] = [];
async function measure<M extends ApiMethod>(label: string, method: M, input: ApiInput<M>, targetMs?: number) {
  for (let i = 0; i < 3; i++) await ok(method, input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeAsync(() => ok(method, input)));
  rows.push({ label, ms: median(times), targetMs });
}

try {
  await measure('Réunions de l’instance (écran)', 'meetings.overview', { instanceId: body.id }, 50);
  await measure('Une réunion (ordre du jour, 30 invités)', 'meetings.get', { id: lastMeeting });
  await measure('Calendrier .ics de la série (60 dates ouvertes)', 'meetings.calendar', { seriesId });
  await measure('Convocation Word', 'meetings.convocation', { id: lastMeeting });
  await measure(
    'Compte rendu Word (30 présences, 10 points, 20 décisions)',
    'meetings.report',
    { id: lastMeeting },
    500,
  );
  await measure('Feuille d’émargement Word', 'meetings.attendanceSheet', { id: lastMeeting });
  await measure('Actions en cours (180 actions, 60 réunions)', 'meetings.openActions', {
    instanceId: body.id,
  });
  await measure('Vie du réseau (60 réunions, 30 membres)', 'meetings.networkLife', {
    instanceId: body.id,
    from: null,
    to: null,
  });
  await measure('Vie du réseau, une année', 'meetings.networkLife', {
    instanceId: body.id,
    from: '2025-01-01',
    to: '2025-12-31',
  });
  // What « Réunions » asks when it opens on « Vie du réseau »: its lists, its open actions and the charts.
  const screen = () =>
    Promise.all([
      ok('meetings.overview', { instanceId: body.id }),
      ok('meetings.openActions', { instanceId: body.id }),
      ok('meetings.networkLife', { instanceId: body.id, from: null, to: null }),
    ]);
  for (let i = 0; i < 3; i++) await screen();
  const screenTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) screenTimes.push(await timeAsync(screen));
  rows.push({
    label: 'Écran avec la vie du réseau (liste, actions, graphiques)',
    ms: median(screenTimes),
    targetMs: 50,
  });
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
