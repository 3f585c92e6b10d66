import { describe, expect, it } from 'vitest';
import {
  activityHeadline,
  communesWithoutHelpText,
  coveredMonths,
  familiesText,
  mostHelpedText,
  notInTableText,
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

  it('says over how many of the 12 months the imports run, when fewer', () => {
    const source = (periodStart: string, periodEnd: string) => ({ actorName: 'X', periodStart, periodEnd });
    expect(plain(activityHeadline(figures({ sources: [source('2026-01-01', '2026-03-31')] })))).toBe(
      '4 210 accompagnements sur les 3 mois importés des 12 derniers par 9 structures, dont 38 % d’aide aux démarches administratives',
    );
    // Two structures over overlapping months, one from mid-month: the months touched, once each.
    expect(
      coveredMonths(
        figures({ sources: [source('2026-01-15', '2026-02-28'), source('2026-02-01', '2026-04-10')] }),
      ),
    ).toBe(4);
    expect(coveredMonths(figures({ sources: [source('2025-04-01', '2026-03-31')] }))).toBe(12);
    expect(plain(activityHeadline(figures({ sources: [source('2026-03-01', '2026-03-31')] })))).toMatch(
      /^4 210 accompagnements sur le seul mois importé des 12 derniers par/,
    );
  });

  it('gives no share of procedures when the themes are unknown, and says over which accompaniments it is', () => {
    // A table of monthly counts: no theme at all.
    expect(plain(activityHeadline(figures({ unknownTheme: 4_210, procedureAccompaniments: 0 })))).toBe(
      '4 210 accompagnements en 12 mois par 9 structures, thèmes non renseignés',
    );
    // Half of them from such a table: the share is of the others.
    expect(plain(activityHeadline(figures({ unknownTheme: 2_210, procedureAccompaniments: 500 })))).toBe(
      '4 210 accompagnements en 12 mois par 9 structures, dont 25 % d’aide aux démarches administratives parmi les 2 000 accompagnements dont le thème est connu',
    );
    // A diagnostic frozen before the unknown themes were counted reads as before.
    expect(plain(activityHeadline(figures({ unknownTheme: undefined })))).toBe(
      '4 210 accompagnements en 12 mois par 9 structures, dont 38 % d’aide aux démarches administratives',
    );
  });

  const commune = (name: string, accompaniments: number, per1000: number | null) => ({
    code: name,
    name,
    population: per1000 === null ? null : 1000,
    accompaniments,
    per1000,
  });

  it('lists no commune as « aucun habitant accompagné » when nobody’s commune of residence is known', () => {
    const nowhere = figures({
      accompaniments: 36,
      unknownResidence: 36,
      communes: [commune('Bourgoin-Jallieu', 0, 0), commune('Échirolles', 0, 0)],
    });
    expect(plain(communesWithoutHelpText(nowhere)!)).toBe(
      'Répartition par commune inconnue : la commune de résidence n’est connue pour aucun des 36 accompagnements.',
    );
    expect(mostHelpedText(nowhere, String)).toBeNull();
    const partly = figures({
      unknownResidence: 10,
      communes: [commune('Charroux', 5, 4.8), commune('Savigné', 4, 4), commune('Surin', 0, 0)],
    });
    expect(plain(communesWithoutHelpText(partly)!)).toBe(
      'Aucun habitant accompagné connu dans une autre commune : Surin.',
    );
    expect(plain(mostHelpedText(partly, (n) => n.toFixed(1).replace('.', ','))!)).toBe(
      'Le plus d’habitants accompagnés pour 1 000 : Charroux (4,8) et Savigné (4,0) ; 1 commune dont aucun habitant n’est connu comme accompagné.',
    );
    const known = figures({ communes: [commune('Charroux', 5, 4.8), commune('Surin', 0, 0)] });
    expect(plain(communesWithoutHelpText(known)!)).toBe(
      'Aucun habitant accompagné dans une autre commune : Surin.',
    );
    expect(plain(mostHelpedText(known, String)!)).toBe(
      'Le plus d’habitants accompagnés pour 1 000 : Charroux (4.8) ; 1 commune dont aucun habitant n’a été accompagné.',
    );
  });

  it('says which accompaniments the communes’ table leaves out, and not twice that no commune is known', () => {
    const communes = [commune('Charroux', 5, 4.8), commune('Surin', 0, 0)];
    expect(
      plain(
        notInTableText(figures({ communes, outsideTerritory: 3, unknownResidence: 2 }), 'Hors du tableau')!,
      ),
    ).toBe(
      'Hors du tableau : 3 accompagnements de personnes habitant hors du territoire ; 2 accompagnements dont la commune de résidence n’est pas connue.',
    );
    // Nobody's commune known: the sentence on the communes says it; only those living outside remain to say.
    const nowhere = [commune('Charroux', 0, 0), commune('Surin', 0, 0)];
    expect(
      notInTableText(figures({ communes: nowhere, unknownResidence: 36 }), 'Hors du tableau'),
    ).toBeNull();
    expect(
      plain(
        notInTableText(
          figures({ communes: nowhere, outsideTerritory: 4, unknownResidence: 36 }),
          'Hors du tableau',
        )!,
      ),
    ).toBe('4 accompagnements de personnes habitant hors du territoire.');
    expect(notInTableText(figures({ communes }), 'Hors du tableau')).toBeNull();
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
