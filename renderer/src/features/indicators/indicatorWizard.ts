import type { IndicatorPreviewDto } from '../../../../shared/diagnostic/indicatorDto';
import type { IndicatorFileKind, IndicatorMapping } from '../../../../shared/diagnostic/indicatorSchemas';
import { countLabel } from '../../../../shared/format/french';
import { suggestedDirection } from '../../../../shared/diagnostic/fragilityDirection';

/** The two kinds of file offered, with the words the screen uses for them. */
export const FILE_KINDS: { kind: IndicatorFileKind; label: string; hint: string }[] = [
  {
    kind: 'ifn',
    label: 'Indice de fragilité numérique (export fragilite-numerique.fr)',
    hint: 'Le fichier CSV par commune téléchargé sur fragilite-numerique.fr\u00a0: score sur 10 et ses indicateurs.',
  },
  {
    kind: 'generic',
    label: 'Autre tableau par commune (INSEE…)',
    hint: 'Tout tableau avec une colonne de code commune et des colonnes de chiffres, enregistré en CSV.',
  },
];

/** One column of a generic file in the wizard: imported or not, under which name and unit. */
export interface ColumnChoice {
  column: string;
  selected: boolean;
  name: string;
  unit: string;
}

export interface WizardState {
  codeColumn: string;
  columns: ColumnChoice[];
}

/** The wizard as the backend first read the file: its code column, the numeric columns it found ticked. */
export function wizardFromPreview(preview: IndicatorPreviewDto): WizardState {
  return {
    codeColumn: preview.codeColumn,
    columns: preview.headers
      .filter((header) => header !== preview.codeColumn)
      .map((header) => {
        const found = preview.columns.find((column) => column.column === header);
        return {
          column: header,
          selected: found !== undefined,
          name: found?.label ?? header,
          unit: found?.unit ?? '',
        };
      }),
  };
}

/**
 * The report as the user is naming it: each column under the name and unit typed in the wizard (the report is
 * only read again when the columns chosen change, not at each key), and the reading direction suggested from
 * that name (« MED21 » renamed « Revenu médian » reads « plus bas = plus fragile »).
 */
export function withChosenNames(preview: IndicatorPreviewDto, state: WizardState): IndicatorPreviewDto {
  const choices = new Map(state.columns.map((choice) => [choice.column, choice]));
  return {
    ...preview,
    columns: preview.columns.map((column) => {
      const choice = choices.get(column.column);
      const label = choice?.name.trim() || column.label;
      return {
        ...column,
        label,
        unit: choice?.unit.trim() || column.unit,
        suggestedDirection: suggestedDirection(`${label} ${column.column}`),
      };
    }),
  };
}

/** Another code column: it leaves the list of indicators, the former code column joins it, unticked. */
export function withCodeColumn(state: WizardState, codeColumn: string, headers: string[]): WizardState {
  const known = new Map(state.columns.map((choice) => [choice.column, choice]));
  return {
    codeColumn,
    columns: headers
      .filter((header) => header !== codeColumn)
      .map((header) => known.get(header) ?? { column: header, selected: false, name: header, unit: '' }),
  };
}

export function withColumn(state: WizardState, column: string, change: Partial<ColumnChoice>): WizardState {
  return {
    ...state,
    columns: state.columns.map((choice) => (choice.column === column ? { ...choice, ...change } : choice)),
  };
}

/** The mapping sent to the backend: names and units only where the user gave them. */
export function mappingOf(state: WizardState): IndicatorMapping {
  return {
    codeColumn: state.codeColumn,
    columns: state.columns
      .filter((choice) => choice.selected)
      .map((choice) => ({
        column: choice.column,
        ...(choice.name.trim() ? { name: choice.name.trim() } : {}),
        ...(choice.unit.trim() ? { unit: choice.unit.trim() } : {}),
      })),
  };
}

/** What the user says about the dataset; the year is typed as text. */
export interface DatasetMeta {
  name: string;
  source: string;
  year: string;
  unit: string;
}

export const EMPTY_META: DatasetMeta = { name: '', source: '', year: '', unit: '' };

/**
 * The year the file's columns point at, when INSEE's naming gives it away (`P21_POP`, `MED21` → 2021), to
 * prefill the form; null when nothing does.
 */
export function guessedYear(headers: string[]): number | null {
  for (const header of headers) {
    const match = /^[A-Z]+(\d{2})(?:_|$)/.exec(header.trim());
    if (match) return 2000 + Number(match[1]);
  }
  return null;
}

export type MetaErrors = Partial<Record<keyof DatasetMeta, string>>;

/** The errors still true once the user has changed some fields: those of the changed fields go. */
export function errorsAfterEdit(errors: MetaErrors, before: DatasetMeta, after: DatasetMeta): MetaErrors {
  const kept: MetaErrors = {};
  for (const field of Object.keys(errors) as (keyof DatasetMeta)[])
    if (before[field] === after[field]) kept[field] = errors[field];
  return kept;
}

/** French messages for the dataset fields, before anything is sent; the IFN has its own name and source. */
export function metaErrors(kind: IndicatorFileKind, meta: DatasetMeta): MetaErrors {
  const errors: MetaErrors = {};
  if (kind === 'generic' && !meta.name.trim()) errors.name = 'Donnez un nom à ce jeu d’indicateurs.';
  if (kind === 'generic' && !meta.source.trim())
    errors.source = 'Indiquez la source des données (INSEE, ARCEP…).';
  const year = meta.year.trim();
  if (!year) errors.year = 'Indiquez l’année des données.';
  else if (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2100)
    errors.year = 'L’année s’écrit avec quatre chiffres, par exemple 2023.';
  return errors;
}

/** « Importer 4 indicateurs pour 8 communes »; null when there is nothing to import. */
export function importLabel(preview: IndicatorPreviewDto): string | null {
  if (preview.columns.length === 0 || preview.matchedCommuneCount === 0) return null;
  return `Importer ${countLabel(preview.columns.length, 'indicateur')} pour ${countLabel(preview.matchedCommuneCount, 'commune')}`;
}

/** Cells of a column that hold no usable value, by reason, in French (« 5 en secret statistique, 3 manquantes »). */
export function gapsOf(column: IndicatorPreviewDto['columns'][number]): string {
  const parts = [
    column.secretCount > 0 ? `${countLabel(column.secretCount, 'valeur')} en secret statistique` : null,
    column.missingCount > 0
      ? `${countLabel(column.missingCount, 'valeur manquante', 'valeurs manquantes')}`
      : null,
    column.invalidCount > 0
      ? `${countLabel(column.invalidCount, 'valeur refusée', 'valeurs refusées')}`
      : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'aucune';
}
