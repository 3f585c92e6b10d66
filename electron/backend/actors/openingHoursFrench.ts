import { quoted } from '../../../shared/format/french';
import { frenchTokens, HOLIDAYS, type Token } from './openingHoursFrenchWords';

/**
 * Opening hours written in French as people write them — « du lundi au vendredi de 9 h à 12 h et de 14 h à
 * 17 h », « lun., mar. et jeu. 9h-12h/14h-17h, le mercredi matin », « 7j/7 24h/24 », « sur rendez-vous » —
 * turned into OpenStreetMap syntax, the only form Maillage stores. The `opening_hours` library stays the judge
 * of the result (`openingHours.ts`): this module only translates, and says in French what it could not read.
 *
 * How a text is read: it is a sequence of rules, each a set of days with hours (the days first or the hours
 * first). A later rule replaces the hours of the days it names (« du lundi au vendredi 9 h–17 h, le mercredi
 * 9 h–12 h »), except when it names exactly the same days as the rule before, which adds hours (« lundi au
 * vendredi 9 h–12 h sur rendez-vous ; lundi au vendredi 14 h–17 h accès libre »). « matin » and « après-midi »
 * without hours take the morning or afternoon hours of the nearest rule that has some (« sauf le mercredi
 * après-midi »). Nothing is guessed beyond that: a word that is not understood makes the whole text refused.
 */

export type FrenchReading = { ok: true; osm: string } | { ok: false; message: string };

interface Range {
  start: number;
  end: number;
}
interface Rule {
  days: number[];
  ranges: Range[];
  part: 'am' | 'pm' | null;
  note: string | null;
  closed: boolean;
  except: { days: number[]; ranges: Range[]; part: 'am' | 'pm' | null } | null;
  /** The hours came first (« 9h-12h du lundi au vendredi »): further days still belong to this rule. */
  daysAfter: boolean;
}
interface Slot extends Range {
  note: string | null;
}
/** What a day holds: its open slots, or a note alone (« le jeudi sur rendez-vous »). */
interface DayHours {
  slots: Slot[];
  note: string | null;
}

const NOON = 12 * 60;
const DAY = 24 * 60;
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'jours fériés'];

class NotUnderstood extends Error {}
const refuse = (message: string): never => {
  throw new NotUnderstood(message);
};

const newRule = (closed = false): Rule => ({
  days: [],
  ranges: [],
  part: null,
  note: null,
  closed,
  except: null,
  daysAfter: false,
});
const isEmpty = (rule: Rule) =>
  rule.days.length === 0 &&
  rule.ranges.length === 0 &&
  rule.part === null &&
  rule.note === null &&
  !rule.closed;

/** « du samedi au lundi » wraps over the weekend. */
function dayRun(from: number, to: number): number[] {
  if (from === HOLIDAYS || to === HOLIDAYS)
    return refuse('les jours fériés ne forment pas une plage de jours');
  const days = [from];
  for (let day = from; day !== to;) {
    day = (day + 1) % 7;
    days.push(day);
  }
  return days;
}

const isTime = (token: Token | undefined): token is Extract<Token, { kind: 'time' }> =>
  token?.kind === 'time';

/** A range of hours at `at`, and how many tokens it used; null when `at` does not start one. */
function timeRange(tokens: Token[], at: number): { range: Range; used: number } | null {
  let i = at;
  const between = tokens[i]?.kind === 'between';
  if (between) i++;
  const first = tokens[i];
  if (!isTime(first)) return null;
  let j = i + 1;
  const joiner = tokens[j]?.kind;
  if (joiner === 'to' || (between && joiner === 'and')) j++;
  const second = tokens[j];
  if (!isTime(second)) {
    if (first.bare) return null;
    return refuse(`une heure de fin manque après ${quoted(clock(first.minutes))}`);
  }
  if (first.bare && second.bare) return null; // « 1-5 » is not hours
  const start = first.midnight ? 0 : first.minutes;
  let end = second.midnight ? DAY : second.minutes;
  if (end <= start) end += DAY; // past midnight: « de 22 h à 2 h »
  return { range: { start, end }, used: j + 1 - at };
}

function clock(minutes: number): string {
  const m = minutes % DAY;
  const text = `${Math.floor(m / 60)}\u00a0h`;
  return m % 60 === 0 ? text : `${text}\u00a0${String(m % 60).padStart(2, '0')}`;
}

