import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentBuilder } from '../../electron/backend/documents/buildInWorker';
import { readJob } from '../../electron/backend/documents/buildDocument';
import { useActorsBackend } from './support/actorsBackend';
import { readDocx } from './support/readDocx';
import { useTempDir } from './support/tempDir';

/**
 * The Word files are built in a worker thread (`buildInWorker.ts`). Where a worker cannot start at all (an
 * installed app whose worker file cannot be loaded), the documents are still produced, in the engine's own
 * thread; a worker that dies while building fails that document only, with an error the screen words in
 * French, and the next document starts a new worker.
 */

const t = useActorsBackend();
const tempDir = useTempDir();

afterEach(() => vi.restoreAllMocks());

async function annuaireJob() {
  t.open({ territory: false });
  await t.ok('territory.createDemo', {});
  const job = await readJob(t.backend.ctx, { kind: 'annuaire', options: { groupBy: 'commune' } });
  if (job.kind !== 'annuaire') throw new Error('annuaire attendu');
  return job;
}

const workerFile = (name: string, source: string) => {
  const path = join(tempDir(), name);
  writeFileSync(path, source);
  return path;
};

describe('the documents’ worker thread', () => {
  it('that cannot start leaves every document to the engine, which still produces it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const job = await annuaireJob();
    const builder = documentBuilder(
      workerFile('broken.mjs', "throw new Error('module des documents introuvable');"),
    );
    builder.prepare();
    const first = await builder.build(job);
    const second = await builder.build(job);
    for (const bytes of [first, second]) {
      const parts = readDocx(Buffer.from(bytes).toString('base64'));
      expect(parts.document).toContain('Les acteurs, commune par commune');
      expect(parts.document).toContain(job.data.actors[0]!.name);
    }
    // Said once in the log, with the reason.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('module des documents introuvable');
  });

  it('that dies while building fails that document, and the next document gets a new worker', async () => {
    const job = await annuaireJob();
    const started = workerFile('started.txt', '');
    const builder = documentBuilder(
      workerFile(
        'dying.mjs',
        `import { appendFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
appendFileSync(${JSON.stringify(started)}, 'x');
parentPort.postMessage({ ready: true });
parentPort.on('message', () => process.exit(3));`,
      ),
    );
    await expect(builder.build(job)).rejects.toThrow('code 3');
    await expect(builder.build(job)).rejects.toThrow('code 3');
    expect(readFileSync(started, 'utf8')).toBe('xx');
  });
});
