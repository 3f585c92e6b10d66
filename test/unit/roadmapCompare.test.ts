import { describe, expect, it } from 'vitest';
import { compareRoadmaps } from '../../electron/backend/roadmap/compareRoadmaps';
import { action, chantier, member, roadmap } from './roadmap/roadmapFixture';

const base = roadmap({
  purpose: 'Que personne ne reste seul.',
  members: [member(1, 'Association Le Lien'), member(2, 'CAF de la Vienne')],
  objectives: [
    {
      id: 1,
      position: 0,
      title: 'Accompagner',
      indicator: 'Personnes',
      baseline: 300,
      target: 600,
      unit: 'personnes',
    },
  ],
  chantiers: [
    chantier(1, 'Aller vers', [
      action(1, 'Permanences', {
        pilotMemberId: 1,
        start: '2026-09',
        budget: 24000,
        communeCodes: ['86078'],
        fundings: [{ id: 1, source: 'etat_fne', amount: 12000, status: 'demande', note: null }],
      }),
      action(2, 'Bus numérique'),
    ]),
  ],
  roles: [{ actionId: 1, memberId: 1, role: 'pilote' }],
  signatures: [
    {
      memberId: 1,
      organisation: 'Association Le Lien',
      signatory: 'Claire Martin',
      function: 'Présidente',
      signedOn: '2026-04-02',
      status: 'signe',
      edited: true,
    },
    {
      memberId: 2,
      organisation: 'CAF de la Vienne',
      signatory: null,
      function: null,
      signedOn: null,
      status: 'a_signer',
      edited: false,
    },
  ],
});

describe('compareRoadmaps', () => {
  it('finds nothing between a roadmap and itself', () => {
    expect(compareRoadmaps(base, structuredClone(base))).toEqual([]);
  });

  it('tells added, removed and modified elements with field-level changes in French', () => {
    const next = structuredClone(base);
    next.purpose = 'Que personne ne reste seul face au numérique.';
    next.members.push(member(3, 'Mission locale'));
    next.objectives[0]!.target = 800;
    next.chantiers[0]!.actions[0]!.fundings[0]!.status = 'acquis';
    next.chantiers[0]!.actions[0]!.pilotMemberId = 2;
    next.chantiers[0]!.actions[0]!.communeCodes = ['86078', '86069'];
    next.chantiers[0]!.actions.splice(1, 1);
    next.roles = [{ actionId: 1, memberId: 2, role: 'pilote' }];
    next.chantiers.push(chantier(2, 'Former les aidants'));
    next.signatures[1] = {
      ...next.signatures[1]!,
      signatory: 'Paul Durand',
      status: 'signe',
      signedOn: '2026-05-01',
    };
    next.signatures.push({
      memberId: 3,
      organisation: 'Mission locale',
      signatory: null,
      function: null,
      signedOn: null,
      status: 'a_signer',
      edited: false,
    });

    expect(compareRoadmaps(base, next)).toEqual([
      {
        kind: 'modification',
        element: 'Feuille de route',
        title: 'Feuille de route de l’inclusion numérique',
        within: null,
        changes: [
          {
            field: 'Raison d’être',
            before: 'Que personne ne reste seul.',
            after: 'Que personne ne reste seul face au numérique.',
          },
        ],
      },
      { kind: 'ajout', element: 'Membre', title: 'Mission locale', within: null, changes: [] },
      {
        kind: 'modification',
        element: 'Objectif',
        title: 'Accompagner',
        within: null,
        changes: [{ field: 'Cible', before: '600\u00a0personnes', after: '800\u00a0personnes' }],
      },
      { kind: 'ajout', element: 'Chantier', title: 'Former les aidants', within: null, changes: [] },
      {
        kind: 'modification',
        element: 'Action',
        title: 'Permanences',
        within: 'Aller vers',
        changes: [
          { field: 'Pilote', before: 'Association Le Lien', after: 'CAF de la Vienne' },
          { field: 'Communes', before: 'Civray', after: 'Civray, Charroux' },
          {
            field: 'Financements',
            before: 'État / France Numérique Ensemble 12\u202f000\u00a0€ (demandé)',
            after: 'État / France Numérique Ensemble 12\u202f000\u00a0€ (acquis)',
          },
        ],
      },
      { kind: 'suppression', element: 'Action', title: 'Bus numérique', within: 'Aller vers', changes: [] },
      {
        kind: 'modification',
        element: 'Signature',
        title: 'CAF de la Vienne',
        within: null,
        changes: [
          { field: 'Signataire', before: '—', after: 'Paul Durand' },
          { field: 'Date', before: '—', after: '1er\u00a0mai 2026' },
          { field: 'Statut', before: 'À signer', after: 'Signé' },
        ],
      },
    ]);
  });
});
