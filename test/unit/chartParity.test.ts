// @vitest-environment happy-dom
import type { Document, Element } from 'happy-dom';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { suggestedHeight } from '../../shared/charts/chartLayout';
import { Chart } from '../../renderer/src/charts/Chart';
import { renderChartSvg } from '../../electron/backend/documents/charts/renderChartSvg';

/**
 * One chart description, two drawings: the screen's Recharts component and the engine's SVG text (for the
 * Word documents). For every kind of chart, both must show the same texts (axis ticks and names, category
 * names, values, legend entries, shares) at the same place, in the same size, weight and colour, and fill
 * their shapes with the same colours.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
/** The test's window (this file is compiled with the engine, for Node: its DOM types are happy-dom's). */
const document = (globalThis as unknown as { document: Document }).document;

const sources = [{ label: 'INSEE', year: 2022 }];
const longName = 'Communauté de communes du Civraisien en Poitou, pôle de proximité de Gençay';

const specs: Record<string, ChartSpec> = {
  'ranked bars': {
    kind: 'bar',
    id: 'offre',
    title: 'Lieux pour 10 000 habitants',
    sources,
    valueLabel: 'Lieux pour 10 000 habitants',
    format: 'decimal',
    items: [
      { label: 'Saint-Pierre-d’Exideuil', value: 1234.5, highlight: true },
      { label: 'Civray', value: 12.5 },
      { label: 'Gençay', value: null },
      { label: 'Charroux', value: 0 },
      { label: longName, value: 3.25 },
    ],
  },
  'bars with negative values': {
    kind: 'bar',
    id: 'evolution',
    title: 'Évolution',
    sources,
    valueLabel: 'Évolution (%)',
    format: 'percent',
    items: [
      { label: 'Civray', value: -12.5 },
      { label: 'Charroux', value: 30 },
    ],
  },
  'counts on a whole-number axis': {
    kind: 'bar',
    id: 'services',
    title: 'Lieux par service',
    sources,
    valueLabel: 'Lieux',
    format: 'integer',
    items: [
      { label: 'Naviguer sur internet', value: 3 },
      { label: 'Réaliser des démarches administratives', value: 1 },
      { label: 'Acquisition de matériel informatique à prix solidaire', value: 2 },
    ],
  },
  'grouped bars': {
    kind: 'groupedBar',
    id: 'comparaison',
    title: 'Deux diagnostics comparés',
    sources,
    format: 'integer',
    categories: ['Availles-Limouzine', 'Couhé', longName],
    series: [
      { label: 'Diagnostic de 2025', values: [2, 0, 14] },
      { label: 'Diagnostic de 2026', values: [3, null] },
      { label: 'Diagnostic de 2027 (projection après la feuille de route)', values: [4, 1, 9] },
    ],
  },
  pie: {
    kind: 'pie',
    id: 'population',
    title: 'Population selon la présence d’un lieu',
    sources,
    format: 'integer',
    slices: [
      { label: 'Dans une commune avec un lieu', value: 18234 },
      { label: 'Dans une commune sans lieu', value: 9262 },
      { label: 'Commune nouvelle', value: 400 },
      { label: 'Part négative, non dessinée', value: -5 },
    ],
  },
  scatter: {
    kind: 'scatter',
    id: 'croisement',
    title: 'Fragilité et offre',
    sources,
    xLabel: 'Indice de fragilité',
    yLabel: 'Lieux pour 10 000 habitants',
    xFormat: 'decimal',
    yFormat: 'decimal',
    points: [
      { label: 'Charroux', x: 6.2, y: 0, highlight: true },
      { label: 'Civray', x: 4.1, y: 7.5 },
      { label: 'Gençay', x: 4.15, y: 7.3 },
      { label: longName, x: 5, y: 3.1 },
    ],
  },
  'empty chart': {
    kind: 'groupedBar',
    id: 'vide',
    title: 'Rien',
    sources,
    format: 'integer',
    categories: [],
    series: [],
  },
  'chart with no commune concerned': {
    kind: 'bar',
    id: 'aucune',
    title: 'Communes fragiles et loin d’un lieu',
    sources,
    valueLabel: 'Distance',
    format: 'km',
    items: [],
    none: {
      headline: 'Aucune commune concernée',
      detail: 'Aucune commune fragile n’est à 10\u00a0km ou plus d’un tel lieu.',
    },
  },
  'chart whose numbers are unknown': {
    kind: 'bar',
    id: 'inconnu',
    title: 'Lieux de médiation pour 10 000 habitants',
    sources,
    valueLabel: 'Lieux',
    format: 'decimal',
    items: [],
    unknown: {
      reason: 'aucun lieu dans l’annuaire',
      remedy: 'Importez ou saisissez les lieux de médiation.',
    },
  },
};

interface Shown {
  text: string;
  x: number;
  y: number;
  dy: string;
  anchor: string;
  size: string;
  weight: string;
  fill: string;
  rotated: boolean;
}

/** Sum of the `translate(x, y)` of an element's ancestors within the SVG. */
function offsetOf(element: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (
    let node = element.parentElement;
    node && node.tagName.toLowerCase() !== 'svg';
    node = node.parentElement
  ) {
    const translate = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(
      node.getAttribute('transform') ?? '',
    );
    if (translate) {
      x += Number(translate[1]);
      y += Number(translate[2]);
    }
  }
  return [x, y];
}

/** A presentation property as a browser reads it: inline CSS (as Recharts writes some) wins over the attribute. */
function property(element: Element, name: string): string | null {
  const css = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(element.getAttribute('style') ?? '');
  return css ? css[1]!.trim() : element.getAttribute(name);
}

