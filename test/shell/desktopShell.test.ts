import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { API_METHODS } from '../../shared/api/contract';
import { importCommunes, importFile } from '../bench/importCsv';
import { BUILT_MAIN, BUILT_PRELOAD, startBuiltShell, type RunningShell } from './builtShell';
import { uploadThroughWindow } from './uploadThroughWindow';

vi.mock('electron', async () => (await import('./electronStandIn')).electronModule);

type Answer = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

const dirs: string[] = [];
function userDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-shell-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the built preload', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    const source = readFileSync(BUILT_PRELOAD, 'utf8');
    const required = [...source.matchAll(/\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(source).not.toMatch(/\bimport\s*\(/);
  });
});

describe('the built main process, with the engine in its own process', () => {
  let shell: RunningShell;
  let userData: string;
  const invoke = (method: unknown, input: unknown = {}) =>
    shell.page!.api!.invoke(method, input) as Promise<Answer>;

  beforeAll(async () => {
    userData = userDataDir();
    shell = await startBuiltShell(userData);
  });
  afterAll(async () => shell?.quit());

  it('opens one window with the sandbox, context isolation and no Node in the page', () => {
    expect(shell.state.sandboxEnabled).toBe(true);
    expect(shell.state.windows).toHaveLength(1);
    const preferences = shell.window!.options.webPreferences!;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
      preload: BUILT_PRELOAD,
    });
    expect(shell.window!.loadedUrl).toBe('app://maillage/index.html');
    expect(shell.state.switches).toContainEqual(['lang', 'fr-FR']);
  });

  it('serves only the built renderer on app://maillage, with the strict CSP', async () => {
    const handler = shell.state.protocolHandlers.get('app')!;
    expect(shell.state.privilegedSchemes).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
    const index = await handler(new Request('app://maillage/index.html'));
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe');
    for (const foreign of [
      'app://maillage/..%2F..%2Fpackage.json',
      'app://maillage/%2E%2E/%2E%2E/package.json',
      'app://autre/index.html',
    ])
      expect((await handler(new Request(foreign))).status, foreign).toBe(404);

    let headers: Record<string, string[]> = {};
    (
      shell.state.headersListener as never as (
        d: unknown,
        cb: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void
    )(
      { url: 'app://maillage/index.html', responseHeaders: {} },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([csp]);
  });

  it('cancels every request that is not the app’s own: files, the web, DevTools in the installed app', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (
        shell.state.beforeRequestListener as never as (
          d: unknown,
          cb: (r: { cancel: boolean }) => void,
        ) => void
      )({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://maillage/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('blob:app://maillage/1234')).toBe(false);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide(`file://${BUILT_MAIN}`)).toBe(true);
    expect(decide('https://example.org/tracker.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('refuses navigation, redirects, webviews, new windows and permissions; vetted links open outside', () => {
    const contents = shell.window!.webContents;
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
      contents.emit('will-navigate', event, url);
      return event.prevented;
    };
    expect(navigate('app://maillage/index.html#/annuaire')).toBe(false);
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('mailto:contact@mairie.fr')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(shell.state.openedExternally).toEqual(['https://example.org/', 'mailto:contact@mairie.fr']);

    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
      contents.emit(name, event, 'https://example.org/');
      expect(event.prevented, name).toBe(true);
    }
    expect(contents.windowOpenHandler!({ url: 'https://www.service-public.fr/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.state.openedExternally).toEqual([
      'https://example.org/',
      'mailto:contact@mairie.fr',
      'https://www.service-public.fr/',
    ]);

    let granted: boolean | undefined;
    (
      shell.state.permissionRequestHandler as never as (
        c: unknown,
        p: string,
        cb: (g: boolean) => void,
      ) => void
    )(contents, 'geolocation', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(
      (shell.state.permissionCheckHandler as never as (c: unknown, p: string) => boolean)(contents, 'media'),
    ).toBe(false);
  });

  it('answers a call from the page through preload → main → engine process → SQLite', async () => {
    const created = await invoke('territory.createDemo');
    expect(created.ok).toBe(true);
    const list = (await invoke('actors.list', { limit: 5 })) as Answer & {
      data: { total: number; items: { name: string }[] };
    };
    expect(list.ok).toBe(true);
    expect(list.data.total).toBeGreaterThan(30);
    expect(list.data.items).toHaveLength(5);
    const info = (await invoke('app.info')) as Answer & { data: { databasePath: string; logPath: string } };
    expect(info.data.databasePath).toBe(join(userData, 'maillage.sqlite'));
    expect(info.data.logPath).toBe(join(userData, 'journal', 'maillage.log'));
    // The engine is another process: the main process never opened the database.
    expect(shell.state.utilityProcesses).toHaveLength(1);
    expect(shell.state.utilityProcesses[0]!.pid).not.toBe(process.pid);
  });

  it('stops unknown method names in the preload, before anything reaches the main process', async () => {
    const handler = shell.state.ipcHandlers.get('api')!;
    let reached = 0;
    shell.state.ipcHandlers.set('api', (...args) => (reached++, handler(...args)));
    try {
      const answer = await invoke('territory.dropEverything');
      expect(answer.error?.code).toBe('unknown_method');
      expect(answer.error?.message).toMatch(/^Action inconnue/);
      expect(reached).toBe(0);
      await invoke('app.info');
      expect(reached).toBe(1);
      // The build wrote exactly the contract's names into the preload: each one goes through.
      shell.state.ipcHandlers.set('api', () => (reached++, { ok: true, data: null }));
      for (const method of API_METHODS) expect((await invoke(method)).ok, method).toBe(true);
      expect(reached).toBe(1 + API_METHODS.length);
    } finally {
      shell.state.ipcHandlers.set('api', handler);
    }
  });

  it('refuses IPC from a frame that is not the app’s own top-level page', async () => {
    const handler = shell.state.ipcHandlers.get('api')!;
    const call = (senderFrame: unknown) => handler({ senderFrame }, 'actors.list', {}) as Promise<Answer>;
    const top = shell.window!.webContents.mainFrame;
    expect((await call({ url: 'app://maillage/index.html', parent: top })).error?.code).toBe('unauthorized');
    expect((await call({ url: 'https://example.org/', parent: null })).error?.code).toBe('unauthorized');
    expect((await call({ url: 'file:///tmp/index.html', parent: null })).error?.code).toBe('unauthorized');
    expect((await call(null)).error?.code).toBe('unauthorized');
    expect((await call({ url: 'app://maillage/index.html#/annuaire', parent: null })).ok).toBe(true);
  });

  it('opens a file chosen in the system’s dialog: the engine reads it from the disk, the page never holds it', async () => {
    if (!((await invoke('territory.get')) as Answer).data) await invoke('territory.createDemo');
    const dir = userDataDir();
    const path = join(dir, 'Cartographie départementale.csv');
    writeFileSync(path, importFile(300, importCommunes(), '2026-04-05').csv);
    const choose = (kind: unknown) => shell.page!.api!.chooseFile(kind) as Promise<Answer>;

    shell.state.openDialogAnswers.push(path);
    const chosen = (await choose('import')) as Answer & { data: { uploadId: string; fileName: string } };
    expect(chosen.error).toBeUndefined();
    expect(chosen.data.fileName).toBe('Cartographie départementale.csv');
    // The page got an id, not the path; the import reads that id as it reads a file sent in pieces.
    expect(JSON.stringify(chosen.data)).not.toContain(dir);
    expect(shell.state.openDialogs.at(-1)).toMatchObject({
      title: 'Choisir le fichier de lieux à importer',
      // The first time in « Téléchargements »; then where the last file was.
      defaultPath: join(userData, 'Téléchargements'),
      filters: [{ name: 'Lieux (CSV, JSON)', extensions: ['csv', 'json', 'txt'] }],
      withWindow: true,
    });
    const preview = (await invoke('import.preview', chosen.data)) as Answer & {
      data: { fileName: string; counts: { total: number } };
    };
    expect(preview.error).toBeUndefined();
    expect(preview.data.counts.total).toBe(300);

    // Closing the dialog chooses nothing; a file of another kind, an empty one, a folder: a French reason.
    expect(await choose('import')).toEqual({ ok: true, data: null });
    expect(shell.state.openDialogs.at(-1)!.defaultPath).toBe(dir);
    // One dialog at a time: a second click while it is open opens none.
    const twice = await Promise.all([choose('import'), choose('import')]);
    expect(twice[0]).toEqual({ ok: true, data: null });
    expect(twice[1]!.error?.code).toBe('conflict');
    const pdf = join(dir, 'compte rendu.pdf');
    const empty = join(dir, 'vide.csv');
    writeFileSync(pdf, '%PDF-1.7');
    writeFileSync(empty, '');
    const folder = join(dir, 'dossier.csv');
    mkdirSync(folder);
    shell.state.openDialogAnswers.push(pdf, empty, folder, pdf);
    expect((await choose('import')).error?.message).toBe(
      '«\u00a0compte rendu.pdf\u00a0» n’est ni un fichier CSV ni un fichier JSON\u00a0: choisissez un fichier .csv ou .json.',
    );
    expect((await choose('import')).error?.message).toBe('Le fichier «\u00a0vide.csv\u00a0» est vide.');
    expect((await choose('import')).error?.message).toMatch(/n’a pas pu être lu/);
    expect((await choose('activite')).error?.message).toMatch(/ni un classeur Excel/);

    // The map's contours, by the same dialog with its own filter.
    shell.state.openDialogAnswers.push(
      join(import.meta.dirname, '../fixtures/geo/communes-86-vienne-2018.geojson'),
    );
    const contours = (await choose('contours')) as Answer & { data: { uploadId: string; fileName: string } };
    expect(shell.state.openDialogs.at(-1)).toMatchObject({
      filters: [{ name: 'Contours des communes (GeoJSON)', extensions: ['geojson', 'json'] }],
    });
    const drawn = (await invoke('map.importContours', contours.data)) as Answer & {
      data: { matchedCount: number };
    };
    expect(drawn.error).toBeUndefined();
    expect(drawn.data.matchedCount).toBeGreaterThan(30);

    // The page names only what the file is for: anything else opens no dialog and reads nothing.
    const shown = shell.state.openDialogs.length;
    expect((await choose('/etc/passwd')).error?.code).toBe('invalid_input');
    expect((await choose({ path: path })).error?.code).toBe('invalid_input');
    expect(shell.state.openDialogs).toHaveLength(shown);
    const handler = shell.state.ipcHandlers.get('chooseFile')!;
    const framed = { url: 'https://example.org/', parent: null };
    expect(((await handler({ senderFrame: framed }, 'import')) as Answer).error?.code).toBe('unauthorized');
    expect(shell.state.openDialogs).toHaveLength(shown);
  });

  it('writes its start, the engine’s and errors to a log in the user data folder', async () => {
    const reported = (await invoke('app.reportError', {
      where: 'écran',
      message: 'TypeError : items is undefined',
    })) as Answer & { data: { logPath: string } };
    expect(reported.data.logPath).toBe(join(userData, 'journal', 'maillage.log'));
    const log = readFileSync(join(userData, 'journal', 'maillage.log'), 'utf8');
    expect(log).toContain('ERREUR Erreur dans la fenêtre (écran)\u00a0: TypeError : items is undefined');
    expect(log).toMatch(/INFO Démarrage de Maillage 0\.1\.0-harness\./);
    expect(log).toMatch(/INFO Moteur prêt \(schéma \d+\)\./);
    // « Aide → Afficher le journal de Maillage » shows that file.
    const menu = shell.state.menu as { label: string; submenu: { label: string; click?: () => void }[] }[];
    const help = menu.find((item) => item.label === 'Aide')!;
    help.submenu.find((item) => item.label === 'Afficher le journal de Maillage')!.click!();
    expect(shell.state.shownInFolder).toEqual([join(userData, 'journal', 'maillage.log')]);
  });

  it('is never frozen while the engine previews a 20,000-row import', async () => {
    if (!((await invoke('territory.get')) as Answer).data) await invoke('territory.createDemo');
    const { csv } = importFile(20_000, importCommunes(), '2026-04-05');
    const bytes = Buffer.from(csv, 'utf8');
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    // As the window sends a file: in pieces, then named by its id.
    const uploadId = await uploadThroughWindow(invoke, bytes);
    const preview = (await invoke('import.preview', {
      fileName: 'cartographie.csv',
      uploadId,
    })) as Answer & {
      data: { rowCount: number };
    };
    const took = performance.now() - started;
    clearInterval(timer);
    expect(preview.error).toBeUndefined();
    // The preview takes seconds in the engine; meanwhile this process (the window's) kept turning.
    expect(took).toBeGreaterThan(300);
    expect(ticks).toBeGreaterThan(took / 50);
    expect(longest).toBeLessThan(Math.min(1_000, took / 2));
  });

  it('keeps answering while the engine works, and starts a fresh engine after a crash', async () => {
    const engine = shell.state.utilityProcesses[0]!;
    const exited = new Promise((resolve) => engine.once('exit', resolve));
    const pending = invoke('actors.list', { limit: 1 });
    engine.kill();
    await exited;
    const interrupted = await pending;
    if (!interrupted.ok) expect(interrupted.error?.message).toMatch(/moteur de Maillage s’est arrêté/);
    const after = (await invoke('actors.list', { limit: 1 })) as Answer & { data: { total: number } };
    expect(after.ok).toBe(true);
    expect(after.data.total).toBeGreaterThan(30);
    expect(shell.state.utilityProcesses).toHaveLength(2);
    expect(readFileSync(join(userData, 'journal', 'maillage.log'), 'utf8')).toMatch(
      /ERREUR Le moteur s’est arrêté/,
    );
  });
});

describe('starting the built shell in other situations', () => {
  it('leaves at once when another Maillage already runs (single-instance lock)', async () => {
    const shell = await startBuiltShell(userDataDir(), { singleInstanceLock: false });
    expect(shell.state.quitCalls).toBe(1);
    expect(shell.state.windows).toHaveLength(0);
    expect(shell.state.utilityProcesses).toHaveLength(0);
  });

  it('brings the window back when a second launch is attempted', async () => {
    const shell = await startBuiltShell(userDataDir());
    try {
      shell.window!.minimized = true;
      shell.state.app.emit('second-instance');
      expect(shell.window!.minimized).toBe(false);
      expect(shell.window!.focused).toBe(1);
    } finally {
      await shell.quit();
    }
  });

  it('says in French why it cannot start when the data file cannot be opened, and opens no window', async () => {
    const dir = userDataDir();
    writeFileSync(
      join(dir, 'maillage.sqlite'),
      'Ceci n’est pas une base SQLite, mais un tableur renommé.\n'.repeat(200),
    );
    const shell = await startBuiltShell(dir);
    try {
      expect(shell.state.windows).toHaveLength(0);
      expect(shell.state.errorBoxes).toHaveLength(1);
      expect(shell.state.errorBoxes[0]!.title).toBe('Maillage ne peut pas démarrer');
      expect(shell.state.errorBoxes[0]!.content).toContain(join(dir, 'journal', 'maillage.log'));
      expect(shell.state.quitCalls).toBe(1);
    } finally {
      await shell.quit();
    }
  });

  it('offers to put the latest good backup back when the data file is damaged, then opens on it', async () => {
    const dir = userDataDir();
    const path = join(dir, 'maillage.sqlite');
    const before = createBackend({ databasePath: path });
    expect((await before.router.dispatch('territory.createDemo', {})).ok).toBe(true);
    const saved = await before.router.dispatch('actors.list', { limit: 1 });
    expect((await before.router.dispatch('backups.create', {})).ok).toBe(true);
    await before.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, 4096 * 3);
    closeSync(fd);

    const shell = await startBuiltShell(dir);
    try {
      const [offer, done] = shell.state.messageBoxes;
      expect(offer!.buttons).toEqual(['Restaurer la dernière sauvegarde', 'Quitter']);
      expect(String(offer!.detail)).toMatch(/endommagé/);
      expect(String(done!.message)).toBe('La dernière sauvegarde en bon état a été remise en place.');
      expect(String(done!.detail)).toMatch(/mis de côté, pas effacé/);
      expect(shell.state.windows).toHaveLength(1);
      const list = (await shell.page!.api!.invoke('actors.list', { limit: 1 })) as Answer & { data: unknown };
      expect(list.data).toEqual((saved as Answer).data);
    } finally {
      await shell.quit();
    }
  });

  it('quits without touching the damaged file when the user declines the backup', async () => {
    const dir = userDataDir();
    const path = join(dir, 'maillage.sqlite');
    const before = createBackend({ databasePath: path });
    expect((await before.router.dispatch('backups.create', {})).ok).toBe(true);
    await before.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 2, 0x5a), 0, 4096 * 2, 4096);
    closeSync(fd);
    const damaged = readFileSync(path);

    const shell = await startBuiltShell(dir, { messageBoxAnswers: [1] });
    try {
      expect(shell.state.messageBoxes).toHaveLength(1);
      expect(shell.state.windows).toHaveLength(0);
      expect(shell.state.quitCalls).toBe(1);
      expect(readFileSync(path).equals(damaged)).toBe(true);
    } finally {
      await shell.quit();
    }
  });

  it('allows DevTools only in a development build', async () => {
    const shell = await startBuiltShell(userDataDir(), { isPackaged: false });
    try {
      expect(shell.window!.options.webPreferences!.devTools).toBe(true);
    } finally {
      await shell.quit();
    }
  });
});
