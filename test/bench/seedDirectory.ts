import { openDatabase } from '../../electron/backend/db/open';
import { bulkActorCreator } from '../../electron/backend/actors/bulkCreate';
import { seedTerritory } from '../integration/support/seedTerritory';
import { benchActors, benchCommunes } from './seedActors';

/**
 * A directory of `count` generated actors written through the import's bulk writer (the app's own rows,
 * tags and facets), in one transaction: the 100,000-actor file of the directory queries. Answers the
 * seconds it took.
 */
export async function seedDirectory(path: string, count: number, communeCount: number, today: string) {
  const opened = openDatabase(path);
  const communes = benchCommunes(communeCount);
  seedTerritory(opened.sqlite, communes);
  const started = performance.now();
  await opened.db.transaction().execute(async (trx) => {
    const create = await bulkActorCreator(trx, opened, count);
    for (const values of benchActors(count, communes, today))
      create(values, { now: `${today}T10:00:00.000Z`, source: null, externalId: null });
    create.finish();
  });
  const seconds = (performance.now() - started) / 1000;
  await opened.close();
  return seconds;
}
