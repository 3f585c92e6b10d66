import { xmlTags } from './xmlTags';

/**
 * Which cell styles show a number as a date: Excel stores a date as a day count and only its number format says
 * it is one. A style is a date when its format is one of the built-in date formats (14–22, 45–47, and the
 * East Asian and Thai locale ones) or a custom format made only of date and time tokens once its quoted text,
 * colours, conditions and escapes are set aside (« dd/mm/yyyy », « [$-40C]d mmmm yyyy;@ »; not « 0.00 »).
 */

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

const DATE_TOKENS = new Set([
  ...['s', 'ss', 'm', 'mm', 'mmm', 'mmmm', 'mmmmm', 'h', 'hh', 'am', 'pm', 'a', 'p'],
  ...['d', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee'],
]);

function isDateSection(section: string): boolean {
  const tokens = section
    .replace(/"[^"]*"/g, ' ')
    .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
    .replace(/\[([smhd]{1,2})\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .split(/[^a-z0#?%]+/)
    .filter((token) => token !== '');
  return tokens.length > 0 && tokens.every((token) => DATE_TOKENS.has(token));
}

export function isDateFormatCode(code: string): boolean {
  return code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ').split(';').some(isDateSection);
}

/** For each style index of the workbook's `cellXfs`, whether it formats a date. */
export function readDateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const customFormats = new Map<number, string>();
  const isDate = (formatId: number) => {
    const custom = customFormats.get(formatId);
    return (
      BUILT_IN_DATE_FORMATS.has(formatId) ||
      (custom !== undefined && formatId >= 100 && isDateFormatCode(custom))
    );
  };
  // A cell format without its own number format takes its cell style's (`xfId` into `cellStyleXfs`).
  const styleFormats: Array<number | undefined> = [];
  const dateStyles: boolean[] = [];
  let list: 'cellStyleXfs' | 'cellXfs' | null = null;
  for (const tag of xmlTags(xml)) {
    if (tag.name === 'numFmt' && !tag.closing)
      customFormats.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
    else if (tag.name === 'cellStyleXfs' || tag.name === 'cellXfs')
      list = tag.closing || tag.selfClosing ? null : tag.name;
    else if (tag.name === 'xf' && !tag.closing && list !== null) {
      const own = tag.attributes.numFmtId === undefined ? undefined : Number(tag.attributes.numFmtId);
      if (list === 'cellStyleXfs') styleFormats.push(own);
      else dateStyles.push(isDate(own ?? styleFormats[Number(tag.attributes.xfId ?? -1)] ?? 0));
    }
  }
  return dateStyles;
}
