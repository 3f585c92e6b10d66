import { Window } from 'happy-dom';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { CHART_FONT_FAMILY } from '../../../../shared/charts/chartLayout';
import { Chart } from '../../../../renderer/src/charts/Chart';
import { AppFailure } from '../../../../shared/result';
import { xmlSafeText } from '../../../../shared/text/controlCharacters';

export interface ChartSize {
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes that only make sense in a window (focus, keyboard, inline CSS for the screen). */
const SCREEN_ONLY_ATTRIBUTES = ['tabindex', 'role'];

/** Inline CSS that means something in a document, turned into the presentation attribute of the same name. */
const DRAWING_PROPERTIES = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'text-anchor',
  'dominant-baseline',
  'font-size',
  'font-weight',
  'opacity',
]);

type SvgElement = ReturnType<ReturnType<Window['document']['createElement']>['querySelector']> & object;

/**
 * Recharts writes some of its drawing as inline CSS (`style="fill: …; text-anchor: middle"`, outline rules for the
 * keyboard focus). In a document, presentation attributes are the portable form: the drawing properties become
 * attributes (replacing the attribute of the same name, as CSS would), the rest (focus outlines, sizes of the screen) goes.
 */
function styleToAttributes(element: SvgElement): void {
  const style = element.getAttribute('style');
  if (style === null) return;
  element.removeAttribute('style');
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    // Inline CSS wins over a presentation attribute in a browser: the same here.
    if (DRAWING_PROPERTIES.has(property) && value) element.setAttribute(property, value);
  }
}

/**
 * React and Recharts read `window` and `document` from the global scope while they render, and React's scheduler
 * still reads `window.event` in the tasks it queues after a render. Both are set to the happy-dom window for one
 * render, until those tasks have run, then put back; renders are queued one at a time for that reason.
 */
function setWindowGlobals(window: Window): () => void {
  const globals = globalThis as Record<string, unknown>;
  const saved = { window: globals.window, document: globals.document };
  globals.window = window;
  globals.document = window.document;
  return () => {
    globals.window = saved.window;
    globals.document = saved.document;
  };
}

/** Lets the tasks React queued (passive effects, Recharts' follow-up passes) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The drawn chart as a standalone SVG document: namespace, size, fonts as family names, no screen-only parts. */
function standaloneSvg(container: ReturnType<Window['document']['createElement']>): string {
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('Le graphique n’a produit aucun dessin SVG.');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('font-family', CHART_FONT_FAMILY);
  for (const element of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const name of SCREEN_ONLY_ATTRIBUTES) element.removeAttribute(name);
    styleToAttributes(element);
  }
  // Empty <title>/<desc> left by Recharts when the chart has no subtitle.
  for (const element of Array.from(svg.querySelectorAll('title, desc')))
    if (!element.textContent?.trim()) element.remove();
  svg.setAttribute('role', 'img');
  // HTML serialisation writes no-break spaces as `&nbsp;`, an entity XML does not know, and copies control
  // characters (a name typed with Word's Shift+Enter) that XML cannot hold.
  return xmlSafeText(svg.outerHTML.replaceAll('&nbsp;', '&#160;'));
}

/**
 * Draws a chart off-screen, with the same component as the screen: `<Chart>` is mounted with React in a
 * happy-dom window inside Node, rendered synchronously, and its `<svg>` is taken out as a standalone document
 * (Recharts 3's `renderToStaticMarkup` answers an empty wrapper, hence the mount). Never needs a window.
 */
export function renderChartSvg(spec: ChartSpec, size: ChartSize): Promise<string> {
  const valid = (value: number) => Number.isFinite(value) && value >= 1 && value <= 20_000;
  if (!valid(size.width) || !valid(size.height))
    return Promise.reject(
      new AppFailure(
        'invalid_input',
        `Taille de graphique impossible (${size.width} × ${size.height} pixels) : entre 1 et 20 000 pixels de côté.`,
      ),
    );
  const render = queue.then(() => renderAlone(spec, size));
  queue = render.catch(() => undefined);
  return render;
}

let queue: Promise<unknown> = Promise.resolve();

async function renderAlone(spec: ChartSpec, size: ChartSize): Promise<string> {
  const window = new Window({ width: size.width, height: size.height });
  const restoreGlobals = setWindowGlobals(window);
  try {
    const container = window.document.createElement('div');
    window.document.body.appendChild(container);
    const root = createRoot(container as unknown as Element);
    try {
      flushSync(() => root.render(createElement(Chart, { spec, width: size.width, height: size.height })));
      await settle();
      return standaloneSvg(container);
    } finally {
      root.unmount();
      await settle();
    }
  } finally {
    restoreGlobals();
    await window.happyDOM.close();
  }
}
