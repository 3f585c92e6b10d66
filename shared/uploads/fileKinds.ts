import { quoted } from '../format/french';
import { CONTOURS_MAX_BYTES, CONTOURS_TOO_LARGE_MESSAGE } from '../map/schemas';
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_LABEL } from './uploadLimits';

/**
 * The files a user brings in from the computer, by what they are for: what each screen accepts, what the
 * desktop's « Ouvrir » dialog offers, and the French reason a file is refused. The same checks run in the
 * window (a file picked in the browser mode, or dropped) and in the engine (a file chosen in the desktop's
 * dialog, read from the disk).
 */
export type FileKind = 'import' | 'activite' | 'indicateurs' | 'contours';

interface FileKindRule {
  /** Extensions accepted, lower case, without the dot. */
  extensions: readonly string[];
  /** The browser's file input's `accept`. */
  accept: string;
  /** The largest file taken (64 MB unless said). */
  maxBytes?: number;
  /** The « Ouvrir » dialog's title and the name of its filter. */
  dialogTitle: string;
  filterName: string;
  wrongType(name: string): string;
  tooLarge(name: string): string;
}

export const FILE_KINDS: Readonly<Record<FileKind, FileKindRule>> = {
  import: {
    extensions: ['csv', 'json', 'txt'],
    accept: '.csv,.json,.txt,text/csv,application/json',
    dialogTitle: 'Choisir le fichier de lieux à importer',
    filterName: 'Lieux (CSV, JSON)',
    wrongType: (name) =>
      `${quoted(name)} n’est ni un fichier CSV ni un fichier JSON\u00a0: choisissez un fichier .csv ou .json.`,
    tooLarge: (name) =>
      `Le fichier ${quoted(name)} dépasse ${UPLOAD_MAX_LABEL}\u00a0: découpez-le avant de l’importer.`,
  },
  activite: {
    extensions: ['xlsx', 'csv', 'txt'],
    accept: '.xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dialogTitle: 'Choisir l’export d’activité à importer',
    filterName: 'Activité (Excel, CSV)',
    wrongType: (name) =>
      `${quoted(name)} n’est ni un classeur Excel (.xlsx) ni un fichier CSV\u00a0: enregistrez l’export dans l’un de ces formats.`,
    tooLarge: (name) =>
      `Le fichier ${quoted(name)} dépasse ${UPLOAD_MAX_LABEL}\u00a0: exportez une période plus courte.`,
  },
  indicateurs: {
    extensions: ['csv', 'txt'],
    accept: '.csv,.txt,text/csv',
    dialogTitle: 'Choisir le fichier d’indicateurs à importer',
    filterName: 'Indicateurs (CSV)',
    wrongType: (name) =>
      `${quoted(name)} n’est pas un fichier CSV\u00a0: enregistrez le tableau au format CSV avant de l’importer.`,
    tooLarge: (name) =>
      `Le fichier ${quoted(name)} dépasse ${UPLOAD_MAX_LABEL}\u00a0: gardez les communes de votre département.`,
  },
  contours: {
    extensions: ['geojson', 'json'],
    accept: '.geojson,.json,application/geo+json,application/json',
    maxBytes: CONTOURS_MAX_BYTES,
    dialogTitle: 'Choisir le fichier des contours des communes',
    filterName: 'Contours des communes (GeoJSON)',
    wrongType: (name) =>
      `${quoted(name)} n’est pas un fichier GeoJSON\u00a0: choisissez les contours des communes au format .geojson ou .json.`,
    tooLarge: () => CONTOURS_TOO_LARGE_MESSAGE,
  },
};

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && Object.hasOwn(FILE_KINDS, value);
}

/** Why this file cannot be taken for `kind`, in French; null when it can. */
export function refusalOfFile(kind: FileKind, name: string, size: number): string | null {
  const rule = FILE_KINDS[kind];
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === undefined || !rule.extensions.includes(extension)) return rule.wrongType(name);
  if (size === 0) return `Le fichier ${quoted(name)} est vide.`;
  if (size > (rule.maxBytes ?? UPLOAD_MAX_BYTES)) return rule.tooLarge(name);
  return null;
}

/** The message when a file could not be read, wherever it was read. */
export function unreadableFile(name: string): string {
  return `Le fichier ${quoted(name)} n’a pas pu être lu\u00a0: réessayez avec une copie enregistrée sur l’ordinateur.`;
}
