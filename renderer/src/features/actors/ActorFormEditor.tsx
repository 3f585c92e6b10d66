import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { navigate } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import {
  actorInputFromForm,
  emptyContact,
  formSnapshot,
  type ActorForm,
  type FieldErrors,
} from './actorFormModel';
import { communeOptions, removeAt, updateContact } from './actorFormEdits';
import { forgetErrorAt, liveSiretProblem, sortErrors, validateActorInput } from './actorFormErrors';
import { ContactsEditor } from './ContactsEditor';
import { focusField } from './focusField';
import { FormSection } from './formFields';
import { IdentityFields } from './IdentityFields';
import { PlacesSection } from './PlacesSection';
import { QualifierSections } from './QualifierSections';
import { useLeaveGuard } from './useLeaveGuard';

const LOCAL_ERROR = 'La fiche n’est pas enregistrée\u00a0: corrigez les champs signalés ci-dessous.';

/**
 * The actor form itself: its sections, the checks before saving, the save, and the question before leaving.
 * About 200 lines on purpose: the save's steps (local checks, focus on the first error, the call, the
 * server's errors, the leave guard) read best in one place; every field group is its own component.
 */
export function ActorFormEditor({
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
  const askLeave = useCallback((href: string | null) => setLeaving({ href }), []);
  const communes = territory.communes;
  const actorCommuneOptions = useMemo(
    () => communeOptions(communes, { code: initial.communeCode, name: storedCommuneName }),
    [communes, initial.communeCode, storedCommuneName],
  );
  const placeCommuneOptions = useMemo(() => communeOptions(communes, null), [communes]);

  useLeaveGuard(dirty, askLeave);

  // A new actor starts with its name: the cursor is there, not on the menu.
  useEffect(() => {
    if (id === undefined) focusField('name');
  }, [id]);

  /** Applies a change and forgets the error of the field it touched (a path ending in « . »: all below it). */
  const edit = (change: (form: ActorForm) => ActorForm, path: string) => {
    setForm(change);
    setErrors((prev) => forgetErrorAt(prev, path));
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
            communes={communes}
            onAddressChange={(patch, path) => edit((prev) => ({ ...prev, ...patch }), path)}
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

        <PlacesSection
          places={form.places}
          communes={communes}
          communeOptions={placeCommuneOptions}
          errors={errors}
          edit={edit}
        />

        <QualifierSections form={form} errors={errors} setField={setField} />

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
