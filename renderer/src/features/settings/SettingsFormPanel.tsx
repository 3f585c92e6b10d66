import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { fieldErrors, formFromTerritory, hasChanges, inputFromForm, type SettingsForm } from './settingsForm';

/** « Nom et contact »: the name shown and the main contact, saved together. */
export function SettingsFormPanel() {
  const { territory, setTerritory } = useTerritory();
  const toast = useToast();
  const [form, setForm] = useState<SettingsForm>(() => formFromTerritory(territory));
  const [errors, setErrors] = useState<Partial<Record<keyof SettingsForm, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = hasChanges(form, territory);

  const update = (key: keyof SettingsForm) => (event: ChangeEvent<HTMLInputElement>) => {
    setForm((current) => ({ ...current, [key]: event.target.value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    const result = await call('territory.updateSettings', inputFromForm(form));
    setSaving(false);
    if (!result.ok) {
      const byField = fieldErrors(result.error.fields);
      setErrors(byField);
      setMessage(
        Object.keys(byField).length > 0
          ? 'Corrigez les champs signalés, puis enregistrez.'
          : result.error.message,
      );
      return;
    }
    setTerritory(result.data);
    setForm(formFromTerritory(result.data));
    setErrors({});
    toast({ message: 'Les paramètres du territoire sont enregistrés.', tone: 'success' });
  };

  /** The render prop Field expects: an input bound to one key of the form. */
  const input =
    (key: keyof SettingsForm, type: 'text' | 'email' | 'tel' = 'text', autoComplete = 'off') =>
    (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => (
      <input {...props} type={type} autoComplete={autoComplete} value={form[key]} onChange={update(key)} />
    );

  return (
    <form
      className="panel"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="settings-identity"
    >
      <h2 id="settings-identity">Nom et contact</h2>
      {message ? <Notice tone="error">{message}</Notice> : null}
      <Field
        label="Nom affiché"
        required
        error={errors.displayName}
        hint={`En tête de l’application et des documents\u00a0: le nom de l’intercommunalité, ${quoted(withTypographicApostrophes(territory.epciName))}, ou son nom complet.`}
      >
        {input('displayName')}
      </Field>
      <h3>Contact principal</h3>
      <p className="settings-hint">
        La personne que les partenaires et les élus peuvent joindre pour la coordination.
      </p>
      <div className="form-grid">
        <Field label="Nom" error={errors.contactName}>
          {input('contactName', 'text', 'name')}
        </Field>
        <Field label="Fonction" error={errors.contactRole}>
          {input('contactRole', 'text', 'organization-title')}
        </Field>
        <Field label="Courriel" error={errors.contactEmail}>
          {input('contactEmail', 'email', 'email')}
        </Field>
        <Field label="Téléphone" error={errors.contactPhone}>
          {input('contactPhone', 'tel', 'tel')}
        </Field>
      </div>
      <div className="settings-actions">
        <Button type="submit" variant="primary" disabled={!dirty || saving}>
          {saving ? 'Enregistrement…' : 'Enregistrer'}
        </Button>
        {dirty && !saving ? (
          <Button
            variant="ghost"
            onClick={() => {
              setForm(formFromTerritory(territory));
              setErrors({});
              setMessage(null);
            }}
          >
            Annuler les modifications
          </Button>
        ) : null}
      </div>
    </form>
  );
}
