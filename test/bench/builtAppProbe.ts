import { fork } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs a probe of the BUILT app (`script`, next to this file) in a child process where `electron` stands in
 * (`test/shell/electronLoader.mjs`), and answers the one message it sends back; `what` names the measure in
 * the French error when the probe ends without answering.
 */
export function runBuiltAppProbe<Answer>(script: string, args: string[], what: string): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script), args, {
      execArgv: [...process.execArgv, '--import', join(import.meta.dirname, '../shell/electronLoader.mjs')],
      stdio: 'inherit',
    });
    let answer: { value: Answer } | null = null;
    child.on('message', (message) => (answer = { value: message as Answer }));
    child.on('error', reject);
    child.on('exit', (code) =>
      answer ? resolve(answer.value) : reject(new Error(`${what} a échoué (code ${code}).`)),
    );
  });
}
