// fflate's « browser » build, as `documents/streamedBody.ts` explains (its Node build clashes with the bundle).
import { unzipSync } from 'fflate/browser';
import { xmlTags } from './xmlTags';

/**
 * The parts of an Excel workbook that hold its cells, found as the Open Packaging Conventions say: the package's
 * relationships name the workbook, the workbook's relationships name each sheet, the shared strings and the
 * styles (types compared by their last segment, so Strict OOXML files are found too). Sheets come in the order
 * of the workbook, with their names.
 */

export interface XlsxSheetPart {
  name: string;
  xml: Uint8Array;
}

export interface XlsxPackage {
  sheets: XlsxSheetPart[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates counted from 1904 (old Mac workbooks), not 1900. */
  epoch1904: boolean;
}

export class NotAWorkbook extends Error {}

const utf8 = new TextDecoder('utf-8');

interface Relationship {
  type: string;
  target: string;
}

/** « rels/…/x.xml » targets are relative to the part's folder, or absolute from the package's root. */
function resolvePath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function relationships(files: Record<string, Uint8Array>, partPath: string): Map<string, Relationship> {
  const bytes = files[relsPathOf(partPath)];
  const found = new Map<string, Relationship>();
  if (!bytes) return found;
  for (const tag of xmlTags(utf8.decode(bytes)))
    if (tag.name === 'Relationship' && tag.attributes.Id && tag.attributes.Target && tag.attributes.Type)
      found.set(tag.attributes.Id, {
        type: tag.attributes.Type.slice(tag.attributes.Type.lastIndexOf('/') + 1),
        target: tag.attributes.TargetMode === 'External' ? '' : resolvePath(partPath, tag.attributes.Target),
      });
  return found;
}

export function openXlsxPackage(bytes: Uint8Array): XlsxPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new NotAWorkbook('archive illisible');
  }
  const root = [...relationships(files, '').values()].find((rel) => rel.type === 'officeDocument');
  const workbookPath = root?.target ?? 'xl/workbook.xml';
  const workbook = files[workbookPath];
  if (!workbook) throw new NotAWorkbook('pas de classeur dans l’archive');
  const rels = relationships(files, workbookPath);
  const partOfType = (type: string) => {
    const rel = [...rels.values()].find((candidate) => candidate.type === type);
    const part = rel ? files[rel.target] : undefined;
    return part ? utf8.decode(part) : null;
  };
  let epoch1904 = false;
  const sheets: XlsxSheetPart[] = [];
  for (const tag of xmlTags(utf8.decode(workbook))) {
    if (tag.closing) continue;
    if (tag.name === 'workbookPr')
      epoch1904 = tag.attributes.date1904 === '1' || tag.attributes.date1904 === 'true';
    if (tag.name === 'sheet' && tag.attributes.name) {
      const rel = tag.attributes.id ? rels.get(tag.attributes.id) : undefined;
      const xml = rel && rel.type === 'worksheet' ? files[rel.target] : undefined;
      if (xml) sheets.push({ name: tag.attributes.name, xml });
    }
  }
  if (sheets.length === 0) throw new NotAWorkbook('aucune feuille de calcul');
  return { sheets, sharedStrings: partOfType('sharedStrings'), styles: partOfType('styles'), epoch1904 };
}
