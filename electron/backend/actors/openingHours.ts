import opening_hours, { type opening_hours_warning, type optional_conf } from 'opening_hours';
import type { OpeningHoursReading } from '../../../shared/actors/dto';
import { correctionMessage, parseErrorMessage } from './openingHoursProblems';
import { summariseWeek } from './openingHoursWeek';

/**
 * Opening hours in OpenStreetMap syntax (the « horaires » column of the national standard): whether a value
 * parses strictly, and what it says in plain French. A value that does not parse is still kept as typed by
 * the caller (flagged, never lost); this module only reads it.
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
  | { kind: 'invalid'; message: string }
  | { kind: 'valid'; value: string; oh: opening_hours };

function parse(value: string): Parsed {
  if (value === '') return { kind: 'empty' };
  let oh: opening_hours;
  try {
    oh = new opening_hours(value, FRANCE, OPTIONS);
  } catch (error) {
    return { kind: 'invalid', message: parseErrorMessage(value, error) };
  }
  const guesses: opening_hours_warning[] = oh.getStructuredWarnings().filter((w) => GUESSES.has(w.type));
  if (guesses.length > 0) return { kind: 'invalid', message: correctionMessage(guesses, oh.prettifyValue()) };
  return { kind: 'valid', value, oh };
}

/**
 * Parsing costs about half a millisecond, and the same few values come back again and again (an import
 * of the national data repeats « Mo-Fr 09:00-12:00 » thousands of times): answers are remembered.
 */
const MEMORY = 2000;
function remembered<T>(memory: Map<string, T>, key: string, compute: () => T): T {
  const known = memory.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memory.size >= MEMORY) memory.delete(memory.keys().next().value!);
  memory.set(key, value);
  return value;
}
const readings = new Map<string, OpeningHoursReading>();
const validities = new Map<string, 1 | 0 | null>();

function read(value: string): OpeningHoursReading {
  const parsed = parse(value);
  if (parsed.kind === 'empty') return { status: 'empty' };
  if (parsed.kind === 'invalid') return { status: 'invalid', message: parsed.message };
  return { status: 'valid', lines: summariseWeek(parsed.oh, parsed.value) };
}

/** The value read back for a person: lines of French, or why it cannot be read. */
export function readOpeningHours(raw: string | null | undefined): OpeningHoursReading {
  const value = (raw ?? '').trim();
  return structuredClone(remembered(readings, value, () => read(value)));
}

/** What `place.opening_hours_valid` stores: 1 valid, 0 kept but flagged, null when there is no value. */
export function openingHoursValidity(raw: string | null | undefined): 1 | 0 | null {
  const value = (raw ?? '').trim();
  return remembered(validities, value, () => {
    const parsed = parse(value);
    if (parsed.kind === 'empty') return null;
    return parsed.kind === 'valid' ? 1 : 0;
  });
}
