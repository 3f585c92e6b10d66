import '../productionMode';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { defaultDatabasePath } from '../db/defaultPath';
import { AppFailure } from '../../../shared/result';
import { startWebServer } from './server';

/**
 * Browser mode: `npm run web -- --db chemin.sqlite --port 5180`. The database path may also come from
 * MAILLAGE_DB. Prints the address to open, with its per-run token.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const root = resolve(import.meta.dirname, '../../..');
  const staticDir = join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('L’interface n’est pas construite : lancez d’abord « npm run build » (ou « npm start »).');
    process.exit(1);
  }
  const databasePath = resolve(values.db ?? process.env.MAILLAGE_DB ?? defaultDatabasePath());
  const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  let backend;
  try {
    backend = createBackend({ databasePath, appVersion });
  } catch (error) {
    console.error(error instanceof AppFailure ? error.message : error);
    process.exit(1);
  }
  const token = randomBytes(24).toString('base64url');
  const server = await startWebServer({
    router: backend.router,
    staticDir,
    token,
    port: Number(values.port ?? process.env.MAILLAGE_PORT ?? 0),
  });
  console.log(`Données : ${databasePath}`);
  console.log(`Maillage est ouvert en mode navigateur. Ouvrez cette adresse : ${server.url}`);
  const stop = async () => {
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
