import { useId, useState } from 'react';
import { FieldWarnings } from '../editor/EditorFields';
import { monthChoice, MONTH_NAMES, yearChoices } from './monthChoice';

/**
 * A month (« septembre 2026 »): the roadmap plans by month. Two lists in French (the browser's own month box
 * speaks the system's language); the value is written once both the month and the year are chosen.
 */
export function MonthBox({
  label,
  value,
  onChange,
  warnings = [],
  disabled,
  thisYear,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  warnings?: readonly string[];
  disabled?: boolean;
  thisYear: number;
}) {
  const id = useId();
  const stored = monthChoice(value);
  // A half-made choice (a month without its year) stays on screen until completed.
  const [partial, setPartial] = useState<{ month: string; year: string } | null>(null);
  const shown = partial ?? stored;
  const choose = (next: { month: string; year: string }) => {
    if (next.month && next.year) {
      setPartial(null);
      onChange(`${next.year}-${next.month}`);
    } else if (!next.month && !next.year) {
      setPartial(null);
      onChange(null);
    } else setPartial(next);
  };
  return (
    <fieldset className="roadmap-field month-box" aria-describedby={`${id}-hint`}>
      <legend>{label}</legend>
      <div className="month-box-lists">
        <select
          aria-label={`Mois de ${label.toLowerCase()}`}
          value={shown.month}
          disabled={disabled}
          onChange={(event) => choose({ ...shown, month: event.target.value })}
        >
          <option value="">— mois —</option>
          {MONTH_NAMES.map((name, index) => (
            <option key={name} value={String(index + 1).padStart(2, '0')}>
              {name}
            </option>
          ))}
        </select>
        <select
          aria-label={`Année de ${label.toLowerCase()}`}
          value={shown.year}
          disabled={disabled}
          onChange={(event) => choose({ ...shown, year: event.target.value })}
        >
          <option value="">— année —</option>
          {yearChoices(thisYear, shown.year).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {partial ? 'Choisissez aussi ' + (partial.month ? 'l’année.' : 'le mois.') : 'Mois et année.'}
      </p>
      <FieldWarnings warnings={warnings} />
    </fieldset>
  );
}
