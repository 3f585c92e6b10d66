/**
 * Colours of every chart. Built on Okabe and Ito's palette, which stays distinct for the common colour-vision
 * deficiencies: ordinary items are a quiet blue, highlighted items a vermillion that stands out from it for
 * every reader (different in hue and in lightness), series take the palette in order.
 */
export const palette = {
  ink: '#1d2433',
  inkSoft: '#55607a',
  grid: '#e3e7f0',
  axis: '#9aa3b8',
  base: '#7a9cc6',
  highlight: '#d55e00',
  background: '#ffffff',
  series: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#6b6b6b'],
} as const;

/** Colour of the n-th series or slice (the palette repeats past its length). */
export function seriesColour(index: number): string {
  return palette.series[index % palette.series.length]!;
}
