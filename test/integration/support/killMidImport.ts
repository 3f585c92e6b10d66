import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Runs `script` (a file of test/integration/support that imports, prints « EN COURS n/N » while its import is
 * running, then waits), and kills it with SIGKILL as soon as the import is under way. Node runs the script
 * itself, with tsx as a loader rather than a wrapper process, so that SIGKILL reaches the process that holds
 * the database file. Answers everything the script printed.
 */
export async function killMidImport(script: string, args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', `test/integration/support/${script}`, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = await new Promise<string>((resolveOutput, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (/EN COURS|FINI/.test(text)) resolveOutput(text);
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('exit', () => reject(new Error(`le processus d’import s’est arrêté tout seul :\n${text}`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return output;
}
