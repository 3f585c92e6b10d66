import { describe, expect, it } from 'vitest';
import type { RoadmapSignatureDto } from '../../shared/roadmap/roadmapDto';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx, tablesOf } from './support/readDocx';
import { signsForMembers, signsForSentence } from '../../shared/roadmap/signsFor';

/**
 * Signatories chosen per member, through the router as the screens call it, on the demo territory: a reception
 * desk never prefilled, the EPCI signing once, mandates written out and never « Président·e », then the
 * feuille de route's signature page as it prints those choices.
 */

const t = useActorsBackend();
const EPCI = 'Communauté de communes du Civraisien en Poitou';
/** An inclusive abbreviation, in any of its spellings. */
const INCLUSIVE_TRACE = /[·•⋅]|[a-zé][./](e|ère|rice|trice)\b|\((e|ère)\)/;
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function bodyOfTheDemo() {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  const actorId = async (search: string) => (await t.ok('actors.list', { search })).items[0]!.id;
  const instance = await t.ok('instances.save', {
    name: 'Comité de pilotage',
    kind: 'strategique',
    frequency: 'trimestrielle',
  });
  const add = (member: Parameters<typeof t.ok<'instances.addMember'>>[1]['member']) =>
    t.ok('instances.addMember', { instanceId: instance.id, member });
  // The EPCI as an actor: its first directory contact (a chargée de mission) represents it.
  await add({ kind: 'actor', actorId: await actorId('Communauté de communes du Civraisien') });
  await add({
    kind: 'actor',
    actorId: await actorId('France Services de Gençay'),
    representatives: [
      { name: 'Accueil France Services', role: 'Accueil' },
      { name: 'Nadia Benali', role: 'Agente France Services' },
    ],
  });
  // A CCAS whose only contact is its reception agent.
  await add({ kind: 'actor', actorId: await actorId('CCAS de Valence-en-Poitou') });
  await add({
    kind: 'elected',
    name: 'Jean Bonnet',
    mandate: 'Président·e de la communauté de communes',
    communeCode: '86061',
  });
  await add({ kind: 'elected', name: 'Bernard Chaigneau', mandate: 'Vice-président·e', communeCode: null });
  const last = await add({
    kind: 'elected',
    name: 'Sylvie Marchand',
    mandate: 'Maire',
    communeCode: '86061',
  });
  const ids = last.members.map((member) => member.id);
  await t.ok('roadmap.setInstance', { instanceId: instance.id });
  return { instanceId: instance.id, ids };
}

/** The text of the signature page: from its heading (the last « Signatures », after the contents) to the end. */
const signaturePageOf = (paragraphs: string[]) =>
  paragraphs.slice(paragraphs.lastIndexOf('Signatures')).join('\n');

const byOrganisation = (signatures: RoadmapSignatureDto[], organisation: string) =>
  signatures.find((signature) => signature.organisation === organisation)!;

