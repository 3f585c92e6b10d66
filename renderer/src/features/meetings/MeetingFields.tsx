import { useCallback, useState } from 'react';
import type { MeetingChoicesDto, MeetingDto } from '../../../../shared/meetings/meetingsDto';
import type { AppError } from '../../../../shared/result';
import { Field } from '../../ui/Field';
import { MeetingTimeFields } from './MeetingTimeFields';
import { PlaceField } from './PlaceField';
import { draftOf, saveInputOf, type MeetingDraft } from './meetingDraft';
import { useAutosave, type SaveState } from './useAutosave';
import type { MeetingSaveInput } from '../../../../shared/meetings/meetingsSchemas';

const SAVE_LABELS: Record<SaveState['state'], string> = {
  saved: 'Enregistré',
  pending: 'Modifications en cours…',
  saving: 'Enregistrement…',
  error: 'Non enregistré',
};

/** When, how long, what and where: saved as the user types (a date of a series moved is an exception). */
export function MeetingFields({
  meeting,
  places,
  save,
}: {
  meeting: MeetingDto;
  places: MeetingChoicesDto['places'];
  save: (input: MeetingSaveInput) => Promise<AppError | null>;
}) {
  const [draft, setDraft] = useState<MeetingDraft>(() => draftOf(meeting));
  const saveDraft = useCallback(
    async (next: MeetingDraft) => {
      const input = saveInputOf(meeting, next);
      return input ? save(input) : null;
    },
    [meeting, save],
  );
  const autosave = useAutosave(saveDraft);
  const change = (partial: Partial<MeetingDraft>) => {
    const next = { ...draft, ...partial };
    setDraft(next);
    autosave.schedule(next);
  };

  return (
    <div className="meeting-fields">
      <div className="form-grid">
        <Field label="Date">
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.day}
              onChange={(e) => change({ day: e.target.value })}
            />
          )}
        </Field>
        <MeetingTimeFields values={draft} onChange={change} onTitleBlur={() => void autosave.flush()} />
      </div>
      <PlaceField
        value={draft.place}
        places={places}
        onChange={(place) => change({ place })}
        onCommit={() => void autosave.flush()}
      />
      <p className={`save-status save-status-${autosave.status.state}`} role="status">
        {autosave.status.state === 'error'
          ? `${SAVE_LABELS.error}\u00a0: ${autosave.status.message}`
          : SAVE_LABELS[autosave.status.state]}
      </p>
    </div>
  );
}
