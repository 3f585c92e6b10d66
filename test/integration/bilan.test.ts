import { describe, expect, it } from 'vitest';
import { actionInputOf } from '../../shared/roadmap/actionInputOf';
import { followUpLabel } from '../../shared/meetings/followUpState';
import { readDocx, tablesOf } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';
import { useActorsBackend } from './support/actorsBackend';

/**
 * The « Bilan de la coordination » (issue 16, item 7) of a seeded year, through the router over a real SQLite
 * file (clock: 5 December 2026): its figures are those of the body's « Réunions » (`meetings.networkLife`),
 * a body whose attendance was never taken has no rate (never 0 %), and a year is offered only when meetings
 * were held in it.
 */

const t = useActorsBackend();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const monthly = {
  kind: 'pleniere' as const,
  pattern: { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const },
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' as const },
  place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
};

/** Attendance: the members in turn present, excused, absent, represented; `absentLast` always absent. */
async function takeAttendance(meetingId: number, absentLast: boolean) {
  const meeting = await t.ok('meetings.get', { id: meetingId });
  const cycle = ['present', 'excuse', 'absent', 'represente'] as const;
  await t.ok('meetings.saveAttendance', {
    meetingId,
    entries: meeting.invitees.map((invitee, i) => ({
      inviteeId: invitee.id,
      attendance:
        absentLast && i === meeting.invitees.length - 1 ? ('absent' as const) : cycle[(i + meetingId) % 4]!,
      representedBy: null,
    })),
  });
}

async function seededYear() {
  t.open({ territory: false });
  t.setNow('2026-12-05T10:00:00Z');
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
  await t.ok('roadmap.adopt', { date: '2024-11-20', place: 'Civray' });
  const instanceId = (await t.ok('instances.list', {})).find((i) => i.name.startsWith('Groupe moteur'))!.id;
  const { series } = await t.ok('meetings.saveSeries', { instanceId, startsOn: '2025-01-01', ...monthly });
  const seriesId = series.at(-1)!.id;
  const open = (on: string) => t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: on });
  const january = await open('2025-01-02');
  const february = await open('2025-02-06');
  const march = await open('2025-03-06');
  const april = await open('2025-04-03');
  for (const meeting of [january, february, april]) await takeAttendance(meeting.id, true);
  await t.ok('meetings.setCancelled', { id: march.id, cancelled: true });
  const withAgenda = await t.ok('meetings.saveAgenda', {
    meetingId: february.id,
    items: [{ title: 'La tournée du bus numérique' }],
  });
  await t.ok('meetings.saveItemRecord', {
    itemId: withAgenda.agenda[0]!.id,
    notes: 'Cinq communes demandent le bus.',
    decisions: ['Le bus passera à Charroux un mardi sur deux.', 'Un bilan sera fait en juin.'],
  });
  await t.ok('meetings.saveAction', {
    meetingId: february.id,
    what: 'Écrire aux mairies',
    who: 'Claire',
    dueOn: '2025-03-01',
  });
  await t.ok('meetings.saveAction', {
    meetingId: february.id,
    what: 'Réserver le bus',
    who: null,
    dueOn: null,
  });
  const [lateOne, bus] = (await t.ok('meetings.get', { id: february.id })).actions;
  // One action done in the year (10 April 2025), the other long after it (today, 5 December 2026).
  t.setNow('2025-04-10T10:00:00Z');
  await t.ok('meetings.setActionDone', { id: bus!.id, done: true });
  t.setNow('2026-12-05T10:00:00Z');
  await t.ok('meetings.setActionDone', { id: lateOne!.id, done: true });
  const atelier = await t.ok('meetings.save', {
    instanceId,
    kind: 'atelier',
    title: 'Atelier Aidants Connect',
    startsAt: '2025-05-15T10:00',
    durationMinutes: 90,
    place: null,
  });
  await t.ok('meetings.saveParticipants', { id: atelier.id, participantsCount: 14 });
  // A second body whose attendance was never taken.
  const quiet = await t.ok('instances.save', {
    name: 'Groupe de travail des aidants',
    kind: 'technique',
    frequency: 'trimestrielle',
  });
  const actorId = (await t.ok('actors.list', {})).items[0]!.id;
  await t.ok('instances.addMember', { instanceId: quiet.id, member: { kind: 'actor', actorId } });
  await t.ok('meetings.save', {
    instanceId: quiet.id,
    kind: 'groupe_travail',
    title: null,
    startsAt: '2025-06-10T09:30',
    durationMinutes: 120,
    place: null,
  });
  return { instanceId, quietId: quiet.id };
}

