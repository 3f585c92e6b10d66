import { quoted } from '../../../../shared/format/french';
import { useState, type FormEvent } from 'react';
import {
  INSTANCE_FREQUENCIES,
  INSTANCE_FREQUENCY_LABELS,
  INSTANCE_KINDS,
  INSTANCE_KIND_LABELS,
  type InstanceDto,
  type InstanceFrequency,
  type InstanceKind,
} from '../../../../shared/governance/governanceDto';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

/** Name, kind, frequency and presentation of a body, to create it (`initial` null) or to change them. */
export function InstanceSettingsForm({
  initial,
  submitLabel,
  onSaved,
  onCancel,
}: {
  initial: InstanceDto | null;
  submitLabel: string;
  onSaved: (instance: InstanceDto) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<InstanceKind>(initial?.kind ?? 'strategique');
  const [frequency, setFrequency] = useState<InstanceFrequency>(initial?.frequency ?? 'trimestrielle');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('instances.save', {
      ...(initial ? { id: initial.id } : {}),
      name,
      kind,
      frequency,
      notes,
    });
    setBusy(false);
    if (result.ok) {
      onSaved(result.data);
      return;
    }
    setErrors(result.error.fields ?? {});
    setMessage(result.error.fields ? null : result.error.message);
  };

  return (
    <form className="instance-settings" onSubmit={(event) => void submit(event)} noValidate>
      {message ? <Notice tone="error">{message}</Notice> : null}
      <Field
        label="Nom de l’instance"
        required
        error={errors.name}
        hint={`Par exemple ${quoted('Comité de pilotage de l’inclusion numérique')} ou ${quoted('Groupe moteur')}.`}
      >
        {(props) => (
          <input
            {...props}
            className="input"
            value={name}
            maxLength={160}
            onChange={(event) => setName(event.target.value)}
            autoFocus={initial === null}
          />
        )}
      </Field>
      <fieldset className="instance-kinds">
        <legend>Type d’instance</legend>
        {INSTANCE_KINDS.map((value) => (
          <label key={value} className="instance-kind">
            <input
              type="radio"
              name="instance-kind"
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {INSTANCE_KIND_LABELS[value]}
          </label>
        ))}
        {errors.kind ? <p className="field-error">{errors.kind}</p> : null}
      </fieldset>
      <Field label="Fréquence des réunions" error={errors.frequency}>
        {(props) => (
          <select
            {...props}
            className="input instance-frequency"
            value={frequency}
            onChange={(event) => setFrequency(event.target.value as InstanceFrequency)}
          >
            {INSTANCE_FREQUENCIES.map((value) => (
              <option key={value} value={value}>
                {INSTANCE_FREQUENCY_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Présentation"
        error={errors.notes}
        hint={`Sa raison d’être, quand et où elle se réunit (${quoted('le premier jeudi du mois, à la médiathèque')}).`}
      >
        {(props) => (
          <textarea
            {...props}
            className="input"
            rows={3}
            value={notes}
            maxLength={2000}
            onChange={(event) => setNotes(event.target.value)}
          />
        )}
      </Field>
      <div className="governance-form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
