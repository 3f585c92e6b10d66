import { describe, expect, it } from 'vitest';
import { actionFunding, roadmapFunding } from '../../shared/roadmap/fundingTotals';
import { action, chantier, roadmap } from './roadmap/roadmapFixture';

const line = (
  id: number,
  source: 'etat_fne' | 'epci' | 'caf',
  amount: number,
  status: 'envisage' | 'demande' | 'acquis' | 'refuse',
) => ({
  id,
  source,
  amount,
  status,
  note: null,
});

describe('fundingTotals', () => {
  it('sums an action per status and per source, refused lines left out of what is planned', () => {
    const totals = actionFunding(
      action(1, 'Permanences', {
        budget: 24000,
        fundings: [
          line(1, 'etat_fne', 12000, 'acquis'),
          line(2, 'epci', 8000, 'demande'),
          line(3, 'caf', 5000, 'refuse'),
          line(4, 'epci', 1000, 'acquis'),
        ],
      }),
    );
    expect(totals.planned).toBe(21000);
    expect(totals.acquired).toBe(13000);
    expect(totals.byStatus).toEqual({ envisage: 0, demande: 8000, acquis: 13000, refuse: 5000 });
    expect(totals.bySource).toEqual([
      { source: 'etat_fne', planned: 12000, acquired: 12000 },
      { source: 'epci', planned: 9000, acquired: 1000 },
      { source: 'caf', planned: 0, acquired: 0 },
    ]);
    expect(totals.acquiredShare).toBeCloseTo(13000 / 24000);
    expect(totals.remaining).toBe(11000);
  });

  it('has no share nor remaining without a budget', () => {
    const totals = actionFunding(action(1, 'Ateliers', { fundings: [line(1, 'epci', 500, 'acquis')] }));
    expect(totals).toMatchObject({ hasBudget: false, acquiredShare: null, remaining: null, acquired: 500 });
  });

  it('adds up the whole roadmap across chantiers', () => {
    const totals = roadmapFunding(
      roadmap({
        chantiers: [
          chantier(1, 'Aller vers', [
            action(1, 'A', { budget: 10000, fundings: [line(1, 'epci', 4000, 'acquis')] }),
          ]),
          chantier(2, 'Former', [
            action(2, 'B', { budget: 6000, fundings: [line(2, 'epci', 6000, 'envisage')] }),
            action(3, 'C', { fundings: [line(3, 'caf', 2000, 'acquis')] }),
          ]),
        ],
      }),
    );
    expect(totals.overall).toMatchObject({ budget: 16000, planned: 12000, acquired: 6000, remaining: 10000 });
    expect(totals.overall.bySource).toEqual([
      { source: 'epci', planned: 10000, acquired: 4000 },
      { source: 'caf', planned: 2000, acquired: 2000 },
    ]);
    expect(totals.actions.map((entry) => entry.actionId)).toEqual([1, 2, 3]);
  });
});
