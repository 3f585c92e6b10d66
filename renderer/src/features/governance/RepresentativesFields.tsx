import type { InstanceRepresentativeDto } from '../../../../shared/governance/governanceDto';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

export interface RepresentativeDraft {
  name: string;
  role: string;
  email: string;
}

export const draftOf = (person: InstanceRepresentativeDto): RepresentativeDraft => ({
  name: person.name,
  role: person.role ?? '',
  email: person.email ?? '',
});

/** Who sits for an organisation: one row per person (name, function, e-mail). */
export function RepresentativesFields({
  value,
  onChange,
  errors,
}: {
  value: RepresentativeDraft[];
  onChange: (next: RepresentativeDraft[]) => void;
  /** Messages keyed `representatives.<index>.<field>`. */
  errors: Record<string, string>;
}) {
  const set = (index: number, patch: Partial<RepresentativeDraft>) =>
    onChange(value.map((row, position) => (position === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="representatives">
      <legend>Représentant·es</legend>
      {value.length === 0 ? (
        <p className="field-hint">Personne n’est encore désigné pour représenter cette structure.</p>
      ) : null}
      {value.map((row, index) => (
        <div key={index} className="representative-row">
          <Field label="Nom" required error={errors[`representatives.${index}.name`]}>
            {(props) => (
              <input
                {...props}
                className="input"
                value={row.name}
                onChange={(e) => set(index, { name: e.target.value })}
              />
            )}
          </Field>
          <Field label="Fonction" error={errors[`representatives.${index}.role`]}>
            {(props) => (
              <input
                {...props}
                className="input"
                value={row.role}
                onChange={(e) => set(index, { role: e.target.value })}
              />
            )}
          </Field>
          <Field label="Courriel" error={errors[`representatives.${index}.email`]}>
            {(props) => (
              <input
                {...props}
                type="email"
                className="input"
                value={row.email}
                onChange={(e) => set(index, { email: e.target.value })}
              />
            )}
          </Field>
          <Button
            variant="ghost"
            className="representative-remove"
            onClick={() => onChange(value.filter((_, position) => position !== index))}
            aria-label={`Retirer le représentant ${row.name || index + 1}`}
          >
            Retirer
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...value, { name: '', role: '', email: '' }])}>
        Ajouter un représentant
      </Button>
    </fieldset>
  );
}
