/**
 * The « Bilan de la coordination » and the « Kit de partage » at scale (`npx tsx test/bench/bilanBench.mts`),
 * issue 16's bench: a directory of 1,000 actors, a body of 30 members with a monthly series since May 2021 whose
 * 60 past dates are all held (30 attendances, 10 agenda points with notes and two decisions each — 600 points —,
 * three follow-up actions), then the bilan of 2025 (target ≤ 2 s), the Documents screen's list (which finds the
 * years with meetings held over the five years), and the kit (the annuaire of 1,000 actors in Word, the standard
 * CSV, the twelve comptes rendus of the last twelve months, the body's calendar). Medians after one warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { occurrencesBetween } from '../../electron/backend/meetings/expandSeries';
import { seedDirectory } from './seedDirectory';
import { formatRow, median, timeAsync, type BenchRow } from './measure';

const TODAY = '2026-05-05';
const ACTORS = 1000;
const dir = mkdtempSync(join(tmpdir(), 'maillage-bilan-'));
const path = join(dir, 'bilan.sqlite');
const seeded = await seedDirectory(path, ACTORS, 40, TODAY);
const backend = createBackend({ databasePath: path, clock: frozenClock(`${TODAY}T10:00:00Z`) });

async function ok<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.data as ApiOutput<M>;
}

const started = Date.now();
const body = await ok('instances.save', {
  name: 'Comité de pilotage',
  kind: 'strategique',
  frequency: 'mensuelle',
});
const actors = await ok('actors.list', { limit: 30 });
for (const actor of actors.items)
  await ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });
const pattern = { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const };
const overview = await ok('meetings.saveSeries', {
  instanceId: body.id,
  kind: 'pleniere',
  pattern,
  startsOn: '2021-05-01',
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' },
  place: { placeId: null, label: 'Salle du conseil communautaire', address: null },
});
const seriesId = overview.series[0]!.id;
const past = occurrencesBetween(
  { pattern, startsOn: '2021-05-01', time: '14:00', end: { kind: 'none' } },
  '2021-05-01',
  '2026-04-30',
);
for (const occurrence of past) {
  const meeting = await ok('meetings.openOccurrence', { seriesId, occurrenceOn: occurrence.on });
  await ok('meetings.saveAgenda', {
    meetingId: meeting.id,
    items: Array.from({ length: 10 }, (_, i) => ({ title: `Point ${i + 1} : suivi des actions du mois` })),
  });
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
      notes: 'Chaque membre a présenté l’avancement de ses actions.',
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
const counts = backend.ctx.sqlite
  .prepare(
    `SELECT (SELECT COUNT(*) FROM actor) AS actors, (SELECT COUNT(*) FROM meeting) AS meetings,
            (SELECT COUNT(*) FROM meeting_agenda_item) AS items, (SELECT COUNT(*) FROM meeting_decision) AS decisions`,
  )
  .get() as { actors: number; meetings: number; items: number; decisions: number };
console.log(
  `Remplissage : ${counts.actors} acteurs (${seeded.toFixed(1)} s), ${counts.meetings} réunions, ${counts.items} points, ${counts.decisions} décisions en ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const rows: BenchRow[] = [];
async function measure<M extends ApiMethod>(
  label: string,
  method: M,
  input: ApiInput<M>,
  runs: number,
  targetMs?: number,
) {
  await ok(method, input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeAsync(() => ok(method, input)));
  rows.push({ label, ms: median(times), targetMs });
}

try {
  await measure(
    'Bilan de la coordination 2025 (Word)',
    'documents.build',
    { kind: 'bilan', options: { year: 2025 } },
    5,
    2000,
  );
  await measure(
    'Bilan de l’année en cours (Word)',
    'documents.build',
    { kind: 'bilan', options: { year: 2026 } },
    5,
    2000,
  );
  await measure('Liste des documents (années du bilan sur 5 ans)', 'documents.availability', {}, 5);
  await measure('Kit de partage (1 000 acteurs, 12 comptes rendus)', 'sharing.kit', {}, 3);
  const kit = await ok('sharing.kit', {});
  rows.push({
    label: 'Kit de partage : taille, fichiers',
    value: `${(kit.byteCount / 1024 / 1024).toFixed(1).replace('.', ',')} Mo, ${kit.entries.length} fichiers`,
  });
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
}
