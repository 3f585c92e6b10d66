import { describe, expect, it } from 'vitest';
import {
  checkForgetNoOne,
  SUGGESTIONS_PER_FINDING,
  type ActorFacts,
  type ForgetNoOneInput,
} from '../../electron/backend/governance/forgetNoOne';

/** A small hand-made territory: three communes, a handful of actors. */
const communes = [
  { code: '86078', name: 'Civray', population: 2600 },
  { code: '86103', name: 'Gençay', population: 1700 },
  { code: '86068', name: 'Chaunay', population: 1100 },
];

let nextId = 1;
function actor(facts: Partial<ActorFacts> & { name: string }): ActorFacts {
  return {
    id: nextId++,
    communeCode: '86078',
    communeName: 'Civray',
    typologies: [],
    roles: [],
    publics: [],
    specificSupports: [],
    ...facts,
  };
}

const mairie = actor({
  name: 'Mairie de Civray',
  typologies: ['MUNI'],
  roles: ['prescripteur', 'collectivite_elu'],
});
const missionLocale = actor({
  name: 'Mission locale Sud Vienne',
  typologies: ['ML'],
  roles: ['prescripteur', 'operateur'],
  communeCode: '86103',
  communeName: 'Gençay',
});
const clubAines = actor({
  name: 'Club des aînés de Civray',
  typologies: ['ASSO'],
  roles: ['operateur'],
  publics: ['Seniors'],
});
const secours = actor({
  name: 'Secours populaire — antenne du Civraisien',
  typologies: ['ASSO'],
  roles: ['operateur'],
});
const residence = actor({
  name: 'Résidence autonomie Les Tilleuls',
  typologies: ['ETABL_PUB'],
  roles: ['lieu_mediation'],
  publics: ['Seniors'],
  specificSupports: ['Surdité'],
});
const directory = [mairie, missionLocale, clubAines, secours, residence];

function run(partial: Partial<ForgetNoOneInput>) {
  return checkForgetNoOne({
    communes,
    directory,
    memberActors: [],
    electedCommuneCodes: [],
    assumed: {},
    ...partial,
  });
}
const bus = actor({
  name: 'Bus numérique du Civraisien',
  typologies: ['ENM'],
  roles: ['operateur'],
  publics: ['Seniors'],
});

