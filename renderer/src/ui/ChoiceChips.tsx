import { withTypographicApostrophes } from '../../../shared/format/apostrophes';

/** Several values from a closed list, as toggle chips (checkboxes underneath, for keyboard and screen readers). */
export function ChoiceChips<T extends string>({
  legend,
  options,
  selected,
  onChange,
  labelOf = withTypographicApostrophes,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  labelOf?: (value: T) => string;
}) {
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      <div className="chips-list">
        {options.map((value) => (
          <label key={value} className={`chip${selected.includes(value) ? ' chip-on' : ''}`}>
            <input type="checkbox" checked={selected.includes(value)} onChange={() => toggle(value)} />
            {labelOf(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
