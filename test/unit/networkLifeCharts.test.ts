import { describe, expect, it } from 'vitest';
import { networkLifeOf, type MeetingFact } from '../../electron/backend/meetings/networkLife';
import { sourceLines, tableOf } from '../../shared/charts/chartTable';
import {
  animationsChart,
  attendanceTable,
  quarterChart,
  shortDate,
} from '../../shared/meetings/networkLifeCharts';
import type { MeetingKind } from '../../shared/meetings/meetingsVocabulary';
import { networkPeriodPhrase } from '../../shared/meetings/networkLifePeriod';

/** The « Vie du réseau » charts as data: what they draw, their sources, and their « Voir les chiffres ». */

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let nextId = 1;
const meeting = (date: string, kind: MeetingKind, participants: number | null = null): MeetingFact => ({
  id: nextId++,
  date,
  startsAt: `${date}T10:00`,
  kind,
  title: kind === 'atelier' ? 'Atelier smartphone' : 'Réunion plénière',
  status: 'prevue',
  participants,
  decisions: 0,
  actions: { total: 0, done: 0, late: 0 },
});

const lifeOf = (
  meetings: MeetingFact[],
  invitees: { meetingId: number; memberId: number; attendance: 'present' | 'absent' | null }[] = [],
) =>
  networkLifeOf(
    {
      instanceId: 1,
      instanceName: 'Comité',
      meetings,
      invitees,
      members: [{ id: 1, name: 'CCAS de Civray' }],
    },
    { from: null, to: null },
    '2027-12-01',
  );

describe('network charts', () => {
  it('draws per quarter only the kinds held, with the source and its period', () => {
    const life = lifeOf([meeting('2027-01-07', 'pleniere'), meeting('2027-05-12', 'atelier', 9)]);
    const chart = quarterChart(life);
    expect(chart.categories).toEqual(['T1 2027', 'T2 2027']);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ['Réunion plénière', [1, 0]],
      ['Atelier', [0, 1]],
    ]);
    expect(sourceLines(chart).map(plain)).toEqual([
      'Source : réunions enregistrées dans Maillage, du 7 janvier 2027 au 12 mai 2027',
    ]);
    expect(tableOf(chart).columns).toEqual(['Trimestre', 'Réunion plénière', 'Atelier']);
  });

  it('has nothing to draw when nothing was held', () => {
    expect(quarterChart(lifeOf([])).categories).toEqual([]);
    expect(animationsChart(lifeOf([])).items).toEqual([]);
  });

  it('writes an animation without a count as unknown, not 0', () => {
    const chart = animationsChart(
      lifeOf([meeting('2027-03-01', 'atelier'), meeting('2027-04-02', 'atelier', 0)]),
    );
    expect(tableOf(chart).rows.map((row) => row.map(plain))).toEqual([
      ['1er mars 2027 — Atelier smartphone', 'non disponible'],
      ['2 avr. 2027 — Atelier smartphone', '0'],
    ]);
  });

  it('counts each member’s attendance in the grid’s table, « non renseigné » apart', () => {
    const a = meeting('2027-01-07', 'pleniere');
    const b = meeting('2027-02-04', 'pleniere');
    const c = meeting('2027-03-04', 'pleniere');
    const life = lifeOf(
      [a, b, c],
      [
        { meetingId: a.id!, memberId: 1, attendance: 'present' },
        { meetingId: b.id!, memberId: 1, attendance: null },
        { meetingId: b.id!, memberId: 2, attendance: 'present' },
        { meetingId: c.id!, memberId: 1, attendance: 'absent' },
      ],
    );
    const table = attendanceTable(life);
    expect(table.columns).toEqual([
      'Membre',
      'Présent',
      'Représenté',
      'Excusé',
      'Absent',
      'Non renseigné',
      'Non invité',
      'Présence sur la période',
    ]);
    expect(table.rows.map((row) => row.map(plain))).toEqual([
      ['CCAS de Civray', '1', '0', '0', '1', '1', '0', '50 %'],
    ]);
  });

  it('writes short dates the French way', () => {
    expect(plain(shortDate('2027-07-01'))).toBe('1er juil.');
    expect(plain(shortDate('2027-06-08', true))).toBe('8 juin 2027');
  });

  it('says the period in words: a year, two dates, one bound, or the span held', () => {
    const span = { first: '2027-01-07', last: '2027-03-04' };
    const phrase = (
      from: string | null,
      to: string | null,
      held: { first: string | null; last: string | null } = span,
    ) => plain(networkPeriodPhrase({ period: { from, to }, span: held }) ?? 'aucune');
    expect(phrase('2027-01-01', '2027-12-31')).toBe('en 2027');
    expect(phrase('2027-01-01', '2027-06-30')).toBe('du 1er janvier 2027 au 30 juin 2027');
    expect(phrase('2027-02-01', null)).toBe('depuis le 1er février 2027');
    expect(phrase(null, '2027-02-01')).toBe('jusqu’au 1er février 2027');
    expect(phrase(null, null)).toBe('du 7 janvier 2027 au 4 mars 2027');
    expect(phrase(null, null, { first: null, last: null })).toBe('aucune');
  });
});
