import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openDatabase } from '../../electron/backend/db/open';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';
import { useTempDir } from './support/tempDir';

/**
 * Holding a meeting and reporting on it (issue 16, items 4–5), on the demo territory (clock: 5 April 2026),
 * through the router as the « Réunions » screen calls it, over a real SQLite file: attendance, notes and
 * decisions per item, follow-up actions (tied to fiches action of the feuille de route, updating or creating one
 * only when asked), the open actions of all meetings, the feuille d'émargement and the compte rendu.
 */

const t = useActorsBackend();
const tempDir = useTempDir();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const firstThursday = {
  kind: 'pleniere' as const,
  pattern: { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const },
  startsOn: '2026-01-01',
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' as const },
  place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
};

/** The demo body with its roadmap, a monthly series, and its April meeting opened (four members invited). */
async function heldMeeting() {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
  const instanceId = (await t.ok('instances.list', {}))[0]!.id;
  const { series } = await t.ok('meetings.saveSeries', { instanceId, ...firstThursday });
  const seriesId = series[0]!.id;
  const april = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-04-02' });
  const members = april.invitees.map((i) => i.memberId!);
  await t.ok('meetings.saveInvitees', {
    meetingId: april.id,
    memberIds: members,
    guests: [{ name: 'Léa Martin', organisation: 'Centre social', email: 'lea.martin@example.fr' }],
  });
  const meeting = await t.ok('meetings.saveAgenda', {
    meetingId: april.id,
    items: [{ title: 'Tour de table' }, { title: 'La tournée du bus numérique' }],
  });
  return { instanceId, seriesId, meeting };
}

