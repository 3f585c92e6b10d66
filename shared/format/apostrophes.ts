/**
 * « Ce lieu n’accueille pas de public »: a straight apostrophe between letters made typographic, for showing
 * a value whose stored form keeps the straight one (the national standard's vocabularies, which the export
 * must write exactly as they are).
 */
export const withTypographicApostrophes = (text: string): string =>
  text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
