import { describe, expect, it } from 'vitest';
import { roadmapCalendar } from '../../shared/roadmap/roadmapCalendar';
import { action, chantier, roadmap } from './roadmap/roadmapFixture';

const plan = roadmap({
  chantiers: [
    chantier(1, 'Aller vers', [
      action(1, 'Permanences', { start: '2026-01', end: '2026-03', status: 'en_cours' }),
      action(2, 'Bus numérique', {
        start: '2026-05-15',
        end: '2026-06-30',
        status: 'termine',
        progress: 100,
      }),
    ]),
    chantier(2, 'Former', [action(3, 'Former les aidants', { start: '2026-07' }), action(4, 'Sans date')]),
  ],
});

describe('roadmapCalendar', () => {
  it('lays chantiers and actions on months from the first start to the last end', () => {
    const calendar = roadmapCalendar(plan, { scale: 'month', today: '2026-04-05' });
    expect(calendar.columns.map((column) => column.label)).toEqual([
      'janv. 2026',
      'févr. 2026',
      'mars 2026',
      'avr. 2026',
      'mai 2026',
      'juin 2026',
      'juil. 2026',
    ]);
    expect(calendar.rows.map((row) => [row.kind, row.title, row.start, row.end])).toEqual([
      ['chantier', 'Aller vers', '2026-01-01', '2026-06-30'],
      ['action', 'Permanences', '2026-01-01', '2026-03-31'],
      ['action', 'Bus numérique', '2026-05-15', '2026-06-30'],
      ['chantier', 'Former', '2026-07-01', '2026-07-31'],
      ['action', 'Former les aidants', '2026-07-01', '2026-07-31'],
      ['action', 'Sans date', null, null],
    ]);
    const permanences = calendar.rows[1]!;
    expect(permanences.from).toBe(0);
    // January to March is 90 of the 212 days from 1 January to 31 July.
    expect(permanences.to).toBeCloseTo(90 / 212);
    expect(calendar.today.at).toBeCloseTo(94 / 212);
    expect(calendar.undatedCount).toBe(1);
  });

  it('flags late actions: end passed and neither finished nor abandoned', () => {
    const calendar = roadmapCalendar(plan, { scale: 'month', today: '2026-08-01' });
    expect(calendar.rows.filter((row) => row.late).map((row) => row.title)).toEqual([
      'Aller vers',
      'Permanences',
      'Former',
      'Former les aidants',
    ]);
    expect(calendar.lateCount).toBe(2);
    // On its last day, an action is not late yet.
    expect(roadmapCalendar(plan, { scale: 'month', today: '2026-03-31' }).lateCount).toBe(0);
  });

  it('groups by quarter and stretches the timeline to today', () => {
    const calendar = roadmapCalendar(plan, { scale: 'quarter', today: '2027-02-10' });
    expect(calendar.columns.map((column) => [column.label, column.start, column.end])).toEqual([
      ['T1 2026', '2026-01-01', '2026-03-31'],
      ['T2 2026', '2026-04-01', '2026-06-30'],
      ['T3 2026', '2026-07-01', '2026-09-30'],
      ['T4 2026', '2026-10-01', '2026-12-31'],
      ['T1 2027', '2027-01-01', '2027-03-31'],
    ]);
    expect(calendar.today.at).toBeGreaterThan(0.8);
  });

  it('has no timeline while no action is dated', () => {
    const calendar = roadmapCalendar(roadmap({ chantiers: [chantier(1, 'A', [action(1, 'B')])] }), {
      scale: 'month',
      today: '2026-04-05',
    });
    expect(calendar.columns).toEqual([]);
    expect(calendar.today.at).toBeNull();
    expect(calendar.rows[1]).toMatchObject({ from: null, to: null, late: false });
  });
});
