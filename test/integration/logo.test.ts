import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { AppError } from '../../shared/result';
import type { TerritoryDto } from '../../shared/territory/dto';
import { readDocx } from './support/readDocx';
import { useTempDir } from './support/tempDir';

/**
 * The logo is decoded for real before it is stored: kind, dimensions (read from the header first, so that a
 * 30 000 × 30 000 PNG is refused without decoding it), a truncated file refused, and what is kept is a PNG of
 * at most 600 pixels a side, which the documents embed. Images are generated here, real PNG and JPEG files.
 */

const tempDir = useTempDir();
let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function openWithTerritory(): Promise<Backend> {
  backend = createBackend({
    databasePath: join(tempDir(), 'logo.sqlite'),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  const chosen = await backend.router.dispatch('territory.createDemo', {});
  if (!chosen.ok) throw new Error(chosen.error.message);
  return backend;
}

async function setLogo(
  b: Backend,
  bytes: Buffer,
): Promise<{ ok: true; data: TerritoryDto } | { ok: false; error: AppError }> {
  const result = await b.router.dispatch('territory.setLogo', {
    logo: { mimeType: 'image/png', base64: bytes.toString('base64') },
  });
  return result as { ok: true; data: TerritoryDto } | { ok: false; error: AppError };
}

/** A gradient with a transparent band: not a flat colour, so that resizing and truncation mean something. */
function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / width;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = 0x80;
      data[i + 3] = y < height / 10 ? 0 : 255;
    }
  return data;
}

const pngOf = (width: number, height: number) => {
  const png = new PNG({ width, height });
  png.data = pixels(width, height);
  return PNG.sync.write(png);
};
const jpegOf = (width: number, height: number) =>
  Buffer.from(jpeg.encode({ width, height, data: pixels(width, height) }, 85).data);

/** Only the signature, the header of a huge image and the end: what a decompression bomb starts with. */
function hugePngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.alloc(64)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const storedPng = (territory: TerritoryDto) =>
  PNG.sync.read(Buffer.from(territory.logoDataUrl!.replace(/^data:image\/png;base64,/, ''), 'base64'));

const DAMAGED = /^Ce fichier image est incomplet ou abîmé/;

describe('the territory logo', () => {
  it('refuses a 30 000 × 30 000 PNG from its header, without decoding it', async () => {
    const b = await openWithTerritory();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await setLogo(b, hugePngHeader(30_000, 30_000));
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid_input' });
    expect(result.error.message).toBe(
      'Le logo mesure 30\u202f000 × 30\u202f000 pixels\u00a0: 4\u202f000 pixels de côté au plus. Réduisez-le dans un logiciel d’images, puis réessayez.',
    );
    expect(result.error.fields?.logo).toBe(result.error.message);
    // Decoding would need 3.6 GB: a refusal from the header takes milliseconds and no memory to speak of.
    expect(elapsed).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('accepts 4 000 pixels a side and refuses 4 001', async () => {
    const b = await openWithTerritory();
    expect((await setLogo(b, pngOf(4000, 20))).ok).toBe(true);
    const refused = await setLogo(b, pngOf(20, 4001));
    expect(refused.ok ? null : refused.error.message).toMatch(/^Le logo mesure 20 × 4\u202f001 pixels/);
  });

  it('refuses truncated PNG and JPEG files, and keeps the logo it had', async () => {
    const b = await openWithTerritory();
    const first = await setLogo(b, pngOf(300, 200));
    if (!first.ok) throw new Error(first.error.message);
    for (const [name, bytes] of [
      ['PNG', pngOf(800, 500)],
      ['JPEG', jpegOf(800, 500)],
    ] as const) {
      for (const kept of [0.5, 0.9]) {
        const result = await setLogo(b, bytes.subarray(0, Math.floor(bytes.length * kept)));
        expect(result.ok, `${name} coupé à ${kept * 100} %`).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(DAMAGED);
      }
    }
    const now = await b.router.dispatch('territory.get', {});
    expect(now.ok && (now.data as TerritoryDto).logoDataUrl).toBe(first.data.logoDataUrl);
  });

  it('stores a PNG of 600 pixels at most a side, with the proportions and colours of the image', async () => {
    const b = await openWithTerritory();
    const fromPng = await setLogo(b, pngOf(1200, 800));
    if (!fromPng.ok) throw new Error(fromPng.error.message);
    const png = storedPng(fromPng.data);
    expect([png.width, png.height]).toEqual([600, 400]);
    // The transparent band stays transparent; a pixel of the gradient keeps its colour.
    expect(png.data[3]).toBe(0);
    const i = (300 * 600 + 300) * 4;
    expect(Math.abs(png.data[i]! - 127)).toBeLessThan(4);
    expect(Math.abs(png.data[i + 1]! - 191)).toBeLessThan(4);
    expect(png.data[i + 3]).toBe(255);

    const fromJpeg = await setLogo(b, jpegOf(2000, 1000));
    if (!fromJpeg.ok) throw new Error(fromJpeg.error.message);
    const jpg = storedPng(fromJpeg.data);
    expect([jpg.width, jpg.height]).toEqual([600, 300]);

    const small = await setLogo(b, pngOf(120, 80));
    if (!small.ok) throw new Error(small.error.message);
    expect([storedPng(small.data).width, storedPng(small.data).height]).toEqual([120, 80]);
  });

  it('puts the stored PNG in the documents', async () => {
    const b = await openWithTerritory();
    const saved = await setLogo(b, pngOf(3000, 1500));
    if (!saved.ok) throw new Error(saved.error.message);
    const built = await b.router.dispatch('documents.build', { kind: 'annuaire', options: {} });
    if (!built.ok) throw new Error(built.error.message);
    const parts = readDocx((built.data as { contentBase64: string }).contentBase64);
    const logos = [...parts.files.entries()].filter(([name]) => name.startsWith('word/media/'));
    expect(logos.length).toBeGreaterThan(0);
    const sizes = logos.map(([, bytes]) => {
      const png = PNG.sync.read(bytes);
      return [png.width, png.height];
    });
    expect(sizes).toContainEqual([600, 300]);

    // LibreOffice opens the document with its logo quickly (a 30 000-pixel logo used to take it 78 s and 1 GB).
    const dir = tempDir();
    const docx = join(dir, 'annuaire.docx');
    writeFileSync(docx, Buffer.from((built.data as { contentBase64: string }).contentBase64, 'base64'));
    const started = performance.now();
    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'lo')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          docx,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
    } catch {
      return; // No LibreOffice on this machine: the rest of the test still holds.
    }
    expect(statSync(join(dir, 'annuaire.pdf')).size).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 180_000);
});
