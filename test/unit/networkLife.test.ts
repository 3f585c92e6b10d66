import { describe, expect, it } from 'vitest';
import {
  networkLifeOf,
  quarterOf,
  quartersBetween,
  type InviteeFact,
  type MeetingFact,
  type NetworkFacts,
} from '../../electron/backend/meetings/networkLife';
import { networkLifeLines } from '../../electron/backend/documents/noteSynthese/networkLifeLines';
import type { MeetingKind } from '../../shared/meetings/meetingsVocabulary';

/** The figures of a body's network life (issue 16, item 6), from facts written by hand. */

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let nextId = 1;
function meeting(date: string, kind: MeetingKind = 'pleniere', more: Partial<MeetingFact> = {}): MeetingFact {
  return {
    id: nextId++,
    date,
    startsAt: `${date}T14:00`,
    kind,
    title: kind,
    status: 'prevue',
    participants: null,
    decisions: 0,
    actions: { total: 0, done: 0, late: 0 },
    ...more,
  };
}

const facts = (meetings: MeetingFact[], invitees: InviteeFact[] = [], members = [{ id: 1, name: 'CCAS' }]) =>
  ({ instanceId: 1, instanceName: 'Comité', meetings, invitees, members }) satisfies NetworkFacts;

const unbounded = { from: null, to: null };

describe('quarters', () => {
  it('names a day’s quarter and lists quarters across a year boundary', () => {
    expect(quarterOf('2026-12-31')).toBe('2026-T4');
    expect(quarterOf('2027-01-01')).toBe('2027-T1');
    expect(quarterOf('2027-04-01')).toBe('2027-T2');
    expect(quartersBetween('2026-11-05', '2027-05-02')).toEqual(['2026-T4', '2027-T1', '2027-T2']);
    expect(quartersBetween('2027-02-01', '2027-03-01')).toEqual(['2027-T1']);
  });

  it('counts held meetings per quarter and kind across a year boundary, empty quarters included', () => {
    const life = networkLifeOf(
      facts([
        meeting('2026-12-03'),
        meeting('2026-12-10', 'atelier'),
        meeting('2027-01-07'),
        meeting('2027-07-01', 'cafe_debat'),
      ]),
      unbounded,
      '2027-09-01',
    );
    expect(life.perQuarter.map((q) => [q.label, q.total])).toEqual([
      ['T4 2026', 2],
      ['T1 2027', 1],
      ['T2 2027', 0],
      ['T3 2027', 1],
    ]);
    expect(life.perQuarter[0]!.byKind).toMatchObject({ pleniere: 1, atelier: 1, cafe_debat: 0 });
    expect(life.perQuarter[3]!.byKind.cafe_debat).toBe(1);
    expect(life.heldCount).toBe(4);
  });
});

describe('what is held', () => {
  it('does not count a cancelled meeting, nor one still to come, nor today’s before its attendance is taken', () => {
    const today = meeting('2027-03-04');
    const life = networkLifeOf(
      facts([
        meeting('2027-01-07'),
        meeting('2027-02-04', 'pleniere', { status: 'annulee' }),
        today,
        meeting('2027-04-01'),
      ]),
      unbounded,
      '2027-03-04',
    );
    expect([life.heldCount, life.cancelledCount]).toEqual([1, 1]);
    const taken = networkLifeOf(
      facts([meeting('2027-01-07'), today], [{ meetingId: today.id!, memberId: 1, attendance: 'present' }]),
      unbounded,
      '2027-03-04',
    );
    expect(taken.heldCount).toBe(2);
  });

  it('keeps a period’s bounds, both included, and its quarters up to today', () => {
    const life = networkLifeOf(
      facts([meeting('2026-12-31'), meeting('2027-01-01'), meeting('2027-12-31'), meeting('2028-01-01')]),
      { from: '2027-01-01', to: '2027-12-31' },
      '2028-06-01',
    );
    expect(life.heldCount).toBe(2);
    expect(life.span).toEqual({ first: '2027-01-01', last: '2027-12-31' });
    expect(life.perQuarter.map((q) => q.label)).toEqual(['T1 2027', 'T2 2027', 'T3 2027', 'T4 2027']);
    const current = networkLifeOf(facts([]), { from: '2027-01-01', to: '2027-12-31' }, '2027-05-10');
    expect(current.perQuarter.map((q) => [q.label, q.total])).toEqual([
      ['T1 2027', 0],
      ['T2 2027', 0],
    ]);
  });
});

