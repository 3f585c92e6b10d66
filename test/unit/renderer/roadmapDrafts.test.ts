import { describe, expect, it } from 'vitest';
import { actionInput, roadmapTextInput } from '../../../shared/roadmap/roadmapSchemas';
import { actionInputOf } from '../../../shared/roadmap/actionInputOf';
import {
  currentDraft,
  draftKey,
  textInputOf,
  withDrafts,
  type RoadmapDraft,
} from '../../../renderer/src/features/roadmap/editor/roadmapDrafts';
import { action, roadmap } from './support/roadmapFixture';

const chantiers = [
  {
    id: 1,
    position: 0,
    title: 'Aller vers',
    description: null,
    actions: [action(5, { title: 'Bus numérique' })],
  },
  { id: 2, position: 1, title: 'Former', description: null, actions: [action(6, { chantierId: 2 })] },
];

describe('what the user typed, laid over the backend’s roadmap', () => {
  it('shows the typed text where the backend still has the old one (the local text wins)', () => {
    const server = roadmap({ purpose: 'Ancien texte', chantiers });
    const drafts: RoadmapDraft[] = [
      { kind: 'text', field: 'purpose', value: 'Nouveau texte en cours de frappe' },
      { kind: 'action', action: { ...action(5), title: 'Bus numérique itinérant', budget: 12000 } },
    ];
    const shown = withDrafts(server, drafts);
    expect(shown.purpose).toBe('Nouveau texte en cours de frappe');
    expect(shown.chantiers[0]?.actions[0]?.title).toBe('Bus numérique itinérant');
    expect(shown.chantiers[0]?.actions[0]?.budget).toBe(12000);
    expect(server.purpose).toBe('Ancien texte');
  });

  it('keeps an action where the backend put it (a move is not undone by a field draft)', () => {
    const server = roadmap({
      chantiers: [
        { ...chantiers[0]!, actions: [] },
        {
          ...chantiers[1]!,
          actions: [action(5, { chantierId: 2, position: 1 }), action(6, { chantierId: 2 })],
        },
      ],
    });
    const shown = withDrafts(server, [{ kind: 'action', action: action(5, { title: 'Titre tapé' }) }]);
    expect(shown.chantiers[1]?.actions[0]).toMatchObject({
      id: 5,
      chantierId: 2,
      position: 1,
      title: 'Titre tapé',
    });
  });

  it('ignores the draft of something deleted meanwhile', () => {
    const server = roadmap({ objectives: [] });
    const objective = {
      id: 3,
      position: 0,
      title: 'X',
      indicator: null,
      baseline: null,
      target: null,
      unit: null,
    };
    expect(withDrafts(server, [{ kind: 'objective', objective }]).objectives).toEqual([]);
  });

  it('reads back the current value of a key, for undo', () => {
    const server = roadmap({ commitments: 'Partager les chiffres', chantiers });
    expect(currentDraft(server, 'text:commitments')).toEqual({
      kind: 'text',
      field: 'commitments',
      value: 'Partager les chiffres',
    });
    expect(currentDraft(server, 'chantier:2')).toEqual({
      kind: 'chantier',
      chantier: { id: 2, title: 'Former', description: null },
    });
    expect(currentDraft(server, 'action:5')).toMatchObject({
      kind: 'action',
      action: { title: 'Bus numérique' },
    });
    expect(currentDraft(server, 'action:99')).toBeNull();
    const draft = currentDraft(server, 'action:5');
    expect(draft && draftKey(draft)).toBe('action:5');
  });
});

describe('what is sent to the backend', () => {
  it('sends every text with the one edited, so that saving one never empties another', () => {
    const shown = roadmap({
      title: 'Feuille de route',
      purpose: 'Raison',
      context: 'Contexte',
      commitments: null,
    });
    const input = textInputOf({ kind: 'text', field: 'commitments', value: 'Engagements' }, shown);
    expect(roadmapTextInput.parse(input)).toEqual({
      title: 'Feuille de route',
      purpose: 'Raison',
      context: 'Contexte',
      commitments: 'Engagements',
    });
  });

  it('leaves an emptied title out of the other texts’ saves, and sends it (to be refused) on its own edit', () => {
    const shown = roadmap({ title: '', purpose: 'Raison' });
    expect(textInputOf({ kind: 'text', field: 'purpose', value: 'Raison !' }, shown)).not.toHaveProperty(
      'title',
    );
    expect(
      roadmapTextInput.safeParse(textInputOf({ kind: 'text', field: 'title', value: ' ' }, shown)).success,
    ).toBe(false);
  });

  it('turns a fiche action back into a valid input, funding and indicator lines included', () => {
    const full = action(5, {
      title: 'Bus numérique',
      pilotMemberId: 10,
      partnerMemberIds: [11],
      publics: ['Seniors'],
      communeCodes: ['86078'],
      start: '2026-09',
      end: '2027-06',
      budget: 12000,
      fundings: [{ id: 1, source: 'departement', amount: 8000, status: 'acquis', note: null }],
      indicators: [{ id: 2, label: 'Personnes accompagnées', unit: 'personnes', target: 150, actual: 40 }],
      status: 'en_cours',
      progress: 30,
    });
    const parsed = actionInput.parse(actionInputOf(full));
    expect(parsed).toMatchObject({
      id: 5,
      chantierId: 1,
      fundings: [{ source: 'departement', amount: 8000, status: 'acquis', note: null }],
      indicators: [{ label: 'Personnes accompagnées', unit: 'personnes', target: 150, actual: 40 }],
      progress: 30,
    });
  });
});
