import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ImportPreviewDto } from '../../shared/interop/importDto';
import { useTempDir } from './support/tempDir';
import { waitForImport } from './support/importJob';

/** Files as they reach a technician: saved as « Texte Unicode » by Excel, cut by a download. */

const tempDir = useTempDir();
const FIXTURES = join(__dirname, '../fixtures/import');
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function open(): Promise<void> {
  backend = createBackend({
    databasePath: join(tempDir(), 'maillage.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  const chosen = await backend.router.dispatch('territory.choose', { siren: '200072023' });
  if (!chosen.ok) throw new Error(chosen.error.message);
}

const input = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });

async function preview(fileName: string, bytes: Buffer) {
  return backend!.router.dispatch('import.preview', input(fileName, bytes));
}

async function previewOk(fileName: string, bytes: Buffer): Promise<ImportPreviewDto> {
  const result = await preview(fileName, bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ImportPreviewDto;
}

/** The Charente test file as Excel's « Texte Unicode » writes it: tabs, CRLF, UTF-16. */
function unicodeText(order: 'le' | 'be', bom: boolean): Buffer {
  const text = readFileSync(join(FIXTURES, 'charente-communes-anciennes.csv'), 'utf8')
    .replaceAll(';', '\t')
    .replaceAll('\n', '\r\n');
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

describe('UTF-16 files', () => {
  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('reads UTF-16 %s (BOM: %s) like the UTF-8 file', async (order, bom) => {
    await open();
    const report = await previewOk('lieux.txt', unicodeText(order, bom));
    expect(report.encoding).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
    expect(report.headers[0]).toBe('id');
    expect(report.sampleRows[0]![1]).toBe('Médiathèque de Mansle');
    expect(report.counts).toMatchObject({ total: 9, create: 7, rejected: 0, outside: 2 });
  });
});

describe('files cut before their end', () => {
  it('refuses a JSON file cut in half, in French, naming the line, and writes nothing', async () => {
    await open();
    const whole = readFileSync(join(FIXTURES, 'bus-france-services-charente.json'), 'utf8');
    const half = whole.slice(0, Math.floor(whole.length / 2));
    const result = await preview('bus.json', Buffer.from(half));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lastLine = half.trimEnd().split('\n').length;
    expect(result.error.message).toBe(
      `Ce fichier JSON s’arrête avant sa fin (ligne ${lastLine})\u00a0: il a sans doute été coupé pendant un téléchargement ou une copie. Rien n’est importé\u00a0: demandez ou enregistrez de nouveau le fichier entier.`,
    );
    const started = await backend!.router.dispatch('import.start', input('bus.json', Buffer.from(half)));
    expect(started.ok).toBe(false);
    expect(backend!.ctx.sqlite.prepare('SELECT COUNT(*) FROM actor').pluck().get()).toBe(0);
  });

  it('reports a CSV’s last row cut in the middle and imports the rows before it only', async () => {
    await open();
    const whole = readFileSync(join(FIXTURES, 'charente-communes-anciennes.csv'), 'utf8');
    // Cut inside line 7 (« Foyer rural de Saint-Amant », Saint-Amant-de-Boixe): rows 2 to 6 are whole.
    const cut = whole.slice(0, whole.indexOf('Foyer rural') + 'Foyer rural de Saint'.length);
    const report = await previewOk('coupé.csv', Buffer.from(cut));
    expect(report.counts).toMatchObject({ total: 6, create: 5, rejected: 1, outside: 0 });
    expect(report.rejected).toEqual([
      {
        line: 7,
        field: null,
        reason:
          'Le fichier s’arrête au milieu de cette ligne (dernière ligne incomplète)\u00a0: elle est écartée. Le fichier a sans doute été coupé\u00a0; demandez-en une copie entière.',
      },
    ]);
    const started = await backend!.router.dispatch('import.start', input('coupé.csv', Buffer.from(cut)));
    if (!started.ok) throw new Error(started.error.message);
    expect((await waitForImport(backend!, started.data as never)).state).toBe('done');
    const names = backend!.ctx.sqlite.prepare('SELECT name FROM actor').pluck().all();
    expect(names).toHaveLength(5);
    expect(names).not.toContain('Foyer rural de Saint');
  });

  it('keeps a whole CSV whose last line has no line break', async () => {
    await open();
    const whole = readFileSync(join(FIXTURES, 'charente-communes-anciennes.csv'), 'utf8').trimEnd();
    const report = await previewOk('entier.csv', Buffer.from(whole));
    expect(report.counts).toMatchObject({ total: 9, rejected: 0 });
  });
});

describe('a line cut by a line break typed inside a value', () => {
  it('says the line was cut where its commune should be, and imports the other lines', async () => {
    await open();
    const whole = readFileSync(join(FIXTURES, 'charente-communes-anciennes.csv'), 'utf8');
    const cut = whole.replace('Espace numérique de Vars;Le Bourg;', 'Espace numérique de Vars;Le\nBourg;');
    const report = await previewOk('coupé.csv', Buffer.from(cut));
    // The second half's values fall under the wrong columns, its commune « 45.7620 » outside: nothing tells it
    // from a line whose last empty values were left out, so it is said outside, as such a line is.
    expect(report.counts).toMatchObject({ total: 10, create: 6, rejected: 1, outside: 3 });
    expect(report.rejected.map((problem) => [problem.line, problem.reason])).toEqual([
      [
        3,
        'Ni code INSEE, ni code postal, ni commune\u00a0: impossible de situer le lieu. Cette ligne n’a que 3\u00a0valeurs pour 9\u00a0colonnes\u00a0: un retour à la ligne dans une valeur sans guillemets l’a sans doute coupée en deux.',
      ],
    ]);
    expect(report.outside.map((problem) => problem.line)).toContain(4);
  });

  it('says nothing of a cut on a line whose last empty values are left out', async () => {
    await open();
    const ragged = [
      'id;nom;adresse;code_postal;commune;code_insee;latitude;longitude;source',
      'c1;Médiathèque de Mansle;Place du Gardoire;16230;Mansle',
      'c2;Tiers-lieu de Malaville;Le Bourg;16120;Malaville',
      '',
    ].join('\n');
    const report = await previewOk('court.csv', Buffer.from(ragged));
    expect(report.counts).toMatchObject({ total: 2, create: 1, rejected: 0, outside: 1 });
    expect(report.outside[0]!.reason).not.toContain('coupée');
  });
});
