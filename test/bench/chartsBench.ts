/**
 * Off-screen chart rendering for the Word documents: 8 charts representative of a diagnostic of a
 * 500-commune territory, each written as SVG text by the engine and rasterised to PNG at print resolution.
 * Timed in this process, after one warm-up render (loading resvg and the fonts).
 */
import { renderChartPng, svgToPng } from '../../electron/backend/documents/charts/chartPng';
import { renderChartSvg } from '../../electron/backend/documents/charts/renderChartSvg';
import { suggestedHeight } from '../../shared/charts/chartLayout';
import type { ChartSpec } from '../../shared/charts/chartSpec';
import { type BenchRow, timeSync } from './measure';

const COMMUNES = 500;
const WIDTH = 640;
const SCALE = 2;
const sources = [{ label: 'Indice de fragilité numérique', year: 2023 }];

/** A reproducible pseudo-random sequence, so that every run draws the same charts. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function benchSpecs(): ChartSpec[] {
  const random = sequence(7);
  const communes = Array.from(
    { length: COMMUNES },
    (_, i) => `Commune n° ${i + 1} de Saint-Martin-en-Poitou`,
  );
  const fragility = communes.map(() => Math.round(random() * 90 + 10) / 10);
  const offer = communes.map(() => (random() < 0.4 ? 0 : Math.round(random() * 200) / 10));
  const ranked = (title: string, values: number[], take: number): ChartSpec => ({
    kind: 'bar',
    id: title,
    title,
    sources,
    valueLabel: title,
    format: 'decimal',
    items: communes
      .map((label, i) => ({ label, value: values[i]!, highlight: values[i]! > 8 }))
      .sort((a, b) => b.value - a.value)
      .slice(0, take),
  });
  const services = [
    'Prendre en main un équipement',
    'Naviguer sur internet',
    'Échanger avec ses proches',
    'Accéder à des services en ligne',
    'Réaliser des démarches administratives',
    'Promouvoir la citoyenneté numérique',
    'Soutenir la parentalité',
    'Favoriser l’insertion professionnelle',
    'Créer avec le numérique',
  ];
  return [
    ranked('Indice de fragilité, 30 communes les plus fragiles', fragility, 30),
    ranked('Lieux pour 10 000 habitants, 30 premières communes', offer, 30),
    {
      kind: 'scatter',
      id: 'croisement',
      title: 'Fragilité et offre',
      sources,
      xLabel: 'Indice de fragilité',
      yLabel: 'Lieux pour 10 000 habitants',
      xFormat: 'decimal',
      yFormat: 'decimal',
      points: communes.map((label, i) => ({
        label,
        x: fragility[i]!,
        y: offer[i]!,
        highlight: fragility[i]! > 8 && offer[i]! === 0,
      })),
    },
    {
      kind: 'pie',
      id: 'population',
      title: 'Population selon la présence d’un lieu',
      sources,
      format: 'integer',
      slices: [
        { label: 'Dans une commune avec un lieu', value: 412_345 },
        { label: 'Dans une commune sans lieu', value: 98_765 },
      ],
    },
    {
      kind: 'bar',
      id: 'services',
      title: 'Lieux par service',
      sources,
      valueLabel: 'Lieux',
      format: 'integer',
      items: services.map((label, i) => ({ label, value: (i * 37) % 120, highlight: i === 6 })),
    },
    {
      kind: 'groupedBar',
      id: 'comparaison',
      title: 'Deux diagnostics comparés, 40 communes',
      sources,
      format: 'integer',
      categories: communes.slice(0, 40),
      series: [
        { label: 'Diagnostic de 2025', values: communes.slice(0, 40).map((_, i) => i % 6) },
        { label: 'Diagnostic de 2026', values: communes.slice(0, 40).map((_, i) => (i * 5) % 7) },
      ],
    },
    {
      kind: 'pie',
      id: 'roles',
      title: 'Acteurs par rôle',
      sources,
      format: 'integer',
      slices: ['Prescripteurs', 'Opérateurs', 'Lieux de médiation', 'Financeurs', 'Élus', 'Réseaux'].map(
        (label, i) => ({ label, value: 120 + i * 45 }),
      ),
    },
    ranked('Distance au lieu le plus proche (km), 50 communes', offer, 50),
  ];
}

const KIND_NAMES: Record<ChartSpec['kind'], string> = {
  bar: 'barres',
  scatter: 'nuage de points',
  pie: 'secteurs',
  groupedBar: 'barres groupées',
};

export async function chartsBench(): Promise<BenchRow[]> {
  const specs = benchSpecs();
  const size = (spec: ChartSpec) => ({ width: WIDTH, height: suggestedHeight(spec) });
  renderChartPng(specs[3]!, { ...size(specs[3]!), scale: SCALE });
  const rows: BenchRow[] = [];
  let drawing = 0;
  let rasterising = 0;
  let bytes = 0;
  for (const spec of specs) {
    let svg = '';
    const svgMs = timeSync(() => {
      svg = renderChartSvg(spec, size(spec));
    });
    const pngMs = timeSync(() => {
      bytes += svgToPng(svg, SCALE).byteLength;
    });
    drawing += svgMs;
    rasterising += pngMs;
    rows.push({ label: `  ${spec.title} (${KIND_NAMES[spec.kind]})`, ms: svgMs + pngMs });
  }
  return [
    {
      label: `${specs.length} graphiques en PNG hors écran (${COMMUNES} communes, ${WIDTH} px × ${SCALE})`,
      ms: drawing + rasterising,
    },
    ...rows,
    {
      label: '  dont dessin SVG (texte, sans DOM) / image PNG (resvg)',
      value: `${Math.round(drawing).toLocaleString('fr-FR')} / ${Math.round(rasterising).toLocaleString('fr-FR')} ms`,
    },
    { label: '  poids des 8 images PNG', value: `${Math.round(bytes / 1024).toLocaleString('fr-FR')} Ko` },
  ];
}
