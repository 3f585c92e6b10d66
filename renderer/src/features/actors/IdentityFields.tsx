import { ACTOR_ROLES, ACTOR_ROLE_CODES } from '../../../../shared/vocabularies/actorRoles';
import type { CommuneDto } from '../../../../shared/territory/dto';
import { AddressFields, type AddressForm } from './AddressFields';
import type { ActorForm, FieldErrors } from './actorFormModel';
import { ChipsField, TextField } from './formFields';
import { TypologyPicker } from './TypologyPicker';

/** The « Identité » section of the actor form: name, SIRET, typologies, roles, address, coordinates, website. */
export function IdentityFields({
  form,
  errors,
  siretMessage,
  communes,
  communeOptions,
  setField,
  onSiretBlur,
  onAddressChange,
}: {
  form: ActorForm;
  errors: FieldErrors;
  siretMessage: string | undefined;
  communes: readonly CommuneDto[];
  communeOptions: readonly { code: string; name: string }[];
  setField: <K extends keyof ActorForm>(key: K) => (value: ActorForm[K]) => void;
  onSiretBlur: () => void;
  onAddressChange: (patch: Partial<AddressForm>, path: string) => void;
}) {
  return (
    <>
      <div className="form-grid">
        <TextField
          path="name"
          label="Nom"
          required
          wide
          value={form.name}
          error={errors.name}
          onChange={setField('name')}
        />
        <TextField
          path="siret"
          label="SIRET"
          hint="14 chiffres, facultatif"
          inputMode="numeric"
          value={form.siret}
          error={siretMessage}
          onChange={setField('siret')}
          onBlur={onSiretBlur}
        />
      </div>
      <TypologyPicker
        selected={form.typologies}
        error={errors.typologies}
        onChange={setField('typologies')}
      />
      <ChipsField
        path="roles"
        legend="Rôles"
        options={ACTOR_ROLE_CODES}
        selected={form.roles}
        labelOf={(role) => ACTOR_ROLES[role]}
        error={errors.roles}
        onChange={setField('roles')}
      />
      <div className="form-grid">
        <AddressFields
          value={form}
          coordinateHint="Degrés décimaux, ex."
          communes={communes}
          communeOptions={communeOptions}
          anywhereInFrance
          errors={errors}
          onChange={onAddressChange}
        />
        <TextField
          path="website"
          label="Site web"
          type="url"
          hint="commence par https://"
          value={form.website}
          error={errors.website}
          onChange={setField('website')}
        />
      </div>
    </>
  );
}
