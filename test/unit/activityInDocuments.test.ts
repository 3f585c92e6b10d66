import { describe, expect, it } from 'vitest';
import {
  activityHeadline,
  familiesText,
  lastTwelveMonths,
  type DiagnosticActivityFiguresDto,
} from '../../shared/diagnostic/diagnosticActivity';
import { computedSourceText, type ComputedIndicatorDto } from '../../shared/roadmap/computedIndicator';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the activity in the diagnostic and the fiches action, in French', () => {
  it('takes the last 12 complete months before the directory’s day, across a year and a leap February', () => {
    expect(lastTwelveMonths('2026-12-05')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(lastTwelveMonths('2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(lastTwelveMonths('2028-03-31')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  const figures = (over: Partial<DiagnosticActivityFiguresDto>): DiagnosticActivityFiguresDto => ({
    activities: 3_100,
    accompaniments: 4_210,
    structureCount: 9,
    procedureAccompaniments: 1_600,
    communes: [],
    outsideTerritory: 0,
    unknownResidence: 0,
    families: [],
    topThemes: [],
    sources: [],
    ...over,
  });

  it('writes the headline the screen, the Word diagnostic and the note share', () => {
    expect(plain(activityHeadline(figures({})))).toBe(
      '4 210 accompagnements en 12 mois par 9 structures, dont 38 % d’aide aux démarches administratives',
    );
    expect(
      plain(activityHeadline(figures({ accompaniments: 1, structureCount: 1, procedureAccompaniments: 0 }))),
    ).toBe('1 accompagnement en 12 mois par 1 structure, dont 0 % d’aide aux démarches administratives');
    // Imports covering the period but nobody helped: no share to compute.
    expect(plain(activityHeadline(figures({ accompaniments: 0, procedureAccompaniments: 0 })))).toBe(
      '0 accompagnement en 12 mois par 9 structures',
    );
  });

  it('names the families of thèmes (no share: an activity on two themes counts twice), nothing when no theme was given', () => {
    expect(
      plain(
        familiesText(
          figures({
            families: [
              { family: 'procedures', label: 'Démarches administratives', accompaniments: 1_600 },
              { family: 'skills', label: 'Compétences numériques', accompaniments: 2_900 },
              { family: 'other', label: 'Autres thématiques', accompaniments: 0 },
            ],
          }),
        )!,
      ),
    ).toBe(
      'Démarches administratives : 1 600 accompagnements ; compétences numériques : 2 900 accompagnements',
    );
    expect(familiesText(figures({ families: [] }))).toBeNull();
  });

  const computed = (over: Partial<ComputedIndicatorDto>): ComputedIndicatorDto => ({
    measure: 'accompaniments',
    themes: [],
    computedOn: '2026-12-05',
    from: '2026-01-01',
    to: '2026-06-30',
    sources: [
      { actorName: 'Espace France Services de Civray', periodStart: '2026-01-01', periodEnd: '2026-06-30' },
      { actorName: 'Bus numérique', periodStart: '2026-03-01', periodEnd: '2026-06-30' },
    ],
    unknownReason: null,
    ...over,
  });

  it('says where a computed value comes from, or why it is unknown', () => {
    expect(plain(computedSourceText(computed({ themes: ['Aide aux démarches administratives'] })))).toBe(
      'calculé le 5 décembre 2026 à partir de 2 imports : Espace France Services de Civray (du 1er janvier 2026 au 30 juin 2026), Bus numérique (du 1er mars 2026 au 30 juin 2026) ; accompagnements sur « Aide aux démarches administratives », du 1er janvier 2026 au 30 juin 2026',
    );
    expect(plain(computedSourceText(computed({ themes: ['E-mail', 'Santé'] })))).toMatch(
      /sur « E-mail », « Santé », .* ; une personne accompagnée sur plusieurs de ces thèmes compte une fois par thème$/,
    );
    expect(
      plain(
        computedSourceText(
          computed({
            measure: 'activities',
            from: null,
            to: null,
            sources: [],
            unknownReason: 'l’action n’a pas de date de début, sa période n’est pas connue',
          }),
        ),
      ),
    ).toBe(
      'inconnu le 5 décembre 2026 : l’action n’a pas de date de début, sa période n’est pas connue ; activités',
    );
  });
});
