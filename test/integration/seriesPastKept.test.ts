import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { seedDemoRoadmap } from './support/seedRoadmap';

/**
 * A meeting series changed or deleted in its second year: the meetings it gave in the first year stay as they
 * were held (date, time, place), so that the year's « réunions tenues » and a compte rendu never follow a rule
 * decided later.
 */

const t = useActorsBackend();

const firstThursday = {
  kind: 'pleniere' as const,
  title: null,
  pattern: { kind: 'monthlyWeekday' as const, interval: 1, nth: 1 as const, weekday: 'TH' as const },
  time: '14:00',
  durationMinutes: 120,
  end: { kind: 'none' as const },
  place: { placeId: null, label: 'Salle du conseil, mairie de Civray', address: null },
};

async function seriesOf2026() {
  t.open({ territory: false });
  t.setNow('2026-01-05T10:00:00Z');
  await t.ok('territory.createDemo', {});
  await seedDemoRoadmap(t.backend);
  const instanceId = (await t.ok('instances.list', {}))[0]!.id;
  const overview = await t.ok('meetings.saveSeries', {
    instanceId,
    startsOn: '2026-01-01',
    ...firstThursday,
  });
  const seriesId = overview.series.at(-1)!.id;
  t.setNow('2026-12-20T10:00:00Z');
  const november = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2026-11-05' });
  const held2026 = async () =>
    (await t.ok('meetings.networkLife', { instanceId, from: '2026-01-01', to: '2026-12-31' })).heldCount;
  const before = await held2026();
  return { instanceId, seriesId, novemberId: november.id, before, held2026 };
}

describe('a series changed in its second year', () => {
  it('keeps its past dates as held, at their time and place, and changes from today on', async () => {
    const { instanceId, seriesId, novemberId, before, held2026 } = await seriesOf2026();
    t.setNow('2027-03-15T10:00:00Z');
    await t.ok('meetings.saveSeries', {
      id: seriesId,
      instanceId,
      startsOn: '2026-01-01',
      ...firstThursday,
      pattern: { kind: 'monthlyWeekday', interval: 1, nth: 2, weekday: 'TU' },
      time: '18:00',
      place: { placeId: null, label: 'Maison des services, Gençay', address: null },
    });
    expect(await held2026()).toBe(before);
    const november = await t.ok('meetings.get', { id: novemberId });
    expect(november.startsAt).toBe('2026-11-05T14:00');
    expect(november.place?.label).toBe('Salle du conseil, mairie de Civray');
    const overview = await t.ok('meetings.overview', { instanceId });
    const series = overview.series.find((s) => s.id === seriesId)!;
    expect(series.startsOn).toBe('2027-03-15');
    // No second Tuesday before today, the first Thursdays of 2026 and early 2027 kept at 14 h.
    expect(overview.past.some((item) => item.startsAt === '2027-03-09T18:00')).toBe(false);
    expect(overview.past.find((item) => item.startsAt.startsWith('2027-03-04'))?.startsAt).toBe(
      '2027-03-04T14:00',
    );
    expect(overview.upcoming[0]!.startsAt).toBe('2027-04-13T18:00');
  });

  it('keeps its past dates when it is deleted', async () => {
    const { instanceId, seriesId, before, held2026 } = await seriesOf2026();
    t.setNow('2027-03-15T10:00:00Z');
    await t.ok('meetings.deleteSeries', { id: seriesId });
    expect(await held2026()).toBe(before);
    const overview = await t.ok('meetings.overview', { instanceId });
    expect(overview.upcoming.filter((item) => item.startsAt >= '2027-03-15')).toEqual([]);
  });

  it('keeps a date of the series moved earlier, before today, when the series is deleted', async () => {
    const { instanceId, seriesId, held2026 } = await seriesOf2026();
    // On 20 December, the January date is opened, moved to 18 December and prepared.
    const january = await t.ok('meetings.openOccurrence', { seriesId, occurrenceOn: '2027-01-07' });
    await t.ok('meetings.save', {
      id: january.id,
      instanceId,
      title: null,
      kind: 'pleniere',
      startsAt: '2026-12-18T14:00',
      durationMinutes: 120,
      place: null,
    });
    await t.ok('meetings.saveAgenda', { meetingId: january.id, items: [{ title: 'Bilan de l’année' }] });
    const before = await held2026();
    await t.ok('meetings.deleteSeries', { id: seriesId });
    const kept = await t.ok('meetings.get', { id: january.id });
    expect([kept.startsAt, kept.agenda.map((item) => item.title)]).toEqual([
      '2026-12-18T14:00',
      ['Bilan de l’année'],
    ]);
    expect(await held2026()).toBe(before);
  });

  it('counts the dates already held in an end by number, and refuses a series whose dates are all past', async () => {
    const { instanceId, seriesId } = await seriesOf2026();
    t.setNow('2027-03-15T10:00:00Z');
    const changed = { id: seriesId, instanceId, startsOn: '2026-01-01', ...firstThursday, time: '15:00' };
    // 2026-01-01 to 2027-03-04: 15 first Thursdays held; 3 are left of 18.
    const overview = await t.ok('meetings.saveSeries', { ...changed, end: { kind: 'count', count: 18 } });
    expect(overview.series.find((s) => s.id === seriesId)!.end).toEqual({ kind: 'count', count: 3 });
    expect(overview.upcoming.map((item) => item.startsAt)).toEqual([
      '2027-04-01T15:00',
      '2027-05-06T15:00',
      '2027-06-03T15:00',
    ]);
    // Twelve first Thursdays, all of 2026: changed in 2027, nothing would be left to come.
    const over = await t.ok('meetings.saveSeries', {
      instanceId,
      startsOn: '2026-01-01',
      ...firstThursday,
      end: { kind: 'count', count: 12 },
    });
    const overId = over.series.find((s) => s.id !== seriesId)!.id;
    const failure = await t.failure('meetings.saveSeries', {
      id: overId,
      instanceId,
      startsOn: '2026-01-01',
      ...firstThursday,
      time: '16:00',
      end: { kind: 'count', count: 12 },
    });
    expect(failure.message).toContain('Toutes les dates de cette série sont déjà passées');
    // Refused, nothing changed: its dates are still the series'.
    const after = await t.ok('meetings.overview', { instanceId });
    expect(after.series.find((s) => s.id === overId)!.time).toBe('14:00');
  });
});
