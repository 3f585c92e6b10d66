import { describe, expect, it } from 'vitest';
import { networkLifeLines } from '../../electron/backend/documents/noteSynthese/networkLifeLines';
import { yearBefore } from '../../electron/backend/documents/noteSynthese/noteNetworkLife';
import { useActorsBackend } from './support/actorsBackend';
import { headingsOf, readDocx, tablesOf } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';

/**
 * The life of a body's network (issue 16, item 6) through the router, over a real SQLite file, on the demo
 * territory (clock: 5 April 2026): a monthly series with one date cancelled and one never opened, held meetings
 * with attendance, an atelier with its public counted, decisions and actions.
 */

const t = useActorsBackend();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const firstThursday = {
  kind: 'pleniere' as const,
  pattern: { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const },
  startsOn: '2025-12-01',
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' as const },
  place: { placeId: null, label: 'Salle du conseil', address: null },
};

async function bodyWithMeetings() {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
  const instanceId = (await t.ok('instances.list', {}))[0]!.id;
  const { series } = await t.ok('meetings.saveSeries', { instanceId, ...firstThursday });
  const seriesId = series[0]!.id;
  // 4 December 2025, 1 January, 5 February (cancelled), 5 March (held), 2 April (never opened): all past.
  const december = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2025-12-04' });
  const january = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-01-01' });
  const february = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-02-05' });
  await t.ok('meetings.setCancelled', { id: february.id, cancelled: true });
  const march = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-03-05' });
  const members = december.invitees.filter((i) => i.kind === 'member');
  expect(members.length).toBeGreaterThanOrEqual(3);
  const [first, second, third] = members;
  const take = (
    meetingId: number,
    invitees: typeof members,
    statuses: ('present' | 'absent' | 'excuse' | null)[],
  ) =>
    t.ok('meetings.saveAttendance', {
      meetingId,
      entries: invitees.map((invitee, index) => ({
        inviteeId: invitee.id,
        attendance: statuses[index] ?? null,
      })),
    });
  const same = (meeting: typeof december) => meeting.invitees.filter((i) => i.kind === 'member');
  await take(december.id, same(december), ['present', 'absent', 'present']);
  await take(january.id, same(january), ['present', 'excuse', null]);
  await take(march.id, same(march), ['present', 'absent', 'present']);
  const withItem = await t.ok('meetings.saveAgenda', {
    meetingId: march.id,
    items: [{ title: 'Tour de table' }],
  });
  await t.ok('meetings.saveItemRecord', {
    itemId: withItem.agenda[0]!.id,
    notes: null,
    decisions: ['Ouvrir un atelier', 'Inviter la CAF'],
  });
  await t.ok('meetings.saveAction', {
    meetingId: march.id,
    what: 'Réserver la salle',
    who: null,
    dueOn: null,
  });
  const done = await t.ok('meetings.saveAction', {
    meetingId: march.id,
    what: 'Écrire aux absents',
    who: null,
    dueOn: null,
  });
  await t.ok('meetings.setActionDone', { id: done.actions[1]!.id, done: true });
  const atelier = await t.ok('meetings.save', {
    instanceId,
    kind: 'atelier',
    title: 'Atelier smartphone',
    startsAt: '2026-03-18T10:00',
    durationMinutes: 120,
    place: null,
  });
  await t.ok('meetings.saveParticipants', { id: atelier.id, participantsCount: 14 });
  await t.ok('meetings.save', {
    instanceId,
    kind: 'cafe_debat',
    title: 'Café-débat à venir',
    startsAt: '2026-05-19T18:00',
    durationMinutes: 90,
    place: null,
  });
  return { instanceId, names: [first!.name, second!.name, third!.name], atelierId: atelier.id };
}

