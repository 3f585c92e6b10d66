import { describe, expect, it } from 'vitest';
import { activityDayOf } from '../../electron/backend/activity/activityDate';
import { categoryOf, activityKindOf } from '../../electron/backend/activity/activityRecord';
import { coopColumnUses } from '../../electron/backend/activity/coopColumns';
import { COOP_HEADERS } from '../fixtures/activity/coopExport';

describe('the day of an activity, however the spreadsheet holds it', () => {
  it.each([
    [new Date('2026-01-06T00:00:00Z'), '2026-01-06'],
    [46028, '2026-01-06'],
    [46028.604, '2026-01-06'],
    ['06/01/2026', '2026-01-06'],
    ['6/1/26', '2026-01-06'],
    ['06.01.2026', '2026-01-06'],
    ['2026-01-06', '2026-01-06'],
    ['2026-01-06T14:30:00', '2026-01-06'],
    ['06/01/2026 14:30', '2026-01-06'],
    ['46028', '2026-01-06'],
    // 29 February of a leap year, and Excel's 1 March 1900 side of its phantom 29 February 1900.
    ['29/02/2024', '2024-02-29'],
  ])('%j → %s', (cell, day) => {
    expect(activityDayOf(cell)).toEqual({ day, month: false });
  });

  it.each([
    ['2026-03', '2026-03-01'],
    ['03/2026', '2026-03-01'],
    ['mars 2026', '2026-03-01'],
    ['Février 2026', '2026-02-01'],
    ['fevr. 2026', '2026-02-01'],
    ['déc 2025', '2025-12-01'],
  ])('a month alone: %s → its first day', (cell, day) => {
    expect(activityDayOf(cell)).toEqual({ day, month: true });
  });

  it.each([null, '', 'hier', '31/02/2026', '29/02/2025', '13/13/2026', 12, 99_999, 'mars', 'Total'])(
    'no date in %j',
    (cell) => {
      expect(activityDayOf(cell)).toBeNull();
    },
  );
});

describe('La Coop’s columns and categories', () => {
  it('keeps counts and categories, leaves out names and free text, each with a reason', () => {
    const uses = coopColumnUses([...COOP_HEADERS]);
    expect(uses.filter((use) => use.kept).map((use) => use.field)).toEqual([
      'date',
      'kind',
      'participants',
      'channel',
      'minutes',
      'themes',
      'commune',
      'genre',
      'age',
      'status',
    ]);
    for (const use of uses.filter((candidate) => !candidate.kept)) expect(use.reason).not.toBe('');
    // « Bénéficiaire réorienté » is not mistaken for the names column, and neither is kept.
    expect(uses.find((use) => use.header === 'Bénéficiaire réorienté')).toMatchObject({ kept: false });
  });

  it('reads short headers (« Genre », « Tranche d’âge », « Statut ») and an unknown column as left out', () => {
    const uses = coopColumnUses([
      'Date',
      'Type',
      'Nombre de participants',
      'Genre',
      "Tranche d'âge",
      'Statut',
      'Remarques',
    ]);
    expect(uses.map((use) => use.field)).toEqual([
      'date',
      'kind',
      'participants',
      'genre',
      'age',
      'status',
      null,
    ]);
    expect(uses[6]!.reason).toContain('non enregistrée');
  });

  it('names the unknown alike and reads the type of activity', () => {
    expect(['-', '', 'Non communiqué', 'Non communiqué ou hétérogène', 'n.d.'].map(categoryOf)).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(categoryOf('  70 ans  et plus ')).toBe('70 ans et plus');
    expect(
      ['Accompagnement individuel', 'Atelier collectif', 'Individuel', 'Collectif', 'Démarche'].map(
        activityKindOf,
      ),
    ).toEqual(['individual', 'collective', 'individual', 'collective', 'unknown']);
  });
});
