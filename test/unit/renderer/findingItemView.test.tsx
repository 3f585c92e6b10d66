// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { FindingDto, InviteSuggestionDto } from '../../../shared/governance/governanceDto';
import { FindingItem, type FindingActions } from '../../../renderer/src/features/governance/FindingItem';
import { useMountedRoot } from './support/mountedRoot';

const suggestion = (n: number): InviteSuggestionDto => ({
  actorId: n,
  name: `Club des aînés ${n}`,
  communeName: 'Civray',
  reason: 'Public : Seniors',
  alsoFills: 0,
});

/** « Aucun membre n'atteint les seniors », with `count` suggestions and `others` candidates beyond them. */
const finding = (count: number, others: number): FindingDto => ({
  key: 'public:seniors',
  rule: 'public',
  subject: 'seniors',
  title: 'Aucun membre n’atteint les seniors',
  detail: `À inviter : un club. ${count + others} acteurs de l’annuaire peuvent l’être.`,
  priority: true,
  coveredBy: [],
  suggestions: Array.from({ length: count }, (_, i) => suggestion(i + 1)),
  otherCandidates: others,
  assumed: null,
});

const actions: FindingActions = {
  invite: async () => {},
  addElected: () => {},
  assume: async () => null,
  unassume: async () => {},
  busy: false,
};

describe('a finding of « N’oublier personne »', () => {
  const mounted = useMountedRoot();
  const names = () => [...mounted.container().querySelectorAll('.suggestion-name')].map((n) => n.textContent);

  it('shows three suggestions, then the others on demand, so that the count said is the count listed', () => {
    mounted.render(createElement(FindingItem, { finding: finding(4, 0), actions }));
    expect(names()).toHaveLength(3);
    const more = [...mounted.container().querySelectorAll('button')].find(
      (button) => button.textContent === 'Voir l’autre suggestion',
    )!;
    act(() => more.click());
    expect(names()).toEqual(['Club des aînés 1', 'Club des aînés 2', 'Club des aînés 3', 'Club des aînés 4']);
    expect(mounted.text()).not.toMatch(/Et \d+ autre/);
  });

  it('says how many more the directory holds beyond the suggestions', () => {
    mounted.render(createElement(FindingItem, { finding: finding(3, 2), actions }));
    expect(mounted.text()).toContain('Et 2 autres acteurs de l’annuaire');
  });
});
