import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCX_MIME_TYPE } from '../../shared/documents/documentDto';
import { useActorsBackend } from './support/actorsBackend';
import { headingsOf, readDocx, tablesOf, type DocxParts } from './support/readDocx';
import { seedDemoRoadmap } from './support/seedRoadmap';

/**
 * The Word documents of the demo territory, built through the router as the renderer asks for them, then
 * unzipped: headings, sections, tables (header row repeated on each page), images, page frame, and
 * « non renseigné » wherever data is missing, never an empty line in its place.
 */

const t = useActorsBackend();

/** A 1×1 PNG (white), as a logo. */
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

async function demo(): Promise<void> {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
}

async function allActorNames(): Promise<string[]> {
  return (await t.ok('actors.list', { limit: 500 })).items.map((item) => item.name);
}

/** Body paragraphs outside tables that hold no text, no picture and no field: an empty line. */
function emptyBodyParagraphs(parts: DocxParts): number {
  const body = parts.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].filter((match) => {
    const xml = match[0];
    return !/<w:t[ >]/.test(xml) && !xml.includes('<w:drawing>') && !xml.includes('<w:sectPr');
  }).length;
}

/** No-break spaces (French typography, thousands) read as plain spaces, to compare with readable strings. */
const tabs = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the annuaire des acteurs', () => {
  it('lists every actor of the demo under its commune, with a dated French file name', async () => {
    await demo();
    const file = await t.ok('documents.build', { kind: 'annuaire', options: { groupBy: 'commune' } });
    expect(file.fileName).toBe('Annuaire des acteurs au 5 avril 2026 – CC du Civraisien en Poitou.docx');
    expect(file.mimeType).toBe(DOCX_MIME_TYPE);

    const parts = readDocx(file.contentBase64);
    expect(headingsOf(parts.document, 1)).toEqual(['Présentation', 'Les acteurs, commune par commune']);
    const communes = headingsOf(parts.document, 2);
    expect(communes).toEqual(expect.arrayContaining(['Civray', 'Gençay', 'Charroux', 'Valence-en-Poitou']));
    // Communes with nobody are named together, not given an empty chapter each.
    expect(communes).not.toContain('Asnois');
    expect(communes.at(-1)).toBe('Communes sans acteur recensé');
    expect(parts.paragraphs.some((p) => p.includes('Asnois (132)'))).toBe(true);

    const names = await allActorNames();
    expect(names.length).toBe(44);
    const entries = headingsOf(parts.document, 3);
    for (const name of names) expect(entries).toContain(name.replace(/'/g, '’'));
  });

  it('opens with a summary table of the communes whose header row repeats on every page', async () => {
    await demo();
    const territory = await t.ok('territory.get', {});
    const file = await t.ok('documents.build', { kind: 'annuaire', options: {} });
    const [summary] = tablesOf(readDocx(file.contentBase64).document);
    expect(summary!.headerRepeats).toBe(true);
    expect(summary!.rows[0]).toEqual([
      'Commune',
      'Habitants',
      'Acteurs installés',
      'Lieux d’accueil',
      'Acteurs venant d’ailleurs',
    ]);
    // Header, one row per commune where someone is recorded, one row for all the communes where nobody is
    // (named at the end of the document, not a row of zeros each), the actors whose commune is unknown, the total.
    const names = summary!.rows.map((row) => row[0]);
    expect(names).toContain('Civray');
    expect(names).not.toContain('Asnois');
    const nobody = summary!.rows.find((row) => / communes sans acteur recensé$/.test(tabs(row[0]!)))!;
    const nobodyCount = Number(tabs(nobody[0]!).split(' ')[0]);
    expect(summary!.rows).toHaveLength(1 + (territory!.communes.length - nobodyCount) + 1 + 1 + 1);
    expect(nobody.slice(2)).toEqual(['0', '0', '0']);
    expect(summary!.rows.at(-2)![0]).toBe('Acteurs hors du territoire ou sans commune');
    expect(summary!.rows.at(-1)).toEqual(['Total', '', '44', expect.any(String), '']);
    const civray = summary!.rows.find((row) => row[0] === 'Civray')!;
    expect(tabs(civray[1]!)).toMatch(/^\d \d{3}$/);
  });

  it('writes contacts, services and opening hours in plain French', async () => {
    await demo();
    const file = await t.ok('documents.build', { kind: 'annuaire', options: {} });
    const text = readDocx(file.contentBase64).paragraphs.map(tabs);
    expect(text).toContain('Contacts :');
    expect(text.some((p) => p.startsWith('Services : Aide aux démarches administratives'))).toBe(true);
    // OpenStreetMap hours read back as sentences, never the raw syntax.
    expect(text.some((p) => /^– Du lundi au vendredi : \d/.test(p))).toBe(true);
    expect(text.join('\n')).not.toMatch(/Mo-Fr|Tu,Th/);
    expect(text.some((p) => p.startsWith('Informations vérifiées le '))).toBe(true);
  });

  it('writes every phone number the French way, whatever form it was stored in', async () => {
    t.open();
    // As a file of another producer brings it: the place's phone in the standard's international form.
    await t.create({
      name: 'France services de Tallard',
      communeCode: '38185',
      contacts: [{ name: 'Agnès Roux', phone: '04 92 30 04 00' }],
      places: [{ name: 'France services de Tallard', phone: '+33492541014' }],
    });
    const text = readDocx(
      (await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64,
    ).paragraphs;
    expect(text).toContain('Joindre le lieu\u00a0: 04\u00a092\u00a054\u00a010\u00a014');
    expect(text).toContain('Contact\u00a0: Agnès Roux — 04\u00a092\u00a030\u00a004\u00a000');
    expect(text.join('\n')).not.toContain('+33');
  });

  it('frames every page with the EPCI name, its logo, the date and « page x / y »', async () => {
    await demo();
    await t.ok('territory.setLogo', { logo: { mimeType: 'image/png', base64: TINY_PNG } });
    const parts = readDocx((await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64);
    const header = parts.headers.find((xml) => xml.includes('CC du Civraisien en Poitou'))!;
    expect(header).toContain('<w:drawing>');
    const footer = parts.footers.find((xml) => xml.includes('PAGE'))!;
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer).toContain('5\u00a0avril 2026');
    expect(parts.media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(1);
    // The contents point at the headings' bookmarks; Word refreshes them on opening.
    expect(parts.document).toMatch(/PAGEREF _Toc\d+/);
    expect(parts.files.get('word/settings.xml')!.toString()).toContain('<w:updateFields/>');
  });

  it('groups by typology, an actor under each of its typologies', async () => {
    await demo();
    const epci = (await t.ok('actors.list', { search: 'Communauté de communes du Civraisien' })).items[0]!;
    expect(epci.typologies.length).toBeGreaterThan(1);
    const file = await t.ok('documents.build', { kind: 'annuaire', options: { groupBy: 'typologie' } });
    const parts = readDocx(file.contentBase64);
    expect(headingsOf(parts.document, 1)).toEqual(['Présentation', 'Les acteurs, par typologie']);
    const entries = headingsOf(parts.document, 3).filter((name) => name === epci.name);
    expect(entries).toHaveLength(epci.typologies.length);
  });

  it('keeps to the directory list as filtered, and says so', async () => {
    await demo();
    const file = await t.ok('documents.build', {
      kind: 'annuaire',
      options: { groupBy: 'commune', filters: { communeCodes: ['86103'] } },
    });
    const parts = readDocx(file.contentBase64);
    const expected = (await t.ok('actors.list', { communeCodes: ['86103'] })).items.map((i) => i.name);
    expect(new Set(headingsOf(parts.document, 3).filter((h) => !h.startsWith('Présents aussi')))).toEqual(
      new Set(expected.map((name) => name.replace(/'/g, '’'))),
    );
    expect(parts.paragraphs).toContain(
      'Ce document reprend la liste filtrée de l’annuaire, et non l’annuaire complet.',
    );
  });

  it('says « non renseigné » where an actor has no contact, no address and no place, never an empty line', async () => {
    t.open();
    await t.create({ name: 'Association Sans Fiche', communeCode: '38185' });
    const parts = readDocx((await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64);
    const text = parts.paragraphs.map(tabs);
    expect(text).toContain('Contact : non renseigné');
    expect(text).toContain('Adresse : Grenoble');
    expect(text).toContain('Lieux d’accueil : non renseignés');
    expect(text).toContain('Informations jamais vérifiées auprès de l’acteur');
    expect(emptyBodyParagraphs(parts)).toBe(0);
  });

  it('says that the directory is still empty, or that the selection matches nobody, in French', async () => {
    t.open();
    const empty = readDocx((await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64);
    const text = empty.paragraphs.map(tabs).join('\n');
    expect(text).toContain('L’annuaire ne compte encore aucun acteur : ce document sera à refaire');
    expect(text).toContain('Par commune · aucun acteur');
    expect(text).not.toContain('Cet annuaire présente');
    expect(text).not.toContain('sélection');
    await t.create({ name: 'Association du Lien', communeCode: '38185' });
    const none = readDocx(
      (
        await t.ok('documents.build', {
          kind: 'annuaire',
          options: { filters: { communeCodes: ['38151'] } },
        })
      ).contentBase64,
    );
    expect(none.paragraphs.map(tabs).join('\n')).toContain(
      'Aucun acteur de l’annuaire ne correspond à cette sélection.',
    );
  });

  it('asks for places only where one is expected, and says when a roving place is open through its permanences', async () => {
    t.open();
    await t.create({ name: 'CAF de la Vienne', communeCode: '38185', roles: ['prescripteur', 'financeur'] });
    await t.create({ name: 'Résidence sans lieu', communeCode: '38185', roles: ['lieu_mediation'] });
    await t.create({
      name: 'Bus du numérique',
      communeCode: '38185',
      roles: ['lieu_mediation'],
      places: [
        {
          name: 'Bus numérique (tournée des communes)',
          communeCode: '38185',
          itinerance: ['Itinérant'],
          permanences: [{ communeCode: '38185', weekdays: ['Tu'], schedule: 'Le matin' }],
        },
      ],
    });
    const parts = readDocx((await t.ok('documents.build', { kind: 'annuaire', options: {} })).contentBase64);
    const text = parts.paragraphs.map(tabs).join('\n');
    const entry = (name: string) =>
      text.slice(text.indexOf(name), text.indexOf('Informations', text.indexOf(name)));
    // A prescripteur and financeur may have no desk open to the public: nothing to fill in.
    expect(entry('CAF de la Vienne')).not.toContain('Lieux d’accueil');
    expect(entry('Résidence sans lieu')).toContain('Lieux d’accueil : non renseignés');
    const bus = entry('Bus du numérique');
    expect(bus).toContain('Bus numérique (tournée des communes) — itinérant');
    expect(bus).toContain('Permanence : à Grenoble le mardi (le matin)');
    expect(bus).not.toContain('Horaires');
  });
});

describe('the diagnostic territorial', () => {
  it(
    'holds every part, its tables and its charts, and says what is missing on the bare demo',
    { timeout: 90_000 },
    async () => {
      await demo();
      const file = await t.ok('documents.build', { kind: 'diagnostic', options: {} });
      expect(file.fileName).toBe('Diagnostic au 5 avril 2026 – CC du Civraisien en Poitou.docx');
      const parts = readDocx(file.contentBase64);
      expect(headingsOf(parts.document, 1).map(tabs)).toEqual([
        'Synthèse',
        'Le territoire',
        'Les fragilités numériques',
        'L’offre de médiation numérique',
        'L’activité des lieux de médiation',
        'Les écarts entre besoins et offre',
        'Annexe : données par commune',
        'Annexe : sources',
      ]);
      const tables = tablesOf(parts.document);
      expect(tables.length).toBeGreaterThanOrEqual(5);
      for (const table of tables) expect(table.headerRepeats).toBe(true);
      // The annex has one row per commune of the territory.
      const territory = await t.ok('territory.get', {});
      const annex = tables.find(
        (table) => table.rows[0]![0] === 'Commune' && table.rows[0]!.includes('Services sur 9'),
      )!;
      expect(annex.rows).toHaveLength(1 + territory!.communes.length);
      // A service's communes include those its places visit: the header says « desservies ».
      const services = tables.find((table) => table.rows[0]![0] === 'Service')!;
      expect(services.rows[0]).toEqual(['Service', 'Lieux', 'Communes desservies']);
      // Without an indicator: said plainly; no commentary written: said once, not under four headings.
      const text = parts.paragraphs.map(tabs);
      expect(text).toContain('Indicateur de fragilité : non renseigné');
      // The EPCI's SIREN as the screens write it: three groups of three, joined by no-break spaces.
      expect(parts.paragraphs.some((p) => p.includes('(SIREN 200\u00a0070\u00a0035)'))).toBe(true);
      expect(text).toContain('Le détail par commune (population, lieux) figure en annexe.');
      expect(text).toContain('Commentaires : non renseignés');
      expect(headingsOf(parts.document, 2).filter((h) => h.startsWith('Commentaire'))).toEqual([]);
      // Charts and the map of the places are embedded as PNG.
      expect(parts.media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(5);
      expect(text.some((p) => p.startsWith('Source : Annuaire des acteurs Maillage'))).toBe(true);
      expect(emptyBodyParagraphs(parts)).toBe(0);
    },
  );

  it(
    'shows the fragility indicators with source and year, the map and the commentary once they exist',
    { timeout: 90_000 },
    async () => {
      await demo();
      const fixture = (path: string) => readFileSync(resolve('test/fixtures', path)).toString('base64');
      await t.ok('indicators.import', {
        fileName: 'ifn-civraisien.csv',
        contentBase64: fixture('diagnostic/ifn-civraisien.csv'),
        kind: 'ifn',
        dataset: { year: 2023 },
      });
      await t.ok('map.importContours', {
        fileName: 'communes-86-vienne-2018.geojson',
        contentBase64: fixture('geo/communes-86-vienne-2018.geojson'),
      });
      await t.ok('diagnostic.setCommentary', {
        section: 'ecarts',
        text: 'Étendre la tournée du bus : priorité 2027 !',
      });
      const parts = readDocx(
        (await t.ok('documents.build', { kind: 'diagnostic', options: {} })).contentBase64,
      );
      const headings = headingsOf(parts.document, 2);
      expect(headings).toEqual(
        expect.arrayContaining([
          'Indicateurs disponibles',
          'Carte de la fragilité',
          'Communes les plus fragiles et les moins dotées',
        ]),
      );
      const indicators = tablesOf(parts.document).find((table) => table.rows[0]![0] === 'Indicateur')!;
      expect(indicators.rows.slice(1).every((row) => row[2] === '2023')).toBe(true);
      // In the annex, a commune whose fragility is unknown is not ranked: « — », never the last ranks.
      const annex = tablesOf(parts.document).find(
        (table) => table.rows[0]![0] === 'Commune' && table.rows[0]!.includes('Rang'),
      )!;
      const [fragilityAt, rankAt] = ['Fragilité', 'Rang'].map((title) => annex.rows[0]!.indexOf(title));
      const rows = annex.rows.slice(1);
      const unknown = rows.filter((row) => row[fragilityAt!] === 'non renseigné');
      expect(unknown.length).toBeGreaterThan(0);
      expect(unknown.every((row) => row[rankAt!] === '—')).toBe(true);
      const ranks = rows.filter((row) => row[rankAt!] !== '—').map((row) => Number(row[rankAt!]));
      expect(ranks.sort((a, b) => a - b)).toEqual(ranks.map((_, index) => index + 1));
      // French typography applied to the user's commentary.
      expect(parts.paragraphs).toContain('Étendre la tournée du bus\u00a0: priorité 2027\u00a0!');
      expect(headingsOf(parts.document, 2).map(tabs)).toContain(
        'Commentaire : les écarts entre besoins et offre',
      );
      expect(parts.paragraphs.map(tabs)).toContain(
        'Commentaire sur la synthèse, les fragilités numériques et l’offre de médiation numérique : non renseigné',
      );
    },
  );
});

describe('a frozen diagnostic as a Word document', () => {
  it(
    'shows the diagnostic as it was frozen, not as it is today, and says when it was frozen',
    { timeout: 90_000 },
    async () => {
      await demo();
      await t.ok('diagnostic.setCommentary', { section: 'synthese', text: 'Texte lu aux maires.' });
      const frozen = await t.ok('diagnostic.freeze', { title: 'Conférence des maires' });
      await t.ok('diagnostic.setCommentary', { section: 'synthese', text: 'Texte réécrit après la séance.' });
      const parts = readDocx(
        (await t.ok('documents.build', { kind: 'diagnostic', options: { snapshotId: frozen.id } }))
          .contentBase64,
      );
      const text = parts.paragraphs.map(tabs);
      expect(text).toContain('Texte lu aux maires.');
      expect(text).not.toContain('Texte réécrit après la séance.');
      expect(
        text.some((p) => p.startsWith('Diagnostic figé le ') && p.includes('« Conférence des maires »')),
      ).toBe(true);
      // Its charts come from the snapshot; the map of the places (the directory was not frozen) is left out.
      expect(headingsOf(parts.document, 2)).not.toContain('Carte des lieux');
      expect(parts.media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(5);
      expect(emptyBodyParagraphs(parts)).toBe(0);
      const gone = await t.failure('documents.build', { kind: 'diagnostic', options: { snapshotId: 999 } });
      expect(gone.message).toBe('Ce diagnostic figé n’existe plus\u00a0: il a peut-être été supprimé.');
    },
  );
});

describe('the feuille de route', () => {
  it('is offered once a roadmap exists, never created by asking for it', async () => {
    await demo();
    const before = (await t.ok('documents.availability', {})).find((doc) => doc.kind === 'feuilleDeRoute')!;
    expect(before.available).toBe(false);
    expect(await t.failure('documents.build', { kind: 'feuilleDeRoute', options: {} })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Commencez d’abord la feuille de route'),
    });
    expect(t.count('roadmap')).toBe(0);
  });

  it('says « Aucun financement inscrit » for an action with a budget and no line, as its funding table counts it', async () => {
    await demo();
    await seedDemoRoadmap(t.backend);
    const [chantier] = (await t.ok('roadmap.get', {})).chantiers;
    await t.ok('roadmap.saveAction', {
      chantierId: chantier!.id,
      title: 'Atelier des seniors',
      budget: 4500,
    });
    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    const fiche = tablesOf(parts.document).find((table) =>
      table.rows.some((row) => row[0] === 'Budget' && row[1] === '4\u202f500\u00a0€'),
    )!;
    expect(fiche.rows.find((row) => row[0] === 'Financements')![1]).toBe('Aucun financement inscrit');
  });

  it('holds every section, one fiche per action, who does what, the calendar, the funding and the signatures', async () => {
    await demo();
    await seedDemoRoadmap(t.backend);
    const file = await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} });
    expect(file.fileName).toBe(
      'Feuille de route – version 1 (projet du 5 avril 2026) – CC du Civraisien en Poitou.docx',
    );
    const parts = readDocx(file.contentBase64);
    expect(headingsOf(parts.document, 1)).toEqual([
      'Raison d’être',
      'Contexte',
      'Composition de l’instance',
      'Objectifs',
      'Engagements réciproques',
      'Chantiers clés et fiches action',
      'Qui fait quoi',
      'Calendrier',
      'Financements',
      'Signatures',
    ]);
    expect(headingsOf(parts.document, 3)).toEqual([
      'Action 1.1 — Étendre la tournée du bus numérique',
      'Action 1.2 — Permanence France Services à Charroux',
      'Action 2.1 — Former 30 aidants de proximité',
    ]);
    const tables = tablesOf(parts.document);
    for (const table of tables) expect(table.headerRepeats).toBe(true);
    const fiche = tables.find((table) => table.rows[0]![1] === 'Action 2.1')!;
    // An action with nothing but its title: every missing field says so.
    expect(fiche.rows.find((row) => row[0] === 'Pilote')![1]).toBe('non renseigné');
    expect(fiche.rows.find((row) => row[0] === 'Budget')![1]).toBe('non renseigné');
    expect(fiche.rows.find((row) => row[0] === 'Financements')![1]).toBe('non renseigné');
    const who = tables.find(
      (table) => table.rows[0]!.join('|') === 'Action|Pilote|Partenaires|Financeurs|Contributeurs',
    )!;
    expect(who.rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      [
        '1.1 Étendre la tournée du bus numérique',
        'Bus numérique du Civraisien',
        'Sylvie Marchand',
        'Communauté de communes du Civraisien en Poitou',
      ],
      ['1.2 Permanence France Services à Charroux', 'France Services de Gençay', '—', '—'],
      ['2.1 Former 30 aidants de proximité', 'non renseigné', '—', '—'],
    ]);
    const bySource = tables.find((table) => table.rows[0]![0] === 'Financeur')!;
    expect(bySource.rows.at(-1)!.map(tabs)).toEqual(['Total', '15 000 €', '9 000 €']);
    // Two actions have neither budget nor funding: their money is unknown, never « 0 € », and the total says so.
    const byAction = tables.find((table) => table.rows[0]![4] === 'Reste à trouver')!;
    expect(byAction.rows.slice(1).map((row) => row.map(tabs))).toEqual([
      ['1.1 Étendre la tournée du bus numérique', '18 000 €', '15 000 €', '9 000 €', '9 000 €'],
      [
        '1.2 Permanence France Services à Charroux',
        'non renseigné',
        'non renseigné',
        'non renseigné',
        'non renseigné',
      ],
      [
        '2.1 Former 30 aidants de proximité',
        'non renseigné',
        'non renseigné',
        'non renseigné',
        'non renseigné',
      ],
      ['Total (3 actions, dont 2 sans budget)', '18 000 €', '15 000 €', '9 000 €', '9 000 €'],
    ]);
    expect(parts.paragraphs.map(tabs)).toContain(
      'Budget des actions : 18 000 € (2 actions sans budget renseigné) ; financements prévus : 15 000 €, dont 9 000 € acquis.',
    );
    // Signature page: one row per member with room to sign, the place and date left to fill in by hand.
    const signatures = tables.find((table) => table.rows[0]![2] === 'Signature')!;
    expect(signatures.rows).toHaveLength(1 + 4);
    expect(signatures.rows[4]![1]).toContain('Sylvie Marchand');
    expect(parts.paragraphs.map(tabs)).toContain('Fait à ………………………………, le ………………………………');
    expect(emptyBodyParagraphs(parts)).toBe(0);
  });

  it('carries the place and date of adoption once adopted', async () => {
    await demo();
    await seedDemoRoadmap(t.backend);
    await t.ok('roadmap.adopt', { date: '2026-04-02', place: 'Civray' });
    const parts = readDocx(
      (await t.ok('documents.build', { kind: 'feuilleDeRoute', options: {} })).contentBase64,
    );
    expect(parts.paragraphs.map(tabs)).toContain('Fait à Civray, le 2 avril 2026');
    expect(parts.paragraphs.map(tabs)).toContain('Version 1 adoptée le 2 avril 2026');
  });
});

describe('the note de synthèse', () => {
  it('gives the key figures, a map, the roadmap’s state and the decisions expected, without contents', async () => {
    await demo();
    await seedDemoRoadmap(t.backend);
    const file = await t.ok('documents.build', { kind: 'noteSynthese', options: {} });
    expect(file.fileName).toBe(
      'Note de synthèse pour la conférence des maires au 5 avril 2026 – CC du Civraisien en Poitou.docx',
    );
    const parts = readDocx(file.contentBase64);
    expect(headingsOf(parts.document, 1)).toEqual([
      'Chiffres clés',
      'L’activité des lieux de médiation',
      'Où en est la feuille de route',
      'Décisions attendues',
    ]);
    expect(parts.document).not.toContain('PAGEREF');
    expect(parts.media.length).toBe(1);
    const text = parts.paragraphs.map(tabs);
    expect(text.some((p) => p.startsWith('• Adopter la feuille de route (version 1)'))).toBe(true);
    expect(text).toContain('• Désigner un pilote pour 1 action : « Former 30 aidants de proximité ».');
    expect(text).toContain(
      '• Valider le plan de financement : 9 000 € restent à trouver sur 18 000 € de budget ; 2 actions n’ont pas encore de budget.',
    );
    expect(emptyBodyParagraphs(parts)).toBe(0);
  });
});

describe('which documents can be built', () => {
  it('explains what is missing before a document can be built', async () => {
    t.open();
    const before = await t.ok('documents.availability', {});
    const annuaire = before.find((doc) => doc.kind === 'annuaire')!;
    expect(annuaire).toMatchObject({ available: false, title: 'Annuaire des acteurs' });
    expect(annuaire.detail).toContain('ajoutez-en un');
    await t.create({ name: 'Médiathèque', communeCode: '38185' });
    const after = await t.ok('documents.availability', {});
    expect(after.find((doc) => doc.kind === 'annuaire')).toMatchObject({
      available: true,
      detail: expect.stringContaining('1\u00a0acteur'),
    });
  });

  it('refuses in French without a territory or with an unknown document', async () => {
    t.open({ territory: false });
    expect(await t.failure('documents.build', { kind: 'annuaire', options: {} })).toMatchObject({
      code: 'no_territory',
      message: 'Choisissez d’abord le territoire.',
    });
    expect((await t.failure('documents.build', { kind: 'rapport', options: {} })).code).toBe('invalid_input');
  });
});
