import { useState, type FormEvent } from 'react';
import { CONTACT_KINDS } from '../../../../shared/network/networkDto';
import { contactKindLabel } from '../../../../shared/network/networkLabels';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { contactFieldErrors, type ContactDraft } from './contactDraft';

/** Adding or changing one entry of the contact log: saved with « Enregistrer », left with « Annuler ». */
export function ContactForm({
  initial,
  title,
  onSave,
  onCancel,
}: {
  initial: ContactDraft;
  title: string;
  onSave: (draft: ContactDraft) => Promise<AppError | null>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = contactFieldErrors(error);
  const set = (field: keyof ContactDraft) => (value: string) =>
    setDraft((prev) => ({ ...prev, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSave(draft);
    setBusy(false);
    setError(failure);
  };

  return (
    <form className="contact-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      {error && !error.fields ? <Notice tone="error">{error.message}</Notice> : null}
      <div className="contact-form-grid">
        <Field label="Date" required error={errors.contactOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.contactOn}
              onChange={(event) => set('contactOn')(event.target.value)}
            />
          )}
        </Field>
        <Field label="Type de contact" required error={errors.kind}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(event) => set('kind')(event.target.value)}>
              {CONTACT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {contactKindLabel(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Qui y est allé" hint={'Par exemple\u00a0: Claire (coordinatrice)'} error={errors.who}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.who}
              onChange={(event) => set('who')(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Notes" error={errors.notes}>
        {(props) => (
          <textarea {...props} value={draft.notes} onChange={(event) => set('notes')(event.target.value)} />
        )}
      </Field>
      <div className="contact-form-grid contact-form-step">
        <Field
          label="Prochaine étape"
          hint={'Par exemple\u00a0: Rappeler pour la charte'}
          error={errors.nextStep}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.nextStep}
              onChange={(event) => set('nextStep')(event.target.value)}
            />
          )}
        </Field>
        <Field label="Pour le" error={errors.nextStepOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.nextStepOn}
              onChange={(event) => set('nextStepOn')(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="contact-form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Enregistrer
        </Button>
        <Button onClick={onCancel}>Annuler</Button>
      </div>
    </form>
  );
}
