import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './measure';

/**
 * The renderer as shipped (`out/renderer`, built first by `npm run bench`): what the window reads before the
 * first screen (the files index.html names), and everything, gzip-compressed as a measure of weight.
 */
export function bundleBench(root: string): BenchRow[] {
  const dir = join(root, 'out', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('fr-FR')} Ko`;
  const gzip = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const first = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const all = readdirSync(join(dir, 'assets')).map((file) => `assets/${file}`);
  return [
    {
      label: `Interface : premier écran (${first.length} fichiers, gzip ; cible ≤ 300 Ko)`,
      value: kb(first.reduce((sum, file) => sum + gzip(file), 0)),
    },
    {
      label: `Interface : tout (${all.length} fichiers, gzip)`,
      value: kb(all.reduce((sum, file) => sum + gzip(file), 0)),
    },
  ];
}
