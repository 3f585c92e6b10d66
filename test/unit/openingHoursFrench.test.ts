import fc from 'fast-check';
import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { frenchToOsm } from '../../electron/backend/actors/openingHoursFrench';
import { openingHoursToStore, readOpeningHours } from '../../electron/backend/actors/openingHours';
import { summariseWeek } from '../../electron/backend/actors/openingHoursWeek';

const FRANCE = { lat: 47.9, lon: 1.9, address: { country_code: 'fr', state: 'Centre-Val de Loire' } };

/** The open intervals of a value over two ordinary weeks, as comparable text: what the hours mean. */
function meaning(osm: string): string {
  const oh = new opening_hours(osm, FRANCE, { mode: 0, locale: 'fr' } as never);
  return oh
    .getOpenIntervals(new Date(2026, 3, 13), new Date(2026, 3, 27))
    .map(
      ([from, to, unknown, comment]) =>
        `${from.toISOString()}/${to.toISOString()}/${unknown}/${comment ?? ''}`,
    )
    .join('\n');
}

const osmOf = (french: string) => {
  const reading = frenchToOsm(french);
  if (!reading.ok) throw new Error(`${french} : ${reading.message}`);
  return reading.osm;
};

describe('opening hours typed in French', () => {
  // Phrasings from real files (the PACA producer's « horaires_ouverture_brut » and « horaires_grand_public »
  // columns in /work/shared/fixtures, accents restored), and the ones a technician types in the form.
  it.each([
    ['du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h', 'Mo-Fr 09:00-12:00,14:00-17:00'],
    ['Lundi au vendredi 9h-12h/14h-18h', 'Mo-Fr 09:00-12:00,14:00-18:00'],
    ['Lundi 14h-17h; mardi au vendredi 9h-12h/14h-17h', 'Mo 14:00-17:00; Tu-Fr 09:00-12:00,14:00-17:00'],
    ['Lundi, mardi, mercredi : 14h-17h', 'Mo-We 14:00-17:00'],
    ['Mardi 12h-14h mercredi 12h-18h jeudi 18h-21h', 'Tu 12:00-14:00; We 12:00-18:00; Th 18:00-21:00'],
    [
      'lundi 13h30 -17h30 mardi 8h -12h et 13h30- 17h30 jeudi 8h-12h et 13h30 -17h30 vendredi 8h-12h',
      'Mo 13:30-17:30; Tu,Th 08:00-12:00,13:30-17:30; Fr 08:00-12:00',
    ],
    [
      'Lundi Vendredi de 08:00 à 12:00 et de 14:00 à 16:00; Mardi Mercredi Jeudi de 08:00 à 12:00',
      'Mo,Fr 08:00-12:00,14:00-16:00; Tu-Th 08:00-12:00',
    ],
    [
      'Mardi , Mercredi de 09h à 12h et de 14h à 17h - Jeudi de 14h à 17h',
      'Tu,We 09:00-12:00,14:00-17:00; Th 14:00-17:00',
    ],
    ['Lundi et vendredi 9h-12h/14h16h30', 'Mo,Fr 09:00-12:00,14:00-16:30'],
    [
      'Lundi Mercredi Vendredi 8h30 - 12h30 | Mardi Jeudi 8h30 - 12h30 / 13h30 -16h',
      'Mo,We,Fr 08:30-12:30; Tu,Th 08:30-12:30,13:30-16:00',
    ],
    ['Lundi au vendredi : 9h-12h30.13h30-17h', 'Mo-Fr 09:00-12:30,13:30-17:00'],
    ['Lundi au Vendredi de : 8h30 - 12h30 13h30 - 17h30', 'Mo-Fr 08:30-12:30,13:30-17:30'],
    ['Lundi au samedi de 9-21h30', 'Mo-Sa 09:00-21:30'],
    ['Lundi au samedi 10h-20h; dimanche 9h-19h', 'Mo-Sa 10:00-20:00; Su 09:00-19:00'],
    ['Le mercredi de 8h30 à 12h30 le jeudi de 8h30 à12h30', 'We,Th 08:30-12:30'],
    ['mardi et le jeudi de 14h à 16h', 'Tu,Th 14:00-16:00'],
    [
      'Lundi 9H-12H; Mardi 9H-12H/14H-14H30; Mercredi 14H-16H',
      'Mo 09:00-12:00; Tu 09:00-12:00,14:00-14:30; We 14:00-16:00',
    ],
    [
      'Lundi au vendredi 9h-12h : sur rendez vous ; Lundi au vendredi 13h30-17h30 : acces libre',
      'Mo-Fr 09:00-12:00 "sur rendez-vous", Mo-Fr 13:30-17:30 "accès libre"',
    ],
    ['Permanence uniquement sur rendez-vous', '"sur rendez-vous"'],
    ['lun., mar. et jeu. 9h30-12h', 'Mo,Tu,Th 09:30-12:00'],
    ['sam. 9:30-12:00', 'Sa 09:30-12:00'],
    ['7j/7 24h/24', '24/7'],
    ['Tous les jours, 24 h sur 24', '24/7'],
    ['tous les jours de 8 h à 20 h', 'Mo-Su 08:00-20:00'],
    ['du lundi au vendredi de 9h à midi', 'Mo-Fr 09:00-12:00'],
    ['le samedi de 22 h à 2 h', 'Sa 22:00-02:00'],
    ['du mardi au samedi de 10 h à 18 h, fermé les jours fériés', 'Tu-Sa 10:00-18:00; PH off'],
    ['du lundi au vendredi de 9h à 17h sauf le mercredi', 'Mo,Tu,Th,Fr 09:00-17:00'],
    ['du lundi au vendredi de 9h à 17h, fermé le mercredi', 'Mo,Tu,Th,Fr 09:00-17:00'],
    ['en semaine de 9 h à 18 h, le week-end de 10 h à 12 h', 'Mo-Fr 09:00-18:00; Sa,Su 10:00-12:00'],
    ['du samedi au lundi 14h-18h', 'Mo,Sa,Su 14:00-18:00'],
    ['9h-12h du lundi au vendredi', 'Mo-Fr 09:00-12:00'],
    ['de 9 heures à 12 heures le lundi', 'Mo 09:00-12:00'],
  ])('reads « %s » as %s', (french, osm) => {
    expect(osmOf(french)).toBe(osm);
  });

  it('takes « matin » and « après-midi » from the hours written beside them', () => {
    expect(osmOf('lundi, mardi et jeudi 9h-12h et 14h-17h, le mercredi matin')).toBe(
      'Mo,Tu,Th 09:00-12:00,14:00-17:00; We 09:00-12:00',
    );
    expect(osmOf('du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h, sauf le mercredi après-midi')).toBe(
      'Mo,Tu,Th,Fr 09:00-12:00,14:00-17:00; We 09:00-12:00',
    );
    // One long range is cut at noon.
    expect(osmOf('du lundi au vendredi 9h-17h sauf le vendredi après-midi')).toBe(
      'Mo-Th 09:00-17:00; Fr 09:00-12:00',
    );
    expect(osmOf('le jeudi après-midi, le mardi de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h')).toBe(
      'Tu 08:30-12:30,13:30-17:00; Th 13:30-17:00',
    );
  });

  it('keeps « sur rendez-vous » as a note on the hours it belongs to', () => {
    expect(osmOf('le jeudi de 14 h à 17 h sur rendez-vous')).toBe('Th 14:00-17:00 "sur rendez-vous"');
    expect(osmOf('Sur rendez-vous : lundi 9h-12h, mardi 14h-16h')).toBe(
      'Mo 09:00-12:00 "sur rendez-vous"; Tu 14:00-16:00 "sur rendez-vous"',
    );
  });

  it.each([
    ['du mardi au samedi', 'les heures manquent'],
    ['Lundi au vendredi 9h-18h; en soirée sur rendez-vous', '«\u00a0en\u00a0» n’est pas compris'],
    ['Mardis et vendredis de 16h à 18h, en saison uniquement.', 'n’est pas compris'],
    ['le mercredi matin', '«\u00a0matin\u00a0» sans heures'],
    ['fermé le lundi', 'seuls des jours de fermeture'],
    ['lundi à partir de 9 h', 'n’est pas compris'],
    ['lundi 25h-26h', 'n’est pas compris'],
  ])('refuses « %s » and says why', (french, why) => {
    const reading = frenchToOsm(french);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toContain(why);
  });
});

