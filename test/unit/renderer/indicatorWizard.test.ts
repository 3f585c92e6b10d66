import { describe, expect, it } from 'vitest';
import type { IndicatorPreviewDto } from '../../../shared/diagnostic/indicatorDto';
import {
  errorsAfterEdit,
  guessedYear,
  importLabel,
  mappingOf,
  metaErrors,
  withCodeColumn,
  withChosenNames,
  withColumn,
  wizardFromPreview,
} from '../../../renderer/src/features/indicators/indicatorWizard';

const column = (name: string, unit = '') => ({
  column: name,
  key: name.toLowerCase(),
  label: name,
  unit,
  okCount: 8,
  secretCount: 0,
  missingCount: 0,
  invalidCount: 0,
});

const preview = {
  headers: ['CODGEO', 'LIBGEO', 'P21_POP', 'MED21'],
  codeColumn: 'CODGEO',
  columns: [column('P21_POP', 'nombre'), column('MED21', '€')],
  matchedCommuneCount: 8,
} as IndicatorPreviewDto;

describe('the column wizard of a per-commune table', () => {
  it('shows the report under the names and units typed, and suggests the reading direction from them', () => {
    let state = wizardFromPreview(preview);
    state = withColumn(state, 'P21_POP', { name: 'Population municipale' });
    state = withColumn(state, 'MED21', { name: 'Revenu disponible médian', unit: '€ par an' });
    const shown = withChosenNames(preview, state).columns;
    expect(shown.map((c) => [c.column, c.label, c.unit, c.suggestedDirection])).toEqual([
      ['P21_POP', 'Population municipale', 'nombre', 'higherIsMoreFragile'],
      ['MED21', 'Revenu disponible médian', '€ par an', 'lowerIsMoreFragile'],
    ]);
    // A name wiped out falls back to the file's; the keys the import sends its directions under stay.
    state = withColumn(state, 'P21_POP', { name: '  ' });
    expect(withChosenNames(preview, state).columns.map((c) => [c.key, c.label])).toEqual([
      ['p21_pop', 'P21_POP'],
      ['med21', 'Revenu disponible médian'],
    ]);
  });

  it('starts from what the file’s first reading found: numeric columns ticked with their units, names left out', () => {
    expect(wizardFromPreview(preview)).toEqual({
      codeColumn: 'CODGEO',
      columns: [
        { column: 'LIBGEO', selected: false, name: 'LIBGEO', unit: '' },
        { column: 'P21_POP', selected: true, name: 'P21_POP', unit: 'nombre' },
        { column: 'MED21', selected: true, name: 'MED21', unit: '€' },
      ],
    });
  });

  it('sends the ticked columns with the names and units typed, trimmed, and nothing for blank ones', () => {
    let state = wizardFromPreview(preview);
    state = withColumn(state, 'P21_POP', { name: '  Population municipale ' });
    state = withColumn(state, 'MED21', { selected: false });
    state = withColumn(state, 'LIBGEO', { unit: '   ' });
    expect(mappingOf(state)).toEqual({
      codeColumn: 'CODGEO',
      columns: [{ column: 'P21_POP', name: 'Population municipale', unit: 'nombre' }],
    });
  });

  it('moves the former code column into the list, unticked, when another code column is chosen', () => {
    const state = withCodeColumn(wizardFromPreview(preview), 'LIBGEO', preview.headers);
    expect(state.codeColumn).toBe('LIBGEO');
    expect(state.columns.map((choice) => [choice.column, choice.selected])).toEqual([
      ['CODGEO', false],
      ['P21_POP', true],
      ['MED21', true],
    ]);
  });
});

describe('the description of the dataset', () => {
  it('asks a generic table for its name, source and a four-digit year; the IFN only for its year', () => {
    expect(metaErrors('generic', { name: ' ', source: '', year: '', unit: '' })).toEqual({
      name: 'Donnez un nom à ce jeu d’indicateurs.',
      source: 'Indiquez la source des données (INSEE, ARCEP…).',
      year: 'Indiquez l’année des données.',
    });
    expect(metaErrors('ifn', { name: '', source: '', year: '23', unit: '' })).toEqual({
      year: 'L’année s’écrit avec quatre chiffres, par exemple 2023.',
    });
    expect(metaErrors('ifn', { name: '', source: '', year: '2023', unit: '' })).toEqual({});
  });

  it('drops the message of a field once the user changes it, and keeps the others', () => {
    const errors = { name: 'Donnez un nom.', year: 'Indiquez l’année.' };
    const before = { name: '', source: '', year: '', unit: '' };
    expect(errorsAfterEdit(errors, before, { ...before, year: '2' })).toEqual({ name: 'Donnez un nom.' });
  });

  it('reads the year from INSEE column names (P21_POP, MED21) and from nothing else', () => {
    expect(guessedYear(['CODGEO', 'LIBGEO', 'P21_POP'])).toBe(2021);
    expect(guessedYear(['CODGEO', 'MED19'])).toBe(2019);
    expect(guessedYear(['code', 'total', 'poverty_rate'])).toBeNull();
  });

  it('says how many indicators and communes the import brings, and offers nothing when there are none', () => {
    expect(importLabel(preview)).toBe('Importer 2\u00a0indicateurs pour 8\u00a0communes');
    expect(importLabel({ ...preview, matchedCommuneCount: 0 })).toBeNull();
    expect(importLabel({ ...preview, columns: [] })).toBeNull();
  });
});