describe('the « n’oublier personne » check', () => {
  it('fills a family only with a specialist: declaring the public or a support covers it in part, and is said', () => {
    const findings = run({ memberActors: [bus], electedCommuneCodes: ['86068'] });
    const seniors = findings.find((finding) => finding.key === 'public:seniors')!;
    expect(seniors.title).toBe('Aucun acteur spécialisé pour les seniors dans l’instance');
    expect(seniors.coveredBy).toEqual([
      { actorId: bus.id, name: bus.name, how: 'public «\u00a0Seniors\u00a0»' },
    ]);
    // The club des aînés and the résidence autonomie, by their names, are the seniors' specialists.
    expect(seniors.suggestions.map((suggestion) => suggestion.name).sort()).toEqual([
      'Club des aînés de Civray',
      'Résidence autonomie Les Tilleuls',
    ]);
    const filled = run({ memberActors: [bus, clubAines] });
    expect(filled.map((finding) => finding.key)).not.toContain('public:seniors');
  });

  it('says an itinerant member covers a public « itinérant »', () => {
    const findings = run({ memberActors: [{ ...bus, itinerant: true }] });
    expect(findings.find((finding) => finding.key === 'public:seniors')!.coveredBy[0]!.how).toBe(
      'itinérant, public «\u00a0Seniors\u00a0»',
    );
  });

  it('puts the method’s priorities first: families of publics, elected officials, historical actors', () => {
    const findings = run({ memberActors: [mairie] });
    const priority = findings.filter((finding) => finding.priority).map((finding) => finding.key);
    expect(priority).toEqual([
      'public:jeunes',
      'public:seniors',
      'public:handicap',
      'public:precarite',
      'public:education',
      'public:travailleurs-sociaux',
      'elected:',
      'role:operateur',
      'role:lieu_mediation',
    ]);
    expect(findings.slice(0, priority.length).map((finding) => finding.key)).toEqual(priority);
  });

  it('flags a priority family nobody in the directory reaches, saying who to look for', () => {
    const education = run({ memberActors: [mairie] }).find((finding) => finding.key === 'public:education')!;
    expect(education.suggestions).toEqual([]);
    expect(education.detail).toContain('Éducation nationale');
    expect(education.detail).toContain('Aucun n’est dans l’annuaire');
  });

  it('sums up the communes and the typologies absent from the body in one finding each', () => {
    const findings = run({ memberActors: [missionLocale] });
    const communes = findings.filter((finding) => finding.rule === 'commune');
    expect(communes).toHaveLength(1);
    expect(communes[0]!.title).toBe('2\u00a0communes sur 3 n’ont ni acteur ni élu dans l’instance');
    expect(communes[0]!.detail).toMatch(/Les plus peuplées\u00a0: Civray \(2\s600\), Chaunay \(1\s100\)/u);
    const typologies = findings.filter((finding) => finding.rule === 'typology');
    expect(typologies).toHaveLength(1);
    // An elected official of a commune covers it.
    const withMayor = run({ memberActors: [missionLocale], electedCommuneCodes: ['86078', '86068'] });
    expect(withMayor.filter((finding) => finding.rule === 'commune')).toEqual([]);
  });

  it('counts a commune served by a member’s itinerant permanence as reached, and says so', () => {
    // The bus is based in Gençay, as the mission locale, and stops in Chaunay: only Civray is left.
    const itinerantBus = { ...bus, communeCode: '86103', itinerant: true, permanenceCommunes: ['86068'] };
    const gap = run({ memberActors: [missionLocale, itinerantBus] }).find((f) => f.rule === 'commune')!;
    expect(gap.title).toBe('1 commune sur 3 n’a ni acteur ni élu dans l’instance');
    expect(gap.detail).toMatch(/Les plus peuplées\u00a0: Civray \(2\s600\)\./u);
    expect(gap.detail).toContain(
      '1 autre commune n’est atteinte que par la permanence itinérante d’un membre.',
    );
    // Without its permanences, Chaunay is missing too.
    const without = run({ memberActors: [missionLocale, { ...itinerantBus, permanenceCommunes: [] }] });
    expect(without.find((f) => f.rule === 'commune')!.title).toBe(
      '2 communes sur 3 n’ont ni acteur ni élu dans l’instance',
    );
  });

  it('suggests at most ten actors, not members, those filling the most gaps first, and counts the others', () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      actor({ name: `Club des aînés ${index + 1}`, publics: ['Seniors'], roles: ['operateur'] }),
    );
    const findings = checkForgetNoOne({
      communes,
      directory: [...many, mairie],
      memberActors: [mairie],
      electedCommuneCodes: [],
      assumed: {},
    });
    const seniors = findings.find((finding) => finding.key === 'public:seniors')!;
    expect(seniors.suggestions).toHaveLength(SUGGESTIONS_PER_FINDING);
    expect(SUGGESTIONS_PER_FINDING).toBe(10);
    expect(seniors.otherCandidates).toBe(2);
    expect(seniors.detail).toMatch(/^À inviter.* 12\u00a0acteurs de l’annuaire peuvent l’être\.$/);
    for (const finding of findings)
      expect(finding.suggestions.map((suggestion) => suggestion.actorId)).not.toContain(mairie.id);
  });

  it('keeps a finding judged « couvert quand même » with its reason', () => {
    const assumed = {
      'public:seniors': { reason: 'Le CCAS les représente déjà.', assumedAt: '2026-04-05T10:00:00Z' },
    };
    const findings = run({ memberActors: [mairie], assumed });
    expect(findings.find((finding) => finding.key === 'public:seniors')!.assumed).toEqual(
      assumed['public:seniors'],
    );
    expect(findings.find((finding) => finding.key === 'public:jeunes')!.assumed).toBeNull();
  });
});
