import type { CommuneDto } from '../../../../shared/territory/dto';
import { WEEKDAYS, WEEKDAY_CODES, type Weekday } from '../../../../shared/vocabularies/weekdays';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  ITINERANCE,
  SERVICES,
} from '../../../../shared/vocabularies/lieuxMediation';
import { Button } from '../../ui/Button';
import { emptyPermanence, type FieldErrors, type PermanenceForm, type PlaceForm } from './actorFormModel';
import { postcodeForCommune, removeAt } from './actorFormEdits';
import { ChipsField, CommuneField, TextField } from './formFields';
import { OpeningHoursField } from './OpeningHoursField';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function PermanenceRow({
  permanence,
  index,
  prefix,
  communes,
  errors,
  onChange,
  onRemove,
}: {
  permanence: PermanenceForm;
  index: number;
  prefix: string;
  communes: readonly { code: string; name: string }[];
  errors: FieldErrors;
  onChange: (patch: Partial<PermanenceForm>, path: string) => void;
  onRemove: () => void;
}) {
  const at = (field: string) => `${prefix}${field}`;
  const toggleDay = (day: Weekday) =>
    onChange(
      {
        weekdays: permanence.weekdays.includes(day)
          ? permanence.weekdays.filter((d) => d !== day)
          : WEEKDAY_CODES.filter((d) => d === day || permanence.weekdays.includes(d)),
      },
      at('weekdays'),
    );
  const daysError = errors[at('weekdays')];
  return (
    <fieldset className="permanence-row">
      <legend>Permanence {index + 1}</legend>
      <div className="form-grid">
        <CommuneField
          path={at('communeCode')}
          label="Commune de la permanence"
          value={permanence.communeCode}
          options={communes}
          error={errors[at('communeCode')]}
          onChange={(communeCode) => onChange({ communeCode }, at('communeCode'))}
        />
        <TextField
          path={at('schedule')}
          label="Rythme"
          hint="ex. 1er et 3e mardi du mois, 9 h – 12 h"
          value={permanence.schedule}
          error={errors[at('schedule')]}
          onChange={(schedule) => onChange({ schedule }, at('schedule'))}
        />
      </div>
      <fieldset data-field={at('weekdays')} className={`chips weekdays${daysError ? ' field-invalid' : ''}`}>
        <legend>Jours de permanence</legend>
        <div className="chips-list">
          {WEEKDAY_CODES.map((day) => (
            <label key={day} className={`chip${permanence.weekdays.includes(day) ? ' chip-on' : ''}`}>
              <input
                type="checkbox"
                checked={permanence.weekdays.includes(day)}
                onChange={() => toggleDay(day)}
              />
              {capitalized(WEEKDAYS[day])}
            </label>
          ))}
        </div>
        {daysError ? (
          <p className="field-error" role="alert">
            {daysError}
          </p>
        ) : null}
      </fieldset>
      <Button variant="ghost" onClick={onRemove} aria-label={`Retirer la permanence ${index + 1}`}>
        Retirer la permanence
      </Button>
    </fieldset>
  );
}

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
  const setPermanence = (i: number, patch: Partial<PermanenceForm>, path: string) =>
    onChange({ permanences: place.permanences.map((p, j) => (j === i ? { ...p, ...patch } : p)) }, path);

  return (
    <fieldset className="place-editor">
      <legend>
        Lieu {number}
        {place.name.trim() ? ` : ${place.name.trim()}` : ''}
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
        <TextField
          path={at('address')}
          label="Adresse du lieu"
          value={place.address}
          error={errors[at('address')]}
          onChange={(address) => onChange({ address }, at('address'))}
        />
        <TextField
          path={at('addressComplement')}
          label="Complément d’adresse du lieu"
          value={place.addressComplement}
          error={errors[at('addressComplement')]}
          onChange={(addressComplement) => onChange({ addressComplement }, at('addressComplement'))}
        />
        <CommuneField
          path={at('communeCode')}
          label="Commune du lieu"
          value={place.communeCode}
          options={communeOptions}
          error={errors[at('communeCode')]}
          onChange={(communeCode) =>
            onChange(
              {
                communeCode,
                postcode: postcodeForCommune(
                  place.postcode,
                  communes.find((c) => c.code === communeCode),
                ),
              },
              at('communeCode'),
            )
          }
        />
        <TextField
          path={at('postcode')}
          label="Code postal du lieu"
          inputMode="numeric"
          value={place.postcode}
          error={errors[at('postcode')]}
          onChange={(postcode) => onChange({ postcode }, at('postcode'))}
        />
        <TextField
          path={at('latitude')}
          label="Latitude du lieu"
          inputMode="decimal"
          hint="ex. 46,5801"
          value={place.latitude}
          error={errors[at('latitude')]}
          onChange={(latitude) => onChange({ latitude }, at('latitude'))}
        />
        <TextField
          path={at('longitude')}
          label="Longitude du lieu"
          inputMode="decimal"
          hint="ex. 0,3405"
          value={place.longitude}
          error={errors[at('longitude')]}
          onChange={(longitude) => onChange({ longitude }, at('longitude'))}
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
        <div className="permanences">
          <h4>Permanences</h4>
          {place.permanences.length === 0 ? (
            <p className="form-none">
              Un lieu itinérant tient des permanences : indiquez la commune, les jours et le rythme de
              chacune.
            </p>
          ) : null}
          {place.permanences.map((permanence, i) => (
            <PermanenceRow
              key={permanence.key}
              permanence={permanence}
              index={i}
              prefix={`places.${index}.permanences.${i}.`}
              communes={communeOptions}
              errors={errors}
              onChange={(patch, path) => setPermanence(i, patch, path)}
              onRemove={() =>
                onChange({ permanences: removeAt(place.permanences, i) }, `places.${index}.permanences.`)
              }
            />
          ))}
          <Button
            onClick={() =>
              onChange(
                { permanences: [...place.permanences, emptyPermanence()] },
                `places.${index}.permanences`,
              )
            }
          >
            Ajouter une permanence
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
