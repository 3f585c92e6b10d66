import type { OpeningHoursReading } from '../../../../shared/actors/dto';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useDebounced } from './useDebounced';

export const OPENING_HOURS_HINT =
  'En français («\u00a0du lundi au vendredi de 9\u00a0h à 12\u00a0h et de 14\u00a0h à 17\u00a0h\u00a0») ou au format OpenStreetMap (Mo-Fr 09:00-12:00,14:00-17:00)';

/**
 * The backend adds to a reading the OpenStreetMap form French hours will be stored as (`stored`) and a corrected
 * value to accept (`proposal`); `shared/actors/dto.ts` does not declare them yet, so they are read with care.
 */
function extra(reading: OpeningHoursReading | null, field: 'stored' | 'proposal'): string | null {
  if (reading === null || !(field in reading)) return null;
  const value = (reading as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The opening hours, typed in French or in OpenStreetMap syntax, read back in French under the field as the user
 * types. French is stored in OpenStreetMap syntax: the field shows that form and puts it in place when the user
 * leaves the field; a suggested correction is taken in one click.
 */
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
  const stored = extra(current, 'stored');
  const proposal = extra(current, 'proposal');

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
            onBlur={() => {
              if (stored !== null) onChange(stored);
            }}
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
            {stored !== null ? (
              <p className="hours-stored">
                Enregistré au format OpenStreetMap&nbsp;: <code>{stored}</code>
              </p>
            ) : null}
          </div>
        ) : current?.status === 'invalid' ? (
          <div className="hours-warning">
            <span className="badge badge-warning">Horaires à corriger</span> Format non reconnu&nbsp;: ces
            horaires seront enregistrés tels quels, mais signalés sur la fiche. {current.message}
            {proposal !== null ? (
              <div>
                <Button
                  onClick={() => onChange(proposal)}
                  aria-label={`Utiliser la forme corrigée\u00a0: ${proposal}`}
                >
                  Utiliser la forme corrigée
                </Button>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
