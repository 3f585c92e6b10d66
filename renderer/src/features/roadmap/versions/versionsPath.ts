import type { RoadmapSide } from '../../../../../shared/roadmap/roadmapDto';

/** What the « Versions » tab shows, read from the rest of its address. */
export type VersionsPage =
  | { view: 'list' }
  | { view: 'version'; number: number }
  | { view: 'compare'; from: RoadmapSide; to: RoadmapSide };

const sideOf = (text: string): RoadmapSide | null =>
  text === 'brouillon' ? 'brouillon' : /^[1-9]\d*$/.test(text) ? Number(text) : null;

/** 'versions' → list, 'versions/2' → version 2, 'versions/comparaison/1/brouillon' → a comparison. */
export function versionsPageOf(path: string): VersionsPage {
  const parts = path.split('/');
  if (parts[0] !== 'versions') return { view: 'list' };
  if (parts.length === 2 && /^[1-9]\d*$/.test(parts[1]!))
    return { view: 'version', number: Number(parts[1]) };
  if (parts.length === 4 && parts[1] === 'comparaison') {
    const from = sideOf(parts[2]!);
    const to = sideOf(parts[3]!);
    if (from !== null && to !== null) return { view: 'compare', from, to };
  }
  return { view: 'list' };
}

/** The rest of the address of a page of the « Versions » tab (for `hrefOf({ name: 'roadmap', path })`). */
export function versionsPathOf(page: VersionsPage): string {
  switch (page.view) {
    case 'list':
      return 'versions';
    case 'version':
      return `versions/${page.number}`;
    case 'compare':
      return `versions/comparaison/${page.from}/${page.to}`;
  }
}
