import { useId, useState } from 'react';
import type { MeetingDto } from '../../../../shared/meetings/meetingsDto';
import { ANIMATION_KINDS } from '../../../../shared/meetings/meetingsVocabulary';
import type { AppError } from '../../../../shared/result';
import { useAutosave } from './useAutosave';

/** « 14 » → 14, « » → null (not counted), anything else: not a count. */
export function participantsOf(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/**
 * How many came, its public included (an atelier's, a café-débat's): saved as typed; empty is « not counted »,
 * never 0. It feeds « Vie du réseau ».
 */
export function ParticipantsField({
  meeting,
  save,
}: {
  meeting: MeetingDto;
  save: (participantsCount: number | null) => Promise<AppError | null>;
}) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(
    meeting.participantsCount === null ? '' : String(meeting.participantsCount),
  );
  const autosave = useAutosave(save);
  const parsed = participantsOf(text);
  const animation = ANIMATION_KINDS.includes(meeting.kind);
  return (
    <div className="field participants-field">
      <label htmlFor={inputId}>Nombre de participants{animation ? ', public compris' : ''}</label>
      <input
        id={inputId}
        className="input"
        inputMode="numeric"
        aria-describedby={hintId}
        aria-invalid={parsed === 'invalid'}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const value = participantsOf(event.target.value);
          if (value !== 'invalid') autosave.schedule(value);
        }}
        onBlur={() => void autosave.flush()}
      />
      <p id={hintId} className={parsed === 'invalid' ? 'field-error' : 'field-hint'}>
        {parsed === 'invalid'
          ? 'Un nombre entier, sans espace ni lettre.'
          : animation
            ? 'Toutes les personnes venues, invitées ou non. Laissez vide si personne n’a compté.'
            : 'Laissez vide si personne n’a compté\u00a0: la présence des invités suffit.'}
        {autosave.status.state === 'error' ? ` Non enregistré\u00a0: ${autosave.status.message}` : ''}
      </p>
    </div>
  );
}