describe('the reading of a typed value', () => {
  it('understands French, shows it back in French and gives the OpenStreetMap form that will be stored', () => {
    const typed = 'du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h';
    expect(readOpeningHours(typed)).toEqual({
      status: 'valid',
      lines: ['Du lundi au vendredi\u00a0: 9\u00a0h\u00a0– 12\u00a0h et 14\u00a0h\u00a0– 17\u00a0h'],
      stored: 'Mo-Fr 09:00-12:00,14:00-17:00',
    });
    expect(openingHoursToStore(typed)).toBe('Mo-Fr 09:00-12:00,14:00-17:00');
  });

  it('keeps OpenStreetMap syntax as it is', () => {
    expect(readOpeningHours('Mo-Fr 09:00-12:00')).toEqual({
      status: 'valid',
      lines: ['Du lundi au vendredi\u00a0: 9\u00a0h\u00a0– 12\u00a0h'],
    });
    expect(openingHoursToStore('Mo-Fr 09:00-12:00')).toBe('Mo-Fr 09:00-12:00');
    expect(openingHoursToStore(null)).toBeNull();
  });

  it('offers the library’s correction as a value to accept in one click', () => {
    const reading = readOpeningHours('Sun 10:00-12:00');
    expect(reading).toMatchObject({ status: 'invalid', proposal: 'Su 10:00-12:00' });
    expect(readOpeningHours(reading.status === 'invalid' ? reading.proposal : '')).toMatchObject({
      status: 'valid',
    });
  });

  it('explains French it cannot read in French, and stores it as typed (flagged)', () => {
    const reading = readOpeningHours('lundi soir');
    expect(reading).toEqual({
      status: 'invalid',
      message: expect.stringContaining('«\u00a0soir\u00a0» n’est pas compris'),
    });
    expect(openingHoursToStore('lundi soir')).toBe('lundi soir');
  });
});

