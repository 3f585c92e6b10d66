/**
 * The words of opening hours as people write them in French (« du lundi au vendredi de 9 h à 12 h »), cut into
 * tokens for `openingHoursFrench.ts`. Accents and case do not matter; the multi-word expressions (« jours fériés »,
 * « sur rendez-vous », « 24 h/24 », « 7j/7 ») become one token each before the rest is cut.
 */

export type Token =
  | { kind: 'day'; day: number; word: string }
  | { kind: 'days'; days: number[] }
  /** Minutes from midnight; `bare` when written without « h » or « : » (« de 9 à 12 h »). */
  | { kind: 'time'; minutes: number; bare: boolean; midnight: boolean }
  | { kind: 'allDay' }
  | { kind: 'part'; part: 'am' | 'pm' }
  | { kind: 'note'; text: string }
  | { kind: 'closed' }
  | { kind: 'except' }
  | { kind: 'between' }
  /** « au », « à », « - », « jusqu’à »: joins the two ends of a range of days or of hours. */
  | { kind: 'to' }
  | { kind: 'and' }
  | { kind: 'unknown'; word: string };

/** Index 7 stands for public holidays (« jours fériés », OpenStreetMap's PH). */
export const HOLIDAYS = 7;

const DAY_WORDS: Record<string, number> = {};
(
  [
    ['lundi', 'lun', 'lu'],
    ['mardi', 'mar', 'ma'],
    ['mercredi', 'mer', 'me'],
    ['jeudi', 'jeu', 'je'],
    ['vendredi', 'ven', 've'],
    ['samedi', 'sam', 'sa'],
    ['dimanche', 'dim', 'di'],
  ] as const
).forEach((words, day) => {
  for (const word of words) DAY_WORDS[word] = day;
  DAY_WORDS[`${words[0]}s`] = day; // « les lundis »
});

/** Words that carry no meaning of their own here (articles, « ouvert », « horaires »…). */
const FILLERS = new Set(
  (
    'le les la l de du des d et au aux ouvert ouverte ouverts ouvertes ouverture horaires horaire accueil ' +
    'tous toutes chaque permanence permanences puis ainsi que uniquement seulement public publics ' +
    'h heures par semaine'
  ).split(' '),
);

/** Multi-word expressions, matched on the accent-free lower-case text, each replaced by a placeholder word. */
const EXPRESSIONS: readonly [RegExp, string][] = [
  [/\b(?:24\s*h?\s*(?:\/|sur)\s*24|h\s*24)\b/g, ' qqallday '],
  [
    /\b7\s*j(?:ours)?\s*(?:\/|sur)\s*7\b|\b7\s*\/\s*7\b|\btous les jours\b|\btoute la semaine\b/g,
    ' qqalldays ',
  ],
  [/\b(?:le |les )?week[- ]?ends?\b/g, ' qqweekend '],
  [/\ben semaine\b/g, ' qqweekdays '],
  [/\b(?:les )?jours? feries?\b|\bferies?\b/g, ' qqholidays '],
  [/\bapres[- ]?midis?\b/g, ' qqpm '],
  [/\bmatin(?:ee|s)?\b/g, ' qqam '],
  [/\b(?:uniquement )?sur (?:rendez[- ]?vous|rdv)\b/g, ' qqbyappointment '],
  [/\bsans (?:rendez[- ]?vous|rdv)\b/g, ' qqwithoutappointment '],
  [/\bsur demande\b/g, ' qqondemand '],
  [/\bsur inscription\b/g, ' qqregistration '],
  [/\bacces libre\b/g, ' qqfreeaccess '],
  [/\bjusqu ?'? ?a\b/g, ' - '],
  [/\b(\d{1,2})\s*heures?\b/g, ' $1h '],
];

const PLACEHOLDERS: Record<string, Token> = {
  qqallday: { kind: 'allDay' },
  qqalldays: { kind: 'days', days: [0, 1, 2, 3, 4, 5, 6] },
  qqweekend: { kind: 'days', days: [5, 6] },
  qqweekdays: { kind: 'days', days: [0, 1, 2, 3, 4] },
  qqholidays: { kind: 'days', days: [HOLIDAYS] },
  qqpm: { kind: 'part', part: 'pm' },
  qqam: { kind: 'part', part: 'am' },
  qqbyappointment: { kind: 'note', text: 'sur rendez-vous' },
  qqwithoutappointment: { kind: 'note', text: 'sans rendez-vous' },
  qqondemand: { kind: 'note', text: 'sur demande' },
  qqregistration: { kind: 'note', text: 'sur inscription' },
  qqfreeaccess: { kind: 'note', text: 'accès libre' },
};

const WORDS: Record<string, Token> = {
  ferme: { kind: 'closed' },
  fermee: { kind: 'closed' },
  fermes: { kind: 'closed' },
  fermees: { kind: 'closed' },
  fermeture: { kind: 'closed' },
  sauf: { kind: 'except' },
  excepte: { kind: 'except' },
  hors: { kind: 'except' },
  entre: { kind: 'between' },
  a: { kind: 'to' },
  au: { kind: 'to' },
  et: { kind: 'and' },
  midi: { kind: 'time', minutes: 12 * 60, bare: false, midnight: false },
  minuit: { kind: 'time', minutes: 0, bare: false, midnight: true },
};

/** Lower case, no accents, plain spaces, straight apostrophes and hyphens. */
export function plainFrench(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\t\r\n]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/[–—‒−]/g, '-');
}

