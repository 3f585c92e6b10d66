import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { spreadsheetRecords } from './support/spreadsheetRecords';
import type { ActorInput } from '../../shared/actors/schemas';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';

interface SchemaField {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; maxLength?: number };
}
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/export/standard-v1.0.2-schema.json'), 'utf8'),
) as { fields: SchemaField[] };

/** The erratum of v1.0.2 (« Étapes numériques(La Poste) » without its space): the spaced form is accepted. */
const ERRATUM = 'Étapes numériques\\(La Poste\\)';

/** Every breach of schema.json's own constraints, read from the JSON (not from our rule code). */
function breachesOf(rows: Record<string, string>[]): string[] {
  const breaches: string[] = [];
  for (const field of schema.fields) {
    const seen = new Set<string>();
    const c = field.constraints ?? {};
    const pattern = c.pattern
      ? new RegExp(`^(?:${c.pattern.replace(ERRATUM, 'Étapes numériques ?\\(La Poste\\)')})$`, 'u')
      : null;
    rows.forEach((row, index) => {
      const value = row[field.name];
      const at = `ligne ${index + 2}, ${field.name} = ${JSON.stringify(value)}`;
      if (value === undefined) return breaches.push(`${at} : colonne absente`);
      if (value === '') {
        if (c.required) breaches.push(`${at} : obligatoire`);
        return;
      }
      if (c.unique && seen.has(value)) breaches.push(`${at} : doublon`);
      seen.add(value);
      if (pattern && !pattern.test(value)) breaches.push(`${at} : motif`);
      if (c.maxLength && [...value].length > c.maxLength) breaches.push(`${at} : trop long`);
      if (field.type === 'number' && !Number.isFinite(Number(value))) breaches.push(`${at} : nombre`);
      if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) breaches.push(`${at} : date`);
    });
  }
  return breaches;
}

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('export of the directory to the « Lieux de médiation numérique » standard', () => {
  const api = useActorsBackend();

  async function demo() {
    api.open({ territory: false });
    await api.ok('territory.createDemo', {});
  }

  it('exports the demo territory as a CSV that schema.json accepts, with the exact header', async () => {
    await demo();
    const file = await api.ok('export.file', { format: 'standardCsv' });
    const header = file.content.split('\r\n')[0];
    expect(header).toBe(schema.fields.map((field) => field.name).join(','));
    expect(header).toBe(
      'id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv',
    );
    const parsed = parse(file.content);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBe(file.rowCount);
    expect(parsed.data.length).toBeGreaterThan(5);
    expect(breachesOf(parsed.data)).toEqual([]);
    // The standard's recommended name: the producer by its number (the EPCI's SIREN), the territory unaccented.
    const { epciSiren } = (await api.ok('territory.get', {}))!;
    expect(file.fileName).toBe(
      `2026-04-05_${epciSiren}_lieux-de-mediation-numerique_CcDuCivraisienEnPoitou.csv`,
    );
    expect(file.fileName).not.toMatch(/[éèç]/);

    const espace = parsed.data.find((row) => row.nom === 'Centre socioculturel — espace numérique')!;
    expect(espace).toMatchObject({
      pivot: fictitiousSiret('7813456200001'),
      commune: 'Civray',
      code_postal: '86400',
      code_insee: '86078',
      adresse: '5 avenue de la Gare',
      telephone: '+33536491300',
      typologie: 'CSC',
      structure_parente: 'Centre socioculturel du Civraisien',
      publics_specifiquement_adresses: 'Familles et/ou enfants|Femmes|Jeunes',
    });
    expect(espace.id).toMatch(/^maillage-lieu-\d+$/);
  });

  it('leaves out and reports, in French, each place without the data the standard requires', async () => {
    await demo();
    const preview = await api.ok('export.preview', {});
    const file = await api.ok('export.file', { format: 'standardCsv' });
    const names = parse(file.content).data.map((row) => row.nom);
    expect(preview.exportableCount).toBe(names.length);
    expect(preview.excluded.length).toBeGreaterThan(0);
    // The CIDFF permanence has no address: reported, not written.
    const cidff = preview.excluded.filter((p) => p.actorName.startsWith('CIDFF'));
    expect(cidff.map((p) => p.field)).toEqual(['adresse']);
    expect(names).not.toContain('CIDFF de la Vienne — permanence du Civraisien');
    for (const problem of preview.excluded)
      expect(names, problem.actorName).not.toContain(problem.placeName ?? problem.actorName);
  });

  it('exports a place without SIRET with the placeholder pivot, and warns about it', async () => {
    await demo();
    const preview = await api.ok('export.preview', {});
    const file = await api.ok('export.file', { format: 'standardCsv' });
    const rows = parse(file.content).data;
    const withoutSiret = rows.filter((row) => row.pivot === '00000000000000');
    expect(withoutSiret.length).toBeGreaterThan(0);
    const warned = preview.warnings.filter((w) => w.field === 'pivot').map((w) => w.placeName ?? w.actorName);
    for (const row of withoutSiret) expect(warned).toContain(row.nom);
    expect(preview.warnings.find((w) => w.field === 'pivot')!.message).toMatch(/SIRET bouche-trou/);
  });

  it('gives back the same values through a CSV parser, commas, quotes and line breaks included', async () => {
    api.open();
    const tricky: ActorInput = {
      name: 'Association « Le Lien », "solidaire"',
      siret: fictitiousSiret('8123456780009'),
      roles: ['operateur'],
      address: '12, rue des Écoles',
      communeCode: '38185',
      postcode: '38000',
      otherLabels: 'Label local, première ligne\nseconde ligne',
      programmes: ['Conseillers numériques', 'Aidants Connect', 'Conseillers numériques'],
      lastVerifiedOn: '2026-03-01',
    };
    await api.create(tricky);
    const file = await api.ok('export.file', { format: 'standardCsv' });
    const [row] = parse(file.content).data;
    expect(row).toMatchObject({
      nom: 'Association « Le Lien », "solidaire"',
      adresse: '12, rue des Écoles',
      commune: 'Grenoble',
      autres_formations_labels: 'Label local, première ligne\nseconde ligne',
      dispositif_programmes_nationaux: 'Aidants Connect|Conseillers numériques',
      date_maj: '2026-03-01',
    });
    expect(file.content).toContain('"Association « Le Lien », ""solidaire"""');
  });

  it('uses the last update date when the actor was never checked, and applies the list filters', async () => {
    api.open();
    const base: Omit<ActorInput, 'name'> = {
      roles: ['operateur'],
      communeCode: '38185',
      postcode: '38000',
      address: '1 place Grenette',
    };
    await api.create({ ...base, name: 'Premier', siret: fictitiousSiret('8123456780001') });
    await api.create({
      ...base,
      name: 'Second',
      siret: fictitiousSiret('8123456780002'),
      communeCode: '38544',
      postcode: '38200',
    });
    const all = parse((await api.ok('export.file', { format: 'standardCsv' })).content).data;
    expect(all.map((row) => [row.nom, row.date_maj])).toEqual([
      ['Premier', '2026-04-05'],
      ['Second', '2026-04-05'],
    ]);
    const filtered = await api.ok('export.file', {
      format: 'standardCsv',
      filters: { communeCodes: ['38544'] },
    });
    expect(parse(filtered.content).data.map((row) => row.nom)).toEqual(['Second']);
  });

  it('writes the JSON with the same field names and lists as arrays', async () => {
    await demo();
    const json = JSON.parse((await api.ok('export.file', { format: 'standardJson' })).content) as Record<
      string,
      unknown
    >[];
    const csv = parse((await api.ok('export.file', { format: 'standardCsv' })).content).data;
    expect(json.length).toBe(csv.length);
    expect(Object.keys(json[0]!)).toEqual(schema.fields.map((field) => field.name));
    const first = json.find((row) => row.id === csv[0]!.id)!;
    expect(first.services).toEqual(csv[0]!.services ? csv[0]!.services.split('|') : []);
    expect(typeof first.latitude === 'number' || first.latitude === null).toBe(true);
  });

  it('writes a workbook for Excel: one sheet, French headers, every actor, lists joined with commas', async () => {
    await demo();
    const file = await api.ok('export.file', { format: 'spreadsheet' });
    expect(file.fileName).toMatch(/^\d{4}-\d{2}-\d{2}_annuaire_.+\.xlsx$/);
    const { sheetName, headers, records } = spreadsheetRecords(file);
    expect(sheetName).toBe('Annuaire');
    expect(headers.slice(0, 4)).toEqual(['Acteur', 'Lieu', 'SIRET', 'Typologies']);
    const preview = await api.ok('export.preview', {});
    expect(records.length).toBe(preview.rowCount);
    const cidff = records.find((row) => String(row.Acteur).startsWith('CIDFF'))!;
    expect(cidff.Commune).toBe('Civray');
    expect(cidff['Prise en charge spécifique']).toBe('Langues étrangères (autres)');
    const csc = records.find((row) => row.Lieu === 'Centre socioculturel — espace numérique')!;
    expect(csc.Services).toContain(', ');
    // Coordinates are numbers, codes text, the last verification a date.
    expect(csc.Latitude).toBeTypeOf('number');
    expect(csc.Latitude as number).toBeGreaterThan(46);
    expect(csc['Code postal']).toBe('86400');
    expect(records.some((row) => row['Dernière vérification'] instanceof Date)).toBe(true);
  });

  it('writes the workbook as the record reads: hours in words, phones in pairs; the standard keeps its syntax', async () => {
    api.open();
    await api.create({
      name: 'France services de Tallard',
      siret: fictitiousSiret('8123456780009'),
      roles: ['operateur'],
      address: '1 place du Commandant Dumont',
      communeCode: '38185',
      postcode: '38000',
      places: [
        {
          name: 'France services de Tallard',
          openingHours: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00',
          phone: '+33492541014',
          services: ['Aide aux démarches administratives'],
        },
        {
          name: 'Supérette connectée',
          openingHours: 'Mo-Sa 07:30-22:00',
          phone: '0492300400',
          accessModes: ["Ce lieu n'accueille pas de public"],
        },
        { name: 'Antenne', openingHours: 'le matin, sauf quand il pleut', phone: '39 49 00' },
      ],
    });
    const excel = spreadsheetRecords(await api.ok('export.file', { format: 'spreadsheet' })).records;
    const cells = (place: string) => excel.find((row) => row.Lieu === place)!;
    const plain = (text: unknown) => String(text).replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(cells('France services de Tallard').Horaires)).toBe(
      'Du lundi au vendredi : 9 h – 12 h et 14 h – 17 h ; samedi : 10 h – 12 h',
    );
    expect(plain(cells('Supérette connectée').Horaires)).toBe('Du lundi au samedi : 7 h 30 – 22 h');
    // Hours that cannot be read are written as stored, as the record shows them.
    expect(cells('Antenne').Horaires).toBe('le matin, sauf quand il pleut');
    expect(cells('France services de Tallard').Téléphone).toBe('04\u00a092\u00a054\u00a010\u00a014');
    expect(cells('Supérette connectée').Téléphone).toBe('04\u00a092\u00a030\u00a004\u00a000');
    expect(cells('Antenne').Téléphone).toBe('39 49 00');
    // The standard's vocabularies with the apostrophe people read, as on the record.
    expect(cells('Supérette connectée')['Modalités d’accès']).toBe('Ce lieu n’accueille pas de public');
    // The SIRET in groups, as on the record: text, never « 8,12346E+13 ».
    expect(cells('Antenne').SIRET).toMatch(/^812\u00a0345\u00a0678\u00a0\d{5}$/);

    // The standard's own files keep the OpenStreetMap syntax and the international phone it requires.
    const standard = parse((await api.ok('export.file', { format: 'standardCsv' })).content).data;
    expect(standard[0]).toMatchObject({
      horaires: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00',
      telephone: '+33492541014',
    });
    expect(standard.find((row) => row.nom === 'Supérette connectée')?.modalites_acces).toBe(
      "Ce lieu n'accueille pas de public",
    );
  });
});
