import { describe, expect, it } from 'vitest';
import {
  electedOrganisation,
  prefilledSignature,
  signatureBlocks,
  type MemberForSignature,
  type SignatureContext,
} from '../../electron/backend/roadmap/signaturePrefill';
import { canSign } from '../../electron/backend/roadmap/signatoryChoice';
import {
  epciFullName,
  mandateLabel,
  writtenOutMandate,
} from '../../electron/backend/roadmap/signatoryWording';
import {
  epiceneForm,
  feminineForm,
  hasInclusiveMark,
  masculineForm,
} from '../../shared/roadmap/genderedWording';
import { ELECTED_MANDATE_SUGGESTIONS } from '../../shared/governance/governanceDto';
import { signatureInput } from '../../shared/roadmap/roadmapSchemas';
import type { RoadmapSignatureTable } from '../../electron/backend/db/schema';
import { member } from './roadmap/roadmapFixture';

const EPCI = 'Communauté de communes du Civraisien en Poitou';
const context: SignatureContext = {
  epciName: EPCI,
  epciActorIds: new Set([100]),
  carriedActorIds: new Set(),
};

const actor = (
  id: number,
  name: string,
  representatives: { name: string; role: string | null }[] = [],
  actorId: number | null = null,
): MemberForSignature => ({
  member: member(id, name, { representatives, actorId }),
  mandate: null,
  communeName: 'Civray',
});
const elected = (id: number, name: string, mandate: string | null, communeName: string | null = null) => ({
  member: member(id, name, { kind: 'elected' }),
  mandate,
  communeName,
});

/** Any inclusive abbreviation a printed function must not hold. */
const INCLUSIVE_TRACE = /[·•⋅]|[a-zé][./](e|ère|rice|trice)\b|\((e|ère)\)/;

describe('the wording of a function', () => {
  it('spells an inclusive abbreviation out in both genders', () => {
    expect(feminineForm('Président·e')).toBe('Présidente');
    expect(masculineForm('Président·e')).toBe('Président');
    expect(feminineForm('Conseiller·ère municipal·e')).toBe('Conseillère municipale');
    expect(feminineForm('Vice-président·e chargé·e du numérique')).toBe(
      'Vice-présidente chargée du numérique',
    );
    expect(feminineForm('Directeur·rice')).toBe('Directrice');
    expect(feminineForm('Directeur/trice')).toBe('Directrice');
    expect(feminineForm('Animateur·rice')).toBe('Animatrice');
    expect(feminineForm('Adjoint(e) au maire')).toBe('Adjointe au maire');
    expect(feminineForm('Président.e')).toBe('Présidente');
    expect(hasInclusiveMark('Vice-présidente chargée du numérique')).toBe(false);
    expect(hasInclusiveMark('Responsable accueil et/ou médiation')).toBe(false);
  });

  it('writes a council member without gender, and no form without gender for a president', () => {
    expect(epiceneForm('Conseiller·ère municipal·e')).toBe('Membre du conseil municipal');
    expect(epiceneForm('Conseiller·ère départemental·e')).toBe('Membre du conseil départemental');
    expect(epiceneForm('Président·e')).toBeNull();
    expect(epiceneForm('Maire')).toBe('Maire');
  });

  it('writes a mandate out with its commune or its EPCI', () => {
    const place = { communeName: 'Charroux', epciName: EPCI };
    expect(writtenOutMandate('Maire', place)).toBe('Maire de Charroux');
    expect(writtenOutMandate('Maire', { ...place, communeName: 'Availles-Limouzine' })).toBe(
      'Maire d’Availles-Limouzine',
    );
    expect(writtenOutMandate('Adjointe au maire', { ...place, communeName: 'Le Vigeant' })).toBe(
      'Adjointe au maire du Vigeant',
    );
    expect(writtenOutMandate('Présidente', place)).toBe(
      'Présidente de la communauté de communes du Civraisien en Poitou',
    );
    expect(writtenOutMandate('Président de la communauté de communes', place)).toBe(
      'Président de la communauté de communes du Civraisien en Poitou',
    );
    expect(writtenOutMandate('Vice-présidente chargée du numérique', place)).toBe(
      'Vice-présidente chargée du numérique',
    );
    expect(epciFullName('CC du Civraisien en Poitou')).toBe(EPCI);
    expect(epciFullName('CA Grand Poitiers')).toBe('Communauté d’agglomération Grand Poitiers');
    expect(epciFullName('Brest Métropole')).toBe('Brest Métropole');
  });
});