// A time: « 9h », « 9 h 30 », « 9h00 » (minutes: two digits that do not start the next time), or « 09:30 ».
const TIME = /^(\d{1,2})\s*h\s*(?:(\d{2})(?!\d|\s*h|:\d))?|^(\d{1,2}):(\d{2})(?!\d)/;
const NUMBER = /^(\d{1,2})(?!\d)/;
const WORD = /^[a-z]+/;

/** The tokens of a French opening-hours text, in order. */
export function frenchTokens(text: string): Token[] {
  let rest = plainFrench(text);
  for (const [pattern, replacement] of EXPRESSIONS) rest = rest.replace(pattern, replacement);
  const tokens: Token[] = [];
  while (rest.length > 0) {
    const time = TIME.exec(rest);
    if (time) {
      const hours = Number(time[1] ?? time[3]);
      const minutes = Number(time[2] ?? time[4] ?? '0');
      const possible = hours < 24 || (hours === 24 && minutes === 0);
      tokens.push(
        possible && minutes < 60
          ? { kind: 'time', minutes: hours * 60 + minutes, bare: false, midnight: false }
          : { kind: 'unknown', word: time[0].trim() },
      );
      rest = rest.slice(time[0].length);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      const hours = Number(number[1]);
      tokens.push(
        hours <= 24
          ? { kind: 'time', minutes: hours * 60, bare: true, midnight: false }
          : { kind: 'unknown', word: number[0] },
      );
      rest = rest.slice(number[0].length);
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      const text = word[0];
      rest = rest.slice(text.length);
      const placeholder = PLACEHOLDERS[text];
      if (placeholder) tokens.push(placeholder);
      else if (text in DAY_WORDS) {
        tokens.push({ kind: 'day', day: DAY_WORDS[text]!, word: text });
        if (rest.startsWith('.')) rest = rest.slice(1); // « lun. »
      } else if (WORDS[text]) tokens.push(WORDS[text]);
      else if (!FILLERS.has(text)) tokens.push({ kind: 'unknown', word: text });
      continue;
    }
    const char = rest[0]!;
    rest = rest.slice(1);
    if (char === '-') tokens.push({ kind: 'to' });
    else if (char === '&' || char === '+') tokens.push({ kind: 'and' });
    // Spaces, apostrophes and the punctuation people put between lists or rules carry no meaning here.
    else if (!/[\s',;.:/|()!"«»]/.test(char)) tokens.push({ kind: 'unknown', word: char });
  }
  return tokens;
}