/** Every text an SVG shows (tooltips left out), where it is drawn and how, in reading order. */
function textsShown(svg: Element): Shown[] {
  const shown = [...svg.querySelectorAll('text')].map((text) => {
    const span = text.querySelector('tspan');
    const [dx, dy] = offsetOf(text);
    const attribute = (name: string) => span?.getAttribute(name) ?? text.getAttribute(name);
    return {
      text: [...text.childNodes]
        .filter((node) => node.nodeName.toLowerCase() !== 'title')
        .map((node) => node.textContent)
        .join('')
        .trim(),
      x: Number(attribute('x')) + dx,
      y: Number(text.getAttribute('y')) + dy,
      dy: attribute('dy') ?? '0em',
      anchor: property(text, 'text-anchor') ?? 'start',
      size: property(text, 'font-size') ?? '',
      weight: property(text, 'font-weight') ?? 'normal',
      fill: property(text, 'fill') ?? '',
      rotated: (text.getAttribute('transform') ?? '').includes('rotate(-90'),
    };
  });
  return shown.sort((a, b) => a.y - b.y || a.x - b.x || a.text.localeCompare(b.text));
}

/** Colours of the filled shapes (bars, slices, points, legend swatches), sorted. */
function fills(svg: Element): string[] {
  return [...svg.querySelectorAll('rect, path, circle')]
    .map((shape) => shape.getAttribute('fill'))
    .filter((fill): fill is string => fill !== null && fill !== 'none')
    .sort();
}

function screenSvg(spec: ChartSpec, width: number, height: number): Element {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container as unknown as Parameters<typeof createRoot>[0]);
  act(() => root.render(createElement(Chart, { spec, width, height })));
  const svg = container.querySelector('svg')!.cloneNode(true) as Element;
  act(() => root.unmount());
  container.remove();
  return svg;
}

function documentSvg(spec: ChartSpec, width: number, height: number): Element {
  const container = document.createElement('div');
  container.innerHTML = renderChartSvg(spec, { width, height });
  return container.querySelector('svg')!;
}

describe('the same chart on screen and in the documents', () => {
  it.each(Object.entries(specs))('%s: the same texts at the same places', (_kind, spec) => {
    for (const width of [640, 480]) {
      const height = suggestedHeight(spec);
      const screen = screenSvg(spec, width, height);
      const drawn = documentSvg(spec, width, height);
      const onScreen = textsShown(screen);
      const inDocument = textsShown(drawn);
      expect(onScreen.length).toBeGreaterThan(1);
      // Positions to the hundredth of a pixel (the engine writes three decimals), everything else exactly.
      const unplaced = (shown: Shown[]) => shown.map(({ x: _x, y: _y, ...rest }) => rest);
      expect(unplaced(inDocument)).toEqual(unplaced(onScreen));
      inDocument.forEach((shown, i) => {
        expect(shown.x).toBeCloseTo(onScreen[i]!.x, 2);
        expect(shown.y).toBeCloseTo(onScreen[i]!.y, 2);
      });
      expect(fills(drawn)).toEqual(fills(screen));
      expect(drawn.querySelector('title')?.textContent).toBe(spec.title);
    }
  });

  it('shows what a reader must find, so that the comparison above is not between two empty drawings', () => {
    const texts = (spec: ChartSpec) =>
      textsShown(documentSvg(spec, 640, suggestedHeight(spec))).map((t) => t.text);
    expect(texts(specs['ranked bars']!)).toEqual(
      expect.arrayContaining([
        'Civray',
        '1\u202f234,5',
        'n.d.',
        '0',
        '1\u202f400',
        'Lieux pour 10 000 habitants',
      ]),
    );
    // A name too long for one line is written whole on two, as even as may be, rather than cut…
    const lines = (spec: ChartSpec, width: number) =>
      [...documentSvg(spec, width, suggestedHeight(spec, width)).querySelectorAll('tspan')].map(
        (span) => span.textContent,
      );
    expect(lines(specs['counts on a whole-number axis']!, 640)).toEqual([
      'Acquisition de matériel',
      'informatique à prix solidaire',
    ]);
    expect(lines(specs['ranked bars']!, 640)).toEqual([
      'Communauté de communes du Civraisien',
      'en Poitou, pôle de proximité de Gençay',
    ]);
    // …and cut with « … » only when two lines are not enough.
    const narrow = lines(specs['ranked bars']!, 480);
    expect(narrow[0]).toMatch(/^Communauté de communes/);
    expect(narrow[1]).toMatch(/…$/);
    expect(texts(specs['grouped bars']!)).toEqual(expect.arrayContaining(['Diagnostic de 2025', 'n.d.']));
    expect(texts(specs.pie!)).toContain('Dans une commune sans lieu\u00a0: 9\u202f262 (33,2\u00a0%)');
    expect(texts(specs.scatter!)).toEqual(expect.arrayContaining(['Charroux', 'Indice de fragilité']));
    expect(texts(specs['empty chart']!)).toEqual(['Aucune donnée', 'Rien à représenter pour l’instant.']);
    // Known, and none concerned: said so, not « Aucune donnée ».
    expect(texts(specs['chart with no commune concerned']!)).toEqual([
      'Aucune commune concernée',
      'Aucune commune fragile n’est à 10\u00a0km ou plus d’un tel lieu.',
    ]);
    // Unknown is not « no data »: it says so, why, and what would fill the chart.
    expect(texts(specs['chart whose numbers are unknown']!)).toEqual([
      'Non renseigné',
      'Aucun lieu dans l’annuaire',
      'Importez ou saisissez les lieux de médiation.',
    ]);
  });
});
