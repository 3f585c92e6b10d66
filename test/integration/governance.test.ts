import { describe, expect, it } from 'vitest';
import type { ActorInput } from '../../shared/actors/schemas';
import { listInstanceMembers, listInstances } from '../../electron/backend/governance/instanceMembers';
import { useActorsBackend } from './support/actorsBackend';
import { OUTSIDE_COMMUNE } from './support/seedTerritory';

const t = useActorsBackend();

const missionLocale: ActorInput = {
  name: 'Mission locale du Nord-Isère',
  typologies: ['ML'],
  roles: ['prescripteur', 'operateur'],
  communeCode: '38053',
  publics: ['Jeunes'],
  contacts: [
    { name: 'Inès Morel', role: 'Directrice', email: 'ines.morel@example.fr' },
    { name: 'Paul Roux', role: 'Conseiller' },
  ],
};
const ccas: ActorInput = {
  name: 'CCAS d’Échirolles',
  typologies: ['CCAS'],
  roles: ['prescripteur', 'financeur'],
  communeCode: '38151',
  publics: ['Seniors'],
};
const mediatheque: ActorInput = {
  name: 'Médiathèque de Grenoble',
  typologies: ['BIB'],
  roles: ['lieu_mediation'],
  communeCode: '38185',
  publics: ['Seniors', 'Jeunes'],
  specificSupports: ['Surdité'],
};

async function createBody(name = 'Comité de pilotage de l’inclusion numérique') {
  return t.ok('instances.save', { name, kind: 'strategique', frequency: 'trimestrielle' });
}

