import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';

/**
 * A body's meetings on the demo territory (clock: 5 April 2026), through the router as the « Réunions » screen
 * calls it, over a real SQLite file: a monthly series with a moved and a cancelled date, a single meeting in a
 * place of the directory, an agenda tied to a fiche action, members and a guest invited, the .ics and the
 * convocation.
 */

const t = useActorsBackend();
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function bodyWithRoadmap(): Promise<number> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
  return (await t.ok('instances.list', {}))[0]!.id;
}

const firstThursday = {
  kind: 'pleniere' as const,
  pattern: { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const },
  startsOn: '2026-04-01',
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' as const },
};

describe('the meetings of a coordination body', () => {
  it('plans « le premier jeudi de chaque mois à 14 h », lists what comes and what is past', async () => {
    const instanceId = await bodyWithRoadmap();
    const overview = await t.ok('meetings.saveSeries', { instanceId, ...firstThursday, place: null });
    expect(overview.series).toHaveLength(1);
    expect(plain(overview.series[0]!.sentence)).toBe(
      'Le premier jeudi de chaque mois à 14 h, à partir du 1er avril 2026',
    );
    expect(overview.series[0]!.rrule).toBe('FREQ=MONTHLY;BYDAY=1TH');
    expect(overview.upcoming.slice(0, 3).map((m) => m.startsAt)).toEqual([
      '2026-05-07T14:00',
      '2026-06-04T14:00',
      '2026-07-02T14:00',
    ]);
    expect(overview.upcoming).toHaveLength(12); // the next twelve months
    expect(overview.past.map((m) => m.startsAt)).toEqual(['2026-04-02T14:00']);
    expect(overview.upcoming.every((m) => m.meetingId === null)).toBe(true);
    expect(t.count('meeting')).toBe(0); // nothing stored until a date is opened
  });

  it('moves one date and cancels another: exceptions in the list and in the .ics', async () => {
    const instanceId = await bodyWithRoadmap();
    const { series } = await t.ok('meetings.saveSeries', { instanceId, ...firstThursday, place: null });
    const seriesId = series[0]!.id;
    const may = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-05-07' });
    expect(may.invitees.map((i) => i.kind)).toEqual(['member', 'member', 'member', 'member']);
    expect(await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-05-07' })).toMatchObject({
      id: may.id,
    });
    const moved = await t.ok('meetings.save', {
      id: may.id,
      instanceId,
      kind: 'pleniere',
      startsAt: '2026-05-12T09:30',
      durationMinutes: 120,
      place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
    });
    expect(moved.moved).toBe(true);
    const june = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-06-04' });
    const cancelled = await t.ok('meetings.setCancelled', { id: june.id, cancelled: true });
    expect(cancelled.status).toBe('annulee');
    expect(
      (await t.failure('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-06-11' })).message,
    ).toBe('Cette date ne fait pas partie de la série.');
    expect((await t.failure('meetings.delete', { id: june.id })).message).toContain('annulez-la');

    const overview = await t.ok('meetings.overview', { instanceId });
    expect(overview.series[0]).toMatchObject({ cancelledCount: 1, movedCount: 1 });
    expect(overview.upcoming.slice(0, 3).map((m) => [m.startsAt, m.status, m.moved])).toEqual([
      ['2026-05-12T09:30', 'prevue', true],
      ['2026-06-04T14:00', 'annulee', false],
      ['2026-07-02T14:00', 'prevue', false],
    ]);

    const file = await t.ok('meetings.calendar', { seriesId });
    expect(file.fileName).toMatch(/\.ics$/);
    expect(file.content).toContain('RRULE:FREQ=MONTHLY;BYDAY=1TH\r\n');
    expect(file.content).toContain('EXDATE;TZID=Europe/Paris:20260604T140000\r\n');
    expect(file.content).toContain('RECURRENCE-ID;TZID=Europe/Paris:20260507T140000\r\n');
    const again = await t.ok('meetings.calendar', { seriesId });
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids(again.content)).toEqual(uids(file.content)); // stable: re-import updates, does not duplicate
    const parsed = new ICAL.Component(ICAL.parse(file.content));
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(new Set(events.map((e) => e.uid)).size).toBe(1); // the moved date carries the series' UID
    expect(events[1]!.location).toBe('Salle du conseil, mairie de Civray');
    // French text as the screens write it: a no-break space before the colon.
    expect(events[0]!.description).toMatch(/\nRéunion régulière\u00a0: le premier jeudi de chaque mois/);
  });

  it('keeps an agenda tied to a fiche action, invites members and a guest, and builds the convocation', async () => {
    const instanceId = await bodyWithRoadmap();
    const choices = await t.ok('meetings.choices', { instanceId });
    const action = choices.chantiers[0]!.actions[0]!;
    expect(action.label).toBe('Fiche action 1.1 — Étendre la tournée du bus numérique');
    const place = choices.places.find((p) => p.address !== null)!;
    const meeting = await t.ok('meetings.save', {
      instanceId,
      kind: 'cafe_debat',
      title: 'Café-débat : le numérique et les aînés',
      startsAt: '2026-05-19T18:00',
      durationMinutes: 90,
      place: { placeId: place.placeId, label: null, address: null },
    });
    expect(meeting.place).toEqual({ placeId: place.placeId, label: place.label, address: place.address });
    const withAgenda = await t.ok('meetings.saveAgenda', {
      meetingId: meeting.id,
      items: [
        { title: 'Accueil et tour de table' },
        { title: 'Où en est la tournée du bus', actionId: action.id, detail: 'Les cinq communes ajoutées.' },
        { title: 'Former les aidants', chantierId: choices.chantiers[1]!.id },
      ],
    });
    expect(withAgenda.agenda.map((i) => [i.position, i.title, i.linkLabel])).toEqual([
      [0, 'Accueil et tour de table', null],
      [1, 'Où en est la tournée du bus', 'Fiche action 1.1 — Étendre la tournée du bus numérique'],
      [2, 'Former les aidants', 'Chantier 2 — Former et outiller les aidants'],
    ]);
    const contact = choices.contacts.find((c) => c.email !== null);
    const members = choices.members.slice(0, 2).map((m) => m.id);
    const invited = await t.ok('meetings.saveInvitees', {
      meetingId: meeting.id,
      memberIds: members,
      guests: [
        {
          actorId: contact?.actorId ?? null,
          name: 'Léa Martin',
          organisation: 'Centre social',
          email: 'lea.martin@example.fr',
        },
        { name: 'Paul Invité', organisation: null, email: null },
      ],
    });
    expect(invited.invitees.map((i) => i.kind)).toEqual(['member', 'member', 'guest', 'guest']);
    expect(invited.emails).toContain('lea.martin@example.fr');
    expect(invited.withoutEmail).toContain('Paul Invité');

    const single = await t.ok('meetings.calendar', { meetingId: meeting.id });
    expect(single.content.slice(single.content.indexOf('BEGIN:VEVENT'))).not.toContain('RRULE');
    expect(single.content).toContain('DTSTART;TZID=Europe/Paris:20260519T180000\r\n');

    await t.ok('territory.setLogo', {
      logo: { mimeType: 'image/png', base64: readFileSync('resources/icon.png').toString('base64') },
    });
    const convocation = await t.ok('meetings.convocation', { id: meeting.id });
    expect(convocation.fileName).toMatch(/^Convocation – .*\.docx$/);
    if (process.env.MEETINGS_DOCX_OUT)
      writeFileSync(process.env.MEETINGS_DOCX_OUT, Buffer.from(convocation.contentBase64, 'base64'));
    const docx = readDocx(convocation.contentBase64);
    expect(docx.media.length).toBeGreaterThan(0); // the territory's logo, in the header
    const text = docx.paragraphs.map(plain).join('\n');
    expect(text).toContain('Convocation');
    expect(text).toContain('mardi 19 mai 2026 à 18 h');
    // Under the title, the meeting's day (as on the émargement and the compte rendu), not the day it was printed.
    expect(text).toMatch(/ — mardi 19 mai 2026\n/);
    expect(text).toContain('Où en est la tournée du bus');
    expect(text).toContain('Fiche action 1.1 — Étendre la tournée du bus numérique');
    expect(text).toContain(place.label);
    expect(text).toContain('Merci de confirmer votre présence');
  });

  it('lets opened dates follow a changed series, or leave it, and keeps the past when a series goes', async () => {
    const instanceId = await bodyWithRoadmap();
    const { series } = await t.ok('meetings.saveSeries', { instanceId, ...firstThursday, place: null });
    const seriesId = series[0]!.id;
    const april = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-04-02' });
    await t.ok('meetings.saveAgenda', { meetingId: april.id, items: [{ title: 'Installation du groupe' }] });
    // Its convocation names the meeting by its kind, and the series in the middle of a sentence.
    const convocation = readDocx((await t.ok('meetings.convocation', { id: april.id })).contentBase64);
    const words = convocation.paragraphs.map(plain).join('\n');
    expect(words).toMatch(
      /Vous êtes invité·e à la réunion plénière de l’instance « [^»]+ », le jeudi 2 avril 2026/,
    );
    expect(words).toMatch(/Rendez-vous régulier : le premier jeudi/);
    const may = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-05-07' });
    await t.ok('meetings.saveSeries', {
      id: seriesId,
      instanceId,
      ...firstThursday,
      time: '15:00',
      place: null,
    });
    expect((await t.ok('meetings.get', { id: may.id })).startsAt).toBe('2026-05-07T15:00');
    // The second Thursday: 7 May is no longer a date of the series, it becomes a single meeting.
    await t.ok('meetings.saveSeries', {
      id: seriesId,
      instanceId,
      ...firstThursday,
      pattern: { ...firstThursday.pattern, nth: 2 },
      place: null,
    });
    expect(await t.ok('meetings.get', { id: may.id })).toMatchObject({ seriesId: null, occurrenceOn: null });
    const overview = await t.ok('meetings.deleteSeries', { id: seriesId });
    expect(overview.series).toEqual([]);
    const kept = await t.ok('meetings.get', { id: april.id });
    expect(kept).toMatchObject({ seriesId: null, agenda: [{ title: 'Installation du groupe' }] });
    expect(overview.past.map((m) => m.meetingId)).toEqual([april.id]);
  });

  it('deletes a body’s meetings with the body; a purged actor leaves a guest’s name readable', async () => {
    const instanceId = await bodyWithRoadmap();
    const choices = await t.ok('meetings.choices', { instanceId });
    const contact = choices.contacts[0]!;
    const meeting = await t.ok('meetings.save', {
      instanceId,
      kind: 'atelier',
      startsAt: '2026-06-10T10:00',
      durationMinutes: 60,
      place: null,
    });
    await t.ok('meetings.saveInvitees', {
      meetingId: meeting.id,
      memberIds: [],
      guests: [
        {
          actorId: contact.actorId,
          name: contact.name,
          organisation: contact.actorName,
          email: contact.email,
        },
      ],
    });
    t.backend.ctx.sqlite.prepare('DELETE FROM actor WHERE id = ?').run(contact.actorId);
    expect((await t.ok('meetings.get', { id: meeting.id })).invitees[0]).toMatchObject({
      actorId: null,
      name: contact.name,
    });
    await t.ok('meetings.saveSeries', { instanceId, ...firstThursday, place: null });
    await t.ok('instances.delete', { id: instanceId });
    expect(t.count('meeting')).toBe(0);
    expect(t.count('meeting_series')).toBe(0);
    expect(t.count('meeting_invitee')).toBe(0);
  });

  it('refuses a series that ends before it starts, with a French message', async () => {
    const instanceId = await bodyWithRoadmap();
    const error = await t.failure('meetings.saveSeries', {
      instanceId,
      ...firstThursday,
      end: { kind: 'until', on: '2026-01-01' },
    });
    expect(JSON.stringify(error)).toContain('La date de fin est avant la date de début.');
  });
});
