import opening_hours, { type opening_hours_warning, type optional_conf } from 'opening_hours';
import { correctionMessage, frenchNotUnderstoodMessage, parseErrorMessage } from './openingHoursProblems';
import { frenchToOsm } from './openingHoursFrench';
import { frenchTokens } from './openingHoursFrenchWords';
import { summariseWeek } from './openingHoursWeek';
import { ownCopy } from '../interop/text/ownCopy';

/**
 * Opening hours in OpenStreetMap syntax (the « horaires » column of the national standard): whether a value
 * parses strictly, and what it says in plain French. Hours typed in French (« du lundi au vendredi de 9 h à
 * 12 h ») are understood too (`openingHoursFrench.ts`) and stored in OpenStreetMap syntax (`openingHoursToStore`).
 * A value that does not parse is still kept as typed by the caller (flagged, never lost); this module only reads it.
 */

/** France, outside Alsace-Moselle and overseas: the public holidays the library applies to « PH ». */
const FRANCE = { lat: 47.9, lon: 1.9, address: { country_code: 'fr', state: 'Centre-Val de Loire' } };

const OPTIONS: optional_conf = {
  mode: 0 as optional_conf['mode'], // time ranges only (not points in time)
  tag_key: undefined,
  map_value: undefined,
  warnings_severity: undefined,
  locale: 'fr',
};

/**
 * Warnings that mean the library had to guess (« Sun » for « Su », « 9-12 » for « 09:00-12:00 »): the national
 * map rejects such values, so they count as invalid even though they can be read. Other warnings are advice.
 */
const GUESSES = new Set<string>([
  'word_error_correction',
  'without_minutes',
  'hour_min_separator',
  'no_colon_after',
  'omit_ko',
  'please_use_ok_for_ko',
  'rant_degree_sign_used_for_zero',
  'value_ends_with_token',
  'ambiguous_single_digit_hour',
  'adding_0',
  'switched',
  'interpreted_as_year',
]);

type Parsed =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string; proposal: string | null }
  | { kind: 'valid'; value: string; oh: opening_hours };

function parse(value: string): Parsed {
  if (value === '') return { kind: 'empty' };
  let oh: opening_hours;
  try {
    oh = new opening_hours(value, FRANCE, OPTIONS);
  } catch (error) {
    return { kind: 'invalid', message: parseErrorMessage(value, error), proposal: null };
  }
  const guesses: opening_hours_warning[] = oh.getStructuredWarnings().filter((w) => GUESSES.has(w.type));
  if (guesses.length > 0) {
    const proposal = oh.prettifyValue();
    return { kind: 'invalid', message: correctionMessage(guesses, proposal), proposal };
  }
  return { kind: 'valid', value, oh };
}

/** Whether the text speaks of days or hours the French way, so that a French explanation fits it best. */
function looksFrench(value: string): boolean {
  return (
    /\d\s*h/i.test(value) ||
    frenchTokens(value).some((token) => token.kind === 'day' || token.kind === 'days')
  );
}

/**
 * The value read as OpenStreetMap syntax, else as French: `stored` is the OpenStreetMap form that French was
 * turned into (null when the value already is OpenStreetMap syntax, or was not understood).
 */
function understand(value: string): { parsed: Parsed; stored: string | null } {
  const parsed = parse(value);
  if (parsed.kind !== 'invalid') return { parsed, stored: null };
  const french = frenchToOsm(value);
  if (french.ok) {
    const osm = parse(french.osm);
    if (osm.kind === 'valid') return { parsed: osm, stored: french.osm };
  }
  if (!french.ok && looksFrench(value))
    return {
      parsed: { kind: 'invalid', message: frenchNotUnderstoodMessage(french.message), proposal: null },
      stored: null,
    };
  const proposal =
    parsed.proposal !== null && parse(parsed.proposal).kind === 'valid' ? parsed.proposal : null;
  return { parsed: { ...parsed, proposal }, stored: null };
}

/**
 * Parsing costs about half a millisecond, and the same few values come back again and again (an import
 * of the national data repeats « Mo-Fr 09:00-12:00 » thousands of times): answers are remembered.
 */
const MEMORY = 2000;
function remembered<T>(memory: Map<string, T>, key: string, compute: (key: string) => T): T {
  const known = memory.get(key);
  if (known !== undefined) return known;
  // The key and what is computed from it are kept: from a copy, not from a view on a file's text.
  const own = ownCopy(key);
  const value = compute(own);
  if (memory.size >= MEMORY) memory.delete(memory.keys().next().value!);
  memory.set(own, value);
  return value;
}
/**
 * A reading with what the form needs besides the lines: the OpenStreetMap value French hours will be stored as
 * (`stored`), and a corrected value the user can accept in one click (`proposal`). Both are optional fields
 * that `shared/actors/dto.ts` is asked to declare; a plain `OpeningHoursReading` is a valid one.
 */
export type FullOpeningHoursReading =
  | { status: 'empty' }
  | { status: 'valid'; lines: string[]; stored?: string }
  | { status: 'invalid'; message: string; proposal?: string };

const readings = new Map<string, FullOpeningHoursReading>();
const validities = new Map<string, 1 | 0 | null>();
const storedForms = new Map<string, string>();

function read(value: string): FullOpeningHoursReading {
  const { parsed, stored } = understand(value);
  if (parsed.kind === 'empty') return { status: 'empty' };
  if (parsed.kind === 'invalid')
    return parsed.proposal === null
      ? { status: 'invalid', message: parsed.message }
      : { status: 'invalid', message: parsed.message, proposal: parsed.proposal };
  const lines = summariseWeek(parsed.oh, parsed.value);
  return stored === null ? { status: 'valid', lines } : { status: 'valid', lines, stored };
}

/** The value read back for a person: lines of French, or why it cannot be read. */
export function readOpeningHours(raw: string | null | undefined): FullOpeningHoursReading {
  const value = (raw ?? '').trim();
  return structuredClone(remembered(readings, value, read));
}

/**
 * What the place should store for a typed value: French hours that are understood become their OpenStreetMap
 * form; anything else is kept as typed (an invalid value is flagged by `openingHoursValidity`, never lost).
 */
export function openingHoursToStore(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return raw === undefined || raw === null ? null : raw;
  return remembered(storedForms, value, (own) => understand(own).stored ?? own);
}

/** What `place.opening_hours_valid` stores: 1 valid, 0 kept but flagged, null when there is no value. */
export function openingHoursValidity(raw: string | null | undefined): 1 | 0 | null {
  const value = (raw ?? '').trim();
  return remembered(validities, value, (own) => {
    const parsed = parse(own);
    if (parsed.kind === 'empty') return null;
    return parsed.kind === 'valid' ? 1 : 0;
  });
}