describe('the coordination body', () => {
  it('is created, renamed and listed with its member counts', async () => {
    t.open();
    expect(await t.ok('instances.list', {})).toEqual([]);
    const created = await createBody();
    expect(created).toMatchObject({
      name: 'Comité de pilotage de l’inclusion numérique',
      kind: 'strategique',
      frequency: 'trimestrielle',
      notes: null,
      members: [],
      createdAt: '2026-04-05T10:00:00.000Z',
    });

    t.setNow('2026-04-06T08:00:00Z');
    const renamed = await t.ok('instances.save', {
      id: created.id,
      name: 'Groupe moteur',
      kind: 'technique',
      frequency: 'mensuelle',
      notes: 'Le premier jeudi du mois, à la médiathèque.',
    });
    expect(renamed).toMatchObject({
      id: created.id,
      name: 'Groupe moteur',
      kind: 'technique',
      frequency: 'mensuelle',
    });
    expect(renamed.updatedAt).toBe('2026-04-06T08:00:00.000Z');
    expect(renamed.createdAt).toBe('2026-04-05T10:00:00.000Z');

    await t.ok('instances.addMember', {
      instanceId: created.id,
      member: { kind: 'elected', name: 'Claire Fabre', mandate: 'Vice-présidente', communeCode: '38185' },
    });
    expect(await t.ok('instances.list', {})).toEqual([
      expect.objectContaining({ id: created.id, name: 'Groupe moteur', memberCount: 1, electedCount: 1 }),
    ]);
  });

  it('refuses a body without a name, kind or frequency, in French', async () => {
    t.open();
    const error = await t.failure('instances.save', { name: '  ', kind: 'inconnu', frequency: 'mensuelle' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toMatchObject({
      name: 'Le nom de l’instance est obligatoire.',
      kind: 'Choisissez le type d’instance.',
    });
    expect(t.count('instance')).toBe(0);
  });

  it('answers « not found » for a body deleted meanwhile', async () => {
    t.open();
    const body = await createBody();
    expect(await t.ok('instances.delete', { id: body.id })).toEqual({ id: body.id, name: body.name });
    const error = await t.failure('instances.get', { id: body.id });
    expect(error).toMatchObject({ code: 'not_found' });
    expect(error.message).toContain('n’existe plus');
  });

  it('says the same French « no longer exists » wherever a deleted body is used, and writes nothing', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.ok('actors.create', ccas);
    await t.ok('instances.delete', { id: body.id });
    const instanceId = body.id;
    const failures = [
      await t.failure('instances.addMember', { instanceId, member: { kind: 'actor', actorId: actor.id } }),
      await t.failure('instances.check', { id: instanceId }),
      await t.failure('instances.assume', {
        instanceId,
        key: 'public:seniors',
        reason: 'Le club des aînés.',
      }),
      await t.failure('meetings.save', {
        instanceId,
        kind: 'atelier',
        title: 'Atelier Aidants Connect',
        startsAt: '2026-05-15T10:00',
        durationMinutes: 90,
        place: null,
      }),
      await t.failure('meetings.saveSeries', {
        instanceId,
        kind: 'pleniere',
        title: 'Plénière',
        pattern: { kind: 'monthlyWeekday', interval: 1, nth: 1, weekday: 'TH' },
        startsOn: '2026-05-01',
        time: '14:00',
        durationMinutes: 120,
        end: { kind: 'none' },
        place: null,
      }),
      await t.failure('meetings.overview', { instanceId }),
      await t.failure('meetings.networkLife', { instanceId, from: null, to: null }),
      await t.failure('meetings.openActions', { instanceId }),
    ];
    for (const error of failures)
      expect(error).toMatchObject({
        code: 'not_found',
        message: 'Cette instance n’existe plus\u00a0: elle a peut-être été supprimée. Rechargez la page.',
      });
    expect(t.count('instance_member')).toBe(0);
    expect(t.count('meeting')).toBe(0);
    expect(t.count('meeting_series')).toBe(0);
  });
});

describe('members', () => {
  it('adds an actor represented by its first contact, and an elected official with mandate and commune', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.create(missionLocale);
    const withActor = await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'actor', actorId: actor.id },
    });
    expect(withActor.members).toEqual([
      {
        id: expect.any(Number),
        instanceId: body.id,
        kind: 'actor',
        actorId: actor.id,
        name: 'Mission locale du Nord-Isère',
        representatives: [{ name: 'Inès Morel', role: 'Directrice', email: 'ines.morel@example.fr' }],
        mandate: null,
        communeCode: '38053',
        communeName: 'Bourgoin-Jallieu',
        communeOutside: false,
        position: 0,
        actorDeleted: false,
      },
    ]);

    const withElected = await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'elected', name: 'Jean Dupuis', mandate: 'Maire', communeCode: '38151' },
    });
    expect(withElected.members[1]).toMatchObject({
      kind: 'elected',
      actorId: null,
      name: 'Jean Dupuis',
      mandate: 'Maire',
      communeName: 'Échirolles',
      representatives: [],
      position: 1,
    });
  });

  it('keeps the representatives the user chose, even none', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.create(missionLocale);
    const added = await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'actor', actorId: actor.id, representatives: [] },
    });
    const member = added.members[0]!;
    expect(member.representatives).toEqual([]);
    const updated = await t.ok('instances.updateMember', {
      id: member.id,
      member: {
        kind: 'actor',
        representatives: [
          { name: 'Paul Roux', role: 'Conseiller' },
          { name: 'Inès Morel', email: 'ines.morel@example.fr' },
        ],
      },
    });
    expect(updated.members[0]!.representatives).toEqual([
      { name: 'Paul Roux', role: 'Conseiller', email: null },
      { name: 'Inès Morel', role: null, email: 'ines.morel@example.fr' },
    ]);
  });

  it('changes an elected official’s name, mandate and commune, but never turns a member into the other kind', async () => {
    t.open();
    const body = await createBody();
    const added = await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'elected', name: 'Jean Dupuis', mandate: 'Conseiller municipal', communeCode: '38151' },
    });
    const member = added.members[0]!;
    const updated = await t.ok('instances.updateMember', {
      id: member.id,
      member: { kind: 'elected', name: ' Jean Dupuis ', mandate: 'Maire', communeCode: '38185' },
    });
    expect(updated.members[0]).toMatchObject({
      name: 'Jean Dupuis',
      mandate: 'Maire',
      communeName: 'Grenoble',
    });

    const wrongKind = await t.failure('instances.updateMember', {
      id: member.id,
      member: { kind: 'actor', representatives: [] },
    });
    expect(wrongKind).toMatchObject({ code: 'invalid_input' });
    expect((await t.ok('instances.get', { id: body.id })).members[0]).toMatchObject({
      kind: 'elected',
      mandate: 'Maire',
    });
  });

  it('refuses the same actor twice, an actor in the Corbeille, and a commune outside the territory', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.create(missionLocale);
    const trashed = await t.create(ccas);
    await t.ok('actors.delete', { id: trashed.id });
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });

    const twice = await t.failure('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'actor', actorId: actor.id },
    });
    expect(twice).toMatchObject({ code: 'conflict' });
    expect(twice.message).toBe('«\u00a0Mission locale du Nord-Isère\u00a0» fait déjà partie de l’instance.');

    expect(
      await t.failure('instances.addMember', {
        instanceId: body.id,
        member: { kind: 'actor', actorId: trashed.id },
      }),
    ).toMatchObject({ code: 'not_found' });

    const outside = await t.failure('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'elected', name: 'Anne Blanc', mandate: 'Maire', communeCode: OUTSIDE_COMMUNE },
    });
    expect(outside).toMatchObject({
      code: 'invalid_input',
      fields: { communeCode: 'Choisissez une commune du territoire.' },
    });

    const noMandate = await t.failure('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'elected', name: 'Anne Blanc', mandate: '' },
    });
    expect(noMandate.fields).toMatchObject({ 'member.mandate': 'Le mandat est obligatoire.' });
    expect(t.count('instance_member')).toBe(1);
  });

  it('reorders and removes members; a stale order is refused and changes nothing', async () => {
    t.open();
    const body = await createBody();
    const a = await t.create(missionLocale);
    const b = await t.create(ccas);
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: a.id } });
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: b.id } });
    const full = await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'elected', name: 'Jean Dupuis', mandate: 'Maire', communeCode: null },
    });
    const [first, second, third] = full.members.map((member) => member.id) as [number, number, number];

    const reordered = await t.ok('instances.reorderMembers', {
      instanceId: body.id,
      memberIds: [third, first, second],
    });
    expect(reordered.members.map((member) => member.name)).toEqual([
      'Jean Dupuis',
      'Mission locale du Nord-Isère',
      'CCAS d’Échirolles',
    ]);

    const stale = await t.failure('instances.reorderMembers', {
      instanceId: body.id,
      memberIds: [second, first],
    });
    expect(stale).toMatchObject({ code: 'conflict' });
    expect((await t.ok('instances.get', { id: body.id })).members.map((member) => member.id)).toEqual([
      third,
      first,
      second,
    ]);

    const removed = await t.ok('instances.removeMember', { id: first });
    expect(removed.members.map((member) => member.name)).toEqual(['Jean Dupuis', 'CCAS d’Échirolles']);
    expect(await t.failure('instances.removeMember', { id: first })).toMatchObject({ code: 'not_found' });
  });

  it('flags a member whose actor went to the Corbeille, and keeps its name once purged', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.create(missionLocale);
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });
    await t.ok('actors.delete', { id: actor.id });
    expect((await t.ok('instances.get', { id: body.id })).members[0]).toMatchObject({
      actorId: actor.id,
      actorDeleted: true,
    });
    await t.ok('actors.purge', { id: actor.id });
    expect((await t.ok('instances.get', { id: body.id })).members[0]).toMatchObject({
      kind: 'actor',
      actorId: null,
      name: 'Mission locale du Nord-Isère',
      communeName: 'Bourgoin-Jallieu',
      actorDeleted: false,
    });
  });

  it('are readable by other domains in one call (the roadmap’s composition)', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.create(missionLocale);
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });
    const db = t.backend.ctx.db;
    expect(await listInstances(db)).toEqual([
      expect.objectContaining({ id: body.id, memberCount: 1, electedCount: 0 }),
    ]);
    expect((await listInstanceMembers(db, body.id)).map((member) => member.name)).toEqual([
      'Mission locale du Nord-Isère',
    ]);
  });

  it('go with their body when it is deleted', async () => {
    t.open();
    const body = await createBody();
    const actor = await t.create(missionLocale);
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });
    const report = await t.ok('instances.check', { id: body.id });
    await t.ok('instances.assume', {
      instanceId: body.id,
      key: report.findings[0]!.key,
      reason: 'Plus tard',
    });
    await t.ok('instances.delete', { id: body.id });
    expect([t.count('instance_member'), t.count('instance_finding_assumed'), t.count('actor')]).toEqual([
      0, 0, 1,
    ]);
  });
});

