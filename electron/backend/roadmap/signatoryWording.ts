import {
  epiceneForm,
  feminineForm,
  hasInclusiveMark,
  masculineForm,
} from '../../../shared/roadmap/genderedWording';

/**
 * How a signatory's function is written on the signature page: a mandate written out in full (« Maire de
 * Charroux », « Présidente de la communauté de communes du Civraisien en Poitou »), never an inclusive
 * abbreviation. The body holds no gender: a function typed with one is written without gender where French
 * allows it, else left for the user to choose between its two written-out forms.
 */

/** Where a mandate is held: the commune for a municipal one, the EPCI for a communautaire one. */
export interface MandatePlace {
  communeName: string | null;
  /** The EPCI's name in full (« Communauté de communes du Civraisien en Poitou »); null if unknown. */
  epciName: string | null;
}

/** A function as the prefill writes it: null when the person must choose between `forms`. */
export interface WrittenFunction {
  function: string | null;
  /** The two written-out forms (masculine, feminine) when only an inclusive abbreviation is known; else empty. */
  forms: string[];
}

const EPCI_PREFIXES: Record<string, string> = {
  CC: 'Communauté de communes',
  CA: 'Communauté d’agglomération',
  CU: 'Communauté urbaine',
};

/** « CC du Civraisien en Poitou » → « Communauté de communes du Civraisien en Poitou ». */
export function epciFullName(epciName: string): string {
  const match = /^(CC|CA|CU)\s+(.*)$/.exec(epciName.trim());
  return match ? `${EPCI_PREFIXES[match[1]!]} ${match[2]}` : epciName.trim();
}

const startsWithVowel = (name: string) => /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü]/.test(name);

/** « de Civray », « d’Usson-du-Poitou », « du Vigeant », « des Adjots », « de La Chapelle-Bâton ». */
export function ofPlace(name: string): string {
  if (/^Le\s/.test(name)) return `du ${name.slice(3)}`;
  if (/^Les\s/.test(name)) return `des ${name.slice(4)}`;
  return startsWithVowel(name) ? `d’${name}` : `de ${name}`;
}

/** « de la communauté de communes du Civraisien », « de la Métropole de Lyon », « de Brest Métropole ». */
export function ofEpci(fullName: string): string {
  if (/^Communauté\s/.test(fullName)) return `de la c${fullName.slice(1)}`;
  if (/^Métropole\s/.test(fullName)) return `de la ${fullName}`;
  return ofPlace(fullName);
}

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();

const MUNICIPAL =
  /^(maire|maire delegue(e)?|adjoint(e)? au maire|conseill(er|ere) municipal(e)?|membre du conseil municipal)$/;
const COMMUNAUTAIRE =
  /^(president(e)?|vice-president(e)?|conseill(er|ere) communautaire|membre du conseil communautaire)$/;
/** A title followed by a generic name of the EPCI (« Président de la communauté de communes »). */
const GENERIC_EPCI =
  /^((?:vice-)?president(?:e)?) (de la communaute( de communes| d'agglomeration| urbaine)?|de l'epci|de l'intercommunalite)$/;

/**
 * A mandate without gender marks, written out with where it is held: « Maire » → « Maire de Charroux »,
 * « Vice-présidente » → « Vice-présidente de la communauté de communes … ». Anything longer is kept as typed
 * (« Vice-présidente chargée du numérique »).
 */
export function writtenOutMandate(mandate: string, place: MandatePlace): string {
  const typed = mandate.trim().replace(/\s+/g, ' ');
  const key = plain(typed);
  if (MUNICIPAL.test(key) && place.communeName) return `${typed} ${ofPlace(place.communeName)}`;
  if (COMMUNAUTAIRE.test(key) && place.epciName) return `${typed} ${ofEpci(place.epciName)}`;
  const generic = GENERIC_EPCI.exec(key);
  if (generic && place.epciName) {
    const title = typed.slice(0, generic[1]!.length);
    return `${title} ${ofEpci(place.epciName)}`;
  }
  return typed;
}

/**
 * The function a prefill may print for a mandate or a role: written out, without gender marks. With an
 * inclusive abbreviation and no form without gender, the function is left to choose (null) between the
 * masculine and the feminine written out.
 */
export function writtenFunction(text: string | null, place: MandatePlace | null): WrittenFunction {
  const typed = text?.trim() ?? '';
  if (typed === '') return { function: null, forms: [] };
  const writeOut = (value: string) => (place ? writtenOutMandate(value, place) : value);
  if (!hasInclusiveMark(typed)) return { function: writeOut(typed), forms: [] };
  const epicene = epiceneForm(typed);
  const forms = [writeOut(masculineForm(typed)), writeOut(feminineForm(typed))];
  return { function: epicene === null ? null : writeOut(epicene), forms };
}

/**
 * A mandate as the body's composition names it, without gender marks: the form without gender, else both forms
 * (« Président ou présidente de la communauté de communes »), never « Président·e ».
 */
export function mandateLabel(mandate: string | null): string | null {
  const written = writtenFunction(mandate, null);
  const [masculine, feminine] = written.forms;
  if (written.function !== null || masculine === undefined || feminine === undefined) return written.function;
  // The words both forms share at the end are written once: « Président ou présidente de la communauté ».
  const a = masculine.split(' ');
  const b = feminine.split(' ');
  let shared = 0;
  while (shared < Math.min(a.length, b.length) - 1 && a.at(-1 - shared) === b.at(-1 - shared)) shared++;
  const tail = a.slice(a.length - shared);
  // The second form continues the phrase: its first word in lower case (« Président ou présidente »).
  const second = b.slice(0, b.length - shared).join(' ');
  const continued = /^\p{Lu}\p{Ll}/u.test(second) ? second.charAt(0).toLowerCase() + second.slice(1) : second;
  return [...a.slice(0, a.length - shared), 'ou', continued, ...tail].join(' ');
}
