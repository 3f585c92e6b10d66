import type { CommuneDto } from '../../../../shared/territory/dto';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  ITINERANCE,
  SERVICES,
} from '../../../../shared/vocabularies/lieuxMediation';
import { Button } from '../../ui/Button';
import type { FieldErrors, PlaceForm } from './actorFormModel';
import { AddressFields } from './AddressFields';
import { ChipsField, TextField } from './formFields';
import { OpeningHoursField } from './OpeningHoursField';
import { PermanencesEditor } from './PermanencesEditor';

/** One place of the actor: where, which services, how, when; and its permanences when it is itinerant. */
export function PlaceEditor({
  place,
  index,
  count,
  communes,
  communeOptions,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  place: PlaceForm;
  index: number;
  count: number;
  communes: readonly CommuneDto[];
  communeOptions: readonly { code: string; name: string }[];
  errors: FieldErrors;
  onChange: (patch: Partial<PlaceForm>, path: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const at = (field: string) => `places.${index}.${field}`;
  const number = index + 1;
  const showPermanences = place.itinerance.includes('Itinérant') || place.permanences.length > 0;

  return (
    <fieldset className="place-editor">
      <legend>
        Lieu {number}
        {place.name.trim() ? `\u00a0: ${place.name.trim()}` : ''}
      </legend>
      <div className="place-tools">
        <Button
          variant="ghost"
          disabled={index === 0}
          aria-label={`Monter le lieu ${number}`}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>Monter
        </Button>
        <Button
          variant="ghost"
          disabled={index === count - 1}
          aria-label={`Descendre le lieu ${number}`}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓ </span>Descendre
        </Button>
        <Button variant="ghost" aria-label={`Retirer le lieu ${number}`} onClick={onRemove}>
          Retirer le lieu
        </Button>
      </div>
      <div className="form-grid">
        <TextField
          path={at('name')}
          label="Nom du lieu"
          required
          wide
          value={place.name}
          error={errors[at('name')]}
          onChange={(name) => onChange({ name }, at('name'))}
        />
        <AddressFields
          value={place}
          prefix={`places.${index}.`}
          suffix="du lieu"
          communes={communes}
          communeOptions={communeOptions}
          errors={errors}
          onChange={onChange}
        />
        <TextField
          path={at('phone')}
          label="Téléphone du lieu"
          type="tel"
          value={place.phone}
          error={errors[at('phone')]}
          onChange={(phone) => onChange({ phone }, at('phone'))}
        />
        <TextField
          path={at('email')}
          label="Courriel du lieu"
          type="email"
          value={place.email}
          error={errors[at('email')]}
          onChange={(email) => onChange({ email }, at('email'))}
        />
        <TextField
          path={at('bookingUrl')}
          label="Lien de prise de rendez-vous"
          type="url"
          hint="commence par https://"
          value={place.bookingUrl}
          error={errors[at('bookingUrl')]}
          onChange={(bookingUrl) => onChange({ bookingUrl }, at('bookingUrl'))}
        />
      </div>
      <ChipsField
        path={at('services')}
        legend="Services"
        options={SERVICES}
        selected={place.services}
        error={errors[at('services')]}
        onChange={(services) => onChange({ services }, at('services'))}
      />
      <ChipsField
        path={at('accessModes')}
        legend="Modalités d’accès"
        options={ACCESS_MODES}
        selected={place.accessModes}
        error={errors[at('accessModes')]}
        onChange={(accessModes) => onChange({ accessModes }, at('accessModes'))}
      />
      <ChipsField
        path={at('accompanimentModes')}
        legend="Modalités d’accompagnement"
        options={ACCOMPANIMENT_MODES}
        selected={place.accompanimentModes}
        error={errors[at('accompanimentModes')]}
        onChange={(accompanimentModes) => onChange({ accompanimentModes }, at('accompanimentModes'))}
      />
      <div className="form-grid">
        <ChipsField
          path={at('fees')}
          legend="Frais à charge"
          options={FEES}
          selected={place.fees}
          error={errors[at('fees')]}
          onChange={(fees) => onChange({ fees }, at('fees'))}
        />
        <ChipsField
          path={at('itinerance')}
          legend="Itinérance"
          options={ITINERANCE}
          selected={place.itinerance}
          error={errors[at('itinerance')]}
          onChange={(itinerance) => onChange({ itinerance }, at('itinerance'))}
        />
      </div>
      <OpeningHoursField
        path={at('openingHours')}
        value={place.openingHours}
        error={errors[at('openingHours')]}
        onChange={(openingHours) => onChange({ openingHours }, at('openingHours'))}
      />
      {showPermanences ? (
        <PermanencesEditor
          permanences={place.permanences}
          prefix={`places.${index}.permanences`}
          communeOptions={communeOptions}
          errors={errors}
          onChange={(permanences, path) => onChange({ permanences }, path)}
        />
      ) : null}
    </fieldset>
  );
}