describe('attendance', () => {
  it('writes an attendance not said as « non renseigné », never absent, and leaves it out of the counts', () => {
    const a = meeting('2027-01-07');
    const b = meeting('2027-02-04');
    const c = meeting('2027-03-04');
    const members = [
      { id: 1, name: 'CCAS de Civray' },
      { id: 2, name: 'Mission locale' },
    ];
    const life = networkLifeOf(
      facts(
        [a, b, c],
        [
          { meetingId: a.id!, memberId: 1, attendance: 'present' },
          { meetingId: a.id!, memberId: 2, attendance: null },
          { meetingId: b.id!, memberId: 1, attendance: 'represente' },
          { meetingId: b.id!, memberId: 2, attendance: 'absent' },
          { meetingId: c.id!, memberId: 1, attendance: null }, // nobody's said: not taken, left out
        ],
        members,
      ),
      unbounded,
      '2027-06-01',
    );
    expect(life.attendance.meetings.map((m) => m.date)).toEqual(['2027-01-07', '2027-02-04']);
    expect(life.attendance.members.map((m) => [m.name, m.cells, m.presentCount, m.knownCount])).toEqual([
      ['CCAS de Civray', ['present', 'represente'], 2, 2],
      ['Mission locale', ['non_renseigne', 'absent'], 0, 1],
    ]);
    expect(life.attendance.averagePresence).toBe(67);
    expect(life.withAttendanceCount).toBe(2);
  });

  it('keeps the attendance of someone who has left the body since, in its own row, in the average too', () => {
    const a = meeting('2027-01-07');
    const b = meeting('2027-02-04');
    const life = networkLifeOf(
      facts(
        [a, b],
        [
          { meetingId: a.id!, memberId: 1, attendance: 'absent' },
          { meetingId: a.id!, memberId: null, attendance: 'present', formerMember: 'Bus numérique' },
          { meetingId: b.id!, memberId: 1, attendance: 'absent' },
          { meetingId: b.id!, memberId: null, attendance: 'represente', formerMember: 'Bus numérique' },
          { meetingId: b.id!, memberId: null, attendance: 'absent' }, // a guest: never a row
        ],
        [{ id: 1, name: 'CCAS' }],
      ),
      unbounded,
      '2027-06-01',
    );
    expect(
      life.attendance.members.map((m) => [
        m.memberId,
        m.name,
        m.former,
        m.cells,
        m.presentCount,
        m.knownCount,
      ]),
    ).toEqual([
      [1, 'CCAS', false, ['absent', 'absent'], 0, 2],
      [null, 'Bus numérique', true, ['present', 'represente'], 2, 2],
    ]);
    expect(life.attendance.averagePresence).toBe(50);
  });

  it('gives a member who left and came back one row, the attendance taken before included', () => {
    const a = meeting('2027-01-07');
    const b = meeting('2027-02-04');
    const life = networkLifeOf(
      facts(
        [a, b],
        [
          { meetingId: a.id!, memberId: null, attendance: 'present', formerMember: 'Bus numérique' },
          { meetingId: b.id!, memberId: 5, attendance: 'absent' },
        ],
        [{ id: 5, name: 'Bus numérique' }],
      ),
      unbounded,
      '2027-06-01',
    );
    expect(life.attendance.members.map((m) => [m.memberId, m.former, m.cells])).toEqual([
      [5, false, ['present', 'absent']],
    ]);
  });

  it('points out a member absent or excused at its last three meetings; unknown or not invited do not count', () => {
    const dates = ['2027-01-07', '2027-02-04', '2027-03-04', '2027-04-01', '2027-05-06'];
    const meetings = dates.map((date) => meeting(date));
    type Said = InviteeFact['attendance'] | 'not invited';
    const statuses: Said[][] = [
      ['present', 'present', 'absent', 'excuse', 'absent'], // A: its last three missed
      ['absent', 'absent', null, 'absent', 'absent'], // B: the unknown breaks the streak
      ['absent', 'absent', 'absent', 'absent', 'present'], // C: back at the last one
    ];
    const invitees: InviteeFact[] = meetings.flatMap((m, index) =>
      statuses.flatMap((row, member) => {
        const said = row[index]!;
        return said === 'not invited' ? [] : [{ meetingId: m.id!, memberId: member + 1, attendance: said }];
      }),
    );
    const life = networkLifeOf(
      facts(meetings, invitees, [
        { id: 1, name: 'A' },
        { id: 2, name: 'B' },
        { id: 3, name: 'C' },
      ]),
      unbounded,
      '2027-06-01',
    );
    expect(life.attendance.members.map((m) => [m.name, m.driftingAway])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
    const notInvited = networkLifeOf(
      facts(
        meetings,
        [
          ...meetings.map((m) => ({ meetingId: m.id!, memberId: 9, attendance: 'present' as const })),
          { meetingId: meetings[0]!.id!, memberId: 3, attendance: 'absent' },
          { meetingId: meetings[2]!.id!, memberId: 3, attendance: 'excuse' },
          { meetingId: meetings[4]!.id!, memberId: 3, attendance: 'absent' },
        ],
        [{ id: 3, name: 'C' }],
      ),
      unbounded,
      '2027-06-01',
    );
    expect(notInvited.attendance.members[0]!.cells).toEqual([
      'absent',
      'non_invite',
      'excuse',
      'non_invite',
      'absent',
    ]);
    expect(notInvited.attendance.members[0]!.driftingAway).toBe(true);
    expect(notInvited.attendance.members[0]!.knownCount).toBe(3);
  });

  it('shows the last twelve meetings whose attendance was taken', () => {
    const meetings = Array.from({ length: 15 }, (_, i) =>
      meeting(`2027-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-${i % 2 === 0 ? '05' : '20'}`),
    );
    const life = networkLifeOf(
      facts(
        meetings,
        meetings.map((m) => ({ meetingId: m.id!, memberId: 1, attendance: 'present' })),
      ),
      unbounded,
      '2028-01-01',
    );
    expect(life.attendance.meetings).toHaveLength(12);
    expect(life.attendance.meetings[0]!.date).toBe(meetings[3]!.date);
    expect(life.attendance.members[0]!.presentCount).toBe(15);
    expect(life.attendance.averagePresence).toBe(100);
  });
});

describe('animations', () => {
  it('keeps participants unknown (null) apart from none (0), and counts the invitees there', () => {
    const workshop = meeting('2027-02-10', 'atelier', { participants: 12 });
    const debate = meeting('2027-03-10', 'cafe_debat', { participants: 0 });
    const visit = meeting('2027-04-10', 'visite_apprenante');
    const life = networkLifeOf(
      facts(
        [meeting('2027-01-07'), workshop, debate, visit],
        [
          { meetingId: workshop.id!, memberId: 1, attendance: 'present' },
          { meetingId: workshop.id!, memberId: null, attendance: 'represente' },
        ],
      ),
      unbounded,
      '2027-06-01',
    );
    expect(life.animations.map((e) => [e.kind, e.participants, e.presentInvitees])).toEqual([
      ['atelier', 12, 2],
      ['cafe_debat', 0, null],
      ['visite_apprenante', null, null],
    ]);
  });
});

describe('the note de synthèse’s lines', () => {
  it('says the year’s meetings, attendance, participants, decisions and actions, and unknown as unknown', () => {
    const meetings = [
      meeting('2027-01-07', 'pleniere', { decisions: 3, actions: { total: 4, done: 3, late: 0 } }),
      meeting('2027-02-10', 'atelier', { participants: 12 }),
      meeting('2027-03-10', 'atelier'),
      meeting('2027-04-10', 'cafe_debat', { participants: 20 }),
    ];
    const life = networkLifeOf(
      facts(
        meetings,
        [
          { meetingId: meetings[0]!.id!, memberId: 1, attendance: 'present' },
          { meetingId: meetings[0]!.id!, memberId: 2, attendance: 'absent' },
        ],
        [
          { id: 1, name: 'CCAS' },
          { id: 2, name: 'Mission locale' },
        ],
      ),
      { from: '2027-01-01', to: '2027-12-31' },
      '2028-01-15',
    );
    expect(networkLifeLines(life).map(plain)).toEqual([
      '4 réunions tenues en 2027, dont 2 ateliers et 1 café-débat.',
      'Présence moyenne : 50 % des membres dont la présence a été relevée, sur 1 réunion.',
      '2 animations sur 3 ont réuni 32 participants (nombre non renseigné pour 1).',
      '3 décisions, 3 actions réalisées sur 4.',
    ]);
  });

  it('says when nothing was held, and attendance not taken as not said', () => {
    const none = networkLifeOf(facts([]), { from: '2027-01-01', to: '2027-06-30' }, '2027-08-01');
    expect(networkLifeLines(none).map(plain)).toEqual([
      'Aucune réunion tenue du 1er janvier 2027 au 30 juin 2027.',
    ]);
    const unknown = networkLifeOf(
      facts([meeting('2027-01-07', 'pleniere', { status: 'prevue' })]),
      unbounded,
      '2027-08-01',
    );
    expect(networkLifeLines(unknown).map(plain)).toEqual([
      '1 réunion tenue le 7 janvier 2027.',
      'Présence des membres non renseignée.',
      'Aucune décision ni action de suivi consignée.',
    ]);
  });
});