describe('who can sign for a member', () => {
  it('never takes a reception desk, a switchboard, a secretariat or the organisation itself', () => {
    for (const desk of [
      { name: 'Accueil', role: null },
      { name: 'Accueil de la mairie', role: 'Accueil' },
      { name: 'Standard', role: null },
      { name: 'Secrétariat', role: 'Secrétariat' },
      { name: 'Christine Lebrun', role: 'Agente d’accueil social' },
      { name: 'contact@ccas-civray.fr', role: null },
      { name: 'France Services de Gençay', role: null },
    ])
      expect(canSign(desk, 'France Services de Gençay'), desk.name).toBe(false);
    expect(
      canSign({ name: 'Nadia Benali', role: 'Agente France Services' }, 'France Services de Gençay'),
    ).toBe(true);
  });

  it('leaves the signatory to choose when only a reception desk represents the member', () => {
    const row = prefilledSignature(
      [
        actor(2, 'CCAS de Civray', [
          { name: 'Accueil du CCAS', role: 'Accueil' },
          { name: 'Standard', role: null },
        ]),
      ],
      context,
    );
    expect(row).toMatchObject({
      organisation: 'CCAS de Civray',
      signatory: null,
      function: null,
      choices: [],
    });
  });

  it('signs an organisation through its representative with most authority, the desk left out', () => {
    const row = prefilledSignature(
      [
        actor(1, 'Association Le Lien', [
          { name: 'Accueil', role: 'Accueil' },
          { name: 'Hugo Petit', role: 'Conseiller numérique' },
          { name: 'Claire Martin', role: 'Présidente' },
        ]),
      ],
      context,
    );
    expect(row).toEqual({
      memberId: 1,
      alsoFor: [],
      signsFor: [],
      organisation: 'Association Le Lien',
      signatory: 'Claire Martin',
      function: 'Présidente',
      signedOn: null,
      status: 'a_signer',
      edited: false,
      choices: [
        { name: 'Claire Martin', function: 'Présidente', forms: [] },
        { name: 'Hugo Petit', function: 'Conseiller numérique', forms: [] },
      ],
    });
  });

  it('has an elected official sign in person, for the body their mandate belongs to', () => {
    const mayor = prefilledSignature([elected(3, 'Nadia Roux', 'Maire', 'Charroux')], context);
    expect(mayor).toMatchObject({
      organisation: 'Commune de Charroux',
      signatory: 'Nadia Roux',
      function: 'Maire de Charroux',
    });
    expect(electedOrganisation('Vice-président·e', 'Civray', EPCI)).toBe(EPCI);
    expect(electedOrganisation('Conseiller·ère départemental·e', 'Civray', EPCI)).toBe('Département');
    expect(electedOrganisation('Maire', 'Usson-du-Poitou', EPCI)).toBe('Commune d’Usson-du-Poitou');
  });
});

describe('the EPCI signs once', () => {
  const body: MemberForSignature[] = [
    actor(10, 'Bus numérique du Civraisien', [{ name: 'Mathieu Roy', role: 'Conseiller numérique' }]),
    elected(11, 'Bernard Chaigneau', 'Vice-président solidarités', 'Civray'),
    actor(12, EPCI, [{ name: 'Claire Dumont', role: 'Chargée de mission inclusion numérique' }], 100),
    elected(13, 'Sylvie Marchand', 'Maire', 'Charroux'),
    elected(14, 'Jean Bonnet', 'Président', 'Gençay'),
    elected(15, 'Anne Rivière', 'Vice-présidente chargée du numérique', 'Couhé'),
  ];

  it('merges its president, vice-presidents and the EPCI as an actor into one block, its president signing', () => {
    const blocks = signatureBlocks(body, [], context);
    expect(blocks.map((block) => [block.memberId, block.organisation])).toEqual([
      [10, 'Bus numérique du Civraisien'],
      [11, EPCI],
      [13, 'Commune de Charroux'],
    ]);
    const epci = blocks[1]!;
    expect(epci.alsoFor).toEqual([12, 14, 15]);
    // Its line names every member it signs for but itself (the EPCI as an actor, 12).
    expect(epci.signsFor).toEqual([11, 14, 15]);
    expect(epci).toMatchObject({
      signatory: 'Jean Bonnet',
      function: 'Président de la communauté de communes du Civraisien en Poitou',
    });
    expect(epci.choices!.map((choice) => choice.name)).toEqual([
      'Jean Bonnet',
      'Bernard Chaigneau',
      'Anne Rivière',
      'Claire Dumont',
    ]);
  });

  it('keeps what was saved on any of its members, first the block’s own', () => {
    const saved = (memberId: number, signatory: string): RoadmapSignatureTable => ({
      memberId,
      organisation: EPCI,
      signatory,
      function: 'Vice-président solidarités',
      signedOn: null,
      status: 'a_signer',
    });
    expect(signatureBlocks(body, [saved(15, 'Anne Rivière')], context)[1]).toMatchObject({
      memberId: 11,
      signatory: 'Anne Rivière',
      edited: true,
    });
    expect(
      signatureBlocks(body, [saved(15, 'Anne Rivière'), saved(11, 'Bernard Chaigneau')], context)[1],
    ).toMatchObject({ signatory: 'Bernard Chaigneau' });
  });
});

