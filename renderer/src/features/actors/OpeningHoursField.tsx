import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { Field } from '../../ui/Field';
import { useDebounced } from './useDebounced';

export const OPENING_HOURS_HINT = 'Format OpenStreetMap, ex. Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00';

/** The opening hours as typed (OpenStreetMap syntax), read back in French under the field as the user types. */
export function OpeningHoursField({
  path,
  value,
  onChange,
  error,
}: {
  path: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const settled = useDebounced(value.trim(), 300);
  const readable = settled !== '' && settled.length <= 500;
  const { loaded } = useLoaded(
    () => call('openingHours.read', { value: settled }),
    readable ? settled : null,
  );

  const current = loaded.state === 'ready' && settled === value.trim() ? loaded.data : null;

  return (
    <div data-field={path} className="form-wide">
      <Field label="Horaires d’ouverture" hint={OPENING_HOURS_HINT} error={error}>
        {(props) => (
          <input
            {...props}
            type="text"
            spellCheck={false}
            autoComplete="off"
            className="hours-input"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      <div className="hours-reading" aria-live="polite">
        {current?.status === 'valid' ? (
          <div className="hours-valid">
            <span className="hours-reading-title">Lecture des horaires&nbsp;:</span>
            <ul>
              {current.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : current?.status === 'invalid' ? (
          <div className="hours-warning">
            <span className="badge badge-warning">Horaires à corriger</span> Format non reconnu : ces horaires
            seront enregistrés tels quels, mais signalés sur la fiche. {current.message}
          </div>
        ) : null}
      </div>
    </div>
  );
}
