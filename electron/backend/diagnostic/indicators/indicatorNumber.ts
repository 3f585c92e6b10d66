/**
 * One cell of an indicator file read as a number, the way French statistics files write them:
 * « 12,5 », « 12,5 % », « 1 234,5 » (normal, no-break or narrow no-break spaces), « −3 »; « s » for the
 * statistical secret; « nd », « n.d. », « NA », « - » or an empty cell for a missing value. Anything else is
 * refused with its reason: a value is never turned into zero by default.
 */

export type IndicatorCell =
  | { kind: 'value'; value: number; percent: boolean }
  | { kind: 'secret' }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string };

const SECRET = new Set(['s', 'secret', 'secret statistique', 'c', 'conf']);
const MISSING = new Set([
  '',
  'nd',
  'n.d.',
  'n.d',
  'n/d',
  'na',
  'n.a.',
  'n/a',
  '#n/a',
  'nan',
  'null',
  'nc',
  'n.c.',
  '-',
  '–',
  '—',
  '−',
  '.',
  '..',
  '...',
  '…',
  '?',
]);

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const THOUSANDS_SPACED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;

function shown(raw: string): string {
  const text = raw.trim();
  return `«\u00a0${text.length > 40 ? `${text.slice(0, 40)}…` : text}\u00a0»`;
}

/** Digits with at most one decimal separator and optional thousands groups, once signs and % are off. */
function readMagnitude(body: string): number | null {
  const spaced = body.replace(SPACES, ' ');
  let compact: string;
  if (spaced.includes(' ')) {
    if (!THOUSANDS_SPACED.test(spaced)) return null;
    compact = spaced.replace(/ /g, '');
  } else compact = spaced;
  const exponent = /^(.*?)([eE][+-]?\d{1,3})?$/.exec(compact)!;
  let mantissa = exponent[1]!;
  const commas = (mantissa.match(/,/g) ?? []).length;
  const dots = (mantissa.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // « 1.234,5 » or « 1,234.5 »: the last one is the decimal separator, the other groups thousands.
    const decimal = mantissa.lastIndexOf(',') > mantissa.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = mantissa.split(decimal);
    if (rest.length > 0 || !new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+$`).test(whole!)) return null;
    mantissa = `${whole!.split(group).join('')}.${fraction}`;
  } else if (commas > 1 || dots > 1) {
    const group = commas > 1 ? ',' : '.';
    if (!new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+$`).test(mantissa)) return null;
    mantissa = mantissa.split(group).join('');
  } else mantissa = mantissa.replace(',', '.');
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(mantissa)) return null;
  const value = Number(`${mantissa}${exponent[2] ?? ''}`);
  return Number.isFinite(value) ? value : null;
}

export function parseIndicatorNumber(raw: string): IndicatorCell {
  const text = raw.replace(SPACES, ' ').trim();
  const lower = text.toLowerCase();
  if (MISSING.has(lower)) return { kind: 'missing' };
  if (SECRET.has(lower)) return { kind: 'secret' };
  let body = text;
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^[-−–+]/.test(body)) {
    if (body[0] !== '+') sign = -1;
    body = body.slice(1).trim();
  }
  if (body === '') return { kind: 'invalid', reason: `${shown(raw)} n’est pas un nombre.` };
  if (/[a-df-z]/i.test(body.replace(/[eE][+-]?\d+$/, '')))
    return { kind: 'invalid', reason: `${shown(raw)} n’est pas un nombre (lettres).` };
  const magnitude = readMagnitude(body);
  if (magnitude === null) return { kind: 'invalid', reason: `${shown(raw)} n’est pas un nombre lisible.` };
  const value = sign * magnitude;
  return { kind: 'value', value: Object.is(value, -0) ? 0 : value, percent };
}
