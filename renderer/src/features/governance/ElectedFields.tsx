import { useId } from 'react';
import { ELECTED_MANDATE_SUGGESTIONS } from '../../../../shared/governance/governanceDto';
import { useTerritory } from '../../app/TerritoryContext';
import { Field } from '../../ui/Field';

export interface ElectedDraft {
  name: string;
  mandate: string;
  communeCode: string;
}

/** An elected official: full name, mandate (usual ones suggested, free text allowed), commune of the territory. */
export function ElectedFields({
  value,
  onChange,
  errors,
}: {
  value: ElectedDraft;
  onChange: (next: ElectedDraft) => void;
  errors: Record<string, string>;
}) {
  const { territory } = useTerritory();
  const listId = useId();
  const communes = [...territory.communes].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return (
    <div className="form-grid">
      <Field label="Prénom et nom" required error={errors.name}>
        {(props) => (
          <input
            {...props}
            className="input"
            value={value.name}
            autoComplete="off"
            onChange={(event) => onChange({ ...value, name: event.target.value })}
          />
        )}
      </Field>
      <Field
        label="Mandat"
        required
        error={errors.mandate}
        hint="Choisissez dans la liste ou écrivez le mandat."
      >
        {(props) => (
          <>
            <input
              {...props}
              className="input"
              list={listId}
              value={value.mandate}
              onChange={(event) => onChange({ ...value, mandate: event.target.value })}
            />
            <datalist id={listId}>
              {ELECTED_MANDATE_SUGGESTIONS.map((mandate) => (
                <option key={mandate} value={mandate} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label="Commune" error={errors.communeCode}>
        {(props) => (
          <select
            {...props}
            className="input"
            value={value.communeCode}
            onChange={(event) => onChange({ ...value, communeCode: event.target.value })}
          >
            <option value="">— Toute l’intercommunalité —</option>
            {communes.map((commune) => (
              <option key={commune.code} value={commune.code}>
                {commune.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
