import ICAL from 'ical.js';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';
import { useActorsBackend } from './support/actorsBackend';

/**
 * The « Kit de partage » (issue 16, item 7), through the router over a real SQLite file (clock: 5 April 2026):
 * one zip with the adopted feuille de route, the comptes rendus of the meetings held in the last twelve months,
 * the annuaire in Word and as the standard's CSV (which the import takes back), each body's calendar of the
 * coming meetings, and a « Lisez-moi »; a territory barely started gets what exists, and the rest is said.
 */

const t = useActorsBackend();

const firstThursday = {
  kind: 'pleniere' as const,
  pattern: { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const },
  startsOn: '2026-01-01',
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' as const },
  place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
};

/** A meeting whose attendance was taken: everyone present but the last, absent. */
async function hold(meetingId: number) {
  const meeting = await t.ok('meetings.get', { id: meetingId });
  await t.ok('meetings.saveAttendance', {
    meetingId,
    entries: meeting.invitees.map((invitee, i) => ({
      inviteeId: invitee.id,
      attendance: i === meeting.invitees.length - 1 ? ('absent' as const) : ('present' as const),
    })),
  });
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const unzip = (base64: string) => unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));

describe('the « Kit de partage »', () => {
  it('holds the adopted roadmap, the recent comptes rendus, the annuaire, the CSV, the calendars and a Lisez-moi', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    await seedDemoRoadmap(t.backend);
    await t.ok('roadmap.adopt', { date: '2026-02-10', place: 'Civray' });
    const instanceId = (await t.ok('instances.list', {}))[0]!.id;
    const { series } = await t.ok('meetings.saveSeries', { instanceId, ...firstThursday });
    const seriesId = series[0]!.id;
    for (const on of ['2026-02-05', '2026-03-05'])
      await hold((await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: on })).id);
    // Opened but its attendance never taken: not held, no compte rendu.
    await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-01-01' });
    // Held more than twelve months ago: out of the kit.
    const old = await t.ok('meetings.save', {
      instanceId,
      kind: 'atelier',
      title: 'Atelier de lancement',
      startsAt: '2025-03-12T10:00',
      durationMinutes: 90,
      place: null,
    });
    await hold(old.id);
    // A single meeting to come, in the body's calendar with the series.
    const visit = await t.ok('meetings.save', {
      instanceId,
      kind: 'visite_apprenante',
      title: 'Visite du tiers-lieu de Gençay',
      startsAt: '2026-05-20T10:00',
      durationMinutes: 120,
      place: null,
    });

    const kit = await t.ok('sharing.kit', {});
    expect(kit.fileName).toBe('Kit de partage au 5 avril 2026 – CC du Civraisien en Poitou.zip');
    expect(kit.mimeType).toBe('application/zip');
    const files = unzip(kit.contentBase64);
    const names = Object.keys(files).sort();
    expect(names).toEqual(kit.entries.map((e) => e.path).sort());
    expect(names[0]).toMatch(/^Annuaire\/2026-04-05_.+_lieux-de-mediation-numerique_.+\.csv$/);
    expect(names.slice(1)).toEqual(
      [
        'Annuaire/Annuaire des acteurs au 5 avril 2026 – CC du Civraisien en Poitou.docx',
        'Calendriers des réunions/Groupe moteur de l’inclusion numérique – réunions à venir.ics',
        'Comptes rendus/2026-02-05 – Compte rendu – Réunion plénière du jeudi 5 février 2026.docx',
        'Comptes rendus/2026-03-05 – Compte rendu – Réunion plénière du jeudi 5 mars 2026.docx',
        'Feuille de route/Feuille de route – version 1 adoptée le 10 février 2026 – CC du Civraisien en Poitou.docx',
        'Lisez-moi.txt',
      ].sort(),
    );
    expect(kit.missing).toEqual([]);
    // The screen lists each file by what it holds: the Lisez-moi is named, not « Ce fichier ».
    expect(kit.entries.find((e) => e.path === 'Lisez-moi.txt')!.what).toBe(
      'Une page à lire d’abord (Lisez-moi.txt)\u00a0: le contenu du kit et sa date.',
    );
    // The CSV's rows are not all places: an actor without one has its row too, and the kit says so.
    expect(kit.entries.find((e) => e.path.endsWith('.csv'))!.what).toMatch(
      /^L’annuaire au standard national des lieux de médiation numérique \(\.csv, \d+\u00a0lignes\u00a0: une par lieu d’accueil, et une par acteur sans lieu, à son adresse\)/,
    );

    // Each Word file opens: a zip holding its body, the territory's name in it.
    for (const name of names.filter((n) => n.endsWith('.docx'))) {
      const parts = readZip(files[name]!);
      expect(parts.get('word/document.xml')!.toString('utf8')).toContain('Civraisien');
    }
    const march = readZip(files[names.find((n) => n.includes('5 mars'))!]!)
      .get('word/document.xml')!
      .toString('utf8');
    expect(march).toContain('Compte rendu');
    expect(march).toContain('Absents');

    // The calendar parses (ical.js): the series with its RRULE, its opened dates, and the single visit.
    const calendar = Buffer.from(files[names.find((n) => n.endsWith('.ics'))!]!).toString('utf8');
    expect(calendar.split('\r\n').filter((line) => line === 'BEGIN:VCALENDAR')).toHaveLength(1);
    const parsed = new ICAL.Component(ICAL.parse(calendar));
    expect(parsed.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.filter((e) => e.isRecurring())).toHaveLength(1);
    expect(events.map((e) => e.summary)).toContain(
      'Visite du tiers-lieu de Gençay — Groupe moteur de l’inclusion numérique',
    );
    const visitUid = t.backend.ctx.sqlite
      .prepare('SELECT uid FROM meeting WHERE id = ?')
      .pluck()
      .get(visit.id);
    expect(events.map((e) => e.uid)).toContain(visitUid);

    // The CSV is the standard export, and the import takes it back without rejecting a row.
    const csvName = names.find((n) => n.endsWith('.csv'))!;
    const csv = Buffer.from(files[csvName]!).toString('utf8');
    expect(csv).toBe((await t.ok('export.file', { format: 'standardCsv', filters: {} })).content);
    const preview = await t.ok('import.preview', {
      fileName: csvName.split('/')[1]!,
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(preview.counts.total).toBeGreaterThan(5);
    expect(preview.rejected).toEqual([]);

    // The Lisez-moi: UTF-8 with a BOM, CRLF, the date, each file, nothing missing.
    const readme = files['Lisez-moi.txt']!;
    expect([...readme.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = plain(Buffer.from(readme).toString('utf8'));
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain('Établi le 5 avril 2026');
    for (const name of names.filter((n) => n !== 'Lisez-moi.txt')) expect(text).toContain(name);
    expect(text).not.toContain('Ne figurent pas');
  });

  it('for a territory with no roadmap and no meetings, even after a visit of « Feuille de route »: the annuaire, the CSV and a Lisez-moi saying what is missing', async () => {
    t.open();
    await t.create({
      name: 'Médiathèque de Vienne',
      roles: ['lieu_mediation'],
      places: [
        {
          name: 'Médiathèque de Vienne',
          address: '1 place Leclerc',
          communeCode: '38544',
          postcode: '38200',
          services: ['Aide aux démarches administratives'],
        },
      ],
    });
    // Opening « Feuille de route » (and its comparison with the draft) only reads: nothing is created.
    const documentsBefore = await t.ok('documents.availability', {});
    const screen = await t.ok('roadmap.get', {});
    expect(screen).toMatchObject({ state: 'brouillon', instance: null, chantiers: [] });
    expect(t.count('roadmap')).toBe(0);
    expect(await t.ok('documents.availability', {})).toEqual(documentsBefore);
    expect(documentsBefore.find((d) => d.kind === 'feuilleDeRoute')!.choices).toEqual([]);
    const kit = await t.ok('sharing.kit', {});
    const files = unzip(kit.contentBase64);
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/^Annuaire\/.+\.csv$/);
    expect(names[1]).toMatch(/^Annuaire\/Annuaire des acteurs au 5 avril 2026 – .+\.docx$/);
    expect(names[2]).toBe('Lisez-moi.txt');
    expect(kit.missing).toHaveLength(3);
    const text = plain(Buffer.from(files['Lisez-moi.txt']!).toString('utf8'));
    expect(text).toContain('Ne figurent pas dans ce kit');
    expect(text).toContain('La feuille de route : elle n’est pas encore rédigée.');
    expect(text).toContain('aucune réunion tenue');
    expect(text).toContain('aucune réunion n’est prévue');
    for (const file of Object.values(files)) expect(file.length).toBeGreaterThan(0);
  });
});
