import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanSpool } from '../../../electron/backend/interop/import/planSpool';

/**
 * The plan's rows wait in a file between the preview and the import: what the import reads back must be, to
 * the character, what the preview checked, whatever the letters, the sizes and the order it is read in.
 */

const folder = mkdtempSync(join(tmpdir(), 'maillage-spool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const databasePath = join(folder, 'maillage.sqlite');

describe('the plan’s file', () => {
  it('gives back every text as written, in order and out of order, across its blocks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            // What the plan writes: JSON, any letter (« ’ », œ, emoji, Arabic, control characters escaped).
            fc.string({ unit: 'binary', maxLength: 300 }).map((text) => JSON.stringify({ text })),
            // Rows larger than a block (1 MiB), and many small ones to cross block edges.
            fc.integer({ min: 300_000, max: 700_000 }).map((n) => JSON.stringify('é’'.repeat(n))),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        (texts) => {
          const spool = new PlanSpool(databasePath);
          try {
            const refs = texts.map((text) => spool.put(text));
            expect(refs.map((ref) => spool.get(ref))).toEqual(texts);
            // Backwards, as rows swapped by the plan are read (`siretRepresentative.ts`).
            for (let i = texts.length - 1; i >= 0; i--) expect(spool.get(refs[i]!)).toBe(texts[i]);
          } finally {
            spool.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is the engine’s alone, and gone once closed (closing twice does nothing)', () => {
    const spool = new PlanSpool(databasePath);
    const ref = spool.put('{"nom":"Médiathèque"}');
    expect(spool.get(ref)).toBe('{"nom":"Médiathèque"}');
    expect(existsSync(spool.path)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(spool.path).mode & 0o777).toBe(0o600);
    spool.close();
    spool.close();
    expect(existsSync(spool.path)).toBe(false);
    expect(() => spool.get(ref)).toThrow();
  });

  it('sits next to the database, or in the temporary folder for a database in memory', () => {
    const beside = new PlanSpool(databasePath);
    const inMemory = new PlanSpool(':memory:');
    expect(beside.path.startsWith(folder)).toBe(true);
    expect(inMemory.path.startsWith(tmpdir())).toBe(true);
    beside.close();
    inMemory.close();
  });
});
