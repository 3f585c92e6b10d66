import { describe, expect, it } from 'vitest';
import { actionFunding, roadmapFunding } from '../../shared/roadmap/fundingTotals';
import { budgetWords, fundingWords } from '../../shared/roadmap/budgetWords';
import { formatEuros } from '../../shared/roadmap/roadmapDates';
import { action, chantier, roadmap } from './roadmap/roadmapFixture';

const line = (
  id: number,
  source: 'etat_fne' | 'epci' | 'caf',
  amount: number | null,
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
      { source: 'etat_fne', planned: 12000, acquired: 12000, unknownAmounts: 0, unknownAcquired: 0 },
      { source: 'epci', planned: 9000, acquired: 1000, unknownAmounts: 0, unknownAcquired: 0 },
      { source: 'caf', planned: 0, acquired: 0, unknownAmounts: 0, unknownAcquired: 0 },
    ]);
    expect([totals.lineCount, totals.unknownAmounts]).toEqual([3, 0]);
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
    // C has no budget: the 2,000 € acquired for it fill none of A's and B's gap (16,000 − 4,000).
    expect(totals.overall).toMatchObject({
      budget: 16000,
      planned: 12000,
      acquired: 6000,
      remaining: 12000,
      actionsWithoutBudget: 1,
      actionCount: 3,
    });
    expect(totals.overall.acquiredShare).toBeCloseTo(4000 / 16000);
    expect(totals.overall.bySource).toEqual([
      { source: 'epci', planned: 10000, acquired: 4000, unknownAmounts: 0, unknownAcquired: 0 },
      { source: 'caf', planned: 2000, acquired: 2000, unknownAmounts: 0, unknownAcquired: 0 },
    ]);
    expect(totals.actions.map((entry) => entry.actionId)).toEqual([1, 2, 3]);
  });

  it('knows an action with neither budget nor funding line as unknown, not as 0 €', () => {
    expect(actionFunding(action(1, 'Ateliers')).unknown).toBe(true);
    expect(actionFunding(action(1, 'Ateliers', { budget: 0 })).unknown).toBe(false);
    expect(actionFunding(action(1, 'Ateliers', { fundings: [line(1, 'epci', 500, 'refuse')] })).unknown).toBe(
      false,
    );
  });

  it('writes the budget and the fundings the same way everywhere, never « 0 € » for what is not given', () => {
    const of = (...actions: ReturnType<typeof action>[]) =>
      roadmapFunding(roadmap({ chantiers: [chantier(1, 'Aller vers', actions)] })).overall;
    expect(budgetWords(of())).toBe('non renseigné');
    expect(budgetWords(of(action(1, 'A'), action(2, 'B')))).toBe('non renseigné');
    expect(budgetWords(of(action(1, 'A', { budget: 12000 })))).toBe(formatEuros(12000));
    expect(budgetWords(of(action(1, 'A', { budget: 12000 }), action(2, 'B'), action(3, 'C')))).toBe(
      `${formatEuros(12000)} (2\u00a0actions sans budget renseigné)`,
    );
    expect(fundingWords(of(action(1, 'A', { budget: 12000 })))).toBe('aucun financement inscrit');
    expect(
      fundingWords(
        of(action(1, 'A', { fundings: [line(1, 'epci', 3000, 'acquis'), line(2, 'caf', 1000, 'demande')] })),
      ),
    ).toBe(`financements prévus\u00a0: ${formatEuros(4000)}, dont ${formatEuros(3000)} acquis`);
  });

  it('counts a line whose amount is not known yet as a line, never as 0 € nor as « aucun financement »', () => {
    const of = (...actions: ReturnType<typeof action>[]) =>
      roadmapFunding(roadmap({ chantiers: [chantier(1, 'Aller vers', actions)] })).overall;
    const onlyUnknown = of(action(1, 'A', { fundings: [line(1, 'epci', null, 'envisage')] }));
    expect([onlyUnknown.lineCount, onlyUnknown.unknownAmounts, onlyUnknown.planned]).toEqual([1, 1, 0]);
    expect(fundingWords(onlyUnknown)).toBe('financements prévus\u00a0: 1\u00a0ligne, montant non renseigné');
    const some = of(
      action(1, 'A', {
        fundings: [line(1, 'epci', 3000, 'acquis'), line(2, 'etat_fne', null, 'demande')],
      }),
    );
    expect(fundingWords(some)).toBe(
      `financements prévus\u00a0: ${formatEuros(3000)} + 1\u00a0montant non renseigné, dont ${formatEuros(3000)} acquis`,
    );
    // Acquired without an amount: nothing said « 0 € acquis », and what remains is at most the rest.
    const acquiredUnknown = of(
      action(1, 'A', {
        budget: 20000,
        fundings: [line(1, 'etat_fne', null, 'acquis'), line(2, 'epci', 5000, 'envisage')],
      }),
    );
    expect(fundingWords(acquiredUnknown)).toBe(
      `financements prévus\u00a0: ${formatEuros(5000)} + 1\u00a0montant non renseigné, dont 1\u00a0montant acquis non renseigné`,
    );
    expect([acquiredUnknown.remaining, acquiredUnknown.remainingAtMost]).toEqual([20000, true]);
    expect(some.bySource.map((entry) => [entry.source, entry.planned, entry.unknownAmounts])).toEqual([
      ['etat_fne', 0, 1],
      ['epci', 3000, 0],
    ]);
  });
});
