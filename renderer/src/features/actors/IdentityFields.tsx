import { ACTOR_ROLES, ACTOR_ROLE_CODES } from '../../../../shared/vocabularies/actorRoles';
import type { ActorForm, FieldErrors } from './actorFormModel';
import { ChipsField, CommuneField, TextField } from './formFields';
import { TypologyPicker } from './TypologyPicker';

/** The « Identité » section of the actor form: name, SIRET, typologies, roles, address, coordinates, website. */
export function IdentityFields({
  form,
  errors,
  siretMessage,
  communeOptions,
  setField,
  onSiretBlur,
  onCommuneChange,
}: {
  form: ActorForm;
  errors: FieldErrors;
  siretMessage: string | undefined;
  communeOptions: readonly { code: string; name: string }[];
  setField: <K extends keyof ActorForm>(key: K) => (value: ActorForm[K]) => void;
  onSiretBlur: () => void;
  onCommuneChange: (communeCode: string) => void;
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
        <TextField
          path="address"
          label="Adresse"
          value={form.address}
          error={errors.address}
          onChange={setField('address')}
        />
        <TextField
          path="addressComplement"
          label="Complément d’adresse"
          value={form.addressComplement}
          error={errors.addressComplement}
          onChange={setField('addressComplement')}
        />
        <CommuneField
          path="communeCode"
          label="Commune"
          value={form.communeCode}
          options={communeOptions}
          error={errors.communeCode}
          onChange={onCommuneChange}
        />
        <TextField
          path="postcode"
          label="Code postal"
          inputMode="numeric"
          value={form.postcode}
          error={errors.postcode}
          onChange={setField('postcode')}
        />
        <TextField
          path="latitude"
          label="Latitude"
          inputMode="decimal"
          hint="Degrés décimaux, ex. 46,5801"
          value={form.latitude}
          error={errors.latitude}
          onChange={setField('latitude')}
        />
        <TextField
          path="longitude"
          label="Longitude"
          inputMode="decimal"
          hint="Degrés décimaux, ex. 0,3405"
          value={form.longitude}
          error={errors.longitude}
          onChange={setField('longitude')}
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
