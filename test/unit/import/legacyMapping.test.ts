import { describe, expect, it } from 'vitest';
import { classifyValue } from '../../../electron/backend/interop/lieux-mediation/readVocabularies';
import { rowToActor } from '../../../electron/backend/interop/import/rowToActor';
import { guessMapping } from '../../../electron/backend/interop/lieux-mediation/readMapping';
import { detectFormat, readTable } from '../../../electron/backend/interop/lieux-mediation/readTable';

describe('v0.1 values mapped to the standard v1', () => {
  it('condenses the 15 old services into the 9 current ones', () => {
    expect(classifyValue('Devenir autonome dans les démarches administratives')).toEqual([
      ['services', 'Aide aux démarches administratives'],
    ]);
    expect(classifyValue('Prendre en main un ordinateur')).toEqual([
      ['services', 'Maîtrise des outils numériques du quotidien'],
    ]);
    expect(classifyValue("S'équiper en matériel informatique")).toEqual([
      ['services', 'Acquisition de matériel informatique à prix solidaire'],
    ]);
  });

  it('reads fees from the conditions’ prefix and sorts publics from specific supports', () => {
    expect(
      classifyValue(
        'Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale)',
      ),
    ).toEqual([['fees', 'Gratuit sous condition']]);
    expect(classifyValue('Seniors (+ 65 ans)')).toEqual([['publics', 'Seniors']]);
    expect(classifyValue('Surdité')).toEqual([['specificSupports', 'Surdité']]);
    expect(classifyValue('CNFS')).toEqual([['programmes', 'Conseillers numériques']]);
    expect(classifyValue('Adultes')).toEqual([]);
    expect(classifyValue('Un service inventé')).toBeNull();
  });

  it('turns a v0.1 record into one actor with one place', () => {
    const headers = [
      'id',
      'pivot',
      'nom',
      'commune',
      'code_postal',
      'adresse',
      'services',
      'conditions_acces',
      'courriel',
      'publics_accueillis',
      'source',
    ];
    const record = {
      line: 3,
      values: {
        id: 'dora-1',
        pivot: '00000000000000',
        nom: 'Ateliers numériques',
        commune: 'Avignon',
        code_postal: '84000',
        adresse: '27 B AV DE LA TRILLADE',
        services: 'Prendre en main un smartphone ou une tablette;Accéder à une connexion internet;Inconnu',
        conditions_acces: 'Payant : L’accès au lieu et/ou à ses services est payant',
        courriel: 'contact@exemple.fr',
        publics_accueillis: 'Seniors (+ 65 ans);Déficience visuelle',
        source: 'dora',
      },
    };
    expect(detectFormat(headers)).toBe('lieux-v0.1');
    const row = rowToActor(record, guessMapping(headers, [record], 'lieux-v0.1'), 'fichier.json');
    expect(row).toMatchObject({ line: 3, source: 'dora', externalId: 'dora-1' });
    expect(row.actor).toMatchObject({
      name: 'Ateliers numériques',
      siret: null,
      publics: ['Seniors'],
      specificSupports: ['Déficience visuelle'],
    });
    expect(row.actor.places[0]).toMatchObject({
      services: ['Maîtrise des outils numériques du quotidien', 'Accès internet et matériel informatique'],
      fees: ['Payant'],
      email: 'contact@exemple.fr',
    });
    expect(row.warnings).toEqual([
      {
        line: 3,
        field: 'services',
        reason: 'Valeur non reconnue, laissée de côté\u00a0: «\u00a0Inconnu\u00a0».',
      },
    ]);
  });
});

describe('recognising the format', () => {
  it('reads a v1 JSON export, numbering its objects from 1', () => {
    const json = JSON.stringify([
      {
        id: 'a',
        pivot: '43493312300029',
        nom: 'Anonymal',
        services: ['Loisirs et créations numériques'],
        frais_a_charge: 'Payant',
        latitude: 49.25,
      },
    ]);
    const table = readTable(json);
    expect(table.kind).toBe('json');
    expect(detectFormat(table.headers)).toBe('lieux-v1');
    expect(table.records).toEqual([
      {
        line: 1,
        values: {
          id: 'a',
          pivot: '43493312300029',
          nom: 'Anonymal',
          services: 'Loisirs et créations numériques',
          frais_a_charge: 'Payant',
          latitude: '49.25',
        },
      },
    ]);
  });

  it('takes any other table for a spreadsheet', () => {
    expect(detectFormat(['Raison sociale', 'CP', 'Ville'])).toBe('tableur');
  });
});
