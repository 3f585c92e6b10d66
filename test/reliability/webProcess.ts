import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real, built browser mode (`out/main/web.js`) in its own process, on one database file: started, called
 * over HTTP with its per-run token as the renderer calls it, and stopped (SIGTERM) or killed (SIGKILL, which
 * takes the engine's worker thread with it).
 */

export const root = resolve(import.meta.dirname, '../..');
const WEB_ENTRY = join(root, 'out', 'main', 'web.js');
const TOKEN_HEADER = 'x-maillage-jeton';

export type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

export interface WebProcess {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  /** POST /api/<method>; rejects when the process died before answering (no answer: nothing confirmed). */
  call(method: string, input: unknown): Promise<Answer>;
  /** kill -9: no handler runs, the worker thread dies with the process. */
  kill(): Promise<void>;
  /** SIGTERM: the server and the engine close the file. */
  stop(): Promise<void>;
  /** Whether the process ended on its own (a crash), with what it printed. */
  exitedEarly(): string | null;
}

export function assertBuilt(): void {
  if (!existsSync(WEB_ENTRY))
    throw new Error(
      'Maillage n’est pas construit : lancez « npx electron-vite build » (ou « npm run reliability »).',
    );
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

export async function startWebProcess(databasePath: string): Promise<WebProcess> {
  const child = spawn(process.execPath, [WEB_ENTRY, '--db', databasePath], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stopping = false;
  let crash: string | null = null;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', (code, signal) => {
    if (!stopping) crash = `arrêt inattendu (code ${code}, signal ${signal}) :\n${output.slice(-4000)}`;
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Le mode navigateur n’a pas démarré :\n${output}`)),
      30_000,
    );
    const look = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#jeton=([A-Za-z0-9_-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`Le mode navigateur s’est arrêté au démarrage :\n${output}`));
    });
  });
  const parsed = new URL(url);
  const origin = parsed.origin;
  const token = parsed.hash.replace('#jeton=', '');

  return {
    origin,
    token,
    async call(method, input) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Answer;
    },
    async kill() {
      stopping = true;
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      stopping = true;
      child.kill('SIGTERM');
      await exited(child);
    },
    exitedEarly: () => crash,
  };
}