describe('no « ·e » in a prefilled function', () => {
  it('writes every suggested mandate without inclusive abbreviation, offering both forms where needed', () => {
    for (const mandate of ELECTED_MANDATE_SUGGESTIONS) {
      const row = prefilledSignature([elected(1, 'Camille Roux', mandate, 'Charroux')], context);
      expect(row.function ?? '', mandate).not.toMatch(INCLUSIVE_TRACE);
      for (const choice of row.choices ?? []) {
        expect(choice.function ?? '', mandate).not.toMatch(INCLUSIVE_TRACE);
        for (const form of choice.forms) expect(form, mandate).not.toMatch(INCLUSIVE_TRACE);
      }
    }
    const president = prefilledSignature([elected(1, 'Camille Roux', 'Président·e', 'Civray')], context);
    expect(president).toMatchObject({ signatory: 'Camille Roux', function: null });
    expect(president.choices![0]!.forms).toEqual([
      'Président de la communauté de communes du Civraisien en Poitou',
      'Présidente de la communauté de communes du Civraisien en Poitou',
    ]);
    const councillor = prefilledSignature(
      [elected(1, 'Camille Roux', 'Conseiller·ère municipal·e', 'Charroux')],
      context,
    );
    expect(councillor.function).toBe('Membre du conseil municipal de Charroux');
  });

  it('holds for a representative’s role and for a function saved before', () => {
    const row = prefilledSignature(
      [actor(1, 'Centre social', [{ name: 'Dominique Lefèvre', role: 'Directeur·rice' }])],
      context,
    );
    expect(row).toMatchObject({ signatory: 'Dominique Lefèvre', function: null });
    expect(row.choices![0]!.forms).toEqual(['Directeur', 'Directrice']);
    const [stored] = signatureBlocks(
      [elected(1, 'Camille Roux', 'Maire', 'Charroux')],
      [
        {
          memberId: 1,
          organisation: 'Commune de Charroux',
          signatory: 'Camille Roux',
          function: 'Vice-président·e',
          signedOn: null,
          status: 'a_signer',
        },
      ],
      context,
    );
    expect(stored!.function).toBeNull();
  });

  it('is refused when typed, with both forms written out in the message', () => {
    const result = signatureInput.safeParse({
      memberId: 1,
      organisation: EPCI,
      signatory: 'Camille Roux',
      function: 'Vice-président·e',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['function'],
      message: expect.stringContaining('«\u00a0Vice-président\u00a0» ou «\u00a0Vice-présidente\u00a0»'),
    });
  });
});

describe('the composition of the body', () => {
  it('names a mandate without gender marks, both forms when French has no form without gender', () => {
    expect(mandateLabel('Président·e de la communauté de communes')).toBe(
      'Président ou présidente de la communauté de communes',
    );
    expect(mandateLabel('Conseiller·ère communautaire')).toBe('Membre du conseil communautaire');
    expect(mandateLabel('Vice-président·e chargé·e du numérique')).toBe(
      'Vice-président chargé ou vice-présidente chargée du numérique',
    );
    expect(mandateLabel('Maire')).toBe('Maire');
    expect(mandateLabel(null)).toBeNull();
  });
});
