import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import { formatDate, quoted } from '../../../../shared/format/french';
import type { TerritoryDto } from '../../../../shared/territory/dto';
import { epciTypeLabel } from '../../../../shared/territory/epciTypes';
import { call } from '../../api/client';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { CommuneTable } from '../territory/CommuneTable';
import {
  communeCountLabel,
  departementsLabel,
  departementsOfCommunes,
  populationLabel,
} from '../territory/territoryLabels';
import { readLogoFile } from './logoFile';
import { fieldErrors, formFromTerritory, hasChanges, inputFromForm, type SettingsForm } from './settingsForm';
import { ResetPanel } from './ResetPanel';
import './settings.css';

/** The territory's own settings (name shown, main contact, logo) and what was copied from the reference. */
export function SettingsScreen() {
  const { territory } = useTerritory();
  return (
    <div className="settings">
      <header className="page-header">
        <div>
          <h1>Territoire</h1>
          <p>Le nom, le contact et le logo utilisés dans Maillage et sur les documents Word.</p>
        </div>
        {territory.isDemo ? <span className="badge badge-demo">Territoire de démonstration</span> : null}
      </header>
      {territory.isDemo ? (
        <Notice tone="warning">
          Les acteurs de ce territoire de démonstration sont fictifs : ne les diffusez pas comme des données
          réelles.
        </Notice>
      ) : null}
      <div className="settings-grid">
        <div className="settings-column">
          <SettingsFormPanel />
          <LogoPanel />
          <ResetPanel />
        </div>
        <TerritorySummary territory={territory} />
      </div>
    </div>
  );
}

function SettingsFormPanel() {
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
        hint={`En tête de l’application et des documents, par exemple ${quoted('Communauté de communes du Civraisien en Poitou')}.`}
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

function LogoPanel() {
  const { territory, setTerritory } = useTerritory();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (logo: ApiInput<'territory.setLogo'>['logo']) => {
    setBusy(true);
    const result = await call('territory.setLogo', { logo });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.fields?.logo ?? result.error.message);
      return;
    }
    setTerritory(result.data);
    toast({ message: logo ? 'Le logo est enregistré.' : 'Le logo est retiré.', tone: 'success' });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    const reading = await readLogoFile(file);
    if (!reading.ok) {
      setProblem(reading.message);
      return;
    }
    await save(reading.logo);
  };

  return (
    <section className="panel" aria-labelledby="settings-logo">
      <h2 id="settings-logo">Logo</h2>
      <div className="settings-logo">
        <div className="settings-logo-preview">
          {territory.logoDataUrl ? (
            <img src={territory.logoDataUrl} alt={`Logo de ${territory.displayName}`} />
          ) : (
            <span>Aucun logo</span>
          )}
        </div>
        <div>
          <p className="settings-hint">
            Le logo de votre intercommunalité figure en tête des documents Word (notes aux élus, feuille de
            route, comptes rendus). Image PNG ou JPEG, 2 Mo au plus.
          </p>
          {problem ? <Notice tone="error">{problem}</Notice> : null}
          <div className="settings-actions">
            <input
              ref={fileInput}
              type="file"
              accept="image/png,image/jpeg,.png,.jpg,.jpeg"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => void onFile(event)}
            />
            <Button disabled={busy} onClick={() => fileInput.current?.click()}>
              {busy ? 'Enregistrement…' : 'Choisir une image…'}
            </Button>
            {territory.logoDataUrl ? (
              <Button variant="ghost" disabled={busy} onClick={() => void save(null)}>
                Retirer le logo
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}

function TerritorySummary({ territory }: { territory: TerritoryDto }) {
  const departements = departementsOfCommunes(territory.communes.map((c) => c.code));
  return (
    <section className="panel settings-summary" aria-labelledby="settings-epci">
      <h2 id="settings-epci">Intercommunalité</h2>
      <dl className="settings-facts">
        <dt>Nom officiel</dt>
        <dd>{territory.epciName}</dd>
        <dt>Nature</dt>
        <dd>{epciTypeLabel(territory.epciType)}</dd>
        <dt>SIREN</dt>
        <dd>{territory.epciSiren}</dd>
        <dt>Département</dt>
        <dd>{departementsLabel(departements)}</dd>
        <dt>Communes</dt>
        <dd>{communeCountLabel(territory.communes.length)}</dd>
        <dt>Population</dt>
        <dd>
          {populationLabel(territory.population)}{' '}
          <span className="settings-source">(population municipale, INSEE)</span>
        </dd>
        <dt>Choisi le</dt>
        <dd>{formatDate(territory.chosenAt)}</dd>
      </dl>
      <CommuneTable communes={territory.communes} caption={`Communes de ${territory.displayName}`} />
    </section>
  );
}
