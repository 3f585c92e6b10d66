import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The dependency rules of eslint.config.js, tried on imports written into each part of the house: a forbidden
 * import must fail `npm run lint` (and so `npm test`), an allowed one must not.
 */
const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

async function problems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, {
    filePath: resolve(root, file),
  });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('the boundaries the build enforces', () => {
  it('the engine imports neither Electron nor the UI nor the shell', async () => {
    const file = 'electron/backend/diagnostic/example.ts';
    expect(await problems(file, "import x from 'electron';")).toHaveLength(1);
    const ui = await problems(file, "import { x } from '../../../renderer/src/charts/Chart';");
    expect(ui).toHaveLength(1);
    expect(ui[0]).toContain('Le moteur n’importe pas l’interface (renderer/).');
    expect(await problems(file, "import { x } from '../../main/window';")).toHaveLength(1);
    expect(await problems(file, "import { BarChart } from 'recharts';")).toHaveLength(1);
    expect(await problems(file, "import { Window } from 'happy-dom';")).toHaveLength(1);
    expect(await problems(file, "import { createRoot } from 'react-dom/client';")).toHaveLength(1);
    expect(await problems(file, "import { x } from '../../../shared/result';")).toEqual([]);
    expect(await problems(file, "import x from 'better-sqlite3';")).toEqual([]);
  });

  it('the contract imports only itself and zod', async () => {
    const file = 'shared/diagnostic/example.ts';
    expect(await problems(file, "import { x } from '../../electron/backend/db/open';")).not.toEqual([]);
    expect(await problems(file, "import { x } from '../../renderer/src/api/client';")).not.toEqual([]);
    expect(await problems(file, "import x from 'react';")).not.toEqual([]);
    expect(await problems(file, "import x from 'node:fs';")).not.toEqual([]);
    expect(await problems(file, "import { x } from 'zod';")).toEqual([]);
    expect(await problems(file, "import { x } from '../format/frenchNumber';")).toEqual([]);
    expect(await problems(file, "import { x } from './diagnosticDto';")).toEqual([]);
  });

  it('the UI imports neither the engine nor Electron nor Node', async () => {
    const file = 'renderer/src/features/actors/Example.tsx';
    expect(
      await problems(file, "import { x } from '../../../../electron/backend/actors/repository';"),
    ).not.toEqual([]);
    expect(await problems(file, "import x from 'electron';")).not.toEqual([]);
    expect(await problems(file, "import x from 'node:fs';")).not.toEqual([]);
    expect(await problems(file, "import { x } from '../../../../shared/actors/dto';")).toEqual([]);
    expect(await problems(file, "import { x } from '../../api/client';")).toEqual([]);
  });

  it('the preload imports only electron (the build writes the method names into it)', async () => {
    const file = 'electron/preload/index.ts';
    expect(await problems(file, "import { x } from 'electron';")).toEqual([]);
    expect(await problems(file, "import { x } from '../../shared/api/methods';")).not.toEqual([]);
    expect(await problems(file, "import { x } from '../../shared/api/contract';")).not.toEqual([]);
    expect(await problems(file, "import { x } from 'zod';")).not.toEqual([]);
  });
});

describe('the one data path the build enforces', () => {
  async function rawAccess(file: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: resolve(root, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }
  const viaContext = `export const read = (ctx: { sqlite: { prepare(sql: string): unknown } }) =>
  ctx.sqlite.prepare('SELECT 1');`;
  const destructured = 'export const read = ({ sqlite }: { sqlite: unknown }) => sqlite;';
  const driver = "import type Database from 'better-sqlite3';\nexport type Raw = Database.Database;";
  const handWritten = "import { sql } from 'kysely';\nexport const one = sql`SELECT 1`;";

  it('keeps the raw connection out of handlers and domain logic', async () => {
    const handler = 'electron/backend/diagnostic/handlers.ts';
    const found = await rawAccess(handler, viaContext);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('La connexion SQLite brute');
    expect(await rawAccess(handler, destructured)).toHaveLength(1);
    expect(await rawAccess('electron/backend/map/buildMap.ts', driver)).toHaveLength(1);
    expect(await rawAccess(handler, 'export const read = (ctx: { db: unknown }) => ctx.db;')).toEqual([]);
    const sqlText = await rawAccess('electron/backend/actors/readActor.ts', handWritten);
    expect(sqlText).toHaveLength(1);
    expect(sqlText[0]).toContain('Le SQL écrit à la main');
    expect(
      await rawAccess(handler, "import type { Kysely } from 'kysely';\nexport type K = Kysely<object>;"),
    ).toEqual([]);
  });

  it('lets the repository files, the bulk writers and db/ own their SQL', async () => {
    for (const file of [
      'electron/backend/diagnostic/snapshotRepository.ts',
      'electron/backend/territory/repository.ts',
      'electron/backend/actors/bulkCreate.ts',
      'electron/backend/db/open.ts',
    ]) {
      expect(await rawAccess(file, viaContext)).toEqual([]);
      expect(await rawAccess(file, destructured)).toEqual([]);
      expect(await rawAccess(file, driver)).toEqual([]);
      expect(await rawAccess(file, handWritten)).toEqual([]);
    }
  });
});
