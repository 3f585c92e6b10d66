import { TYPOLOGY_CODES, typologyLabel, type TypologyCode } from '../../../../shared/vocabularies/typologies';
import { MultiSelect } from '../../ui/MultiSelect';

const OPTIONS = TYPOLOGY_CODES.map((code) => ({ value: code, label: typologyLabel(code) })).sort((a, b) =>
  a.label.localeCompare(b.label, 'fr'),
);

/** The structure's typologies: a searchable dropdown, and the chosen ones as chips that can be removed. */
export function TypologyPicker({
  selected,
  onChange,
  error,
}: {
  selected: readonly TypologyCode[];
  onChange: (next: TypologyCode[]) => void;
  error?: string;
}) {
  return (
    <fieldset data-field="typologies" className={`chips form-wide${error ? ' field-invalid' : ''}`}>
      <legend>Typologies</legend>
      <div className="typology-picker">
        <MultiSelect
          label="Choisir les typologies"
          options={OPTIONS}
          selected={selected}
          onChange={onChange}
          searchable
          searchLabel="Rechercher une typologie"
        />
        {selected.length === 0 ? <span className="typology-none">Aucune typologie choisie</span> : null}
        {selected.map((code) => (
          <span key={code} className="chip chip-on typology-chip">
            {typologyLabel(code)}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Retirer la typologie ${typologyLabel(code)}`}
              onClick={() => onChange(selected.filter((value) => value !== code))}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