/** An ordinary week in OpenStreetMap syntax: each day closed or one or two slots on a quarter-hour grid. */
const weekSchedule = fc
  .array(
    fc.oneof(
      fc.constant([] as number[]),
      fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 4 }),
    ),
    { minLength: 7, maxLength: 7 },
  )
  .map((days) =>
    days
      .map((marks, day) => {
        const sorted = [...marks].sort((a, b) => a - b);
        const slots: string[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) {
          const at = (mark: number) =>
            `${String(Math.floor(mark / 4)).padStart(2, '0')}:${String((mark % 4) * 15).padStart(2, '0')}`;
          slots.push(`${at(sorted[i]!)}-${at(sorted[i + 1]!)}`);
        }
        return slots.length > 0
          ? `${['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'][day]} ${slots.join(',')}`
          : '';
      })
      .filter(Boolean)
      .join('; '),
  )
  .filter((osm) => osm !== '');

describe('French reading and French typing agree', () => {
  it('reads back the French Maillage writes for any ordinary week as the same hours', () => {
    fc.assert(
      fc.property(weekSchedule, (osm) => {
        const oh = new opening_hours(osm, FRANCE, { mode: 0, locale: 'fr' } as never);
        const french = summariseWeek(oh, osm).join('\n');
        expect(meaning(osmOf(french))).toBe(meaning(osm));
      }),
      { seed: 20260405, numRuns: 300 },
    );
  });
});
