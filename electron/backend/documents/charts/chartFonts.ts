import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * The fonts resvg draws the charts' text with. The charts ask for Arial, else Liberation Sans (Arial's metrics),
 * else DejaVu Sans (`CHART_FONT_FAMILY`). resvg does not walk a font-family list: when the first family is
 * missing it jumps to its default family, so the default is set to the family found here.
 *
 * The usual files of those families are looked for first, and only they are loaded: loading every system font
 * costs tens of milliseconds per image (more on a Windows machine with hundreds of fonts). Elsewhere the system
 * fonts are loaded and the first wanted family they hold is found by drawing a word with each.
 */
export interface ChartFonts {
  family: string;
  /** The font files to load; null: load the system fonts. */
  files: string[] | null;
}

const windowsFonts = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');

/** Regular and bold faces of each family, where Windows, macOS and the Linux distributions install them. */
const KNOWN_FILES: { family: string; faces: string[][] }[] = [
  {
    family: 'Arial',
    faces: [
      [join(windowsFonts, 'arial.ttf'), join(windowsFonts, 'arialbd.ttf')],
      ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
      ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'],
    ],
  },
  {
    family: 'Liberation Sans',
    faces: [
      [
        '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
        '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
      ],
      [
        '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
        '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
      ],
      [
        '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
        '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
      ],
    ],
  },
  {
    family: 'DejaVu Sans',
    faces: [
      [
        '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
      ],
      [
        '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
        '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
      ],
    ],
  },
];

const WANTED = ['Arial', 'Liberation Sans', 'DejaVu Sans', 'Helvetica', 'Segoe UI'];

/** A family no machine has: text falls back to it only when the asked family is missing, and then draws nothing. */
const NOWHERE = 'Maillage absent';

function draws(family: string): boolean {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="2" y="30" font-size="20" font-family="${family}">Maillage</text></svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: NOWHERE } }).getBBox();
  return box !== undefined && box.width > 0;
}

function findFonts(): ChartFonts | null {
  for (const { family, faces } of KNOWN_FILES) {
    const files = faces.find((paths) => existsSync(paths[0]!));
    if (files) return { family, files: files.filter((path) => existsSync(path)) };
  }
  const family = WANTED.find(draws);
  return family ? { family, files: null } : null;
}

let found: ChartFonts | null | undefined;

/** The fonts of the charts on this machine, found once; null when none is installed (text is then left out). */
export function chartFonts(): ChartFonts | null {
  if (found === undefined) found = findFonts();
  return found;
}
