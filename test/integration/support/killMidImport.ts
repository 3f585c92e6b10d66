import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Runs `script` (a file of test/integration/support that imports and prints « EN COURS » as the import's
 * write begins), and kills it with SIGKILL as soon as that line arrives. Node runs the script itself, with
 * tsx as a loader rather than a wrapper process, so that SIGKILL reaches the process that holds the
 * database file. Answers everything the script printed until it died (« FINI »: the import ended first).
 */
export async function killMidImport(script: string, args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', `test/integration/support/${script}`, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<void>((resolveExit) => child.once('close', () => resolveExit()));
  await new Promise<void>((resolveOutput, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (/EN COURS|FINI/.test(text)) resolveOutput();
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('exit', () => reject(new Error(`le processus d’import s’est arrêté tout seul :\n${text}`)));
  });
  child.kill('SIGKILL');
  await exited;
  return text;
}
