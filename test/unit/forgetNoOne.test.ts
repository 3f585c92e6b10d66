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
const keysOf = (input: Partial<ForgetNoOneInput>, rule?: string) =>
  run(input)
    .filter((finding) => rule === undefined || finding.rule === rule)
    .map((finding) => finding.key);

describe('the « n’oublier personne » check', () => {
  it('finds nothing missing in a body that holds the whole directory and the mayor of the commune without actor', () => {
    const findings = run({ memberActors: directory, electedCommuneCodes: ['86068'] });
    expect(findings).toEqual([]);
  });

  it('says when no elected official sits in the body, and only then', () => {
    expect(keysOf({ memberActors: directory }, 'elected')).toEqual(['elected:']);
    expect(keysOf({ memberActors: directory, electedCommuneCodes: ['86103'] }, 'elected')).toEqual([]);
  });

  it('lists the roles of the directory that no member holds, counting an elected official as « collectivité / élu »', () => {
    expect(keysOf({ memberActors: [clubAines] }, 'role')).toEqual([
      'role:prescripteur',
      'role:lieu_mediation',
      'role:collectivite_elu',
    ]);
    expect(keysOf({ memberActors: [clubAines], electedCommuneCodes: [null] }, 'role')).toEqual([
      'role:prescripteur',
      'role:lieu_mediation',
    ]);
    // No actor of the directory is a financeur or a réseau: not a gap the body can fill from the directory.
    expect(keysOf({ memberActors: [] }, 'role')).not.toContain('role:financeur');
  });

  it('lists the typologies of the directory absent from the body', () => {
    expect(keysOf({ memberActors: [mairie, secours] }, 'typology')).toEqual([
      'typology:ETABL_PUB',
      'typology:ML',
    ]);
  });

  it('finds the publics no member reaches: by declared public, specific support, typology, or a well-known name', () => {
    // The core groups (jeunes, seniors, handicap, précarité) are always checked.
    expect(keysOf({ memberActors: [mairie] }, 'public')).toEqual([
      'public:jeunes',
      'public:seniors',
      'public:handicap',
      'public:precarite',
    ]);
    // Mission locale → jeunes by typology; résidence → seniors and handicap (Surdité); Secours populaire by its name.
    expect(keysOf({ memberActors: [missionLocale, residence, secours] }, 'public')).toEqual([]);
  });

  it('still flags a core public nobody in the directory reaches, saying so; and skips the others', () => {
    const findings = checkForgetNoOne({
      communes,
      directory: [mairie],
      memberActors: [mairie],
      electedCommuneCodes: [null],
      assumed: {},
    });
    const publics = findings.filter((finding) => finding.rule === 'public');
    expect(publics.map((finding) => finding.subject)).toEqual(['jeunes', 'seniors', 'handicap', 'precarite']);
    expect(publics[0]!.suggestions).toEqual([]);
    expect(publics[0]!.detail).toContain('Aucun acteur de l’annuaire');
  });

  it('lists the communes where no member is located, the most populated first', () => {
    expect(keysOf({ memberActors: [] }, 'commune')).toEqual([
      'commune:86078',
      'commune:86103',
      'commune:86068',
    ]);
    // An actor member covers its commune, an elected official covers theirs.
    expect(keysOf({ memberActors: [missionLocale], electedCommuneCodes: ['86068'] }, 'commune')).toEqual([
      'commune:86078',
    ]);
  });

  it('suggests actors who fill the gap, not members, those filling the most gaps first', () => {
    const findings = run({ memberActors: [mairie] });
    const seniors = findings.find((finding) => finding.key === 'public:seniors')!;
    // Both reach seniors; the résidence also fills « lieu de médiation », « handicap » and its typology, the club
    // only « opérateur » and its typology (which the Secours populaire would fill too).
    expect(seniors.suggestions.map((suggestion) => suggestion.name)).toEqual([
      'Résidence autonomie Les Tilleuls',
      'Club des aînés de Civray',
    ]);
    expect(seniors.suggestions[0]).toMatchObject({ reason: 'Public : Seniors', alsoFills: 3 });
    expect(seniors.suggestions[1]).toMatchObject({ reason: 'Public : Seniors', alsoFills: 2 });

    const civray = findings.find((finding) => finding.key === 'commune:86078');
    expect(civray).toBeUndefined(); // the mairie is a member located in Civray
    const gencay = findings.find((finding) => finding.key === 'commune:86103')!;
    expect(gencay.suggestions.map((suggestion) => suggestion.actorId)).toEqual([missionLocale.id]);

    for (const finding of findings)
      expect(finding.suggestions.map((suggestion) => suggestion.actorId)).not.toContain(mairie.id);
  });

  it('suggests a handful of actors at most', () => {
    const many = Array.from({ length: 9 }, (_, index) =>
      actor({ name: `Club senior ${index + 1}`, publics: ['Seniors'], roles: ['operateur'] }),
    );
    const findings = checkForgetNoOne({
      communes,
      directory: many,
      memberActors: [],
      electedCommuneCodes: [],
      assumed: {},
    });
    const seniors = findings.find((finding) => finding.key === 'public:seniors')!;
    expect(seniors.suggestions).toHaveLength(SUGGESTIONS_PER_FINDING);
  });

  it('keeps an assumed finding with its reason, and no longer counts it when ranking suggestions', () => {
    const assumed = {
      'public:seniors': { reason: 'Le CCAS les représente déjà.', assumedAt: '2026-04-05T10:00:00Z' },
    };
    const findings = run({ memberActors: [mairie], assumed });
    expect(findings.find((finding) => finding.key === 'public:seniors')!.assumed).toEqual(
      assumed['public:seniors'],
    );
    expect(findings.find((finding) => finding.key === 'public:jeunes')!.assumed).toBeNull();

    const open = run({ memberActors: [mairie] }).find((finding) => finding.key === 'role:lieu_mediation')!;
    const withAssumed = findings.find((finding) => finding.key === 'role:lieu_mediation')!;
    expect(withAssumed.suggestions[0]!.alsoFills).toBe(open.suggestions[0]!.alsoFills - 1);
  });
});
