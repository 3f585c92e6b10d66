import { describe, expect, it } from 'vitest';
import { useActorsBackend } from './support/actorsBackend';
import { spreadsheetText } from './support/spreadsheetRecords';
import type { ActorInput } from '../../shared/actors/schemas';
import { fictitiousSiret } from '../../electron/backend/territory/demo/demoDirectory';

/**
 * The three export files of a small directory, pinned byte for byte: the demo territory, a few records that
 * test the writing (quotes, separators, line breaks, formula starts, lists in no order, a phone that cannot
 * be converted, hours that do not parse, several places) and places that came from a file (their own id,
 * source, date and presentations). Any change to these files must be a decision, never a side effect of
 * making the export faster: the pinned files are in `__snapshots__/exportPinned/`.
 */

const api = useActorsBackend();

const tricky: ActorInput[] = [
  {
    name: '=HYPERLINK("http://exemple.invalid";"clic")',
    siret: fictitiousSiret('8123456780011'),
    typologies: ['ASSO'],
    roles: ['operateur'],
    address: '@mention, 3 rue du Marché',
    communeCode: '86078',
    postcode: '86400',
    latitude: -0.5,
    longitude: 46.15,
    publics: ['Seniors', 'Familles et/ou enfants', 'Jeunes', 'Étudiants'],
    specificSupports: ['Surdité', 'Déficience visuelle'],
    programmes: ['Conseillers numériques', 'Aidants Connect', 'France Services'],
    labels: ['Fabriques de Territoire', 'Étapes numériques (La Poste)'],
    otherLabels: '+ un label « maison »;\r\nsur deux lignes',
    lastVerifiedOn: '2026-01-31',
    places: [
      {
        name: 'Espace "Le Lien", salle 2',
        address: '-1 impasse des Tilleuls',
        communeCode: '86078',
        postcode: '86400',
        services: ['Loisirs et créations numériques', 'Aide aux démarches administratives'],
        accessModes: ['Téléphoner', 'Se présenter'],
        accompanimentModes: ['Dans un atelier collectif', 'À distance', 'En autonomie'],
        fees: ['Payant', 'Gratuit'],
        itinerance: ['Itinérant', 'Fixe'],
        openingHours: 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00',
        phone: '05 36 49 13 00',
        email: 'lien@civraisien-demo.fr',
        bookingUrl: 'https://rdv.civraisien-demo.fr/lien?x=1,2',
        permanences: [{ communeCode: '86082', weekdays: ['Tu', 'Th'], schedule: 'Une semaine sur deux' }],
      },
      {
        name: 'Antenne sans adresse',
        phone: '39 49 00',
        openingHours: 'le matin, sauf quand il pleut',
        services: ['Accès internet et matériel informatique'],
      },
    ],
  },
  {
    name: 'Tiers-lieu sans SIRET ni lieu',
    typologies: ['TIERS_LIEUX', 'ASSO'],
    roles: ['operateur', 'prescripteur'],
    address: '1 place de la Mairie',
    communeCode: '86082',
    postcode: '86700',
    website: 'https://tiers-lieu.civraisien-demo.fr',
  },
];

async function directory(): Promise<void> {
  api.open({ territory: false });
  await api.ok('territory.createDemo', {});
  for (const actor of tricky) await api.create(actor);
  // Three places as an import leaves them: the file's id, source, date and presentations.
  const places = api.backend.ctx.sqlite
    .prepare('SELECT id FROM place ORDER BY id LIMIT 3')
    .pluck()
    .all() as number[];
  const fromFile = api.backend.ctx.sqlite.prepare(
    `UPDATE place SET source = ?, external_id = ?, source_updated_on = ?, presentation_summary = ?,
       presentation_detail = ?, accessibility_url = ? WHERE id = ?`,
  );
  fromFile.run(
    'Hub du Sud',
    'hub-1',
    '2025-11-02',
    'Un résumé, « court ».',
    'Détail\nsur deux lignes',
    null,
    places[0],
  );
  fromFile.run('Hub du Sud', 'hub-1', null, null, null, 'https://acceslibre.beta.gouv.fr/x', places[1]);
  fromFile.run('fichier.csv', 'structure-7', '2024-06-30', null, null, null, places[2]);
}

describe('the export files of a small directory, pinned', () => {
  it('writes the same standard CSV, JSON and workbook for Excel, and the same preview', async () => {
    await directory();
    const files = await Promise.all(
      (['standardCsv', 'standardJson', 'spreadsheet'] as const).map((format) =>
        api.ok('export.file', { format }),
      ),
    );
    const [csv, json, excel] = files as [
      (typeof files)[number],
      (typeof files)[number],
      (typeof files)[number],
    ];
    await expect(csv.content).toMatchFileSnapshot('__snapshots__/exportPinned/standard.csv');
    await expect(json.content).toMatchFileSnapshot('__snapshots__/exportPinned/standard.json');
    await expect(spreadsheetText(excel)).toMatchFileSnapshot('__snapshots__/exportPinned/spreadsheet.tsv');
    // The workbook's bytes vary with the library's version: its cells are pinned above, not its size.
    const described = files.map(({ content, ...rest }) => ({
      ...rest,
      ...(rest.base64 ? {} : { characters: content.length }),
    }));
    const preview = await api.ok('export.preview', {});
    await expect(JSON.stringify({ files: described, preview }, null, 2)).toMatchFileSnapshot(
      '__snapshots__/exportPinned/preview.json',
    );
  });

  it('writes the same files for a filtered list', async () => {
    await directory();
    const filters = { communeCodes: ['86078'], search: 'e' };
    const csv = await api.ok('export.file', { format: 'standardCsv', filters });
    const excel = await api.ok('export.file', { format: 'spreadsheet', filters });
    await expect(csv.content).toMatchFileSnapshot('__snapshots__/exportPinned/filtered-standard.csv');
    await expect(spreadsheetText(excel)).toMatchFileSnapshot(
      '__snapshots__/exportPinned/filtered-spreadsheet.tsv',
    );
  });
});
