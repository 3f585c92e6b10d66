import { z } from 'zod';
import { cleanControlCharacters, type TextShape } from '../text/controlCharacters';

/**
 * Every text input starts here: control characters out (see `controlCharacters.ts`), then trimmed. `shape`:
 * 'multiline' keeps line breaks and tabs (notes, descriptions typed in a text area), 'line' turns them into
 * spaces (names, addresses, titles).
 */
export const cleanText = (shape: TextShape) => withoutControls(shape).trim();

/** The same without trimming, for a text kept exactly as typed (the diagnostic's commentary). */
export const withoutControls = (shape: TextShape) =>
  z.string().overwrite((value) => cleanControlCharacters(value, shape));

/**
 * Free text that may be left empty: trimmed, and an empty string becomes null. Multi-line unless told: a line
 * break or a tab is valid everywhere the text goes (XML, CSV), and a field typed in a text area must keep them.
 */
export const optionalText = (max: number, what: string, shape: TextShape = 'multiline') =>
  cleanText(shape)
    .max(max, `${what}\u00a0: ${max} caractères au plus.`)
    .nullable()
    .default(null)
    .transform((value) => (value === '' || value === null ? null : value));

/** A name or a title: one line. A reason typed in a text area passes 'multiline'. */
export const requiredText = (max: number, what: string, shape: TextShape = 'line') =>
  z
    .string({ error: `${what} est obligatoire.` })
    .overwrite((value) => cleanControlCharacters(value, shape))
    .trim()
    .min(1, `${what} est obligatoire.`)
    .max(max, `${what}\u00a0: ${max} caractères au plus.`);

/** A calendar date as ISO text (YYYY-MM-DD), or null. */
export const optionalIsoDate = (what: string) =>
  z
    .string()
    .trim()
    .nullable()
    .default(null)
    .transform((value) => (value === '' || value === null ? null : value))
    .refine(
      (value) => value === null || isIsoDate(value),
      `${what}\u00a0: date invalide (attendu AAAA-MM-JJ).`,
    );

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A list of values from a closed vocabulary, without repeats. */
export const vocabularyList = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(
      z.enum(values, {
        error: (issue) => `${what}\u00a0: valeur inconnue «\u00a0${String(issue.input)}\u00a0».`,
      }),
    )
    .default([])
    .transform((list) => [...new Set(list)]);

export const optionalEmail = (what: string) =>
  optionalText(254, what).refine(
    (value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    `${what}\u00a0: adresse courriel invalide (exemple\u00a0: nom@domaine.fr).`,
  );

export const optionalPhone = (what: string) =>
  optionalText(40, what).refine(
    (value) => value === null || /^\+?[\d\s.()-]{6,}$/.test(value),
    `${what}\u00a0: numéro invalide (chiffres, espaces, points ou +33 seulement).`,
  );

export const optionalUrl = (what: string) =>
  optionalText(500, what).refine(
    (value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value),
    `${what}\u00a0: adresse web invalide (elle commence par https://).`,
  );

export const optionalPostcode = optionalText(5, 'Le code postal').refine(
  (value) => value === null || /^\d{5}$/.test(value),
  'Le code postal compte 5 chiffres.',
);

export const optionalCommuneCode = optionalText(5, 'La commune').refine(
  (value) => value === null || /^(\d{5}|2[AB]\d{3})$/.test(value),
  'Code commune invalide.',
);

export const optionalLatitude = z
  .number({ error: 'La latitude est un nombre.' })
  .min(-90, 'La latitude est comprise entre -90 et 90.')
  .max(90, 'La latitude est comprise entre -90 et 90.')
  .nullable()
  .default(null);

export const optionalLongitude = z
  .number({ error: 'La longitude est un nombre.' })
  .min(-180, 'La longitude est comprise entre -180 et 180.')
  .max(180, 'La longitude est comprise entre -180 et 180.')
  .nullable()
  .default(null);

export const id = z.number({ error: 'Identifiant manquant.' }).int().positive();
