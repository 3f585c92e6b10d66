import { describe, expect, it } from 'vitest';
import { roleMatrix } from '../../shared/roadmap/roleMatrix';
import { action, chantier, member, roadmap } from './roadmap/roadmapFixture';

describe('roleMatrix', () => {
  it('crosses members and actions, and shows who is left out', () => {
    const matrix = roleMatrix(
      roadmap({
        members: [member(1, 'Association'), member(2, 'CAF'), member(3, 'Mission locale')],
        chantiers: [
          chantier(1, 'Aller vers', [action(10, 'Permanences', { pilotMemberId: 1 }), action(11, 'Bus')]),
          chantier(2, 'Former', [action(12, 'Aidants', { pilotMemberId: 1 })]),
        ],
        roles: [
          { actionId: 10, memberId: 1, role: 'pilote' },
          { actionId: 10, memberId: 2, role: 'financeur' },
          { actionId: 11, memberId: 2, role: 'contributeur' },
          { actionId: 12, memberId: 1, role: 'pilote' },
        ],
      }),
    );
    expect(
      matrix.columns.map((column) => [column.action.title, column.chantierTitle, column.hasPilot]),
    ).toEqual([
      ['Permanences', 'Aller vers', true],
      ['Bus', 'Aller vers', false],
      ['Aidants', 'Former', true],
    ]);
    expect(matrix.rows.map((row) => [row.member.name, row.cells, row.roleCount])).toEqual([
      ['Association', ['pilote', null, 'pilote'], 2],
      ['CAF', ['financeur', 'contributeur', null], 2],
      ['Mission locale', [null, null, null], 0],
    ]);
    expect(matrix.membersWithoutRole.map((m) => m.name)).toEqual(['Mission locale']);
    expect(matrix.actionsWithoutPilot.map((a) => a.title)).toEqual(['Bus']);
  });
});
