import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { seedInstance } from './support/seedInstance';
import type { ActionInput } from '../../shared/roadmap/roadmapSchemas';

describe('feuille de route', () => {
  const api = useActorsBackend();

  /** A body of three members: an association, a social centre, an elected official of Vienne. */
  function openWithBody() {
    const backend = api.open();
    const body = seedInstance(backend.ctx.sqlite, 'Comité de pilotage inclusion numérique', [
      {
        kind: 'actor',
        name: 'Association Le Lien numérique',
        representatives: [
          { name: 'Claire Martin', role: 'Présidente' },
          { name: 'Hugo Petit', role: 'Conseiller numérique' },
        ],
        communeCode: '38544',
      },
      { kind: 'actor', name: 'Centre social des Abrets', representatives: [], communeCode: '38001' },
      { kind: 'elected', name: 'Nadia Roux', mandate: 'Maire', communeCode: '38544' },
    ]);
    return body;
  }

  async function buildRoadmap() {
    const { instanceId, memberIds } = openWithBody();
    const [association, centre, mayor] = memberIds as [number, number, number];
    await api.ok('roadmap.setInstance', { instanceId });
    await api.ok('roadmap.updateText', {
      purpose: 'Que personne ne reste seul face au numérique sur le territoire.',
      commitments: 'Chaque membre oriente les personnes vers le bon lieu.',
    });
    const objective = await api.ok('roadmap.saveObjective', {
      title: 'Accompagner plus de personnes',
      indicator: 'Personnes accompagnées par an',
      baseline: 300,
      target: 600,
      unit: 'personnes',
    });
    const chantier = await api.ok('roadmap.saveChantier', { title: 'Aller vers les publics éloignés' });
    const action: ActionInput = {
      chantierId: chantier.id,
      title: 'Permanences itinérantes dans les mairies',
      objectiveId: objective.id,
      description: 'Une demi-journée par mois dans chaque mairie.',
      pilotMemberId: association,
      partnerMemberIds: [centre],
      publics: ['Seniors'],
      communeCodes: ['38544', '38001'],
      start: '2026-09',
      end: '2027-06-30',
      budget: 24000,
      fundings: [
        { source: 'etat_fne', amount: 12000, status: 'acquis' },
        { source: 'epci', amount: 8000, status: 'demande', note: 'Budget 2027' },
      ],
      indicators: [{ label: 'Permanences tenues', unit: 'permanences', target: 40, actual: null }],
      status: 'a_lancer',
      progress: 0,
    };
    const saved = await api.ok('roadmap.saveAction', action);
    await api.ok('roadmap.setRole', { actionId: saved.id, memberId: mayor, role: 'financeur' });
    return {
      association,
      centre,
      mayor,
      objectiveId: objective.id,
      chantierId: chantier.id,
      actionId: saved.id,
      action,
    };
  }

  it('starts a draft on first use, titled, with no body chosen', async () => {
    api.open();
    const roadmap = await api.ok('roadmap.get', {});
    expect(roadmap).toMatchObject({
      state: 'brouillon',
      version: 1,
      title: 'Feuille de route de l’inclusion numérique',
      territoryName: 'Communauté de communes de test',
      instance: null,
      members: [],
      chantiers: [],
    });
    expect(roadmap.communes.map((commune) => commune.name)).toContain('Échirolles');
  });

  it('answers everything a roadmap holds in one call', async () => {
    const built = await buildRoadmap();
    const roadmap = await api.ok('roadmap.get', {});
    expect(roadmap.instance?.name).toBe('Comité de pilotage inclusion numérique');
    expect(roadmap.purpose).toBe('Que personne ne reste seul face au numérique sur le territoire.');
    expect(roadmap.members.map((member) => member.name)).toEqual([
      'Association Le Lien numérique',
      'Centre social des Abrets',
      'Nadia Roux',
    ]);
    expect(roadmap.members[2]).toMatchObject({ kind: 'elected', detail: 'Maire · Vienne' });
    expect(roadmap.objectives).toEqual([
      expect.objectContaining({ title: 'Accompagner plus de personnes', baseline: 300, target: 600 }),
    ]);
    const action = roadmap.chantiers[0]!.actions[0]!;
    expect(action).toMatchObject({
      title: 'Permanences itinérantes dans les mairies',
      objectiveId: built.objectiveId,
      pilotMemberId: built.association,
      partnerMemberIds: [built.centre],
      publics: ['Seniors'],
      communeCodes: ['38544', '38001'],
      start: '2026-09',
      end: '2027-06-30',
      budget: 24000,
      status: 'a_lancer',
    });
    expect(
      action.fundings.map(({ source, amount, status, note }) => ({ source, amount, status, note })),
    ).toEqual([
      { source: 'etat_fne', amount: 12000, status: 'acquis', note: null },
      { source: 'epci', amount: 8000, status: 'demande', note: 'Budget 2027' },
    ]);
    expect(action.indicators).toEqual([
      expect.objectContaining({ label: 'Permanences tenues', target: 40, actual: null }),
    ]);
    expect(roadmap.roles).toEqual([
      { actionId: built.actionId, memberId: built.association, role: 'pilote' },
      { actionId: built.actionId, memberId: built.centre, role: 'partenaire' },
      { actionId: built.actionId, memberId: built.mayor, role: 'financeur' },
    ]);
    // Signature rows are prefilled from the body: the representative with most authority, or the elected
    // official in person with the mandate written out.
    expect(roadmap.signatures).toEqual([
      expect.objectContaining({
        organisation: 'Association Le Lien numérique',
        signatory: 'Claire Martin',
        function: 'Présidente',
        status: 'a_signer',
        edited: false,
      }),
      expect.objectContaining({ organisation: 'Centre social des Abrets', signatory: null, edited: false }),
      expect.objectContaining({
        organisation: 'Commune de Vienne',
        signatory: 'Nadia Roux',
        function: 'Maire de Vienne',
      }),
    ]);
  });

  it('saves one text without emptying the others (autosave sends one field at a time)', async () => {
    await buildRoadmap();
    await api.ok('roadmap.updateText', { context: '12 communes, 28 000 habitants.' });
    const roadmap = await api.ok('roadmap.get', {});
    expect(roadmap.context).toBe('12 communes, 28 000 habitants.');
    expect(roadmap.purpose).toBe('Que personne ne reste seul face au numérique sur le territoire.');
    expect(roadmap.commitments).toBe('Chaque membre oriente les personnes vers le bon lieu.');
    await api.ok('roadmap.updateText', { commitments: '' });
    expect((await api.ok('roadmap.get', {})).commitments).toBeNull();
  });

  it('keeps the pilot in the fiche and in the matrix the same', async () => {
    const built = await buildRoadmap();
    const roadmap = await api.ok('roadmap.setRole', {
      actionId: built.actionId,
      memberId: built.mayor,
      role: 'pilote',
    });
    const action = roadmap.chantiers[0]!.actions[0]!;
    expect(action.pilotMemberId).toBe(built.mayor);
    // The former pilot stays involved, as partenaire.
    expect(action.partnerMemberIds.sort()).toEqual([built.association, built.centre].sort());
    const resaved = await api.ok('roadmap.saveAction', {
      ...built.action,
      id: built.actionId,
      pilotMemberId: built.centre,
      partnerMemberIds: [],
    });
    expect(resaved.roadmap.roles).toEqual([
      { actionId: built.actionId, memberId: built.centre, role: 'pilote' },
    ]);
  });

  it('refuses a pilot who is not a member of the body, with a French message and nothing written', async () => {
    const built = await buildRoadmap();
    const error = await api.failure('roadmap.saveAction', {
      ...built.action,
      id: built.actionId,
      title: 'Autre titre',
      pilotMemberId: 9999,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.pilotMemberId).toMatch(/ne fait plus partie de l’instance/);
    const roadmap = await api.ok('roadmap.get', {});
    expect(roadmap.chantiers[0]!.actions[0]!.title).toBe('Permanences itinérantes dans les mairies');
  });

  it('checks the fiche action with French messages', async () => {
    const built = await buildRoadmap();
    const error = await api.failure('roadmap.saveAction', {
      ...built.action,
      start: '2026-13',
      progress: 120,
      budget: -5,
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.values(error.fields ?? {})).toEqual(
      expect.arrayContaining([
        'Le début\u00a0: mois ou date invalide (attendu AAAA-MM ou AAAA-MM-JJ).',
        'L’avancement est compris entre 0 et 100\u00a0%.',
        'Le budget ne peut pas être négatif.',
      ]),
    );
  });

  it('moves actions within and across chantiers and reorders chantiers', async () => {
    const built = await buildRoadmap();
    const second = await api.ok('roadmap.saveAction', {
      chantierId: built.chantierId,
      title: 'Ateliers en médiathèque',
    });
    const other = await api.ok('roadmap.saveChantier', { title: 'Former les aidants' });
    let roadmap = await api.ok('roadmap.moveAction', {
      id: second.id,
      chantierId: built.chantierId,
      position: 0,
    });
    expect(roadmap.chantiers[0]!.actions.map((action) => action.title)).toEqual([
      'Ateliers en médiathèque',
      'Permanences itinérantes dans les mairies',
    ]);
    roadmap = await api.ok('roadmap.moveAction', { id: built.actionId, chantierId: other.id, position: 0 });
    expect(roadmap.chantiers.map((chantier) => chantier.actions.map((action) => action.title))).toEqual([
      ['Ateliers en médiathèque'],
      ['Permanences itinérantes dans les mairies'],
    ]);
    roadmap = await api.ok('roadmap.reorderChantiers', { ids: [other.id, built.chantierId] });
    expect(roadmap.chantiers.map((chantier) => chantier.title)).toEqual([
      'Former les aidants',
      'Aller vers les publics éloignés',
    ]);
    const stale = await api.failure('roadmap.reorderChantiers', { ids: [other.id] });
    expect(stale.code).toBe('conflict');
  });

  it('deleting an objective leaves its actions without objective; deleting a chantier takes its actions', async () => {
    const built = await buildRoadmap();
    let roadmap = await api.ok('roadmap.deleteObjective', { id: built.objectiveId });
    expect(roadmap.chantiers[0]!.actions[0]!.objectiveId).toBeNull();
    roadmap = await api.ok('roadmap.deleteChantier', { id: built.chantierId });
    expect(roadmap.chantiers).toEqual([]);
    expect(roadmap.roles).toEqual([]);
    expect(api.count('roadmap_funding')).toBe(0);
  });

  it('adopts a version that stays frozen, then amends it into the next draft', async () => {
    const built = await buildRoadmap();
    const refused = await api.failure('roadmap.adopt', { date: '2026-04-05', place: '' });
    expect(refused.fields?.place).toBe('Le lieu («\u00a0Fait à\u00a0») est obligatoire.');
    await api.ok('roadmap.saveSignature', {
      memberId: built.association,
      organisation: 'Association Le Lien numérique',
      signatory: 'Claire Martin',
      function: 'Présidente',
      signedOn: '2026-04-02',
      status: 'signe',
    });
    const adopted = await api.ok('roadmap.adopt', { date: '2026-04-05', place: 'Civray' });
    expect(adopted).toMatchObject({
      state: 'adoptee',
      version: 1,
      adoption: { version: 1, adoptedOn: '2026-04-05', place: 'Civray' },
    });

    // Adopted: writes are refused until « Amender ».
    const locked = await api.failure('roadmap.updateText', { purpose: 'Autre chose' });
    expect(locked).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Amender/) });

    // The body changes after adoption: the version keeps its composition.
    api.backend.ctx.sqlite.prepare('DELETE FROM instance_member WHERE id = ?').run(built.centre);
    const version1 = await api.ok('roadmap.version', { number: 1 });
    expect(version1.members).toHaveLength(3);
    expect(version1.signatures[0]).toMatchObject({ status: 'signe', signedOn: '2026-04-02' });

    api.setNow('2026-10-01T08:00:00Z');
    const draft = await api.ok('roadmap.amend', {});
    expect(draft).toMatchObject({ state: 'brouillon', version: 2, amendedFrom: 1 });
    expect(draft.members).toHaveLength(2);
    expect(draft.signatures[0]).toMatchObject({
      signatory: 'Claire Martin',
      status: 'a_signer',
      signedOn: null,
    });
    expect(draft.chantiers[0]!.actions[0]!.title).toBe('Permanences itinérantes dans les mairies');

    // Edits of the new draft leave version 1 as it was.
    await api.ok('roadmap.saveAction', {
      ...built.action,
      id: built.actionId,
      partnerMemberIds: [],
      status: 'en_cours',
      progress: 40,
    });
    const again = await api.ok('roadmap.version', { number: 1 });
    expect(again).toEqual(version1);

    const versions = await api.ok('roadmap.versions', {});
    expect(versions).toEqual([
      expect.objectContaining({
        version: 1,
        adoptedOn: '2026-04-05',
        place: 'Civray',
        signatureCount: 3,
        signedCount: 1,
        actionCount: 1,
      }),
    ]);
  });

  it('compares a version with the draft, in French', async () => {
    const built = await buildRoadmap();
    await api.ok('roadmap.adopt', { date: '2026-04-05', place: 'Civray' });
    await api.ok('roadmap.amend', {});
    await api.ok('roadmap.saveAction', {
      ...built.action,
      id: built.actionId,
      end: '2027-12',
      status: 'en_cours',
      progress: 40,
    });
    await api.ok('roadmap.saveObjective', { title: 'Former 20 aidants' });
    const comparison = await api.ok('roadmap.compare', { from: 1, to: 'brouillon' });
    expect(comparison.from.label).toBe('Version 1 du 5\u00a0avril 2026');
    expect(comparison.to.label).toBe('Brouillon de la version 2');
    expect(comparison.changes).toEqual([
      { kind: 'ajout', element: 'Objectif', title: 'Former 20 aidants', within: null, changes: [] },
      {
        kind: 'modification',
        element: 'Action',
        title: 'Permanences itinérantes dans les mairies',
        within: 'Aller vers les publics éloignés',
        changes: [
          { field: 'Fin', before: '30\u00a0juin 2027', after: 'décembre 2027' },
          { field: 'Statut', before: 'À lancer', after: 'En cours' },
          { field: 'Avancement', before: '0\u00a0%', after: '40\u00a0%' },
        ],
      },
    ]);
    const noDraft = await api.ok('roadmap.adopt', { date: '2026-10-01', place: 'Civray' });
    expect(noDraft.version).toBe(2);
    const missing = await api.failure('roadmap.compare', { from: 1, to: 'brouillon' });
    expect(missing.message).toMatch(/Aucun brouillon en cours/);
  });

  it('compares a version adopted before the communes took the typographic apostrophe without false changes', async () => {
    await buildRoadmap();
    // The action's commune, as migration 024 left it, and the version as it was frozen before.
    api.backend.ctx.sqlite
      .prepare("UPDATE territory_commune SET name = 'Saint-Martin-d’Hères' WHERE code = '38544'")
      .run();
    await api.ok('roadmap.adopt', { date: '2026-04-05', place: 'Civray' });
    const frozen = api.backend.ctx.sqlite
      .prepare('SELECT content FROM roadmap_version WHERE number = 1')
      .get() as {
      content: string;
    };
    api.backend.ctx.sqlite
      .prepare('UPDATE roadmap_version SET content = ? WHERE number = 1')
      .run(frozen.content.replaceAll('Saint-Martin-d’Hères', "Saint-Martin-d'Hères"));
    await api.ok('roadmap.amend', {});
    const comparison = await api.ok('roadmap.compare', { from: 1, to: 'brouillon' });
    expect(comparison.changes).toEqual([]);
  });

  it('refuses adoption without a body', async () => {
    api.open();
    const error = await api.failure('roadmap.adopt', { date: '2026-04-05', place: 'Civray' });
    expect(error.message).toMatch(/Choisissez d’abord l’instance/);
  });
});
