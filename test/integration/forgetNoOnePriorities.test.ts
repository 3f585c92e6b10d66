import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';

// Seed 003's own examples, on the demonstration territory (the CC du Civraisien en Poitou and its directory):
// France Services and a collège do not speak for disability or education; the club des aînés is still missing
// when an itinerant bus welcomes seniors; social workers are a family of their own; the communes are one finding.
const t = useActorsBackend();

async function demoBody(memberNames: string[]) {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  const all = await t.ok('actors.list', { limit: 500 });
  const body = await t.ok('instances.save', {
    name: 'Groupe moteur du Civraisien',
    kind: 'technique',
    frequency: 'mensuelle',
  });
  for (const name of memberNames) {
    const actor = all.items.find((item) => item.name === name);
    if (!actor) throw new Error(`${name} n’est pas dans l’annuaire de démonstration`);
    await t.ok('instances.addMember', { instanceId: body.id, member: { kind: 'actor', actorId: actor.id } });
  }
  return body;
}

describe('« N’oublier personne » puts first what the method asks', () => {
  it('flags disability and education in a body of France Services and a collège, saying who covers them in part', async () => {
    const body = await demoBody(['Espace France Services de Civray', 'Collège du Civraisien']);
    const report = await t.ok('instances.check', { id: body.id });
    const handicap = report.findings.find((finding) => finding.key === 'public:handicap')!;
    const education = report.findings.find((finding) => finding.key === 'public:education')!;
    expect(handicap.priority).toBe(true);
    expect(handicap.coveredBy).toEqual([
      expect.objectContaining({
        name: 'Espace France Services de Civray',
        how: 'accompagnement «\u00a0Handicaps moteurs\u00a0»',
      }),
    ]);
    expect(education.coveredBy.map((cover) => cover.name)).toEqual(['Collège du Civraisien']);
    expect(education.assumed).toBeNull();
  });

  it('counts only actors that can still be invited, and says nothing of candidates when none is left', async () => {
    const body = await demoBody(['Espace France Services de Civray', 'Collège du Civraisien']);
    const report = await t.ok('instances.check', { id: body.id });
    const memberNames = ['Espace France Services de Civray', 'Collège du Civraisien'];
    for (const finding of report.findings.filter((f) => f.rule === 'public')) {
      expect(finding.suggestions.map((s) => s.name).filter((name) => memberNames.includes(name))).toEqual([]);
      const said = /(\d+)\u00a0acteurs? de l’annuaire (peut|peuvent) l’être/.exec(finding.detail);
      if (finding.suggestions.length === 0) expect(finding.detail, finding.key).not.toMatch(/l’être/);
      else expect(Math.min(Number(said?.[1]), 10), finding.key).toBe(finding.suggestions.length);
    }
    // Education: the collège, a member, was the only one of the directory to reach it.
    const education = report.findings.find((finding) => finding.key === 'public:education')!;
    expect(education.suggestions).toEqual([]);
    expect(education.detail).not.toMatch(/annuaire/);
  });

  it('counts a mairie represented by its maire as an elected official sitting in the body', async () => {
    // The directory's contact of the Mairie de Chaunay, its first representative, is Gérard Picard, Maire.
    const body = await demoBody(['Espace France Services de Civray', 'Mairie de Chaunay']);
    const members = (await t.ok('instances.get', { id: body.id })).members;
    expect(members.find((m) => m.name === 'Mairie de Chaunay')!.representatives[0]).toMatchObject({
      name: 'Gérard Picard',
      role: 'Maire',
    });
    const report = await t.ok('instances.check', { id: body.id });
    expect(report.findings.map((finding) => finding.key)).not.toContain('elected:');
    // A body of staff only still lacks an elected official.
    const staff = await t.ok('instances.save', {
      name: 'Équipe technique',
      kind: 'technique',
      frequency: 'mensuelle',
    });
    await t.ok('instances.addMember', {
      instanceId: staff.id,
      member: {
        kind: 'actor',
        actorId: members.find((m) => m.name === 'Espace France Services de Civray')!.actorId!,
      },
    });
    const staffReport = await t.ok('instances.check', { id: staff.id });
    expect(staffReport.findings.find((finding) => finding.key === 'elected:')!.title).toBe(
      'Aucun élu ne siège dans l’instance',
    );
  });

  it('flags the seniors’ family even when an itinerant bus covers seniors, and suggests the club des aînés', async () => {
    const body = await demoBody(['Bus numérique du Civraisien']);
    const report = await t.ok('instances.check', { id: body.id });
    const seniors = report.findings.find((finding) => finding.key === 'public:seniors')!;
    expect(seniors.coveredBy).toEqual([
      expect.objectContaining({
        name: 'Bus numérique du Civraisien',
        how: 'itinérant, public «\u00a0Seniors\u00a0»',
      }),
    ]);
    expect(seniors.suggestions.map((suggestion) => suggestion.name)).toContain('Club des aînés de Chaunay');
  });

  it('shows social workers as a finding, the priorities first, and the communes in one finding', async () => {
    const body = await demoBody(['Espace France Services de Civray']);
    const report = await t.ok('instances.check', { id: body.id });
    const keys = report.findings.map((finding) => finding.key);
    expect(keys.slice(0, 7)).toEqual([
      'public:jeunes',
      'public:seniors',
      'public:handicap',
      'public:precarite',
      'public:education',
      'public:travailleurs-sociaux',
      'elected:',
    ]);
    const firstOther = report.findings.findIndex((finding) => !finding.priority);
    expect(report.findings.slice(firstOther).every((finding) => !finding.priority)).toBe(true);
    const communes = report.findings.filter((finding) => finding.rule === 'commune');
    expect(communes).toHaveLength(1);
    expect(communes[0]!.title).toMatch(/^34\u00a0communes sur 35 n’ont ni acteur ni élu dans l’instance$/);
    expect(report.findings.filter((finding) => finding.rule === 'typology')).toHaveLength(1);
    for (const finding of report.findings) expect(finding.suggestions.length).toBeLessThanOrEqual(10);
    // Far fewer findings than one per commune and per typology.
    expect(report.findings.length).toBeLessThan(20);
  });

  it('lets the user judge a covered family « couvert quand même », then « à traiter » again', async () => {
    const body = await demoBody(['Bus numérique du Civraisien']);
    const judged = await t.ok('instances.assume', {
      instanceId: body.id,
      key: 'public:seniors',
      reason: 'Le bus passe chaque semaine au club des aînés.',
    });
    expect(judged.findings.find((finding) => finding.key === 'public:seniors')!.assumed).toMatchObject({
      reason: 'Le bus passe chaque semaine au club des aînés.',
    });
    const again = await t.ok('instances.unassume', { instanceId: body.id, key: 'public:seniors' });
    expect(again.findings.find((finding) => finding.key === 'public:seniors')!.assumed).toBeNull();
  });
});
