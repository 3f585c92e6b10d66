// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ImportPreviewDto } from '../../../shared/interop/importDto';
import { ImportReport } from '../../../renderer/src/features/import/ImportReport';
import { useMountedRoot } from './support/mountedRoot';

/** A producer's file imported again: 40 rows, 2 changed, 37 as before, 1 new; 2 places no longer listed. */
function reimport(overrides: Partial<ImportPreviewDto> = {}): ImportPreviewDto {
  return {
    fileName: 'lieux.csv',
    fileKind: 'csv',
    format: 'lieux-v1',
    formatLabel: 'Standard',
    encoding: 'utf-8',
    mojibake: null,
    headers: [],
    sampleRows: [],
    mapping: {},
    counts: {
      total: 40,
      create: 1,
      update: 39,
      upToDate: 37,
      actorOnly: 0,
      merge: 0,
      rejected: 0,
      outside: 0,
    },
    rejected: [],
    outside: [],
    warnings: [],
    unmapped: [],
    unsaidOnUpdates: ['horaires'],
    absent: {
      total: 2,
      places: [
        { name: 'Médiathèque du Port', communeName: 'Civray' },
        { name: 'Espace numérique', communeName: null },
      ],
    },
    backupBefore: false,
    alreadyThere: { sameName: 0, trashed: 0 },
    ...overrides,
  };
}

describe('the report before a re-import', () => {
  const mounted = useMountedRoot();
  const counts = () =>
    [...mounted.container().querySelectorAll('.import-count')].map((card) => card.textContent);

  it('shows the six counts, the rows already up to date apart, and greys the counts of none', () => {
    mounted.render(createElement(ImportReport, { preview: reimport() }));
    expect(counts()).toEqual([
      '1à créer',
      '2à mettre à jour',
      '37déjà à jour dans l’annuaire',
      '0à fusionner avec un acteur existant (même SIRET)',
      '0écartée (erreur)',
      '0hors du territoire',
    ]);
    expect(mounted.container().querySelectorAll('.import-count-none')).toHaveLength(3);
    // No row listed by its line: nothing said of their numbering.
    expect(mounted.text()).toContain('40 lignes de données dans le fichier. Rien n’est encore enregistré');
  });

  it('names the columns the file lacks and the places it no longer lists, kept', () => {
    mounted.render(createElement(ImportReport, { preview: reimport() }));
    const text = mounted.text();
    expect(text).toContain('Le fichier n’a pas de colonne pour : horaires.');
    expect(text).toContain('Lieux déjà importés de cette source, absents du fichier (2)');
    expect(text).toContain('Ils restent dans l’annuaire');
    const listed = [...mounted.container().querySelectorAll('.import-problems li')].map(
      (li) => li.textContent,
    );
    expect(listed).toEqual(['Médiathèque du Port (Civray)', 'Espace numérique']);
  });

  it('says neither when the file has every column and lists every place', () => {
    mounted.render(
      createElement(ImportReport, {
        preview: reimport({ unsaidOnUpdates: [], absent: { total: 0, places: [] } }),
      }),
    );
    expect(mounted.text()).not.toMatch(/pas de colonne|absents du fichier/);
  });

  it('lists warnings when rows will be written, not when every row is already up to date', () => {
    const warnings = [
      { line: 3, field: 'courriels', reason: 'Courriel invalide. La valeur est laissée de côté.' },
    ];
    const unmapped = [{ field: 'publics_accueillis', value: 'Adultes', count: 2 }];
    mounted.render(createElement(ImportReport, { preview: reimport({ warnings, unmapped }) }));
    expect(mounted.text()).toContain('Avertissements — valeurs laissées de côté ou corrigées (1)');
    expect(mounted.text()).toContain('Valeurs du fichier non reprises');
    const nothing = { ...reimport().counts, create: 0, upToDate: 39 };
    mounted.render(
      createElement(ImportReport, { preview: reimport({ warnings, unmapped, counts: nothing }) }),
    );
    expect(mounted.text()).not.toMatch(/Avertissements|non reprises|vérifiez, puis confirmez/);
  });
});
