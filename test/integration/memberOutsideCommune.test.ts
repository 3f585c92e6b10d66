import { describe, expect, it } from 'vitest';
import { memberCommuneLabel } from '../../shared/governance/memberCommune';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx, tablesOf } from './support/readDocx';

/**
 * A member of the body whose address is outside the territory (a Département seated in Digne-les-Bains, for a
 * body of the Vienne) is named with its commune and « hors du territoire », on the member card (the label the
 * card prints) and in the feuille de route's composition; never « Commune non renseignée » nor « — ».
 */

const t = useActorsBackend();
const DIGNE = '04070';

describe('a member seated outside the territory', () => {
  it('is shown with its commune, « hors du territoire », on its card and in the composition', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const departement = await t.create({
      name: 'Département des Alpes-de-Haute-Provence',
      typologies: ['CD'],
      address: '13 rue du Docteur Romieu',
      communeCode: DIGNE,
      places: [],
    });
    expect(departement).toMatchObject({ communeName: 'Digne-les-Bains', postcode: '04000' });
    const instance = await t.ok('instances.save', {
      name: 'Comité de pilotage',
      kind: 'strategique',
      frequency: 'trimestrielle',
    });
    const civray = (await t.ok('actors.list', { search: 'Espace France Services de Civray' })).items[0]!;
    await t.ok('instances.addMember', {
      instanceId: instance.id,
      member: { kind: 'actor', actorId: civray.id },
    });
    await t.ok('instances.addMember', {
      instanceId: instance.id,
      member: { kind: 'actor', actorId: departement.id },
    });

    const members = (await t.ok('instances.get', { id: instance.id })).members;
    const card = members.find((m) => m.actorId === departement.id)!;
    expect(memberCommuneLabel(card)).toBe('Digne-les-Bains (hors du territoire)');
    expect(memberCommuneLabel(members.find((m) => m.actorId === civray.id)!)).toBe('Civray');

    await t.ok('roadmap.setInstance', { instanceId: instance.id });
    const roadmap = await t.ok('roadmap.get', {});
    expect(roadmap.members.find((m) => m.actorId === departement.id)!.detail).toBe(
      'Digne-les-Bains (hors du territoire)',
    );
    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const composition = tablesOf(parts.document).find((table) => table.rows[0]![1] === 'Qualité')!;
    const row = composition.rows.find((r) => r[0] === 'Département des Alpes-de-Haute-Provence')!;
    expect(row[3]).toBe('Digne-les-Bains (hors du territoire)');
  });
});