describe('the « Bilan de la coordination »', () => {
  it('holds the figures of the body’s « Réunions » for the year, and unknown attendance as unknown', async () => {
    const { instanceId, quietId } = await seededYear();
    const life = await t.ok('meetings.networkLife', { instanceId, from: '2025-01-01', to: '2025-12-31' });
    expect(life.heldCount).toBe(12); // 12 first Thursdays, March cancelled, one atelier
    const file = await t.ok('documents.build', { kind: 'bilan', options: { year: 2025 } });
    expect(file.fileName).toBe('Bilan de la coordination 2025 – CC du Civraisien en Poitou.docx');
    const docx = readDocx(file.contentBase64);
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain('Bilan de la coordination');
    expect(text).toContain('Année 2025');

    // Meetings held per quarter, per kind: those of networkLife, for each body.
    const quarterTables = tablesOf(docx.document).filter((table) => table.rows[0]![0] === 'Trimestre');
    expect(quarterTables).toHaveLength(2);
    const main = quarterTables.find((table) => table.rows[0]!.includes('Plénière'));
    expect(main!.rows[0]).toEqual(['Trimestre', 'Plénière', 'Atelier', 'Total']);
    expect(main!.rows.slice(1, -1).map((row) => [row[0], plain(row.at(-1)!)])).toEqual(
      life.perQuarter.map((quarter) => [quarter.label, String(quarter.total)]),
    );
    expect(main!.rows.at(-1)).toEqual(['Année', '11', '1', '12']);

    // Attendance: each member's rate is networkLife's present over known.
    const attendance = tablesOf(docx.document).filter((table) => table.rows[0]![0] === 'Membre');
    expect(attendance).toHaveLength(1); // the quiet body has no table
    const rows = attendance[0]!.rows.slice(1);
    expect(rows).toHaveLength(life.attendance.members.length);
    life.attendance.members.forEach((member, i) => {
      const row = rows[i]!.map(plain);
      expect(row[0]).toContain(member.name);
      expect(row[0]!.endsWith('(s’éloigne)')).toBe(member.driftingAway);
      expect(row[3]).toBe(
        member.knownCount === 0
          ? 'non renseigné'
          : `${Math.round((member.presentCount / member.knownCount) * 100)} %`,
      );
    });
    expect(life.attendance.members.some((m) => m.driftingAway)).toBe(true);
    expect(text).toContain('S’est éloigné');
    expect(text).toContain(`présence moyenne des membres : ${life.attendance.averagePresence} %`);

    // The quiet body: unknown, never 0 %.
    const quiet = await t.ok('meetings.networkLife', {
      instanceId: quietId,
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(quiet.withAttendanceCount).toBe(0);
    expect(text).toContain(
      'Les présences n’ont pas été relevées à la seule réunion tenue : la participation des membres n’est pas connue.',
    );

    // Decisions, actions, animation, roadmap.
    expect(text).toContain('jeudi 6 février 2025 — Réunion plénière');
    expect(text).toContain('– Le bus passera à Charroux un mardi sur deux.');
    const actions = tablesOf(docx.document).find((table) => table.rows[0]![0] === 'Action')!;
    // As they were on 31 December 2025: the action closed in 2026 was still open (and late) then.
    expect(actions.rows.slice(1).map((row) => [row[0], plain(row[4]!)])).toEqual([
      ['Écrire aux mairies', 'En retard au 31 décembre 2025, faite depuis (le 5 décembre 2026)'],
      ['Réserver le bus', 'Faite le 10 avril 2025'],
    ]);
    expect(life.actions).toEqual({ total: 2, done: 1, open: 1, late: 1 });
    // The figures say what the table says: the open one was late on 31 December 2025.
    expect(text).toContain('2 actions décidées : 1 faite, 1 en retard au 31 décembre 2025.');
    expect(text).toContain('2 actions de suivi décidées : 1 faite, 1 en retard au 31 décembre 2025.');
    // The same action, on the screen of 2026's « Réunions », is done.
    const later = await t.ok('meetings.networkLife', { instanceId, from: '2025-01-01', to: '2026-12-31' });
    expect(later.actions).toEqual({ total: 2, done: 2, open: 0, late: 0 });
    const animation = tablesOf(docx.document).find((table) => table.rows[0]![0] === 'Date')!;
    expect(animation.rows.slice(1).map((row) => row.map(plain))).toEqual([
      ['15 mai 2025', 'Atelier', 'Atelier Aidants Connect', life.instanceName, '14'],
    ]);
    expect(text).toContain('la version 1 adoptée le 20 novembre 2024, en vigueur à la fin de 2025');
    expect(text).toContain('Aucune fiche action n’a changé de statut ni d’avancement');
  });

  it('says what changed on the feuille de route over the year, from the version in force on 1 January', async () => {
    await seededYear();
    // Version 2, adopted in June 2025: the first fiche finished, a new one added.
    await t.ok('roadmap.amend', {});
    const draft = await t.ok('roadmap.get', {});
    const [first] = draft.chantiers[0]!.actions;
    await t.ok('roadmap.saveAction', { ...actionInputOf(first!), status: 'termine', progress: 100 });
    await t.ok('roadmap.saveAction', {
      ...actionInputOf(first!),
      id: undefined,
      title: 'Ouvrir un café numérique à Gençay',
      status: 'a_lancer',
      progress: 0,
      fundings: [],
      indicators: [],
    });
    await t.ok('roadmap.adopt', { date: '2025-06-15', place: 'Gençay' });
    const docx = readDocx(
      (await t.ok('documents.build', { kind: 'bilan', options: { year: 2025 } })).contentBase64,
    );
    const text = plain(docx.paragraphs.join('\n'));
    expect(text).toContain('la version 2 adoptée le 15 juin 2025, en vigueur à la fin de 2025');
    expect(text).toContain('Adoptée en 2025 : la version 2 le 15 juin 2025 à Gençay.');
    expect(text).toContain(
      'Par rapport à la version 1 adoptée le 20 novembre 2024, en vigueur au 1er janvier 2025',
    );
    const changes = tablesOf(docx.document).find(
      (table) => table.rows[0]![1] === 'Au 1er\u00a0janvier 2025',
    )!;
    expect(changes.rows.slice(1).map((row) => row.map(plain))).toEqual([
      [
        `1.1 ${first!.title}`,
        `${first!.status === 'en_cours' ? 'En cours' : 'À lancer'}, ${first!.progress} %`,
        'Terminé, 100 %',
      ],
      [expect.stringMatching(/^1\.\d Ouvrir un café numérique à Gençay$/), 'Nouvelle fiche', 'À lancer, 0 %'],
    ]);
    // The chart of the meetings held per quarter: for the body that met in four quarters, not for the one that
    // met once (a sentence says it); the demo has no logo.
    expect(docx.media).toHaveLength(1);
    expect(text).toContain('Réunions tenues par trimestre en 2025');
  });

  it('offers one year per year with meetings held, newest first, the current one « au 5 décembre 2026 »', async () => {
    const { instanceId } = await seededYear();
    let bilan = (await t.ok('documents.availability', {})).find((d) => d.kind === 'bilan')!;
    expect(bilan.available).toBe(true);
    // The series goes on into 2026: its dates up to today are held.
    expect(bilan.choices.map((c) => c.key)).toEqual(['annee-2026', 'annee-2025']);
    expect(plain(bilan.choices[0]!.label)).toMatch(/^2026, au 5 décembre 2026 \(\d+ réunions tenues\)$/);
    expect(bilan.choices[0]!.fileName).toBe(
      'Bilan de la coordination 2026 au 5 décembre 2026 – CC du Civraisien en Poitou.docx',
    );
    expect(
      (await t.failure('documents.build', { kind: 'bilan', options: { year: 2024 } })).message,
    ).toContain('Aucune réunion n’a été tenue en 2024');
    // The current year says so on its title page.
    const current = readDocx(
      (await t.ok('documents.build', { kind: 'bilan', options: { year: 2026 } })).contentBase64,
    );
    expect(plain(current.paragraphs.join('\n'))).toContain('Année 2026, au 5 décembre 2026');

    // Without any meeting held, no year: the document is not offered.
    const { series } = await t.ok('meetings.overview', { instanceId });
    for (const s of series) await t.ok('meetings.deleteSeries', { id: s.id });
    // Its past dates stay as single meetings: they are deleted one by one, as the list shows them.
    for (const body of await t.ok('instances.list', {})) {
      for (;;) {
        const { past } = await t.ok('meetings.overview', { instanceId: body.id });
        const ids = past.flatMap((item) => (item.meetingId ? [item.meetingId] : []));
        if (ids.length === 0) break;
        for (const id of ids) await t.ok('meetings.delete', { id });
      }
    }
    bilan = (await t.ok('documents.availability', {})).find((d) => d.kind === 'bilan')!;
    expect(bilan.available).toBe(false);
    expect(bilan.choices).toEqual([]);
  });

  it('says a late follow-up action and a late fiche action as the screens do, on the same day', async () => {
    t.open({ territory: false });
    t.setNow('2026-12-05T10:00:00Z');
    await t.ok('territory.createDemo', {});
    // « Permanence France Services à Charroux » ends in June 2026 and is still « À lancer »: late.
    await seedDemoRoadmap(t.backend);
    const instanceId = (await t.ok('instances.list', {})).find((i) => i.name.startsWith('Groupe moteur'))!.id;
    const meeting = await t.ok('meetings.save', {
      instanceId,
      kind: 'pleniere',
      title: null,
      startsAt: '2026-10-01T14:00',
      durationMinutes: 120,
      place: null,
    });
    for (const [what, dueOn] of [
      ['Écrire aux mairies', '2026-11-01'],
      ['Réserver le bus', '2026-11-15'],
    ] as const)
      await t.ok('meetings.saveAction', { meetingId: meeting.id, what, who: null, dueOn });

    // The « Réunions » screen: both late today.
    const open = await t.ok('meetings.openActions', { instanceId });
    expect(open.actions.map((a) => followUpLabel(a, open.today))).toEqual(['En retard', 'En retard']);

    const bilan = readDocx(
      (await t.ok('documents.build', { kind: 'bilan', options: { year: 2026 } })).contentBase64,
    );
    const text = plain(bilan.paragraphs.join('\n'));
    expect(text).toContain('2 actions de suivi décidées : aucune faite, 2 en retard.');
    expect(text).toContain('2 actions décidées : aucune faite, 2 en retard.');
    expect(text).not.toMatch(/2 en cours|encore ouvertes/);
    const actions = tablesOf(bilan.document).find((table) => table.rows[0]![0] === 'Action')!;
    expect(actions.rows.slice(1).map((row) => plain(row[4]!))).toEqual(['En retard', 'En retard']);
    // The fiche, as the Word feuille de route prints it the same day.
    const fiches = tablesOf(bilan.document).find((table) => table.rows[0]![1] === 'Fiche action')!;
    const late = fiches.rows.find((row) => row[1] === 'Permanence France Services à Charroux')!;
    expect(late[2]).toBe('À lancer (en retard)');
    const roadmap = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    expect(roadmap.paragraphs.join('\n')).toContain('À lancer (en retard)');

    // The compte rendu of the meeting, written today: « En retard », not « À faire ».
    const report = readDocx((await t.ok('meetings.report', { id: meeting.id })).contentBase64);
    const reportActions = tablesOf(report.document).find((table) => table.rows[0]![0] === 'Action')!;
    expect(reportActions.rows.slice(1).map((row) => row[3])).toEqual(['En retard', 'En retard']);
  });
});
