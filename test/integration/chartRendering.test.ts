import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { renderChartSvg } from '../../electron/backend/documents/charts/renderChartSvg';
import { renderChartPng, svgToPng } from '../../electron/backend/documents/charts/chartPng';
import { chartFonts } from '../../electron/backend/documents/charts/chartFonts';

/**
 * Charts drawn off-screen for the Word documents: the spec written as SVG text by the engine (no DOM, nothing
 * of the UI), then rasterised by resvg. That the screen shows the same texts is checked by
 * `test/unit/chartParity.test.ts`.
 */
const sources = [{ label: 'Indice de fragilité numérique', year: 2023 }];

const specs = {
  bar: {
    kind: 'bar',
    id: 'lieux-par-commune',
    title: 'Lieux pour 10 000 habitants',
    sources,
    valueLabel: 'Lieux pour 10 000 habitants',
    format: 'decimal',
    items: [
      { label: 'Civray', value: 12.5 },
      { label: 'Saint-Pierre-d’Exideuil', value: 1234.5, highlight: true },
      { label: 'Gençay', value: null },
    ],
  },
  scatter: {
    kind: 'scatter',
    id: 'fragilite-offre',
    title: 'Fragilité et offre',
    sources,
    xLabel: 'Indice de fragilité',
    yLabel: 'Lieux pour 10 000 habitants',
    xFormat: 'decimal',
    yFormat: 'decimal',
    points: [
      { label: 'Charroux', x: 6.2, y: 0, highlight: true },
      { label: 'Civray', x: 4.1, y: 7.5 },
    ],
  },
  pie: {
    kind: 'pie',
    id: 'population-sans-lieu',
    title: 'Population selon la présence d’un lieu',
    sources,
    format: 'integer',
    slices: [
      { label: 'Dans une commune avec un lieu', value: 18234 },
      { label: 'Dans une commune sans lieu', value: 9262 },
    ],
  },
  groupedBar: {
    kind: 'groupedBar',
    id: 'comparaison',
    title: 'Deux diagnostics comparés',
    sources,
    format: 'integer',
    categories: ['Availles-Limouzine', 'Couhé'],
    series: [
      { label: 'Diagnostic de 2025', values: [2, 0] },
      { label: 'Diagnostic de 2026', values: [3, null] },
    ],
  },
} satisfies { [K in ChartSpec['kind']]: Extract<ChartSpec, { kind: K }> };

