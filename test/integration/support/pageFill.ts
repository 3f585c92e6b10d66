import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

/**
 * How far down each page of a Word document its content goes, as LibreOffice lays it out: the .docx is
 * converted to PDF (`soffice`), each page to a small grey PNG (`pdftoppm`), and the lowest inked row between
 * the header and the footer is read as a share of that height (0: nothing under the header, 1: down to the
 * footer). A page that holds a heading and two lines scores under 0,15; a page of a chart or a table, over 0,5.
 * `.ci/run` installs LibreOffice and poppler-utils, which these conversions need.
 */

/** Top and bottom of the text area on an A4 page with 2 cm margins, as shares of the page height. */
const BODY_TOP = 0.08;
const BODY_BOTTOM = 0.9;
/** Darker than this (0–255) is ink; paler greys (table zebra, page background) are not. */
const INK = 200;

function lowestInk(png: PNG): number {
  const top = Math.floor(png.height * BODY_TOP);
  const bottom = Math.floor(png.height * BODY_BOTTOM);
  for (let y = bottom - 1; y >= top; y--) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const grey = (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
      if (grey < INK) return (y - top) / (bottom - top);
    }
  }
  return 0;
}

/** The fill of each page, first page first. `dir` is a temporary folder of the test's own. */
export function pageFills(docx: Uint8Array, dir: string, stem = 'document'): number[] {
  const docxPath = join(dir, `${stem}.docx`);
  writeFileSync(docxPath, docx);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'libreoffice-profil')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docxPath,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  execFileSync(
    'pdftoppm',
    ['-png', '-gray', '-r', '24', join(dir, `${stem}.pdf`), join(dir, `${stem}-page`)],
    {
      stdio: 'pipe',
    },
  );
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${stem}-page-`) && name.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((name) => lowestInk(PNG.sync.read(readFileSync(join(dir, name)))));
}
