import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../db/defaultPath';
import { describeError, openRotatingLog } from '../log/rotatingLog';
import { EngineStartFailure } from '../host/engineChannel';
import { startEngineWorker } from './engineWorker';
import { startWebServer } from './server';

/**
 * Browser mode, built as `out/main/web.js` (no TypeScript compiler at run time):
 * `npm run web -- --db chemin.sqlite --port 5180`. The database path may also come from MAILLAGE_DB.
 * `--restaurer`: when the file is damaged, its latest good backup takes its place first. The engine runs in
 * a worker thread, from the same built file as the desktop window's engine process. Prints the address to
 * open, with its per-run token.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, restaurer: { type: 'boolean' } },
    allowPositionals: false,
  });
  // This file runs built, as out/main/web.js, next to the engine and the renderer it serves.
  const here = import.meta.dirname;
  const root = resolve(here, '../..');
  const staticDir = join(here, '..', 'renderer');
  const enginePath = join(here, 'engine.js');
  if (!existsSync(join(staticDir, 'index.html')) || !existsSync(enginePath)) {
    console.error('Maillage n’est pas construit : lancez d’abord « npm run build » (ou « npm start »).');
    process.exit(1);
  }
  const databasePath = resolve(values.db ?? process.env.MAILLAGE_DB ?? defaultDatabasePath());
  const log = openRotatingLog(join(dirname(databasePath), 'journal', 'maillage.log'));
  process.on('uncaughtException', (error) =>
    log.write('error', `Erreur non rattrapée — ${describeError(error)}`),
  );
  process.on('unhandledRejection', (reason) =>
    log.write('error', `Promesse rejetée sans traitement — ${describeError(reason)}`),
  );
  const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  log.write('info', `Démarrage de Maillage ${appVersion} (mode navigateur).`);
  const engine = startEngineWorker(
    enginePath,
    { databasePath, appVersion, logPath: log.path },
    (level, text) => log.write(level, text),
  );
  try {
    await engine.ready;
    if (values.restaurer)
      console.log(
        'Les données s’ouvrent normalement : rien à restaurer (l’écran « Sauvegardes » remet une copie en place).',
      );
  } catch (error) {
    const restorable = error instanceof EngineStartFailure && error.restorable;
    if (!values.restaurer || !restorable) {
      console.error(`${(error as Error).message}\nJournal : ${log.path}`);
      await engine.close();
      process.exit(1);
    }
    // `--restaurer`: the latest good backup takes the damaged file's place (set aside, never deleted).
    const outcome = await engine.restoreLatestAndRestart();
    console.log(outcome.message);
    if (!outcome.ok) {
      await engine.close();
      process.exit(1);
    }
    await engine.ready;
  }
  const token = randomBytes(24).toString('base64url');
  const server = await startWebServer({
    router: engine,
    staticDir,
    token,
    port: Number(values.port ?? process.env.MAILLAGE_PORT ?? 0),
  });
  console.log(`Données : ${databasePath}`);
  console.log(`Maillage est ouvert en mode navigateur. Ouvrez cette adresse : ${server.url}`);
  const stop = async () => {
    await server.close();
    await engine.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
