import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { quoted } from '../../../../shared/format/french';
import {
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SPECIFIC_SUPPORTS,
  TRAINING_LABELS,
} from '../../../../shared/vocabularies/lieuxMediation';
import { call } from '../../api/client';
import { hrefOf, navigate } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import {
  actorFormFromDto,
  actorInputFromForm,
  emptyActorForm,
  emptyContact,
  emptyPlace,
  formSnapshot,
  type ActorForm,
  type FieldErrors,
} from './actorFormModel';
import {
  communeOptions,
  movePlace,
  postcodeForCommune,
  removeAt,
  updateContact,
  updatePlace,
} from './actorFormEdits';
import { dropErrorsUnder, liveSiretProblem, sortErrors, validateActorInput } from './actorFormErrors';
import { IdentityFields } from './IdentityFields';
import { ContactsEditor } from './ContactsEditor';
import { ChipsField, TextAreaField, TextField } from './formFields';
import { PlaceEditor } from './PlaceEditor';
import './actorForm.css';

type Loading =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'error'; message: string }
  | { state: 'ready'; form: ActorForm; actorName: string | null; communeName: string | null };

const LOCAL_ERROR = 'La fiche n’est pas enregistrée : corrigez les champs signalés ci-dessous.';

function FormSection({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="panel form-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Scrolls to the field a path names and puts the cursor in it. */
function focusField(path: string | undefined) {
  requestAnimationFrame(() => {
    const target = path ? document.querySelector(`[data-field="${CSS.escape(path)}"]`) : null;
    const element = target ?? document.querySelector('.actor-form-screen .notice');
    element?.scrollIntoView({ block: 'center' });
    target?.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
  });
}

/** Loads what the form starts from: the actor to edit, or an empty record verified today. */
export function ActorFormScreen({ id }: { id?: number }) {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    if (id === undefined) {
      void call('app.info', {}).then((info) => {
        if (cancelled) return;
        if (info.ok)
          setLoading({
            state: 'ready',
            form: emptyActorForm(info.data.today),
            actorName: null,
            communeName: null,
          });
        else setLoading({ state: 'error', message: info.error.message });
      });
    } else {
      void call('actors.get', { id }).then((result) => {
        if (cancelled) return;
        if (result.ok)
          setLoading({
            state: 'ready',
            form: actorFormFromDto(result.data),
            actorName: result.data.name,
            communeName: result.data.communeName,
          });
        else if (result.error.code === 'not_found') setLoading({ state: 'notFound' });
        else setLoading({ state: 'error', message: result.error.message });
      });
    }
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (loading.state === 'loading') return <p className="screen-loading">Chargement…</p>;
  if (loading.state === 'error') return <Notice tone="error">{loading.message}</Notice>;
  if (loading.state === 'notFound')
    return (
      <div className="panel">
        <EmptyState
          title="Acteur introuvable"
          action={<a href={hrefOf({ name: 'actors' })}>Retour à l’annuaire des acteurs</a>}
        >
          Cette fiche n’existe pas ou plus : elle ne peut pas être modifiée.
        </EmptyState>
      </div>
    );
  return (
    <ActorFormEditor
      id={id}
      initial={loading.form}
      actorName={loading.actorName}
      storedCommuneName={loading.communeName}
    />
  );
}

function ActorFormEditor({
  id,
  initial,
  actorName,
  storedCommuneName,
}: {
  id?: number;
  initial: ActorForm;
  actorName: string | null;
  storedCommuneName: string | null;
}) {
  const { territory } = useTerritory();
  const toast = useToast();
  const [form, setForm] = useState(initial);
  const [savedSnapshot, setSavedSnapshot] = useState(() => formSnapshot(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [unplacedErrors, setUnplacedErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [siretLeft, setSiretLeft] = useState(false);
  /** Where the user asked to go while changes were unsaved: « Annuler » (the previous page) or a link. */
  const [leaving, setLeaving] = useState<{ href: string | null } | null>(null);

  const dirty = formSnapshot(form) !== savedSnapshot;
  const communes = territory.communes;
  const actorCommuneOptions = useMemo(
    () => communeOptions(communes, { code: initial.communeCode, name: storedCommuneName }),
    [communes, initial.communeCode, storedCommuneName],
  );
  const placeCommuneOptions = useMemo(() => communeOptions(communes, null), [communes]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    // A link inside the app (the navigation, the breadcrumb) asks first, too.
    const onLinkClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      setLeaving({ href: link.getAttribute('href') });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onLinkClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onLinkClick, true);
    };
  }, [dirty]);

  /** Applies a change and forgets the error of the field it touched (a path ending in « . »: all below it). */
  const edit = (change: (form: ActorForm) => ActorForm, path: string) => {
    setForm(change);
    setErrors((prev) => {
      if (path.endsWith('.')) return dropErrorsUnder(prev, path);
      if (!(path in prev)) return prev;
      const next = { ...prev };
      delete next[path];
      return next;
    });
  };
  const setField =
    <K extends keyof ActorForm>(key: K) =>
    (value: ActorForm[K]) =>
      edit((prev) => ({ ...prev, [key]: value }), key);

  const showErrors = (message: string, fieldErrors: FieldErrors) => {
    const { shown, unplaced } = sortErrors(form, fieldErrors);
    setErrors(fieldErrors);
    setSubmitError(message);
    setUnplacedErrors(unplaced.map((path) => fieldErrors[path] ?? ''));
    focusField(shown[0]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const { input, errors: conversionErrors } = actorInputFromForm(form);
    const localErrors = { ...validateActorInput(input), ...conversionErrors };
    if (Object.keys(localErrors).length > 0) {
      showErrors(LOCAL_ERROR, localErrors);
      return;
    }
    setSaving(true);
    const result =
      id === undefined
        ? await call('actors.create', input)
        : await call('actors.update', { id, actor: input });
    setSaving(false);
    if (!result.ok) {
      if (result.error.code === 'invalid_input') showErrors(result.error.message, result.error.fields ?? {});
      else {
        setErrors({});
        setUnplacedErrors([]);
        setSubmitError(result.error.message);
        focusField(undefined);
      }
      return;
    }
    setSavedSnapshot(formSnapshot(form));
    toast({ message: 'Acteur enregistré', tone: 'success' });
    navigate({ name: 'actor', id: result.data.id });
  };

  const leave = () => navigate(id === undefined ? { name: 'actors' } : { name: 'actor', id });
  const siretMessage = errors.siret ?? liveSiretProblem(form.siret, siretLeft) ?? undefined;

  return (
    <div className="actor-form-screen">
      <header className="page-header">
        <div>
          <h1>{id === undefined ? 'Nouvel acteur' : `Modifier ${quoted(actorName ?? '')}`}</h1>
          <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        </div>
      </header>
      {submitError ? (
        <Notice tone="error">
          <p className="form-error-title">{submitError}</p>
          {unplacedErrors.length > 0 ? (
            <ul className="form-error-list">
              {unplacedErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Fiche de l’acteur">
        <FormSection title="Identité" id="form-identite">
          <IdentityFields
            form={form}
            errors={errors}
            siretMessage={siretMessage}
            communeOptions={actorCommuneOptions}
            setField={setField}
            onSiretBlur={() => setSiretLeft(true)}
            onCommuneChange={(communeCode) =>
              edit(
                (prev) => ({
                  ...prev,
                  communeCode,
                  postcode: postcodeForCommune(
                    prev.postcode,
                    communes.find((c) => c.code === communeCode),
                  ),
                }),
                'communeCode',
              )
            }
          />
        </FormSection>

        <FormSection title="Contacts" id="form-contacts">
          <ContactsEditor
            contacts={form.contacts}
            errors={errors}
            onChange={(index, patch, path) => edit((prev) => updateContact(prev, index, patch), path)}
            onAdd={() =>
              edit((prev) => ({ ...prev, contacts: [...prev.contacts, emptyContact()] }), 'contacts')
            }
            onRemove={(index) =>
              edit((prev) => ({ ...prev, contacts: removeAt(prev.contacts, index) }), 'contacts.')
            }
          />
        </FormSection>

        <FormSection title="Lieux et services" id="form-lieux">
          {form.places.length === 0 ? (
            <p className="form-none">
              Aucun lieu pour l’instant. Ajoutez les lieux où l’acteur accueille le public, avec leurs
              services et leurs horaires.
            </p>
          ) : null}
          {form.places.map((place, index) => (
            <PlaceEditor
              key={place.key}
              place={place}
              index={index}
              count={form.places.length}
              communes={communes}
              communeOptions={placeCommuneOptions}
              errors={errors}
              onChange={(patch, path) => edit((prev) => updatePlace(prev, index, patch), path)}
              onMove={(delta) => edit((prev) => movePlace(prev, index, delta), 'places.')}
              onRemove={() => edit((prev) => ({ ...prev, places: removeAt(prev.places, index) }), 'places.')}
            />
          ))}
          <Button
            onClick={() => edit((prev) => ({ ...prev, places: [...prev.places, emptyPlace()] }), 'places')}
          >
            Ajouter un lieu
          </Button>
        </FormSection>

        <FormSection title="Publics et accompagnements" id="form-publics">
          <ChipsField
            path="publics"
            legend="Publics spécifiquement adressés"
            options={PUBLICS}
            selected={form.publics}
            error={errors.publics}
            onChange={setField('publics')}
          />
          <ChipsField
            path="specificSupports"
            legend="Prise en charge spécifique"
            options={SPECIFIC_SUPPORTS}
            selected={form.specificSupports}
            error={errors.specificSupports}
            onChange={setField('specificSupports')}
          />
        </FormSection>

        <FormSection title="Dispositifs et labels" id="form-labels">
          <ChipsField
            path="programmes"
            legend="Dispositifs et programmes nationaux"
            options={NATIONAL_PROGRAMMES}
            selected={form.programmes}
            error={errors.programmes}
            onChange={setField('programmes')}
          />
          <ChipsField
            path="labels"
            legend="Formations et labels"
            options={TRAINING_LABELS}
            selected={form.labels}
            error={errors.labels}
            onChange={setField('labels')}
          />
          <TextField
            path="otherLabels"
            label="Autres formations et labels"
            wide
            value={form.otherLabels}
            error={errors.otherLabels}
            onChange={setField('otherLabels')}
          />
        </FormSection>

        <FormSection title="Notes et vérification" id="form-notes">
          <TextAreaField
            path="notes"
            label="Notes"
            value={form.notes}
            error={errors.notes}
            onChange={setField('notes')}
          />
          <div className="form-grid">
            <TextField
              path="lastVerifiedOn"
              label="Date de dernière vérification"
              type="date"
              hint="Le jour où les informations ont été confirmées auprès de l’acteur."
              value={form.lastVerifiedOn}
              error={errors.lastVerifiedOn}
              onChange={setField('lastVerifiedOn')}
            />
          </div>
        </FormSection>

        <div className="form-actions">
          {dirty ? <span className="form-dirty">Modifications non enregistrées</span> : null}
          <Button onClick={() => (dirty ? setLeaving({ href: null }) : leave())}>Annuler</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            {saving ? 'Enregistrement…' : 'Enregistrer'}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={leaving !== null}
        title={'Abandonner les modifications\u00a0?'}
        confirmLabel="Abandonner les modifications"
        danger
        onConfirm={() => {
          const href = leaving?.href;
          setLeaving(null);
          setSavedSnapshot(formSnapshot(form));
          if (href) window.location.hash = href;
          else leave();
        }}
        onCancel={() => setLeaving(null)}
      >
        Les modifications de cette fiche ne sont pas enregistrées. Si vous quittez la page, elles seront
        perdues.
      </ConfirmDialog>
    </div>
  );
}
