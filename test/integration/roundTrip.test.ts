import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ImportJobDto } from '../../shared/interop/importDto';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';
import { callOk } from './support/callOk';

const tempDir = useTempDir();
const backends: Backend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
});

function open(): Backend {
  const backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  backends.push(backend);
  return backend;
}

const ok = callOk;

async function importAll(backend: Backend, fileName: string, content: string): Promise<ImportJobDto> {
  const input = { fileName, contentBase64: Buffer.from(content).toString('base64') };
  return waitForImport(backend, await ok(backend, 'import.start', input));
}

const rowsOf = (csv: string) =>
  (Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data ?? []).sort((a, b) =>
    a.id!.localeCompare(b.id!),
  );

describe('round trip through the national standard', () => {
  it('export, import into a new file, export again: the same rows', async () => {
    const first = open();
    await ok(first, 'territory.createDemo', {});
    // The demo holds a deliberate duplicate (two actors, one SIRET). SIRET is the import's matching key,
    // so those two would come back as one actor: put the copy in the trash first.
    const copy = first.ctx.sqlite
      .prepare(
        'SELECT MAX(id) FROM actor WHERE siret IN (SELECT siret FROM actor GROUP BY siret HAVING COUNT(*) > 1)',
      )
      .pluck()
      .get() as number;
    await ok(first, 'actors.delete', { id: copy });
    const exported = await ok(first, 'export.file', { format: 'standardCsv', filters: {} });
    expect(exported.rowCount).toBeGreaterThan(5);

    const second = open();
    await ok(second, 'territory.choose', { siren: '200070035' });
    const job = await importAll(second, exported.fileName, exported.content);
    expect(job.state).toBe('done');
    const again = await ok(second, 'export.file', { format: 'standardCsv', filters: {} });

    // The header and every value come back, ids included. `structure_parente` is the one column the
    // standard cannot carry back: it names the actor when it differs from the place, and an imported
    // row becomes an actor named after the place.
    const drop = ({ structure_parente: _parent, ...rest }: Record<string, string>) => rest;
    expect(again.content.split('\n')[0]).toBe(exported.content.split('\n')[0]);
    expect(rowsOf(again.content).map(drop)).toEqual(rowsOf(exported.content).map(drop));

    // Importing the same file again updates instead of duplicating.
    const before = (await ok(second, 'actors.list', {})).total;
    const repeat = await importAll(second, exported.fileName, exported.content);
    expect(repeat.counts.create).toBe(0);
    expect((await ok(second, 'actors.list', {})).total).toBe(before);
  });
});
