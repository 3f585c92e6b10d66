import { describe, expect, it } from 'vitest';
import { duplicateIdReason } from '../../../electron/backend/interop/import/duplicateIds';
import type { ImportedRow } from '../../../electron/backend/interop/import/rowToActor';
import { formatInteger } from '../../../shared/format/french';

const row = (idFromFile: boolean) =>
  ({ line: 1_003, externalId: 'lieu-1', idFromFile }) as unknown as ImportedRow;

describe('a row rejected as a duplicate', () => {
  it('names the first line as the report names its own lines (« 1 002 », not « 1002 »)', () => {
    // The report writes « ligne 1 003 » with `formatInteger`: the reason writes the first line alike.
    expect(formatInteger(1_002)).toBe('1\u202f002');
    expect(duplicateIdReason(row(false), 1_002)).toMatch(
      /^Même nom et même code postal que la ligne 1\u202f002, /,
    );
    expect(duplicateIdReason(row(true), 1_002)).toMatch(
      /^Identifiant «\u00a0lieu-1\u00a0» déjà utilisé ligne 1\u202f002\u00a0: /,
    );
  });
});