describe('the network’s life of a body', () => {
  it('counts the meetings held per quarter and kind, the attendance per member, animations and actions', async () => {
    const { instanceId, names, atelierId } = await bodyWithMeetings();
    const life = await t.ok('meetings.networkLife', { instanceId, from: null, to: null });
    // Held: December, January, March, the atelier, and April (never opened); February cancelled; May to come.
    expect([life.heldCount, life.cancelledCount, life.withAttendanceCount]).toEqual([5, 1, 3]);
    expect(life.span).toEqual({ first: '2025-12-04', last: '2026-04-02' });
    expect(life.perQuarter.map((q) => [q.label, q.byKind.pleniere, q.byKind.atelier, q.total])).toEqual([
      ['T4 2025', 1, 0, 1],
      ['T1 2026', 2, 1, 3],
      ['T2 2026', 1, 0, 1],
    ]);
    expect(life.attendance.meetings.map((m) => m.date)).toEqual(['2025-12-04', '2026-01-01', '2026-03-05']);
    const rows = life.attendance.members.filter((m) => names.includes(m.name));
    expect(rows.map((m) => [m.cells, m.presentCount, m.knownCount, m.driftingAway])).toEqual([
      [['present', 'present', 'present'], 3, 3, false],
      [['absent', 'excuse', 'absent'], 0, 3, true],
      [['present', 'non_renseigne', 'present'], 2, 2, false],
    ]);
    expect(life.animations).toEqual([
      {
        id: atelierId,
        date: '2026-03-18',
        kind: 'atelier',
        title: 'Atelier smartphone',
        participants: 14,
        presentInvitees: null,
      },
    ]);
    expect(life.decisionsCount).toBe(2);
    expect(life.actions).toEqual({ total: 2, done: 1, open: 1, late: 0 });
    // The same rule as the « Réunions » warning.
    const overview = await t.ok('meetings.overview', { instanceId });
    expect(overview.drifting.map((d) => d.name)).toEqual([names[1]]);

    expect(networkLifeLines(life).map(plain)[0]).toBe(
      '5 réunions tenues du 4 décembre 2025 au 2 avril 2026, dont 1 atelier (1 annulée en plus).',
    );
  });

  it('keeps the attendance of a member who leaves the body later: the figures of the past do not change', async () => {
    const { instanceId, names } = await bodyWithMeetings();
    const before = await t.ok('meetings.networkLife', { instanceId, from: null, to: null });
    const leaving = before.attendance.members.find((m) => m.name === names[0])!;
    await t.ok('instances.removeMember', { id: leaving.memberId! });
    const after = await t.ok('meetings.networkLife', { instanceId, from: null, to: null });
    expect(after.attendance.averagePresence).toBe(before.attendance.averagePresence);
    const row = after.attendance.members.find((m) => m.name === names[0])!;
    expect([row.memberId, row.former, row.cells, row.presentCount, row.knownCount]).toEqual([
      null,
      true,
      ['present', 'present', 'present'],
      3,
      3,
    ]);
    // A guest added to a past meeting afterwards, as the « Invités » editor does: the list is saved again, and
    // the one who left keeps the attendance taken while they were in the body.
    const december = before.attendance.meetings.find((m) => m.date === '2025-12-04')!;
    const full = await t.ok('meetings.get', { id: december.id });
    await t.ok('meetings.saveInvitees', {
      meetingId: full.id,
      memberIds: full.invitees.flatMap((i) =>
        i.kind === 'member' && i.memberId !== null ? [i.memberId] : [],
      ),
      guests: [{ name: 'Claire Dupont', organisation: 'CAF de la Vienne', email: null }],
    });
    const edited = await t.ok('meetings.networkLife', { instanceId, from: null, to: null });
    expect(edited.attendance.members.find((m) => m.name === names[0])!.cells).toEqual(row.cells);
    expect(edited.attendance.averagePresence).toBe(before.attendance.averagePresence);
    // The bilan of the year: the same rate, and the row of the member who left.
    const bilan = readDocx(
      (await t.ok('documents.build', { kind: 'bilan', options: { year: 2026 } })).contentBase64,
    );
    const attendance = tablesOf(bilan.document).find((table) => table.rows[0]![0] === 'Membre')!;
    expect(attendance.rows.map((cells) => plain(cells[0]!))).toContain(`${names[0]} (a quitté l’instance)`);
  });

  it('keeps to a period, both days included, and refuses one that ends before it starts', async () => {
    const { instanceId } = await bodyWithMeetings();
    const q1 = await t.ok('meetings.networkLife', { instanceId, from: '2026-01-01', to: '2026-03-05' });
    expect([q1.heldCount, q1.cancelledCount]).toEqual([2, 1]);
    expect(q1.perQuarter.map((q) => q.label)).toEqual(['T1 2026']);
    expect(q1.animations).toEqual([]);
    const failure = await t.failure('meetings.networkLife', {
      instanceId,
      from: '2026-03-01',
      to: '2026-01-01',
    });
    expect(failure.message).toContain('La date de début doit précéder la date de fin.');
  });

  it('writes the participants of a meeting, unknown until said, and refuses a negative count', async () => {
    const { atelierId } = await bodyWithMeetings();
    const cleared = await t.ok('meetings.saveParticipants', { id: atelierId, participantsCount: null });
    expect(cleared.participantsCount).toBeNull();
    const zero = await t.ok('meetings.saveParticipants', { id: atelierId, participantsCount: 0 });
    expect(zero.participantsCount).toBe(0);
    const failure = await t.failure('meetings.saveParticipants', { id: atelierId, participantsCount: -2 });
    expect(failure.message).toContain('ne peut pas être négatif');
  });

  it('tells the mayors, in the note de synthèse, the figures of the « Réunions » page over the last twelve months', async () => {
    const { instanceId } = await bodyWithMeetings();
    const roadmap = await t.ok('roadmap.get', {});
    expect(roadmap.instance?.id).toBe(instanceId);
    const life = await t.ok('meetings.networkLife', { instanceId, from: '2025-04-06', to: '2026-04-05' });
    const file = await t.ok('documents.build', { kind: 'noteSynthese', options: {} });
    const { document, paragraphs } = readDocx(file.contentBase64);
    expect(headingsOf(document, 1)).toContain('La vie du réseau');
    const text = plain(paragraphs.join('\n'));
    for (const line of networkLifeLines(life)) expect(text).toContain(plain(line));
    expect(text).toContain('Présence moyenne');
  });

  it('leaves « La vie du réseau » out of the note when no meeting of the body was recorded', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    await seedDemoRoadmap(t.backend);
    const file = await t.ok('documents.build', { kind: 'noteSynthese', options: {} });
    const { document } = readDocx(file.contentBase64);
    expect(headingsOf(document, 1)).not.toContain('La vie du réseau');
    expect(headingsOf(document, 1)).toContain('Où en est la feuille de route');
  });

  it('counts the twelve months up to today from the day after the same day a year before', () => {
    expect(yearBefore('2026-12-05')).toBe('2025-12-06');
    expect(yearBefore('2026-01-01')).toBe('2025-01-02');
    expect(yearBefore('2026-12-31')).toBe('2026-01-01');
    expect(yearBefore('2028-02-29')).toBe('2027-03-01');
  });
});
