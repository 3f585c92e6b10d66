import { AlignmentType, type IStylesOptions } from 'docx';

/**
 * The look of every Maillage document: one sober palette, one font that Word and LibreOffice both have
 * (Arial, drawn with the metric-compatible Liberation Sans where Arial is missing, so pages break the same),
 * A4 with 2 cm margins, and named paragraph styles that a user finds in Word's style gallery.
 */

export const FONT = 'Arial';

/** Colours as Word writes them (RRGGBB, no #). */
export const PALETTE = {
  ink: '1F2933',
  accent: '1D4E89',
  muted: '5F6B7A',
  rule: 'B8C4D0',
  headerFill: '1D4E89',
  zebra: 'EEF3F8',
  missing: '8A94A3',
} as const;

/** A4 in twentieths of a point (twips): 21 × 29,7 cm; margins of 2 cm (1 cm = 567 twips). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
  headerDistance: 567,
  footerDistance: 567,
} as const;

/** What is left between the margins: the width of tables and of full-width images (17 cm). */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Twips to pixels at 96 dpi (what docx's image sizes are in). */
export const twipsToPixels = (twips: number): number => Math.round((twips / 1440) * 96);

/** Style ids, as paragraphs name them. Headings use Word's built-in ids so that its contents field sees them. */
export const STYLE = {
  title: 'Titre',
  subtitle: 'SousTitre',
  body: 'Corps',
  caption: 'Legende',
  source: 'Source',
  tableText: 'TexteTableau',
  tableHeader: 'EnTeteTableau',
  contents: 'Sommaire',
  contentsTitle: 'TitreSommaire',
  frame: 'Cadre',
} as const;

const size = (points: number) => points * 2; // half-points

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: size(10.5), color: PALETTE.ink, language: { value: 'fr-FR' } },
      paragraph: { spacing: { after: 120 } },
    },
    heading1: {
      run: { font: FONT, size: size(18), bold: true, color: PALETTE.accent },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: size(14), bold: true, color: PALETTE.accent },
      paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: size(11.5), bold: true, color: PALETTE.ink },
      paragraph: { spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.title,
      name: 'Titre du document',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: FONT, size: size(28), bold: true, color: PALETTE.accent },
      paragraph: { spacing: { before: 240, after: 240 }, keepNext: true },
    },
    {
      id: STYLE.subtitle,
      name: 'Sous-titre du document',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: FONT, size: size(14), color: PALETTE.muted },
      paragraph: { spacing: { after: 200 } },
    },
    {
      id: STYLE.body,
      name: 'Corps',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: size(10.5) },
      // Some space before too, so that a sentence after a table does not touch it.
      paragraph: { spacing: { before: 80, after: 80 } },
    },
    {
      id: STYLE.caption,
      name: 'Légende',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: FONT, size: size(9.5), italics: true, color: PALETTE.ink },
      paragraph: { spacing: { before: 60, after: 20 }, alignment: AlignmentType.CENTER, keepNext: true },
    },
    {
      id: STYLE.source,
      name: 'Source',
      basedOn: 'Normal',
      next: STYLE.body,
      run: { font: FONT, size: size(8.5), color: PALETTE.muted },
      paragraph: { spacing: { after: 200 }, alignment: AlignmentType.CENTER },
    },
    {
      id: STYLE.tableText,
      name: 'Texte de tableau',
      basedOn: 'Normal',
      run: { font: FONT, size: size(9) },
      paragraph: { spacing: { before: 30, after: 30, line: 240 } },
    },
    {
      id: STYLE.tableHeader,
      name: 'En-tête de tableau',
      basedOn: STYLE.tableText,
      run: { font: FONT, size: size(9), bold: true, color: 'FFFFFF' },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.contents,
      name: 'Ligne de sommaire',
      basedOn: 'Normal',
      run: { font: FONT, size: size(10.5) },
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: STYLE.contentsTitle,
      name: 'Titre du sommaire',
      basedOn: 'Normal',
      next: STYLE.contents,
      run: { font: FONT, size: size(18), bold: true, color: PALETTE.accent },
      paragraph: { spacing: { before: 360, after: 200 } },
    },
    {
      id: STYLE.frame,
      name: 'En-tête et pied de page',
      basedOn: 'Normal',
      run: { font: FONT, size: size(8.5), color: PALETTE.muted },
      paragraph: { spacing: { after: 0 } },
    },
  ],
};
