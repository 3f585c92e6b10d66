import { describe, expect, it } from 'vitest';
import { roadmapWarnings } from '../../shared/roadmap/roadmapWarnings';
import { action, chantier, member, roadmap } from './roadmap/roadmapFixture';

describe('roadmapWarnings', () => {
  it('finds nothing to say on a complete roadmap', () => {
    const complete = roadmap({
      members: [member(1, 'Association Le Lien')],
      objectives: [
        {
          id: 1,
          position: 0,
          title: 'Accompagner',
          indicator: 'Personnes',
          baseline: 10,
          target: 20,
          unit: null,
        },
      ],
      chantiers: [
        chantier(1, 'Aller vers', [
          action(1, 'Permanences', {
            pilotMemberId: 1,
            start: '2026-09',
            end: '2026-09',
            budget: 1000,
            fundings: [{ id: 1, source: 'epci', amount: 1000, status: 'acquis', note: null }],
            indicators: [{ id: 1, label: 'Permanences', unit: null, target: 10, actual: null }],
          }),
        ]),
      ],
      roles: [{ actionId: 1, memberId: 1, role: 'pilote' }],
    });
    expect(roadmapWarnings(complete)).toEqual([]);
  });

  it('points at each problem with a French message, without blocking', () => {
    const warnings = roadmapWarnings(
      roadmap({
        instance: null,
        members: [member(1, 'Association Le Lien'), member(2, 'Mission locale')],
        objectives: [
          {
            id: 5,
            position: 0,
            title: 'Former',
            indicator: 'Aidants formés',
            baseline: null,
            target: null,
            unit: null,
          },
        ],
        chantiers: [
          chantier(1, 'Aller vers', [
            action(1, 'Permanences', {
              pilotMemberId: 1,
              start: '2026-09',
              end: '2026-03-15',
              budget: 1000,
              fundings: [
                { id: 1, source: 'epci', amount: 900, status: 'acquis', note: null },
                { id: 2, source: 'caf', amount: 300, status: 'demande', note: null },
                { id: 3, source: 'region', amount: 5000, status: 'refuse', note: null },
              ],
              indicators: [{ id: 1, label: 'Permanences tenues', unit: null, target: null, actual: 3 }],
            }),
            action(2, 'Ateliers', { status: 'termine', progress: 60 }),
          ]),
          chantier(2, 'Communiquer'),
        ],
        roles: [{ actionId: 1, memberId: 1, role: 'pilote' }],
      }),
    );
    expect(warnings.map((warning) => [warning.code, warning.target, warning.field, warning.message])).toEqual(
      [
        [
          'no_instance',
          { kind: 'roadmap' },
          'instance',
          expect.stringMatching(/^Aucune instance n’est choisie/),
        ],
        [
          'objective_without_target',
          { kind: 'objective', id: 5 },
          'target',
          'Objectif «\u00a0Former\u00a0»\u00a0: l’indicateur n’a pas de cible.',
        ],
        [
          'chantier_without_action',
          { kind: 'chantier', id: 2 },
          null,
          'Chantier «\u00a0Communiquer\u00a0»\u00a0: aucune action pour l’instant.',
        ],
        [
          'end_before_start',
          { kind: 'action', id: 1 },
          'end',
          'Action «\u00a0Permanences\u00a0»\u00a0: la fin (15\u00a0mars 2026) précède le début (septembre 2026).',
        ],
        // The refused 5 000 € line does not count.
        [
          'funding_above_budget',
          { kind: 'action', id: 1 },
          'fundings',
          'Action «\u00a0Permanences\u00a0»\u00a0: les financements prévus (1\u202f200\u00a0€) dépassent le budget (1\u202f000\u00a0€).',
        ],
        [
          'indicator_without_target',
          { kind: 'action', id: 1 },
          'indicators.0.target',
          'Action «\u00a0Permanences\u00a0»\u00a0: l’indicateur «\u00a0Permanences tenues\u00a0» n’a pas de cible.',
        ],
        [
          'action_without_pilot',
          { kind: 'action', id: 2 },
          'pilotMemberId',
          'Action «\u00a0Ateliers\u00a0»\u00a0: aucun pilote.',
        ],
        [
          'finished_not_complete',
          { kind: 'action', id: 2 },
          'progress',
          'Action «\u00a0Ateliers\u00a0»\u00a0: terminée, mais l’avancement indique 60\u00a0%.',
        ],
        [
          'member_without_role',
          { kind: 'member', id: 2 },
          null,
          'Mission locale n’a de rôle dans aucune action.',
        ],
      ],
    );
  });

  it('accepts an action that starts and ends in the same month, and a date inside its start month', () => {
    const warnings = roadmapWarnings(
      roadmap({
        chantiers: [
          chantier(1, 'A', [action(1, 'B', { pilotMemberId: 1, start: '2026-09', end: '2026-09-10' })]),
        ],
      }),
    );
    expect(warnings.filter((warning) => warning.code === 'end_before_start')).toEqual([]);
  });
});
