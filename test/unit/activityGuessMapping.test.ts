import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../electron/backend/activity/readActivityTable';

describe('the column wizard’s first proposal', () => {
  it('takes « participants » for the participants, not for the number of activities', () => {
    expect(
      guessMapping(['date', 'structure', 'nombre', 'participants', 'type', 'thematique', 'commune']),
    ).toEqual({
      dateColumn: 'date',
      participantsColumn: 'participants',
      countColumn: 'nombre',
      kindColumn: 'type',
      themeColumn: 'thematique',
      communeColumn: 'commune',
    });
  });

  it('reads « Nombre de participants » alone as the participants, each row one activity, the place left to the user', () => {
    expect(guessMapping(['Date', 'Nombre de participants', 'Lieu'])).toEqual({
      dateColumn: 'Date',
      participantsColumn: 'Nombre de participants',
    });
  });

  it('keeps the per-month table’s own columns', () => {
    expect(guessMapping(['Mois', 'Type', 'Nombre d’accompagnements', 'Thématique', 'Commune'])).toEqual({
      dateColumn: 'Mois',
      countColumn: 'Nombre d’accompagnements',
      kindColumn: 'Type',
      themeColumn: 'Thématique',
      communeColumn: 'Commune',
    });
  });
});