describe('the « n’oublier personne » check', () => {
  it('finds what the body leaves out of the stored territory, and inviting a suggestion closes the gap', async () => {
    t.open();
    const body = await createBody();
    const ml = await t.create(missionLocale);
    const ccasActor = await t.create(ccas);
    const media = await t.create(mediatheque);
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: ml.id } });

    const report = await t.ok('instances.check', { id: body.id });
    const keys = report.findings.map((finding) => finding.key);
    expect(keys).toContain('elected:');
    expect(keys).toContain('role:financeur');
    expect(keys).toContain('role:lieu_mediation');
    expect(keys).not.toContain('role:prescripteur');
    expect(keys).toContain('public:seniors');
    expect(keys).not.toContain('public:jeunes');
    // Typologies and communes are summed up in one finding each.
    const typologies = report.findings.find((finding) => finding.key === 'typology:')!;
    expect(typologies.suggestions.map((suggestion) => suggestion.actorId)).toContain(ccasActor.id);
    expect(typologies.suggestions.map((suggestion) => suggestion.actorId)).not.toContain(ml.id);
    const communes = report.findings.find((finding) => finding.key === 'commune:')!;
    expect(communes.suggestions.map((suggestion) => suggestion.actorId)).toContain(media.id);
    expect(report.openCount).toBe(report.findings.length);

    // Both declare seniors without being their specialists: the nearest the directory has.
    const seniors = report.findings.find((finding) => finding.key === 'public:seniors')!;
    expect(seniors.suggestions.map((suggestion) => suggestion.actorId).sort()).toEqual(
      [ccasActor.id, media.id].sort(),
    );

    const afterInvite = await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'actor', actorId: seniors.suggestions[0]!.actorId },
    });
    expect(afterInvite.members).toHaveLength(2);
    const again = await t.ok('instances.check', { id: body.id });
    // A generalist that declares seniors covers them in part: said, and left to the user to judge.
    const seniorsAgain = again.findings.find((finding) => finding.key === 'public:seniors')!;
    expect(seniorsAgain.coveredBy.map((cover) => cover.actorId)).toEqual([seniors.suggestions[0]!.actorId]);
  });

  it('keeps an assumed finding with its reason until the user undoes it', async () => {
    t.open();
    const body = await createBody();
    await t.create(mediatheque);
    const assumed = await t.ok('instances.assume', {
      instanceId: body.id,
      key: 'elected:',
      reason: '  Les élus siègent au comité stratégique.  ',
    });
    const finding = assumed.findings.find((item) => item.key === 'elected:')!;
    expect(finding.assumed).toEqual({
      reason: 'Les élus siègent au comité stratégique.',
      assumedAt: '2026-04-05T10:00:00.000Z',
    });
    expect(assumed.openCount).toBe(assumed.findings.length - 1);

    const reread = await t.ok('instances.check', { id: body.id });
    expect(reread.findings.find((item) => item.key === 'elected:')!.assumed).not.toBeNull();

    const undone = await t.ok('instances.unassume', { instanceId: body.id, key: 'elected:' });
    expect(undone.findings.find((item) => item.key === 'elected:')!.assumed).toBeNull();
    expect(undone.openCount).toBe(undone.findings.length);
  });

  it('refuses to assume a finding without a reason, or one that no longer exists', async () => {
    t.open();
    const body = await createBody();
    const noReason = await t.failure('instances.assume', {
      instanceId: body.id,
      key: 'elected:',
      reason: ' ',
    });
    expect(noReason.fields).toMatchObject({ reason: 'La raison est obligatoire.' });
    await t.ok('instances.addMember', {
      instanceId: body.id,
      member: { kind: 'elected', name: 'Jean Dupuis', mandate: 'Maire', communeCode: null },
    });
    const gone = await t.failure('instances.assume', {
      instanceId: body.id,
      key: 'elected:',
      reason: 'Déjà fait',
    });
    expect(gone).toMatchObject({ code: 'conflict' });
    expect(t.count('instance_finding_assumed')).toBe(0);
  });
});
