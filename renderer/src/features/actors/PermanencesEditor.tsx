import { WEEKDAYS, WEEKDAY_CODES, type Weekday } from '../../../../shared/vocabularies/weekdays';
import { Button } from '../../ui/Button';
import { removeAt } from './actorFormEdits';
import { emptyPermanence, type FieldErrors, type PermanenceForm } from './actorFormModel';
import { focusField } from './focusField';
import { CommuneField, TextField } from './formFields';

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

/** The permanences an itinerant place holds: one row each, added and removed here. */
export function PermanencesEditor({
  permanences,
  prefix,
  communeOptions,
  errors,
  onChange,
}: {
  permanences: PermanenceForm[];
  /** The path of the list (`places.0.permanences`). */
  prefix: string;
  communeOptions: readonly { code: string; name: string }[];
  errors: FieldErrors;
  onChange: (permanences: PermanenceForm[], path: string) => void;
}) {
  const setPermanence = (i: number, patch: Partial<PermanenceForm>, path: string) =>
    onChange(
      permanences.map((p, j) => (j === i ? { ...p, ...patch } : p)),
      path,
    );
  return (
    <div className="permanences">
      <h3 className="permanences-title">Permanences</h3>
      {permanences.length === 0 ? (
        <p className="form-none">
          Un lieu itinérant tient des permanences&nbsp;: indiquez la commune, les jours et le rythme de
          chacune.
        </p>
      ) : null}
      {permanences.map((permanence, i) => (
        <PermanenceRow
          key={permanence.key}
          permanence={permanence}
          index={i}
          prefix={`${prefix}.${i}.`}
          communes={communeOptions}
          errors={errors}
          onChange={(patch, path) => setPermanence(i, patch, path)}
          onRemove={() => onChange(removeAt(permanences, i), `${prefix}.`)}
        />
      ))}
      <Button
        onClick={() => {
          onChange([...permanences, emptyPermanence()], prefix);
          focusField(`${prefix}.${permanences.length}.communeCode`);
        }}
      >
        Ajouter une permanence
      </Button>
    </div>
  );
}
