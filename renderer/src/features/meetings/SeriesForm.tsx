import { useState } from 'react';
import type { MeetingChoicesDto } from '../../../../shared/meetings/meetingsDto';
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from '../../../../shared/meetings/meetingsVocabulary';
import type { MonthlyNth } from '../../../../shared/meetings/recurrencePattern';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { MeetingTimeFields } from './MeetingTimeFields';
import { PlaceField } from './PlaceField';
import {
  INTERVALS,
  NTH_LABELS,
  previewSentence,
  RHYTHM_LABELS,
  withRhythm,
  type Rhythm,
  type SeriesFormValues,
} from './seriesForm';

/** The days every month has: a series « le 31 de chaque mois » would skip most months. */
const MONTH_DAYS = Array.from({ length: 28 }, (_, index) => index + 1);

/** Plans a recurring series: the rhythm picked in French, shown as the sentence it makes, then saved. */
export function SeriesForm({
  initial,
  places,
  today,
  onSave,
  onCancel,
}: {
  initial: SeriesFormValues;
  places: MeetingChoicesDto['places'];
  /** A series begun before today keeps its past dates as held: the form says its change holds from today. */
  today: string;
  onSave: (values: SeriesFormValues) => Promise<AppError | null>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<SeriesFormValues>) => setValues((v) => ({ ...v, ...change }));
  const fieldError = (name: string) =>
    error?.fields ? Object.entries(error.fields).find(([key]) => key.startsWith(name))?.[1] : undefined;

  const submit = async () => {
    setBusy(true);
    const failure = await onSave(values);
    setBusy(false);
    setError(failure);
  };

  return (
    <form
      className="series-form"
      aria-label={values.id === undefined ? 'Nouvelle série de réunions' : 'Modifier la série'}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {initial.id !== undefined && initial.startsOn < today ? (
        <Notice tone="info">
          Les dates déjà passées de cette série restent telles qu’elles ont eu lieu (heure, lieu, ordre du
          jour)&nbsp;: ce que vous changez ici vaut à partir d’aujourd’hui. Seule la fin de la série peut
          changer sans cela.
        </Notice>
      ) : null}
      <p className="series-sentence" aria-live="polite">
        {previewSentence(values)}
      </p>
      <div className="form-grid">
        <Field label="Rythme">
          {(props) => (
            <select
              {...props}
              value={values.rhythm}
              onChange={(e) => setValues(withRhythm(values, e.target.value as Rhythm))}
            >
              {(Object.keys(RHYTHM_LABELS) as Rhythm[]).map((rhythm) => (
                <option key={rhythm} value={rhythm}>
                  {RHYTHM_LABELS[rhythm]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Fréquence">
          {(props) => (
            <select
              {...props}
              value={values.interval}
              onChange={(e) => set({ interval: Number(e.target.value) })}
            >
              {INTERVALS[values.rhythm].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.rhythm === 'monthlyWeekday' ? (
          <Field label="Lequel">
            {(props) => (
              <select
                {...props}
                value={values.nth}
                onChange={(e) => set({ nth: Number(e.target.value) as MonthlyNth })}
              >
                {NTH_LABELS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {values.rhythm === 'monthlyDay' ? (
          <Field
            label="Jour du mois"
            hint={`Du 1er au 28, les jours de tous les mois\u00a0; pour la fin du mois, choisissez «\u00a0${RHYTHM_LABELS.monthlyWeekday}\u00a0» et «\u00a0dernier\u00a0».`}
            error={fieldError('pattern')}
          >
            {(props) => (
              <select {...props} value={values.day} onChange={(e) => set({ day: Number(e.target.value) })}>
                {MONTH_DAYS.map((day) => (
                  <option key={day} value={day}>
                    {day === 1 ? '1er' : day}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label="Jour">
            {(props) => (
              <select
                {...props}
                value={values.weekday}
                onChange={(e) => set({ weekday: e.target.value as Weekday })}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {WEEKDAY_NAMES[day]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <MeetingTimeFields values={values} onChange={set} timeError={fieldError('time')}>
          <Field label="À partir du" error={fieldError('startsOn')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={values.startsOn}
                onChange={(e) => set({ startsOn: e.target.value })}
              />
            )}
          </Field>
          <Field label="Fin" error={fieldError('end')}>
            {(props) => (
              <select
                {...props}
                value={values.endKind}
                onChange={(e) => set({ endKind: e.target.value as SeriesFormValues['endKind'] })}
              >
                <option value="none">Sans date de fin</option>
                <option value="until">Jusqu’à une date</option>
                <option value="count">Après un nombre de réunions</option>
              </select>
            )}
          </Field>
          {values.endKind === 'until' ? (
            <Field label="Dernier jour">
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={values.endOn}
                  onChange={(e) => set({ endOn: e.target.value })}
                />
              )}
            </Field>
          ) : null}
          {values.endKind === 'count' ? (
            <Field label="Nombre de réunions">
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={1}
                  max={240}
                  value={values.count}
                  onChange={(e) => set({ count: Number(e.target.value) })}
                />
              )}
            </Field>
          ) : null}
        </MeetingTimeFields>
      </div>
      <PlaceField value={values.place} places={places} onChange={(place) => set({ place })} />
      {error && !error.fields ? <Notice tone="error">{error.message}</Notice> : null}
      {error?.fields ? <Notice tone="error">{Object.values(error.fields).join(' ')}</Notice> : null}
      <div className="meetings-form-actions">
        <Button variant="primary" type="submit" disabled={busy}>
          {values.id === undefined ? 'Planifier la série' : 'Enregistrer la série'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
