// `npm start`: builds Maillage, then opens the desktop window when Electron's binary is present,
// or says so in one French sentence and serves the same app in the browser mode on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const forceBrowser = process.argv.includes('--navigateur') || process.env.MAILLAGE_NAVIGATEUR === '1';

function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Electron 42+ fetches its binary on first use; try once, quietly, so a connected laptop gets the window. */
function tryFetchElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  console.log('Préparation de la fenêtre de bureau (téléchargement d’Electron, une seule fois)…');
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 180_000 });
}

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let electron = forceBrowser ? null : electronBinary();
if (!electron && !forceBrowser) {
  tryFetchElectron();
  electron = electronBinary();
}

if (electron) {
  run(bin('electron-vite'), ['preview']);
} else {
  console.log(
    forceBrowser
      ? 'Mode navigateur demandé : Maillage s’ouvre dans votre navigateur.'
      : 'Le programme Electron n’est pas disponible sur cette machine : Maillage s’ouvre donc en mode navigateur, à l’adresse affichée ci-dessous.',
  );
  run(bin('electron-vite'), ['build', '--logLevel', 'warn']);
  const server = spawn(
    process.execPath,
    [join(root, 'out/main/web.js'), ...process.argv.slice(2).filter((a) => a !== '--navigateur')],
    { cwd: root, stdio: 'inherit' },
  );
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}