/** The rules of the text, in order. */
function readRules(tokens: Token[]): { rules: Rule[]; globalNote: string | null } {
  const rules: Rule[] = [];
  let rule = newRule();
  let globalNote: string | null = null;
  let inExcept = false;
  const next = (closed = false) => {
    if (!isEmpty(rule)) rules.push(rule);
    rule = newRule(closed);
    inExcept = false;
  };
  const addDays = (days: number[]) => {
    if (inExcept && rule.except) {
      rule.except.days.push(...days);
      return;
    }
    const hasHours = rule.ranges.length > 0 || rule.part !== null || rule.note !== null;
    if (rule.days.length > 0 && hasHours && !rule.daysAfter) next();
    else if (rule.days.length === 0 && rule.ranges.length > 0) rule.daysAfter = true;
    rule.days.push(...days);
  };
  const addRange = (range: Range) => {
    if (inExcept && rule.except) {
      // « du lundi au vendredi sauf mercredi 9h-12h »: the hours are the rule's own when it has none yet.
      if (rule.ranges.length > 0) rule.except.ranges.push(range);
      else {
        rule.ranges.push(range);
        inExcept = false;
      }
      return;
    }
    if (rule.daysAfter || (rule.closed && rule.days.length > 0)) next();
    rule.ranges.push(range);
  };

  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const range = timeRange(tokens, i);
    if (range) {
      addRange(range.range);
      i += range.used;
      continue;
    }
    switch (token.kind) {
      case 'day': {
        const to = tokens[i + 1]?.kind === 'to' ? tokens[i + 2] : undefined;
        if (to?.kind === 'day') {
          addDays(dayRun(token.day, to.day));
          i += 3;
        } else {
          addDays([token.day]);
          i++;
        }
        continue;
      }
      case 'days':
        addDays(token.days);
        break;
      case 'allDay':
        addRange({ start: 0, end: DAY });
        break;
      case 'part':
        if (inExcept && rule.except) rule.except.part = token.part;
        else {
          if (rule.ranges.length > 0 || rule.part !== null) next();
          rule.part = token.part;
        }
        break;
      case 'note':
        if (isEmpty(rule)) globalNote = token.text;
        else rule.note = token.text;
        break;
      case 'closed':
        next(true);
        break;
      case 'except':
        rule.except = { days: [], ranges: [], part: null };
        inExcept = true;
        break;
      case 'time':
        return refuse(`l’heure ${quoted(clock(token.minutes))} n’est pas dans une plage (de … à …)`);
      case 'unknown':
        return refuse(`${quoted(token.word)} n’est pas compris`);
      default:
        break; // « et », « à » and « - » between lists
    }
    i++;
  }
  next();
  return { rules, globalNote };
}

/** The slots of `ranges` that fall in the morning or in the afternoon; a 9 h–17 h day is cut at noon. */
function partOf(ranges: Range[], part: 'am' | 'pm'): Range[] {
  return ranges.flatMap(({ start, end }) => {
    const crosses = start < NOON && end > 14 * 60;
    if (part === 'am') return start < NOON ? [{ start, end: crosses ? NOON : end }] : [];
    if (start >= NOON) return [{ start, end }];
    return crosses ? [{ start: NOON, end }] : [];
  });
}

const withoutPart = (ranges: Range[], part: 'am' | 'pm') => partOf(ranges, part === 'am' ? 'pm' : 'am');

/** Hours a « matin » or « après-midi » without hours refers to: the nearest rule's, before then after. */
function referenceRanges(rules: Rule[], index: number): Range[] {
  for (let i = index - 1; i >= 0; i--) if (rules[i]!.ranges.length > 0) return rules[i]!.ranges;
  for (let i = index + 1; i < rules.length; i++) if (rules[i]!.ranges.length > 0) return rules[i]!.ranges;
  return [];
}

