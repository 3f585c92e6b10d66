import { describe, expect, it } from 'vitest';
import { buildMapSvg, escapeXml, type MapDrawing } from '../../electron/backend/map/svgMap';

/** A small well-formedness check: balanced tags, quoted attributes, known entities only. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const text = xml.replace(/<[^>]*>/g, '');
  for (const entity of text.match(/&[^;\s]*;?/g) ?? [])
    if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(entity)) problems.push(`entity ${entity}`);
  for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!selfClosing) stack.push(name);
  }
  const tags = xml.match(/<[^>]*>/g) ?? [];
  const wellFormedTags = xml.match(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g) ?? [];
  if (tags.length !== wellFormedTags.length) problems.push('malformed tag');
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
}

const square = (lon: number, lat: number, size = 0.05): number[][][] => [
  [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ],
];

const drawing: MapDrawing = {
  title: 'Lieux des acteurs du numérique — CC « Test » & Co',
  caption: ['2 lieux sur 1 commune ; 1 commune sans lieu'],
  legendTitle: 'Rôle de l’acteur',
  communes: [
    { code: '86078', name: 'Civray', polygons: [square(0.29, 46.13)], hasPlace: true },
    {
      code: '86082',
      name: 'Valence-en-Poitou',
      polygons: [square(0.18, 46.28), square(0.24, 46.28)],
      hasPlace: false,
    },
  ],
  points: [
    {
      actorId: 12,
      label: 'Médiathèque <Civray>',
      position: [0.3, 46.15],
      approximate: false,
      color: '#0072B2',
    },
    {
      actorId: 13,
      label: 'Espace France services',
      position: [0.31, 46.16],
      approximate: true,
      color: '#D55E00',
    },
  ],
  categories: [
    { key: 'lieu_mediation', label: 'Lieu de médiation', color: '#0072B2', count: 1 },
    { key: 'operateur', label: 'Opérateur', color: '#D55E00', count: 1 },
  ],
};

describe('the map SVG', () => {
  const svg = buildMapSvg(drawing);

  it('is well-formed XML with a fixed viewBox and no style attribute (CSP, Word)', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(svg).toContain('CC « Test » &amp; Co');
    expect(svg).toContain('Médiathèque &lt;Civray&gt;');
  });

  it('draws one path per commune (several polygons in one path) and one circle per place', () => {
    expect(svg.match(/<path [^>]*data-commune-code=/g)).toHaveLength(2);
    const valence = /<path d="([^"]*)"[^>]*data-commune-code="86082"/.exec(svg)?.[1] ?? '';
    expect(valence.match(/M/g)).toHaveLength(2);
    expect(svg.match(/<circle [^>]*data-actor-id=/g)).toHaveLength(2);
    expect(svg).toContain('data-actor-id="12"');
  });

  it('tells communes without a place and approximate positions apart, with a French legend', () => {
    const fills = [...svg.matchAll(/<path d="[^"]*" fill="([^"]+)"[^>]*data-commune-code="(\d+)"/g)];
    const fillOf = new Map(fills.map((m) => [m[2], m[1]]));
    expect(fillOf.get('86078')).not.toBe(fillOf.get('86082'));
    expect(svg).toContain('Commune sans lieu fixe de médiation');
    expect(svg).toContain('Lieu de médiation (1)');
    expect(svg).toContain('Opérateur (1)');
    expect(svg).toContain('position approximative');
    expect(svg).toContain('(centre de la commune)');
    // The approximate point is hollow: white inside, its colour around.
    expect(svg).toMatch(/<circle [^>]*fill="#FFFFFF" stroke="#D55E00"[^>]*data-actor-id="13"/);
    expect(svg).toMatch(/<circle [^>]*fill="#0072B2"[^>]*data-actor-id="12"/);
    expect(svg).toContain('Espace France services (position approximative)');
  });

  it('stays inside its viewBox', () => {
    const [width, height] = (/viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? []).slice(1).map(Number);
    for (const m of svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"[^>]*data-actor-id/g)) {
      expect(Number(m[1])).toBeGreaterThan(0);
      expect(Number(m[1])).toBeLessThan(width ?? 0);
      expect(Number(m[2])).toBeGreaterThan(0);
      expect(Number(m[2])).toBeLessThan(height ?? 0);
    }
  });

  it('spreads places at the same spot around it, each joined to the spot, and says so in the legend', () => {
    const shared = (actorId: number) => ({ ...drawing.points[0]!, actorId, label: `Lieu ${actorId}` });
    const crowded = buildMapSvg({
      ...drawing,
      points: [shared(21), shared(22), shared(23), drawing.points[1]!],
    });
    const centres = [...crowded.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*data-actor-id="2\d"/g)];
    expect(centres).toHaveLength(3);
    expect(new Set(centres.map((m) => `${m[1]}/${m[2]}`)).size).toBe(3);
    const legs = [...crowded.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)]
      .map((m) => m.slice(1).map(Number))
      .filter(([x1]) => x1! > 30); // the legend's own sample line is drawn at its left
    expect(legs).toHaveLength(3);
    // Every leg starts from one spot and ends on a point drawn around it.
    expect(new Set(legs.map(([x1, y1]) => `${x1}/${y1}`)).size).toBe(1);
    for (const [x1, y1, x2, y2] of legs) {
      expect(centres.some((m) => Number(m[1]) === x2 && Number(m[2]) === y2)).toBe(true);
      expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeGreaterThan(6);
    }
    expect(crowded).toContain('lieux au même endroit,');
    // A map where no two places share a spot draws no leg and no such legend.
    expect(svg).not.toContain('<line');
    expect(svg).not.toContain('lieux au même endroit');
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

describe('the map of a crowded territory', () => {
  it('names only the 80 largest communes, so that the names stay readable', () => {
    // 200 communes with a place each, the first ten twice as wide as the others.
    const communes = Array.from({ length: 200 }, (_, i) => ({
      code: String(10000 + i),
      name: `Commune ${i}`,
      polygons: [square(0.05 * (i % 20), 46 + 0.05 * Math.floor(i / 20), i < 10 ? 0.1 : 0.04)],
      hasPlace: true,
    }));
    const svg = buildMapSvg({ ...drawing, communes, points: [] });
    const names = drawnNames(svg).map((name) => name.text);
    expect(names.length).toBeLessThanOrEqual(80);
    expect(names.length).toBeGreaterThan(20);
    for (let i = 0; i < 10; i++) expect(names).toContain(`Commune ${i}`);
    expect(overlapping(drawnNames(svg))).toEqual([]);
  });

  it('never prints a name over another: the second moves a line, or stays in the tooltip', () => {
    // Two small neighbours whose centres are 0.01° apart, both with a place.
    const near = (code: string, name: string, lon: number) => ({
      code,
      name,
      polygons: [square(lon, 46.2, 0.012)],
      hasPlace: true,
    });
    const svg = buildMapSvg({
      ...drawing,
      communes: [
        near('86103', 'Gençay', 0.4),
        near('86230', 'Saint-Maurice-la-Clouère', 0.41),
        { ...drawing.communes[1]!, polygons: [square(0.1, 46.0, 0.4)] },
      ],
      points: [],
    });
    const names = drawnNames(svg);
    expect(names.map((name) => name.text)).toEqual(
      expect.arrayContaining(['Gençay', 'Saint-Maurice-la-Clouère']),
    );
    expect(overlapping(names)).toEqual([]);
  });
});

/** The commune names drawn, with where they sit. */
function drawnNames(svg: string) {
  return [
    ...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"[^>]*pointer-events="none">([^<]*)<\/text>/g),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
}

/** Pairs of names whose boxes (11 px text, ≈ 6 px a character) meet. */
function overlapping(names: { x: number; y: number; text: string }[]): string[] {
  const pairs: string[] = [];
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) => {
      const apart = Math.abs(a.x - b.x) >= (a.text.length + b.text.length) * 3 || Math.abs(a.y - b.y) >= 11;
      if (!apart) pairs.push(`${a.text} / ${b.text}`);
    }),
  );
  return pairs;
}
