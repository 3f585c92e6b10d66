import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

/**
 * The same file converted by LibreOffice (`soffice --headless --convert-to xlsx`), the yardstick of issue 13: a
 * program every intercommunality has, reading the same CSV into a spreadsheet. Its own profile folder, made by
 * a first conversion left out of the timings, so that a LibreOffice already open elsewhere is not used.
 */

/** A converter when `soffice` is on the PATH, else null. */
export function libreOfficeConverter(dir: string): { convert: (csvPath: string) => number } | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error || probe.status !== 0) return null;
  const profile = join(dir, 'libreoffice-profil');
  const out = join(dir, 'libreoffice-sortie');
  mkdirSync(out, { recursive: true });
  const run = (csvPath: string) => {
    const result = spawnSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        // Comma, double quotes, UTF-8 (76), from line 1: the file as the import reads it.
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        csvPath,
      ],
      { encoding: 'utf8', timeout: 600_000 },
    );
    if (result.status !== 0)
      throw new Error(`LibreOffice a échoué : ${result.stderr || String(result.error)}`);
  };
  const warmUp = join(dir, 'echauffement.csv');
  writeFileSync(warmUp, 'nom,commune\nMédiathèque,Mansle\n');
  run(warmUp);
  return {
    convert: (csvPath) => {
      const start = performance.now();
      run(csvPath);
      return performance.now() - start;
    },
  };
}
