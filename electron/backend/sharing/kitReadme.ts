import type { KitEntryDto } from '../../../shared/sharing/sharingDto';

/**
 * The kit's « Lisez-moi.txt »: what the kit is, its date, each file and what it is, then what it could not hold
 * and why. UTF-8 with a BOM and CRLF line ends, so that the Notepad of any Windows opens it with its accents.
 */

export interface ReadmeText {
  territoryName: string;
  /** « 5 décembre 2026 » */
  date: string;
  author: string | null;
  entries: KitEntryDto[];
  missing: string[];
}

export const README_NAME = 'Lisez-moi.txt';

export function readmeText(text: ReadmeText): string {
  const lines = [
    `Kit de partage – ${text.territoryName}`,
    `Établi le ${text.date}${text.author ? ` par ${text.author}` : ''}, avec Maillage.`,
    '',
    'Ce dossier rassemble les derniers documents de la coordination de l’inclusion numérique du territoire,',
    'pour que chaque membre du réseau dispose des mêmes informations.',
    '',
    'Contenu\u00a0:',
    ...text.entries.map((entry) => `– ${entry.path}\r\n    ${entry.what}`),
  ];
  if (text.missing.length > 0)
    lines.push('', 'Ne figurent pas dans ce kit\u00a0:', ...text.missing.map((sentence) => `– ${sentence}`));
  lines.push(
    '',
    'Les fichiers Word (.docx) s’ouvrent avec Word ou LibreOffice. Les calendriers (.ics) s’importent dans',
    'Outlook, Thunderbird ou un agenda en ligne\u00a0: importés à nouveau, ils mettent les réunions à jour sans les',
    'dupliquer. Le fichier .csv suit le standard national des lieux de médiation numérique\u00a0: il s’ouvre avec un',
    'tableur et s’importe dans les outils qui suivent ce standard.',
    '',
  );
  return `\ufeff${lines.join('\r\n').replace(/ : /g, '\u00a0: ')}`;
}
