import {
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SPECIFIC_SUPPORTS,
  TRAINING_LABELS,
} from '../../../../shared/vocabularies/lieuxMediation';
import type { ActorForm, FieldErrors } from './actorFormModel';
import { ChipsField, FormSection, TextAreaField, TextField } from './formFields';

/** The actor form's last sections: publics and supports, programmes and labels, notes and verification. */
export function QualifierSections({
  form,
  errors,
  setField,
}: {
  form: ActorForm;
  errors: FieldErrors;
  setField: <K extends keyof ActorForm>(key: K) => (value: ActorForm[K]) => void;
}) {
  return (
    <>
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
    </>
  );
}