/** The texts drawn in an SVG, entities decoded, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/<title>[\s\S]*?<\/title>/g, '')
      .replace(/<[^>]+>/g, '')
      .replaceAll('&#160;', '\u00a0')
      .replaceAll('&amp;', '&')
      .trim(),
  );
}

/** Width and height written in a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('charts drawn off-screen', () => {
  it('draws the commune names and French-formatted values of a bar chart as SVG text', async () => {
    const svg = renderChartSvg(specs.bar, { width: 640, height: 200 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/font-family="Arial, &quot;Liberation Sans&quot;/);
    const drawn = texts(svg);
    expect(drawn).toEqual(expect.arrayContaining(['Civray', 'Saint-Pierre-d’Exideuil', 'Gençay']));
    expect(drawn).toContain('1\u202f234,5');
    // A missing value is marked, not drawn as a zero.
    expect(drawn).toContain('n.d.');
    expect(svg).not.toContain('&nbsp;');
    expect(svg).not.toMatch(/tabindex|style=/);
  });

  it('names the points of a scatter chart beside their dot, on round axes with their names', async () => {
    const svg = renderChartSvg(specs.scatter, { width: 640, height: 380 });
    const drawn = texts(svg);
    expect(drawn).toEqual(
      expect.arrayContaining(['Charroux', 'Civray', 'Indice de fragilité', 'Lieux pour 10 000 habitants']),
    );
    // The y axis's name is centred along the axis, turned a quarter, with presentation attributes only.
    const yName = [...svg.matchAll(/<text([^>]*)>(?:(?!<\/text>)[\s\S])*Lieux pour 10 000 habitants/g)].map(
      (m) => m[1],
    )[0];
    expect(yName).toContain('text-anchor="middle"');
    expect(yName).toMatch(/transform="rotate\(-90, /);
    expect(svg).not.toContain('style=');
    // x from 4,1 to 6,2: one tick per unit.
    expect(drawn).toEqual(expect.arrayContaining(['4', '5', '6', '7']));
    // Each name sits just above right of its own dot.
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const name = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>Charroux</.exec(svg)!;
    expect(
      dots.some(
        ([cx, cy]) => Math.abs(cx! + 7 - Number(name[1])) < 0.5 && Math.abs(cy! - 7 - Number(name[2])) < 0.5,
      ),
    ).toBe(true);
  });

  it('only names the highlighted points when a scatter chart has hundreds of communes', async () => {
    const spec: ChartSpec = {
      ...specs.scatter,
      points: Array.from({ length: 300 }, (_, i) => ({
        label: `Commune ${i}`,
        x: i % 10,
        y: i % 7,
        highlight: i === 42,
      })),
    };
    const drawn = texts(renderChartSvg(spec, { width: 640, height: 380 }));
    expect(drawn).toContain('Commune 42');
    expect(drawn).not.toContain('Commune 41');
  });

  it('writes each part of a pie with its value and share in a legend drawn inside the SVG', async () => {
    const drawn = texts(renderChartSvg(specs.pie, { width: 640, height: 280 }));
    expect(drawn).toContain('Dans une commune sans lieu\u00a0: 9\u202f262 (33,7\u00a0%)');
    expect(drawn).toContain('66,3\u00a0%');
  });

  it('draws a grouped chart with its series in a legend and its categories on the axis', async () => {
    const drawn = texts(renderChartSvg(specs.groupedBar, { width: 640, height: 240 }));
    expect(drawn).toEqual(
      expect.arrayContaining([
        'Diagnostic de 2025',
        'Diagnostic de 2026',
        'Availles-Limouzine',
        'Couhé',
        'n.d.',
      ]),
    );
  });

  it.each(Object.values(specs))(
    'renders the $kind chart as a PNG of the requested pixel size',
    async (spec) => {
      const png = renderChartPng(spec, { width: 600, height: 300, scale: 2 });
      expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
    },
  );

  it('draws « Aucune donnée » for a chart with nothing in it, as SVG and as PNG', async () => {
    const empty: ChartSpec = { ...specs.bar, items: [] };
    const svg = renderChartSvg(empty, { width: 500, height: 200 });
    expect(texts(svg)).toContain('Aucune donnée');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const png = renderChartPng({ ...specs.pie, slices: [] }, { width: 500, height: 200, scale: 3 });
    expect(pngSize(png)).toEqual({ width: 1500, height: 600 });
  });

  it('draws with no DOM: no window or document appears in the process, even for a moment', () => {
    const globals = globalThis as { window?: unknown; document?: unknown };
    const seen: unknown[] = [];
    // A getter on the global object would see any module that set `window` or `document` while drawing.
    for (const name of ['window', 'document'] as const)
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => undefined,
        set: (value: unknown) => void seen.push(value),
      });
    try {
      const bar = renderChartSvg(specs.bar, { width: 640, height: 200 });
      const pie = renderChartSvg(specs.pie, { width: 640, height: 280 });
      expect(texts(bar)).toContain('Civray');
      expect(texts(pie)).not.toContain('Civray');
      expect(texts(pie)).toContain('33,7\u00a0%');
      expect(seen).toEqual([]);
    } finally {
      delete globals.window;
      delete globals.document;
    }
  });
});

describe('charts asked for at an impossible size', () => {
  it('refuses in French, and the next chart still renders', async () => {
    const spec: ChartSpec = {
      kind: 'pie',
      id: 'p',
      title: 'Parts',
      sources: [],
      format: 'integer',
      slices: [{ label: 'Civray', value: 1 }],
    };
    expect(() => renderChartSvg(spec, { width: 0, height: 200 })).toThrow(
      'Taille de graphique impossible (0 × 200 pixels)',
    );
    expect(renderChartSvg(spec, { width: 300, height: 200 })).toContain('Civray');
  });
});

describe('the fonts of the PNG charts', () => {
  it('draws the text with an installed family whose file was found, and loads that family only', () => {
    const fonts = chartFonts();
    expect(fonts).not.toBeNull();
    expect(['Arial', 'Liberation Sans', 'DejaVu Sans', 'Helvetica', 'Segoe UI']).toContain(fonts!.family);
  });

  it('still produces the image, without text, on a machine with no font at all', async () => {
    const svg = renderChartSvg(specs.bar, { width: 400, height: 160 });
    const withText = svgToPng(svg, 1);
    const withoutText = svgToPng(svg, 1, null);
    expect(pngSize(withoutText)).toEqual({ width: 400, height: 160 });
    expect(withoutText.byteLength).toBeLessThan(withText.byteLength);
  });
});
