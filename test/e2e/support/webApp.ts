import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../../..');
export const SCREENSHOT_DIR = join(root, 'artifacts', 'screenshots');

export interface WebApp {
  /** The address printed by the browser mode, token included. */
  url: string;
  /** The same address without its token. */
  origin: string;
  databasePath: string;
}

/** Starts the real, built browser mode (`npm run web`) on a fresh database file and reads the address it prints. */
async function startWebApp(): Promise<{ app: WebApp; process: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
  const databasePath = join(dir, 'maillage.sqlite');
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), '--db', databasePath], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Le mode navigateur n’a pas démarré :\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#jeton=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`Le mode navigateur s’est arrêté (code ${code}) :\n${output}`)),
    );
  });
  return { app: { url, origin: new URL(url).origin, databasePath }, process: child, dir };
}

export const test = base.extend<{ webApp: WebApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
  webApp: async ({}, use) => {
    const started = await startWebApp();
    await use(started.app);
    started.process.kill('SIGTERM');
    await new Promise((r) => started.process.once('exit', r));
    rmSync(started.dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Saves a full-page screenshot of the current screen as a CI artefact (artifacts/screenshots). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
