import { describe, expect, it } from 'vitest';
import { roadmapWarnings } from '../../../shared/roadmap/roadmapWarnings';
import {
  actionWarningCount,
  countedWarnings,
  warningsAt,
} from '../../../renderer/src/features/roadmap/editor/roadmapWarningsView';
import { action, roadmap } from './support/roadmapFixture';

describe('warnings placed next to their field', () => {
  const shown = roadmap({
    chantiers: [
      {
        id: 1,
        position: 0,
        title: 'Aller vers',
        description: null,
        actions: [
          action(5, {
            title: 'Bus',
            pilotMemberId: 10,
            start: '2026-09',
            end: '2026-03',
            budget: 1000,
            fundings: [{ id: 1, source: 'epci', amount: 1500, status: 'demande', note: null }],
            indicators: [
              { id: 1, label: 'Personnes', unit: null, target: 100, actual: null },
              { id: 2, label: 'Ateliers', unit: null, target: null, actual: null },
            ],
          }),
          action(6, { title: 'Ateliers', pilotMemberId: 11 }),
        ],
      },
    ],
    roles: [
      { actionId: 5, memberId: 10, role: 'pilote' },
      { actionId: 6, memberId: 11, role: 'pilote' },
      { actionId: 6, memberId: 12, role: 'financeur' },
    ],
  });
  const warnings = roadmapWarnings(shown);

  it('puts each warning of an action on its own field, the second indicator’s on the second indicator', () => {
    const bus = { kind: 'action', id: 5 } as const;
    expect(warningsAt(warnings, bus, 'end')).toHaveLength(1);
    expect(warningsAt(warnings, bus, 'fundings')[0]).toMatch(/dépassent le budget/);
    expect(warningsAt(warnings, bus, 'indicators.0.target')).toEqual([]);
    expect(warningsAt(warnings, bus, 'indicators.1.target')[0]).toMatch(/Ateliers/);
    expect(warningsAt(warnings, bus, 'pilotMemberId')).toEqual([]);
  });

  it('counts an action’s warnings for its card, and the roadmap’s for the header', () => {
    expect(actionWarningCount(warnings, 5)).toBe(3);
    expect(actionWarningCount(warnings, 6)).toBe(0);
    expect(countedWarnings(warnings)).toBe(3);
  });
});
