import type { ReactNode } from 'react';
import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type MeetingKind,
} from '../../../../shared/meetings/meetingsVocabulary';
import { formatDuration } from '../../../../shared/meetings/meetingTimes';
import { Field } from '../../ui/Field';
import { DURATIONS } from './seriesForm';

export interface MeetingTimeValues {
  /** HH:MM, Paris wall-clock time. */
  time: string;
  durationMinutes: number;
  kind: MeetingKind;
  title: string;
}

/**
 * The time, duration, kind and title a series and a single meeting share, as cells of their form's grid. The
 * duration offers the usual lengths plus the one held (a series or a meeting saved with another length keeps it).
 * `children` come between the duration and the kind (a series' first day and end).
 */
export function MeetingTimeFields({
  values,
  onChange,
  timeError,
  onTitleBlur,
  children,
}: {
  values: MeetingTimeValues;
  onChange: (change: Partial<MeetingTimeValues>) => void;
  timeError?: string;
  onTitleBlur?: () => void;
  children?: ReactNode;
}) {
  return (
    <>
      <Field label="Heure" error={timeError}>
        {(props) => (
          <input
            {...props}
            type="time"
            step={300}
            value={values.time}
            onChange={(e) => onChange({ time: e.target.value })}
          />
        )}
      </Field>
      <Field label="Durée">
        {(props) => (
          <select
            {...props}
            value={values.durationMinutes}
            onChange={(e) => onChange({ durationMinutes: Number(e.target.value) })}
          >
            {[...new Set([...DURATIONS, values.durationMinutes])]
              .sort((a, b) => a - b)
              .map((minutes) => (
                <option key={minutes} value={minutes}>
                  {formatDuration(minutes)}
                </option>
              ))}
          </select>
        )}
      </Field>
      {children}
      <Field label="Type de réunion">
        {(props) => (
          <select
            {...props}
            value={values.kind}
            onChange={(e) => onChange({ kind: e.target.value as MeetingKind })}
          >
            {MEETING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {MEETING_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Titre (facultatif)" hint={`Sinon\u00a0: ${MEETING_KIND_LABELS[values.kind]}.`}>
        {(props) => (
          <input
            {...props}
            value={values.title}
            onChange={(e) => onChange({ title: e.target.value })}
            onBlur={onTitleBlur}
          />
        )}
      </Field>
    </>
  );
}
