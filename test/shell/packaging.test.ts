import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_ENGINE, BUILT_MAIN, ROOT } from './builtShell';

/** The top-level `key:` block of electron-builder.yml as `name → value` (the file's own simple YAML). */
function block(yaml: string, key: string): Record<string, string> {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`${key}:`);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\w+): (.+)$/.exec(line);
    if (!match) break;
    entries[match[1]!] = match[2]!;
  }
  return entries;
}

describe('the packaged app', () => {
  const yaml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');

  it('flips the fuses that would let anyone run the binary as Node or attach a debugger', () => {
    expect(block(yaml, 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('ships the built shell and the engine file the shell starts', () => {
    expect(yaml).toMatch(/^files:\n {2}- out\/\*\*$/m);
    expect(readFileSync(BUILT_MAIN, 'utf8')).toMatch(/join\(import\.meta\.dirname,\s*["'`]engine\.js["'`]\)/);
    expect(readFileSync(BUILT_ENGINE, 'utf8').length).toBeGreaterThan(0);
  });

  it('keeps the engine out of the main process: no database, React or document code in what it loads', () => {
    // out/main/index.js and the chunks it imports, followed through their relative imports.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, relative] of readFileSync(file, 'utf8').matchAll(/from\s*"(\.[^"]+)"/g))
        visit(join(dirname(file), relative!));
    };
    visit(BUILT_MAIN);
    const main = [...seen].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(seen.size).toBeGreaterThan(1);
    for (const heavy of [
      'better-sqlite3',
      'kysely',
      'react',
      'happy-dom',
      'recharts',
      'docx',
      '@resvg/resvg-js',
    ])
      expect(main, heavy).not.toMatch(new RegExp(`from\\s*"${heavy.replace('/', '\\/')}"`));
  });
});