describe('signatories of the feuille de route', () => {
  it('are prefilled without a reception desk, the EPCI once, no inclusive abbreviation', async () => {
    const { ids } = await bodyOfTheDemo();
    const roadmap = await t.ok('roadmap.get', {});
    expect(roadmap.signatures.map((signature) => signature.organisation)).toEqual([
      EPCI,
      'France Services de Gençay',
      'CCAS de Valence-en-Poitou',
      'Commune de Charroux',
    ]);
    const epci = roadmap.signatures[0]!;
    // Six members, four blocks: the president and the vice-president sign within the EPCI's block.
    expect(epci.memberId).toBe(ids[0]);
    expect(epci.alsoFor).toEqual([ids[3], ids[4]]);
    // The body holds « Président·e » and no gender: the president signs, the function waits for a choice.
    expect(epci).toMatchObject({ signatory: 'Jean Bonnet', function: null });
    expect(epci.choices![0]).toEqual({
      name: 'Jean Bonnet',
      function: null,
      forms: [
        'Président de la communauté de communes du Civraisien en Poitou',
        'Présidente de la communauté de communes du Civraisien en Poitou',
      ],
    });
    expect(byOrganisation(roadmap.signatures, 'France Services de Gençay')).toMatchObject({
      signatory: 'Nadia Benali',
      function: 'Agente France Services',
    });
    expect(byOrganisation(roadmap.signatures, 'CCAS de Valence-en-Poitou')).toMatchObject({
      signatory: null,
      function: null,
      choices: [],
    });
    expect(byOrganisation(roadmap.signatures, 'Commune de Charroux')).toMatchObject({
      signatory: 'Sylvie Marchand',
      function: 'Maire de Charroux',
    });
    for (const signature of roadmap.signatures) {
      expect(signature.function ?? '').not.toMatch(INCLUSIVE_TRACE);
      for (const choice of signature.choices ?? [])
        expect(choice.function ?? '', choice.name).not.toMatch(INCLUSIVE_TRACE);
    }
  });

  it('keep a chosen representative and a typed person, and print them on the signature page', async () => {
    await bodyOfTheDemo();
    const before = await t.ok('roadmap.get', {});
    const epci = before.signatures[0]!;
    const ccas = byOrganisation(before.signatures, 'CCAS de Valence-en-Poitou');

    // « Président·e » typed is refused with both forms written out; the user picks one.
    const refused = await t.failure('roadmap.saveSignature', {
      memberId: epci.memberId,
      organisation: epci.organisation,
      signatory: 'Jean Bonnet',
      function: 'Président·e',
    });
    expect(refused.fields?.function).toContain('«\u00a0Président\u00a0» ou «\u00a0Présidente\u00a0»');
    // The EPCI: its vice-president chosen among the block's people, the mandate written out.
    const vicePresident = epci.choices!.find((choice) => choice.name === 'Bernard Chaigneau')!;
    await t.ok('roadmap.saveSignature', {
      memberId: epci.memberId,
      organisation: epci.organisation,
      signatory: vicePresident.name,
      function: vicePresident.forms[1]!,
    });
    // The CCAS: nobody able to sign in the body, so a person typed in with her function.
    await t.ok('roadmap.saveSignature', {
      memberId: ccas.memberId,
      organisation: ccas.organisation,
      signatory: 'Martine Giraud',
      function: 'Vice-présidente du CCAS',
    });

    const after = await t.ok('roadmap.get', {});
    expect(after.signatures).toHaveLength(4);
    expect(after.signatures[0]).toMatchObject({
      memberId: epci.memberId,
      organisation: EPCI,
      signatory: 'Bernard Chaigneau',
      function: 'Vice-présidente de la communauté de communes du Civraisien en Poitou',
      edited: true,
    });
    expect(byOrganisation(after.signatures, 'CCAS de Valence-en-Poitou')).toMatchObject({
      signatory: 'Martine Giraud',
      function: 'Vice-présidente du CCAS',
      edited: true,
    });

    const file = await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} });
    const parts = readDocx(file.contentBase64);
    const page = tablesOf(parts.document).find((table) => table.rows[0]![2] === 'Signature')!;
    expect(page.rows.map((row) => spaces(row.slice(0, 2).join(' | ')))).toEqual([
      'Organisation | Signataire et fonction',
      `${EPCI}Signe aussi pour Jean Bonnet et Bernard Chaigneau | Bernard ChaigneauVice-présidente de la communauté de communes du Civraisien en PoitouÀ signer`,
      'France Services de Gençay | Nadia BenaliAgente France ServicesÀ signer',
      'CCAS de Valence-en-Poitou | Martine GiraudVice-présidente du CCASÀ signer',
      'Commune de Charroux | Sylvie MarchandMaire de CharrouxÀ signer',
    ]);
    const signaturePage = signaturePageOf(parts.paragraphs);
    expect(signaturePage).not.toMatch(INCLUSIVE_TRACE);
    expect(signaturePage.split(EPCI)).toHaveLength(2);

    // Adopted, the version keeps the choices made, not the people the editor offered.
    const adopted = await t.ok('roadmap.adopt', { date: '2026-04-02', place: 'Civray' });
    expect(adopted.signatures.map((signature) => [signature.signatory, signature.choices])).toEqual([
      ['Bernard Chaigneau', undefined],
      ['Nadia Benali', undefined],
      ['Martine Giraud', undefined],
      ['Sylvie Marchand', undefined],
    ]);
    expect((await t.ok('roadmap.version', { number: 1 })).signatures[0]!.alsoFor).toEqual(epci.alsoFor);
  });

  it('leaves a signatory or function not chosen as a line to fill in by hand', async () => {
    await bodyOfTheDemo();
    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const page = tablesOf(parts.document).find((table) => table.rows[0]![2] === 'Signature')!;
    expect(spaces(page.rows[1]![1]!)).toBe('Jean BonnetFonction : ………………………………À signer');
    expect(spaces(page.rows[3]![1]!)).toBe('Nom : ………………………………Fonction : ………………………………À signer');
    expect(signaturePageOf(parts.paragraphs)).not.toMatch(INCLUSIVE_TRACE);
    // The composition names an elected official's standing without « Élu·e ».
    const members = tablesOf(parts.document).find((table) => table.rows[0]![1] === 'Qualité')!;
    expect(members.rows.filter((row) => row[1] === 'Mandat électif').length).toBeGreaterThan(0);
    expect(members.rows.map((row) => row[1]).join(' ')).not.toMatch(INCLUSIVE_TRACE);
  });

  it('print each signature as the screen says it: a refusal is « Refusé le … », never « Signé »', async () => {
    await bodyOfTheDemo();
    const before = await t.ok('roadmap.get', {});
    const save = (organisation: string, status: 'a_signer' | 'signe' | 'refuse', signedOn: string | null) => {
      const row = byOrganisation(before.signatures, organisation);
      return t.ok('roadmap.saveSignature', {
        memberId: row.memberId,
        organisation,
        signatory: row.signatory,
        function: row.function,
        signedOn,
        status,
      });
    };
    await save('Commune de Charroux', 'refuse', '2026-11-26');
    await save('France Services de Gençay', 'signe', '2026-11-20');
    await save('CCAS de Valence-en-Poitou', 'refuse', null);
    const screen = await t.ok('roadmap.get', {});
    expect(byOrganisation(screen.signatures, 'Commune de Charroux').status).toBe('refuse');

    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const page = tablesOf(parts.document).find((table) => table.rows[0]![2] === 'Signature')!;
    const line = (organisation: string) =>
      spaces(page.rows.find((row) => row[0]!.startsWith(organisation))![1]!);
    expect(line('Commune de Charroux')).toBe('Sylvie MarchandMaire de CharrouxRefusé le 26 novembre 2026');
    expect(line('Commune de Charroux')).not.toContain('Signé');
    expect(line('France Services de Gençay')).toBe(
      'Nadia BenaliAgente France ServicesSigné le 20 novembre 2026',
    );
    expect(line('CCAS de Valence-en-Poitou')).toMatch(/Refusé$/);
    expect(line(EPCI)).toMatch(/À signer$/);
  });

  it('say who signs for whom: a service the EPCI carries signs with it, on screen and in both parts of the document', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const actorId = async (search: string) => (await t.ok('actors.list', { search })).items[0]!.id;
    const instance = await t.ok('instances.save', {
      name: 'Comité de pilotage',
      kind: 'strategique',
      frequency: 'trimestrielle',
    });
    const add = (member: Parameters<typeof t.ok<'instances.addMember'>>[1]['member']) =>
      t.ok('instances.addMember', { instanceId: instance.id, member });
    // The France Services of Civray is an establishment of the EPCI (its SIRET opens with the EPCI's SIREN).
    await add({ kind: 'actor', actorId: await actorId('Espace France Services de Civray') });
    await add({ kind: 'elected', name: 'Bernard Chaigneau', mandate: 'Vice-président', communeCode: null });
    await add({ kind: 'actor', actorId: await actorId('Mairie de Chaunay') });
    await t.ok('roadmap.setInstance', { instanceId: instance.id });

    const roadmap = await t.ok('roadmap.get', {});
    expect(roadmap.signatures.map((signature) => signature.organisation)).toEqual([
      EPCI,
      'Mairie de Chaunay',
    ]);
    const efs = roadmap.members.find((member) => member.name === 'Espace France Services de Civray')!;
    const vicePresident = roadmap.members.find((member) => member.name === 'Bernard Chaigneau')!;
    // The screen's line names both members the EPCI signs for, the one holding the row included.
    expect(roadmap.signatures[0]!.signsFor).toEqual([efs.id, vicePresident.id]);
    expect(roadmap.signatures[1]!.signsFor).toEqual([]);
    expect(
      signsForSentence(signsForMembers(roadmap.signatures[0]!, roadmap.members).map((member) => member.name)),
    ).toBe('Signe aussi pour Espace France Services de Civray et Bernard Chaigneau');

    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const page = tablesOf(parts.document).find((table) => table.rows[0]![2] === 'Signature')!;
    expect(spaces(page.rows[1]![0]!)).toBe(
      `${EPCI}Signe aussi pour Espace France Services de Civray et Bernard Chaigneau`,
    );
    // Every member of the composition has its own line, or says which line signs for it.
    const composition = tablesOf(parts.document).find((table) => table.rows[0]![1] === 'Qualité')!;
    const ownLines = new Set(page.rows.slice(1).map((row) => spaces(row[0]!).replace(/Signe aussi.*/, '')));
    for (const row of composition.rows.slice(1)) {
      const precision = spaces(row[3]!);
      if (ownLines.has(row[0]!)) expect(precision, row[0]).not.toContain('Signe avec');
      else expect(precision, row[0]).toContain(`Signe avec ${EPCI}`);
    }
    expect(composition.rows.find((row) => row[0] === 'Espace France Services de Civray')![3]).toContain(
      `Signe avec ${EPCI}`,
    );
  });

  it('says so to the council when the body has no member, without a word about the software', async () => {
    t.open({ territory: false });
    await t.ok('territory.createDemo', {});
    const instance = await t.ok('instances.save', {
      name: 'Comité de pilotage',
      kind: 'strategique',
      frequency: 'trimestrielle',
    });
    await t.ok('roadmap.setInstance', { instanceId: instance.id });
    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const page = signaturePageOf(parts.paragraphs);
    expect(page).toContain('Aucun membre de l’instance n’est encore désigné.');
    expect(page).not.toMatch(/Maillage|ajoutez/i);
  });
});
