import { describe, expect, it } from 'vitest';
import { openingHoursValidity, readOpeningHours } from '../../electron/backend/actors/openingHours';

/** French typography: no-break spaces inside « 9 h », before « : » and before « – ». */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const linesOf = (value: string) => {
  const reading = readOpeningHours(value);
  if (reading.status !== 'valid') throw new Error(`attendu valide : ${JSON.stringify(reading)}`);
  return reading.lines;
};
const problemOf = (value: string) => {
  const reading = readOpeningHours(value);
  if (reading.status !== 'invalid') throw new Error(`attendu invalide : ${JSON.stringify(reading)}`);
  return reading.message;
};

describe('opening hours read back in French', () => {
  it('reads the standard’s example, grouping the days that share hours', () => {
    expect(linesOf('Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00')).toEqual([
      nb('Du lundi au vendredi~: 9~h~– 12~h et 14~h~– 18~h~30'),
      nb('Samedi~: 8~h~30~– 12~h'),
    ]);
  });

  it('says 24/7 in words', () => {
    expect(linesOf('24/7')).toEqual([nb('Tous les jours, 24~h sur 24')]);
  });

  it('says when a place is closed on public holidays', () => {
    expect(linesOf('PH off')).toEqual(['Fermé les jours fériés']);
    expect(linesOf('Mo-Fr 08:30-12:30; PH off')).toEqual([
      nb('Du lundi au vendredi~: 8~h~30~– 12~h~30'),
      'Fermé les jours fériés',
    ]);
    expect(linesOf('Mo-Fr 09:00-12:00; PH 10:00-11:00')).toContain(nb('Jours fériés~: 10~h~– 11~h'));
  });

  it('lists days that are not consecutive, and every day of the week', () => {
    expect(linesOf('We,Fr 08:00-16:00')).toEqual([nb('Mercredi et vendredi~: 8~h~– 16~h')]);
    expect(linesOf('Mo-We,Fr 10:00-12:00')).toEqual([nb('Du lundi au mercredi et vendredi~: 10~h~– 12~h')]);
    expect(linesOf('Mo-Su 10:00-18:00')).toEqual([nb('Tous les jours~: 10~h~– 18~h')]);
  });

  it('applies later rules over earlier ones, as the syntax says', () => {
    expect(linesOf('Mo-Sa 09:00-12:00; We off')).toEqual([
      nb('Lundi, mardi et du jeudi au samedi~: 9~h~– 12~h'),
    ]);
  });

  it('keeps comments, with the hours they belong to or on their own line', () => {
    expect(linesOf('Mo-Fr 09:00-12:00 "sur rendez-vous"; Sa 10:00-12:00')).toEqual([
      nb('Du lundi au vendredi~: 9~h~– 12~h (sur rendez-vous)'),
      nb('Samedi~: 10~h~– 12~h'),
    ]);
    expect(linesOf('"sur rendez-vous"')).toEqual(['Sur rendez-vous']);
    expect(linesOf('Mo-Fr 08:00-12:00; Tu off "fermé le mardi"')).toContain('Fermé le mardi');
    expect(linesOf('Mo-Fr 09:00-12:00 || "sur rendez-vous"')).toEqual([
      nb('Du lundi au vendredi~: 9~h~– 12~h'),
      nb('En dehors de ces horaires~: sur rendez-vous'),
    ]);
  });

  it('reads hours past midnight and opening times without a closing time', () => {
    expect(linesOf('Fr-Sa 20:00-02:00')).toEqual([nb('Vendredi et samedi~: 20~h~– 2~h')]);
    expect(linesOf('Mo-Fr 09:00+')).toEqual([nb('Du lundi au vendredi~: à partir de 9~h')]);
  });

  it('does not pretend to summarise hours that depend on dates or weeks', () => {
    expect(linesOf('week 1-53/2 Mo 10:00-12:00')).toEqual([
      nb('Horaires particuliers~: week 1-53/2 Mo 10:00-12:00'),
    ]);
    expect(linesOf('Mo-Fr 09:00-12:00; Aug off')[0]).toMatch(/^Horaires particuliers/);
    expect(linesOf('Mo-Fr 09:00-12:00; SH off')[0]).toMatch(/^Horaires particuliers/);
  });

  it('answers « empty » for nothing typed', () => {
    expect(readOpeningHours('')).toEqual({ status: 'empty' });
    expect(readOpeningHours('   ')).toEqual({ status: 'empty' });
    expect(readOpeningHours(null)).toEqual({ status: 'empty' });
    expect(openingHoursValidity(null)).toBeNull();
  });
});

describe('opening hours that cannot be read', () => {
  it('refuses French it cannot understand, in French, pointing at the problem', () => {
    const message = problemOf('lundi matin');
    expect(message).toMatch(/^Horaires non compris/);
    expect(message).toContain('«\u00a0matin\u00a0» sans heures');
    expect(message).toContain('Mo-Fr 09:00-12:00');
  });

  it('refuses a missing hour', () => {
    const message = problemOf(':undefined-17:00');
    expect(message).toMatch(/^Horaires illisibles/);
    expect(message).toMatch(/Une heure manque/);
  });

  it('refuses hours that do not exist', () => {
    expect(problemOf('Mo-Fr 25:00-26:00')).toMatch(/heure impossible dans «\u00a025:00-26:00\u00a0»/);
    expect(problemOf('Mo-Fr 09:00-12:60')).toMatch(/heure impossible/);
  });

  it('never answers in English', () => {
    for (const value of [
      'lundi matin',
      ':undefined-17:00',
      'Mo-Fr 25:00-26:00',
      'Mo-Fr 09:00-12:60',
      'du lundi au vendredi',
    ]) {
      expect(problemOf(value)).not.toMatch(/\b(the|token|please|minutes are|is|use)\b/i);
    }
  });

  it('flags values the library only reads by guessing, and proposes the corrected form', () => {
    expect(problemOf('Sun 10:00-12:00')).toBe(
      nb('Horaires à corriger~: «~sun~» s’écrit «~Su~». Forme corrigée proposée~: Su 10:00-12:00'),
    );
    expect(problemOf('Mo-Fr 9-12')).toMatch(/Forme corrigée proposée\u00a0: Mo-Fr 09:00-12:00$/);
    expect(problemOf('Mo-Fr 09:00-12:00; Sun 10:00-12:00')).toMatch(
      /«\u00a0sun\u00a0» s’écrit «\u00a0Su\u00a0»/,
    );
  });

  it('tells storage to keep such values flagged, and valid ones as valid', () => {
    expect(openingHoursValidity('lundi matin')).toBe(0);
    expect(openingHoursValidity('Sun 10:00-12:00')).toBe(0);
    expect(openingHoursValidity('Mo-Fr 09:00-12:00')).toBe(1);
  });
});
