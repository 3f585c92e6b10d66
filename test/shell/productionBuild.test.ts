import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_ENGINE, ROOT } from './builtShell';

/**
 * What the built app runs (`npm run build` first): production libraries only, and an engine that starts
 * without loading the code of the screens nobody has opened yet (issue 13, item 5).
 */

const OUT = join(ROOT, 'out');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(m?js|cjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every file a built file loads when it is evaluated: its static relative imports, followed. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")` (loaded on demand).
    for (const [, path] of source.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g))
      visit(join(dirname(file), path!));
  };
  visit(entry);
  return [...seen];
}

/**
 * Long string literals of a React development build that no production build of React or React DOM holds:
 * any of them in a built file means the development build was bundled.
 */
function developmentOnlyMarkers(): Map<string, string[]> {
  const cjs = [join(ROOT, 'node_modules/react/cjs'), join(ROOT, 'node_modules/react-dom/cjs')];
  const files = cjs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
  const production = files
    .filter((file) => /\.production\.js$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const markers = new Map<string, string[]>();
  for (const file of files.filter((f) => /\.development\.js$/.test(f))) {
    const literals = [...readFileSync(file, 'utf8').matchAll(/"([^"\\`$\n]{40,})"/g)].map((m) => m[1]!);
    markers.set(
      relative(ROOT, file),
      [...new Set(literals)].filter((literal) => !production.includes(literal)),
    );
  }
  return markers;
}

describe('the built app', () => {
  const built = [
    ...filesUnder(join(OUT, 'main')),
    ...filesUnder(join(OUT, 'preload')),
    ...filesUnder(join(OUT, 'renderer')),
  ];

  it('is built', () => {
    expect(existsSync(BUILT_ENGINE), 'lancez « npm run build » avant ces tests').toBe(true);
    expect(built.length).toBeGreaterThan(5);
  });

  it('decided every library’s NODE_ENV switch at build time', () => {
    const undecided = built.filter((file) => /process\.env\.NODE_ENV/.test(readFileSync(file, 'utf8')));
    expect(undecided.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('holds none of React’s development builds, in the window, the shell or the engine', () => {
    const markers = developmentOnlyMarkers();
    // The markers are real: each development build of React and React DOM has some.
    for (const name of ['react/cjs/react.development.js', 'react-dom/cjs/react-dom-client.development.js'])
      expect(markers.get(`node_modules/${name}`)?.length, name).toBeGreaterThan(5);
    const found: string[] = [];
    for (const file of built) {
      const source = readFileSync(file, 'utf8');
      for (const [development, literals] of markers) {
        const literal = literals.find((text) => source.includes(text));
        if (literal) found.push(`${relative(ROOT, file)} contient ${development} (« ${literal} »)`);
      }
    }
    expect(found).toEqual([]);
  });

  it('ships React in the window: its production build, found by the same reading', () => {
    // The window's bundle holds React; none of the markers above is in it, so they tell the builds apart.
    const renderer = filesUnder(join(OUT, 'renderer')).map((file) => readFileSync(file, 'utf8'));
    expect(renderer.some((source) => source.includes('react.transitional.element'))).toBe(true);
  });

  it('opens the window’s first screen with at most 300 KB of compressed script and style', () => {
    // What index.html names (its script, the modules it preloads, its style sheet); the screens come later.
    const dir = join(OUT, 'renderer');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const first = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
    const kilobytes =
      first.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0) / 1024;
    expect(first.length).toBeGreaterThan(1);
    expect(kilobytes).toBeLessThan(300);
    // Split: the screens behind the menu are files of their own, loaded when opened.
    expect(
      readdirSync(join(dir, 'assets')).filter((file) => /Screen-.*\.js$/.test(file)).length,
    ).toBeGreaterThan(5);
  });

  it('finds each file a built file names beside itself (the document worker, the engine, the window)', () => {
    const named: string[] = [];
    for (const file of filesUnder(join(OUT, 'main'))) {
      const source = readFileSync(file, 'utf8');
      for (const [, sibling] of source.matchAll(/join\(import\.meta\.dirname,\s*["'`]([^"'`]+)["'`]\)/g)) {
        named.push(sibling!);
        expect(existsSync(join(dirname(file), sibling!)), `${relative(ROOT, file)} → ${sibling}`).toBe(true);
      }
    }
    expect(named).toEqual(expect.arrayContaining(['documentWorker.js', 'engine.js', '../renderer']));
  });

  describe('the engine’s start', () => {
    const atStart = staticClosure(BUILT_ENGINE);
    const startSource = atStart.map((file) => readFileSync(file, 'utf8')).join('\n');
    const everything = filesUnder(join(OUT, 'main'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');

    // Each library by a text of its own that the minified build keeps.
    const heavy: [string, RegExp][] = [
      ['docx (Word documents)', /wordprocessingml\/2006\/main/],
      ['resvg (charts and maps as PNG)', /from\s*["'`]@resvg\/resvg-js["'`]/],
      ['proj4 (Lambert 93 coordinates)', /\+proj=/],
      ['papaparse (CSV files)', /UndetectableDelimiter/],
      ['opening_hours (OSM opening hours)', /Key:opening_hours\/specification/],
      ['@etalab/decoupage-administratif (national reference)', /decoupage-administratif\/data/],
    ];

    it.each(heavy)('leaves %s to the first call that needs it', (_name, marker) => {
      expect(everything).toMatch(marker);
      expect(startSource).not.toMatch(marker);
    });

    it('reads little code before it can open the database and answer', () => {
      const kilobytes = Buffer.byteLength(startSource) / 1024;
      // 1.8 MB before the domains were loaded on first call; about 450 KB since (kysely, zod, the contract).
      expect(kilobytes).toBeLessThan(650);
    });
  });
});