describe('holding a meeting and reporting on it', () => {
  it('takes the attendance, keeps it when the invitees change, and lists the absents to send the report to', async () => {
    const { meeting } = await heldMeeting();
    const [epci, franceServices, bus, mayor, guest] = meeting.invitees;
    expect(meeting.invitees.every((i) => i.attendance === null)).toBe(true); // unknown, not « absent »
    const held = await t.ok('meetings.saveAttendance', {
      meetingId: meeting.id,
      entries: [
        { inviteeId: epci!.id, attendance: 'present' },
        {
          inviteeId: franceServices!.id,
          attendance: 'represente',
          representedBy: 'Claire Bonnet (Mairie de Gençay)',
        },
        { inviteeId: bus!.id, attendance: 'excuse', representedBy: 'ignored' },
        { inviteeId: mayor!.id, attendance: 'absent' },
        { inviteeId: guest!.id, attendance: 'absent' },
      ],
    });
    expect(held.invitees.map((i) => [i.attendance, i.representedBy])).toEqual([
      ['present', null],
      ['represente', 'Claire Bonnet (Mairie de Gençay)'],
      ['excuse', null],
      ['absent', null],
      ['absent', null],
    ]);
    expect(held.absentees.names).toEqual([bus!.name, mayor!.name, 'Léa Martin']);
    expect(held.absentees.emails).toContain('lea.martin@example.fr');
    expect(held.absentees.emails).not.toEqual(held.emails); // the present ones are not written to
    // A guest added afterwards: the attendance already taken stays with each member and guest.
    const again = await t.ok('meetings.saveInvitees', {
      meetingId: meeting.id,
      memberIds: held.invitees.flatMap((i) => (i.memberId === null ? [] : [i.memberId])),
      guests: [
        { name: 'Léa Martin', organisation: 'Centre social', email: 'lea.martin@example.fr' },
        { name: 'Paul Nouveau', organisation: null, email: null },
      ],
    });
    expect(again.invitees.map((i) => i.attendance)).toEqual([
      'present',
      'represente',
      'excuse',
      'absent',
      'absent',
      null,
    ]);
    const failure = await t.failure('meetings.saveAttendance', {
      meetingId: meeting.id,
      entries: [{ inviteeId: 999_999, attendance: 'present' }],
    });
    expect(failure.message).toContain('rechargez la page');
  });

  it('keeps notes and decisions per agenda item, also when the agenda is reordered or a point added', async () => {
    const { meeting } = await heldMeeting();
    const [round, bus] = meeting.agenda;
    const noted = await t.ok('meetings.saveItemRecord', {
      itemId: bus!.id,
      notes: 'Cinq communes ont demandé le passage du bus.\nLe mardi est le jour le plus demandé.',
      decisions: ['Le bus passera à Charroux un mardi sur deux.', 'Un bilan sera fait en juin.'],
    });
    expect(noted.agenda[1]).toMatchObject({
      notes: 'Cinq communes ont demandé le passage du bus.\nLe mardi est le jour le plus demandé.',
      decisions: ['Le bus passera à Charroux un mardi sur deux.', 'Un bilan sera fait en juin.'],
    });
    const reordered = await t.ok('meetings.saveAgenda', {
      meetingId: meeting.id,
      items: [
        { id: bus!.id, title: bus!.title },
        { id: round!.id, title: 'Tour de table des membres' },
        { title: 'Questions diverses' },
      ],
    });
    expect(reordered.agenda.map((i) => [i.title, i.decisions.length])).toEqual([
      ['La tournée du bus numérique', 2],
      ['Tour de table des membres', 0],
      ['Questions diverses', 0],
    ]);
    expect(reordered.agenda[0]!.id).toBe(bus!.id);
    // A point removed takes its decisions with it.
    await t.ok('meetings.saveAgenda', { meetingId: meeting.id, items: [{ id: round!.id, title: 'Tour' }] });
    expect(t.count('meeting_decision')).toBe(0);
  });

  it('records follow-up actions, updates or creates a fiche action only when asked, and lists the open ones of all meetings', async () => {
    const { instanceId, seriesId, meeting } = await heldMeeting();
    const fiche = () =>
      t
        .ok('roadmap.get', {})
        .then((r) =>
          r.chantiers
            .flatMap((c) => c.actions)
            .find((a) => a.title === 'Étendre la tournée du bus numérique')!,
        );
    const before = await fiche();
    expect([before.status, before.progress]).toEqual(['en_cours', 30]);

    // Tied to the fiche, no effect asked: the fiche stays as it was.
    let saved = await t.ok('meetings.saveAction', {
      meetingId: meeting.id,
      what: 'Écrire aux cinq mairies',
      who: 'Bus numérique',
      dueOn: '2026-04-30',
      roadmapActionId: before.id,
    });
    expect(saved.actions[0]).toMatchObject({
      what: 'Écrire aux cinq mairies',
      roadmapActionLabel: 'Fiche action 1.1 — Étendre la tournée du bus numérique',
      doneOn: null,
    });
    expect(await fiche()).toMatchObject({ status: 'en_cours', progress: 30, budget: 18000 });

    // Asked: the fiche's status and progress change, and nothing else of it.
    saved = await t.ok('meetings.saveAction', {
      id: saved.actions[0]!.id,
      meetingId: meeting.id,
      what: 'Écrire aux cinq mairies',
      who: 'Bus numérique',
      dueOn: '2026-04-30',
      roadmapActionId: before.id,
      roadmap: { kind: 'update', status: 'en_cours', progress: 50 },
    });
    const after = await fiche();
    expect([after.status, after.progress]).toEqual(['en_cours', 50]);
    expect(after.fundings).toHaveLength(2);
    expect(after.partnerMemberIds).toEqual(before.partnerMemberIds);

    // A new fiche action, named after the follow-up action, in the chantier chosen.
    const chantier = (await t.ok('roadmap.get', {})).chantiers[1]!;
    saved = await t.ok('meetings.saveAction', {
      meetingId: meeting.id,
      what: 'Organiser un café-débat à Gençay',
      roadmap: { kind: 'create', chantierId: chantier.id },
    });
    const created = (await t.ok('roadmap.get', {})).chantiers[1]!.actions.at(-1)!;
    expect(created.title).toBe('Organiser un café-débat à Gençay');
    expect(saved.actions[1]).toMatchObject({ roadmapActionId: created.id, who: null, dueOn: null });

    // An action of another meeting of the body; the open list gathers them, soonest due first.
    const may = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-05-07' });
    await t.ok('meetings.saveAction', { meetingId: may.id, what: 'Préparer le bilan', dueOn: '2026-04-20' });
    let open = await t.ok('meetings.openActions', { instanceId });
    expect(open.actions.map((a) => [a.what, a.meetingStartsAt])).toEqual([
      ['Préparer le bilan', '2026-05-07T14:00'],
      ['Écrire aux cinq mairies', '2026-04-02T14:00'],
      ['Organiser un café-débat à Gençay', '2026-04-02T14:00'],
    ]);
    open = await t.ok('meetings.setActionDone', { id: open.actions[1]!.id, done: true });
    expect(open.actions.map((a) => a.what)).toEqual([
      'Préparer le bilan',
      'Organiser un café-débat à Gençay',
    ]);
    expect((await t.ok('meetings.get', { id: meeting.id })).actions[0]!.doneOn).toBe('2026-04-05');
    const undone = await t.ok('meetings.setActionDone', { id: saved.actions[0]!.id, done: false });
    expect(undone.actions).toHaveLength(3);

    // An adopted roadmap is not changed: the French message says what to do, and no action is written.
    await t.ok('roadmap.adopt', { date: '2026-04-05', place: 'Civray' });
    const refused = await t.failure('meetings.saveAction', {
      meetingId: meeting.id,
      what: 'Passer à 60 %',
      roadmapActionId: before.id,
      roadmap: { kind: 'update', status: 'en_cours', progress: 60 },
    });
    expect(refused.message).toContain('Amender');
    expect((await t.ok('meetings.get', { id: meeting.id })).actions).toHaveLength(2);
    const deleted = await t.ok('meetings.deleteAction', { id: saved.actions[1]!.id });
    expect(deleted.actions.map((a) => a.what)).toEqual(['Écrire aux cinq mairies']);
  });

  it('writes the feuille d’émargement and the compte rendu (attendance, items, decisions, actions, next meeting)', async () => {
    const { seriesId, meeting } = await heldMeeting();
    const [epci, franceServices, bus, mayor, guest] = meeting.invitees;
    await t.ok('meetings.saveAttendance', {
      meetingId: meeting.id,
      entries: [
        { inviteeId: epci!.id, attendance: 'present' },
        { inviteeId: franceServices!.id, attendance: 'represente', representedBy: 'Claire Bonnet' },
        { inviteeId: bus!.id, attendance: 'excuse' },
        { inviteeId: mayor!.id, attendance: 'absent' },
        { inviteeId: guest!.id, attendance: 'present' },
      ],
    });
    await t.ok('meetings.saveItemRecord', {
      itemId: meeting.agenda[1]!.id,
      notes: 'Cinq communes ont demandé le passage du bus.',
      decisions: ['Le bus passera à Charroux un mardi sur deux.'],
    });
    await t.ok('meetings.saveAction', {
      meetingId: meeting.id,
      what: 'Écrire aux cinq mairies',
      who: 'Léa Martin',
      dueOn: '2026-04-30',
    });
    await t.ok('meetings.saveAction', { meetingId: meeting.id, what: 'Chercher une salle à Gençay' });
    await t.ok('meetings.saveParticipants', { id: meeting.id, participantsCount: 12 });
    // May is cancelled: the next meeting is the first Thursday of June.
    const may = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-05-07' });
    await t.ok('meetings.setCancelled', { id: may.id, cancelled: true });

    await t.ok('territory.setLogo', {
      logo: { mimeType: 'image/png', base64: readFileSync('resources/icon.png').toString('base64') },
    });
    const report = await t.ok('meetings.report', { id: meeting.id });
    expect(report.fileName).toMatch(/^Compte rendu – .*\.docx$/);
    const docx = readDocx(report.contentBase64);
    expect(docx.media.length).toBeGreaterThan(0); // the territory's logo
    const text = docx.paragraphs.map(plain).join('\n');
    if (process.env.MEETINGS_DOCX_DIR) {
      writeFileSync(
        join(process.env.MEETINGS_DOCX_DIR, 'compte-rendu.docx'),
        Buffer.from(report.contentBase64, 'base64'),
      );
    }
    expect(text).toContain('Compte rendu');
    expect(text).toContain('jeudi 2 avril 2026 à 14 h');
    expect(text).toContain('Participants : 12\nPrésents');
    expect(text).toContain(`Présents : ${epci!.name}, Léa Martin (Centre social)`);
    expect(text).toContain(`Représentés : ${franceServices!.name}, par Claire Bonnet`);
    expect(text).toContain(`Excusés : ${bus!.name}`);
    expect(text).toContain(`Absents : ${mayor!.name}`);
    expect(text).toContain('2. La tournée du bus numérique');
    expect(text).toContain('Cinq communes ont demandé le passage du bus.');
    expect(text).toContain('Le bus passera à Charroux un mardi sur deux.');
    expect(text).toContain('Pas de notes pour ce point.'); // the tour de table: nothing written, said so
    expect(text).toContain('Écrire aux cinq mairies');
    expect(text).toContain('30 avril 2026');
    expect(text).toContain('Chercher une salle à Gençay');
    expect(text).toContain('non renseigné'); // its « who » and due date: unknown, written as unknown
    expect(text).toContain('La prochaine réunion aura lieu le jeudi 4 juin 2026 à 14 h.');

    const sheet = await t.ok('meetings.attendanceSheet', { id: meeting.id });
    expect(sheet.fileName).toMatch(/^Émargement – .*\.docx$/);
    if (process.env.MEETINGS_DOCX_DIR) {
      writeFileSync(
        join(process.env.MEETINGS_DOCX_DIR, 'emargement.docx'),
        Buffer.from(sheet.contentBase64, 'base64'),
      );
    }
    const sheetText = readDocx(sheet.contentBase64).paragraphs.map(plain).join('\n');
    expect(sheetText).toContain('Feuille d’émargement');
    expect(sheetText).toContain('Signature');
    expect(sheetText).toContain('Salle du conseil, mairie de Civray');
    for (const invitee of meeting.invitees) expect(sheetText).toContain(invitee.name);
    expect(sheetText).toContain('Centre social');
    expect(sheetText).toContain('Maire'); // the elected member signs under their mandate
  });

  it('the compte rendu of a single meeting says when no next meeting is planned', async () => {
    const { instanceId } = await heldMeeting();
    const single = await t.ok('meetings.save', {
      instanceId,
      kind: 'atelier',
      startsAt: '2026-03-10T10:00',
      durationMinutes: 60,
      place: null,
    });
    const text = readDocx((await t.ok('meetings.report', { id: single.id })).contentBase64)
      .paragraphs.map(plain)
      .join('\n');
    expect(text).toContain('La date de la prochaine réunion n’est pas encore fixée.');
    expect(text).toContain('Aucun point n’était inscrit à l’ordre du jour.');
    expect(text).toContain('Aucune action n’a été décidée.');
    expect(text).toContain('Présence non renseignée');
    // Nobody counted: no head count, not « 0 »; once counted, the atelier's includes its public.
    expect(text).not.toContain('Participants :');
    expect(text).not.toContain('public compris');
    await t.ok('meetings.saveParticipants', { id: single.id, participantsCount: 1250 });
    const counted = readDocx((await t.ok('meetings.report', { id: single.id })).contentBase64)
      .paragraphs.map(plain)
      .join('\n');
    expect(counted).toContain('Participants, public compris : 1 250');
  });

  it('points out a member absent or excused at its last three held meetings, on « Réunions » and in « n’oublier personne »', async () => {
    const { instanceId, seriesId } = await heldMeeting();
    const hold = async (on: string, missing: 'absent' | 'excuse' | null) => {
      const m = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: on });
      await t.ok('meetings.saveAttendance', {
        meetingId: m.id,
        entries: m.invitees.map((i, index) => ({
          inviteeId: i.id,
          attendance: index === 3 ? missing : 'present',
        })),
      });
      return m.invitees[3]!;
    };
    await hold('2026-01-01', 'absent');
    await hold('2026-02-05', 'excuse');
    // Two missed, then a meeting where its attendance was not said: not pointed out (unknown is not absent).
    await hold('2026-03-05', null);
    expect((await t.ok('meetings.overview', { instanceId })).drifting).toEqual([]);
    const mayor = await hold('2026-03-05', 'absent');
    const overview = await t.ok('meetings.overview', { instanceId });
    expect(overview.drifting.map((d) => [d.name, d.missed.map((m) => m.attendance)])).toEqual([
      [mayor.name, ['absent', 'excuse', 'absent']],
    ]);
    const report = await t.ok('instances.check', { id: instanceId });
    const finding = report.findings.find((f) => f.rule === 'attendance')!;
    expect(plain(finding.title)).toBe(`« ${mayor.name} » a manqué les trois dernières réunions`);
    expect(plain(finding.detail)).toContain(
      '1er janvier 2026 (absent), 5 février 2026 (excusé), 5 mars 2026 (absent)',
    );
    // French typography as written: no-break spaces inside the quotes and before the colon.
    expect(finding.title).toBe(`«\u00a0${mayor.name}\u00a0» a manqué les trois dernières réunions`);
    expect(finding.detail).toMatch(/\(absent\)\u00a0: un appel ou une visite peut renouer le lien\.$/);
    // Present at the next one: no longer pointed out.
    await hold('2026-04-02', 'absent');
    const april = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-04-02' });
    await t.ok('meetings.saveAttendance', {
      meetingId: april.id,
      entries: [{ inviteeId: april.invitees[3]!.id, attendance: 'represente', representedBy: 'Son adjoint' }],
    });
    expect((await t.ok('meetings.overview', { instanceId })).drifting).toEqual([]);
  });

  it('migrates a file of schema 17 with meetings: invitees and items kept, attendance and notes unknown', async () => {
    const path = join(tempDir(), 'ancien.sqlite');
    const old = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 17)) old.exec(migration.sql);
    old.pragma('user_version = 17');
    old.exec(`
      INSERT INTO instance (id, name, kind, frequency, created_at, updated_at) VALUES (1, 'Groupe moteur', 'strategique', 'mensuelle', 'x', 'x');
      INSERT INTO meeting (id, instance_id, uid, kind, starts_at, duration_minutes, created_at, updated_at)
        VALUES (1, 1, 'u1', 'pleniere', '2026-03-05T14:00', 120, 'x', 'x');
      INSERT INTO meeting_agenda_item (id, meeting_id, position, title) VALUES (1, 1, 0, 'Tour de table');
      INSERT INTO meeting_invitee (id, meeting_id, position, kind, name) VALUES (1, 1, 0, 'guest', 'Léa Martin');
    `);
    old.close();
    const opened = openDatabase(path, { now: () => new Date('2026-04-05T10:00:00Z') });
    expect(opened.migration).toMatchObject({ from: 17 });
    expect(
      opened.sqlite.prepare('SELECT name, attendance, represented_by FROM meeting_invitee').all(),
    ).toEqual([{ name: 'Léa Martin', attendance: null, represented_by: null }]);
    expect(opened.sqlite.prepare('SELECT title, notes FROM meeting_agenda_item').all()).toEqual([
      { title: 'Tour de table', notes: null },
    ]);
    expect(() => opened.sqlite.prepare("UPDATE meeting_invitee SET attendance = 'peut-être'").run()).toThrow(
      /CHECK/,
    );
    opened.sqlite.prepare('DELETE FROM meeting').run();
    await opened.close();
  });
});
