import type { Backend } from '../../../electron/backend/backend';
import type { ActorInput } from '../../../shared/actors/schemas';
import { fictitiousSiret } from '../../../electron/backend/territory/demo/demoDirectory';
import { callOk } from './callOk';
import { waitForImport } from './importJob';

/**
 * A directory as the export meets it in the field, for comparing two ways of exporting it: the demo
 * territory's directory exported to the standard and imported into a new file (every place with its file's
 * id, source and date), plus records written in Maillage that test the edges — places whose positions are
 * not in the order of their ids, an actor without place, one without SIRET, a phone and hours the standard
 * refuses, an address outside the territory, two places sharing a file's id, a file's id that looks like an
 * id Maillage generates, a place from a file without a date, a trashed actor.
 *
 * `demo` is a backend with no territory yet; `target` another, empty, that receives the directory.
 */
export async function seedExportDirectory(demo: Backend, target: Backend): Promise<void> {
  await callOk(demo, 'territory.createDemo', {});
  const exported = await callOk(demo, 'export.file', { format: 'standardCsv', filters: {} });

  await callOk(target, 'territory.choose', { siren: '200070035' });
  const input = {
    fileName: exported.fileName,
    contentBase64: Buffer.from(exported.content).toString('base64'),
  };
  const job = await waitForImport(target, await callOk(target, 'import.start', input));
  if (job.state !== 'done') throw new Error(`L’import n’a pas abouti : ${JSON.stringify(job)}`);

  for (const actor of edges) await callOk(target, 'actors.create', actor);
  const { sqlite } = target.ctx;
  const idOf = (name: string) =>
    sqlite.prepare('SELECT id FROM place WHERE name = ?').pluck().get(name) as number;
  // Positions against the ids: the record lists « Troisième » first, then « Premier », then « Second ».
  sqlite.prepare('UPDATE place SET position = 5 WHERE id = ?').run(idOf('Premier'));
  sqlite.prepare('UPDATE place SET position = 5 WHERE id = ?').run(idOf('Second'));
  sqlite.prepare('UPDATE place SET position = 1 WHERE id = ?').run(idOf('Troisième'));
  // Files' ids: two places share one (neither keeps it), one takes the id Maillage gives another place
  // (it falls back to its own), one came from a file that gave no date.
  const fromFile = sqlite.prepare(
    `UPDATE place SET source = ?, external_id = ?, source_updated_on = ?, presentation_summary = ? WHERE id = ?`,
  );
  fromFile.run('Autre fichier', 'doublon-1', '2025-02-03', 'Résumé, avec « guillemets ».', idOf('Premier'));
  fromFile.run('Autre fichier', 'doublon-1', '2025-02-03', null, idOf('Second'));
  fromFile.run('Autre fichier', `maillage-lieu-${idOf('Premier')}`, '2025-02-04', null, idOf('Troisième'));
  fromFile.run('Fichier sans date', 'sans-date-1', null, null, idOf('Sans date'));

  const trashed = await callOk(target, 'actors.create', { ...edges[1]!, name: 'Acteur mis à la corbeille' });
  await callOk(target, 'actors.delete', { id: trashed.id });
}

const edges: ActorInput[] = [
  {
    name: 'Réseau des trois lieux',
    siret: fictitiousSiret('8123456780011'),
    typologies: ['ASSO', 'TIERS_LIEUX'],
    roles: ['operateur'],
    address: '3 rue du Marché',
    communeCode: '86078',
    postcode: '86400',
    publics: ['Seniors', 'Jeunes'],
    labels: ['Fabriques de Territoire'],
    lastVerifiedOn: '2026-01-31',
    places: [
      {
        name: 'Premier',
        address: '1 impasse des Tilleuls',
        communeCode: '86078',
        postcode: '86400',
        services: ['Loisirs et créations numériques', 'Aide aux démarches administratives'],
        fees: ['Payant', 'Gratuit'],
        openingHours: 'Mo-Fr 09:00-12:00',
        phone: '05 36 49 13 00',
      },
      { name: 'Second', phone: '39 49 00', openingHours: 'le matin, sauf quand il pleut' },
      {
        name: 'Troisième',
        address: '2, place de l’Église',
        communeCode: '86082',
        postcode: '86700',
        itinerance: ['Itinérant', 'Fixe'],
      },
    ],
  },
  {
    name: 'Association sans SIRET ni lieu',
    typologies: ['ASSO'],
    roles: ['prescripteur'],
    address: '1 place de la Mairie',
    communeCode: '86082',
    postcode: '86700',
    website: 'https://exemple.invalid',
  },
  {
    name: 'Structure hors du territoire',
    siret: fictitiousSiret('8123456780022'),
    address: '10 rue Carnot',
    communeCode: '86194',
    postcode: '86000',
    places: [{ name: 'Sans date', address: '4 rue Neuve', communeCode: '86078', postcode: '86400' }],
  },
  {
    name: 'Siège hors du territoire, sans lieu',
    siret: fictitiousSiret('8123456780033'),
    address: '12 rue Carnot',
    communeCode: '86194',
    postcode: '86000',
    lastVerifiedOn: '2025-12-01',
  },
];