const sameDays = (a: number[], b: number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

type Week = (DayHours | 'closed' | null)[];

/** The week the rules describe (index 7: public holidays), or a note alone (« sur rendez-vous »). */
function applyRules(rules: Rule[], globalNote: string | null): Week | { noteOnly: string } {
  const week: Week = Array.from({ length: 8 }, () => null);
  rules.forEach((rule, index) => {
    const named = rule.days.length > 0;
    let days = named ? [...new Set(rule.days)] : [0, 1, 2, 3, 4, 5, 6];
    if (rule.closed) {
      for (const day of named ? days : [0, 1, 2, 3, 4, 5, 6, HOLIDAYS]) week[day] = 'closed';
      return;
    }
    let ranges = rule.ranges;
    if (rule.part !== null) {
      if (ranges.length === 0) ranges = partOf(referenceRanges(rules, index), rule.part);
      if (ranges.length === 0)
        refuse(
          `${quoted(rule.part === 'am' ? 'matin' : 'après-midi')} sans heures\u00a0: précisez-les (par exemple ${quoted('le mercredi de 9 h à 12 h')})`,
        );
    }
    if (ranges.length === 0 && rule.note === null) {
      if (!named) return;
      refuse(`les heures manquent pour ${quoted(days.map((day) => DAY_NAMES[day]).join(', '))}`);
    }
    let exceptRanges: Range[] | null = null;
    if (rule.except) {
      const { part, ranges: excluded, days: exceptDays } = rule.except;
      if (part === null && excluded.length === 0) days = days.filter((day) => !exceptDays.includes(day));
      else {
        let kept = part !== null ? withoutPart(ranges, part) : ranges;
        kept = kept.flatMap((slot) => subtract(slot, excluded));
        exceptRanges = kept;
        if (exceptDays.length > 0) {
          for (const day of exceptDays) setDay(week, day, kept, rule.note, false);
          days = days.filter((day) => !exceptDays.includes(day));
          exceptRanges = null;
        }
      }
    }
    const adds = index > 0 && sameDays(rules[index - 1]!.days, rule.days) && named;
    for (const day of days) setDay(week, day, exceptRanges ?? ranges, rule.note, adds);
  });
  if (globalNote !== null) {
    let any = false;
    for (const hours of week)
      if (hours && hours !== 'closed') {
        any = true;
        hours.note ??= globalNote;
        for (const slot of hours.slots) slot.note ??= globalNote;
      }
    if (!any && !week.includes('closed')) return { noteOnly: globalNote };
  }
  return week;
}

function subtract(slot: Range, excluded: Range[]): Range[] {
  let pieces = [slot];
  for (const cut of excluded)
    pieces = pieces.flatMap(({ start, end }) => {
      if (cut.end <= start || cut.start >= end) return [{ start, end }];
      return [
        ...(cut.start > start ? [{ start, end: cut.start }] : []),
        ...(cut.end < end ? [{ start: cut.end, end }] : []),
      ];
    });
  return pieces;
}

function setDay(week: Week, day: number, ranges: Range[], note: string | null, adds: boolean) {
  const slots = ranges.map((range) => ({ ...range, note }));
  const current = week[day];
  if (adds && current && current !== 'closed') {
    current.slots.push(...slots);
    current.slots.sort((a, b) => a.start - b.start);
  } else week[day] = { slots, note: ranges.length === 0 ? note : null };
}

const hhmm = (minutes: number) => {
  const m = minutes > DAY ? minutes - DAY : minutes;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const noteText = (note: string | null) => (note === null ? '' : ` "${note}"`);

/** « Mo-We,Fr »: runs of three days or more as a range. */
function osmDays(days: number[]): string {
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${OSM_DAYS[run[0]!]}-${OSM_DAYS[run.at(-1)!]}`] : run.map((day) => OSM_DAYS[day]!),
    )
    .join(',');
}

/** One rule of OpenStreetMap syntax for these days, with « , » between slots carrying different notes. */
function osmRule(selector: string, hours: DayHours): string {
  if (hours.slots.length === 0) return `${selector}${noteText(hours.note)}`.trim();
  const byNote = new Map<string | null, Slot[]>();
  for (const slot of hours.slots) byNote.set(slot.note, [...(byNote.get(slot.note) ?? []), slot]);
  return [...byNote.entries()]
    .map(([note, slots]) =>
      `${selector} ${slots.map((slot) => `${hhmm(slot.start)}-${hhmm(slot.end)}`).join(',')}${noteText(note)}`.trim(),
    )
    .join(', ');
}

function toOsm(read: Week | { noteOnly: string }): string {
  if ('noteOnly' in read) return `"${read.noteOnly}"`;
  const week = read;
  const signature = (hours: DayHours | 'closed' | null) =>
    hours === null || hours === 'closed' ? '' : JSON.stringify(hours);
  const open = week.slice(0, 7);
  const allDay = open.every(
    (hours) =>
      hours &&
      hours !== 'closed' &&
      hours.slots.length === 1 &&
      hours.slots[0]!.start === 0 &&
      hours.slots[0]!.end === DAY &&
      hours.slots[0]!.note === null,
  );
  const rules: string[] = [];
  if (allDay) rules.push('24/7');
  else {
    const groups = new Map<string, number[]>();
    open.forEach((hours, day) => {
      const key = signature(hours);
      if (key !== '') groups.set(key, [...(groups.get(key) ?? []), day]);
    });
    for (const [key, days] of groups) rules.push(osmRule(osmDays(days), JSON.parse(key) as DayHours));
  }
  const holidays = week[HOLIDAYS];
  if (rules.length === 0 && !open.every((hours) => hours === 'closed') && holidays !== 'closed')
    // « fermé le lundi » alone says nothing of the other days: storing « off » would close them all.
    refuse('seuls des jours de fermeture sont écrits\u00a0: indiquez aussi les jours et heures d’ouverture');
  if (holidays === 'closed') rules.push('PH off');
  else if (holidays) rules.push(osmRule('PH', holidays));
  if (rules.length === 0) return 'off';
  return rules.join('; ');
}

/** The OpenStreetMap form of a French text, or why it cannot be read. */
export function frenchToOsm(text: string): FrenchReading {
  try {
    const tokens = frenchTokens(text);
    if (tokens.length === 0) return { ok: false, message: 'aucun jour ni aucune heure n’est écrit' };
    const { rules, globalNote } = readRules(tokens);
    return { ok: true, osm: toOsm(applyRules(rules, globalNote)) };
  } catch (error) {
    if (error instanceof NotUnderstood) return { ok: false, message: error.message };
    throw error;
  }
}
