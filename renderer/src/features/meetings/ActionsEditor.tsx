import { useCallback, useState } from 'react';
import type {
  MeetingActionDto,
  MeetingChoicesDto,
  MeetingDto,
} from '../../../../shared/meetings/meetingsDto';
import type { MeetingActionSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import { formatDate } from '../../../../shared/format/french';
import { followUpLabel } from '../../../../shared/meetings/followUpState';
import { useAppToday } from '../roadmap/versions/useAppToday';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { useAutosave } from './useAutosave';
import { ActionForm } from './ActionForm';
import { rowInput, type RowDraft } from './actionDraft';

/**
 * One follow-up action, editable in place: what, who, by when, saved as typed (the link to its fiche action and
 * whether it is done are kept); the checkbox closes it, « Supprimer » removes it (with « Annuler »).
 */
function ActionRow({
  action,
  index,
  meeting,
  save,
  onDelete,
  today,
}: {
  action: MeetingActionDto;
  index: number;
  meeting: MeetingDto;
  /** The backend's day, to say an action past its due date « En retard » as the documents do; null while asked. */
  today: string | null;
  save: (input: MeetingActionSaveInput) => Promise<AppError | null>;
  onDelete: (action: MeetingActionDto) => void;
}) {
  const [draft, setDraft] = useState<RowDraft>({
    what: action.what,
    who: action.who ?? '',
    dueOn: action.dueOn ?? '',
  });
  const { id, roadmapActionId, doneOn } = action;
  const saveRow = useCallback(
    (row: RowDraft) => save(rowInput({ id, roadmapActionId }, meeting.id, row, doneOn !== null)),
    [save, id, roadmapActionId, doneOn, meeting.id],
  );
  const autosave = useAutosave(saveRow);
  const change = (partial: Partial<RowDraft>) => {
    const next = { ...draft, ...partial };
    setDraft(next);
    autosave.schedule(next);
  };
  const label = `Action ${index + 1}`;
  return (
    <li className={`action-row${action.doneOn ? ' action-done' : ''}`}>
      <input
        type="checkbox"
        className="action-check"
        aria-label={`Fait\u00a0: ${action.what}`}
        checked={action.doneOn !== null}
        onChange={() => void save(rowInput(action, meeting.id, draft, action.doneOn === null))}
      />
      <input
        className="input action-what"
        aria-label={`${label}\u00a0: action à mener`}
        value={draft.what}
        onChange={(e) => change({ what: e.target.value })}
        onBlur={() => void autosave.flush()}
      />
      <Button
        variant="ghost"
        aria-label={`Supprimer l’action ${action.what}`}
        onClick={() => onDelete(action)}
      >
        Supprimer
      </Button>
      <span className="action-row-fields">
        <label>
          Qui
          <input
            className="input"
            list={`who-${meeting.id}`}
            aria-label={`${label}\u00a0: qui`}
            placeholder="non renseigné"
            value={draft.who}
            onChange={(e) => change({ who: e.target.value })}
            onBlur={() => void autosave.flush()}
          />
        </label>
        <label>
          Pour le
          <input
            className="input"
            type="date"
            aria-label={`${label}\u00a0: pour le`}
            value={draft.dueOn}
            onChange={(e) => change({ dueOn: e.target.value })}
            onBlur={() => void autosave.flush()}
          />
        </label>
        <span className="series-item-meta">
          {today
            ? followUpLabel(action, today)
            : action.doneOn
              ? `Faite le ${formatDate(action.doneOn)}`
              : 'À faire'}
          {action.roadmapActionLabel ? ` · ${action.roadmapActionLabel}` : ''}
        </span>
        {autosave.status.state === 'error' ? (
          <span className="field-error" role="alert">
            Non enregistré&nbsp;: {autosave.status.message}
          </span>
        ) : (
          <span className="save-status" role="status">
            {autosave.status.state === 'saved' ? '' : 'Enregistrement…'}
          </span>
        )}
      </span>
    </li>
  );
}

/** The follow-up actions decided at the meeting: editable in place, done or open, and a form to add one. */
export function ActionsEditor({
  meeting,
  chantiers,
  save,
  remove,
}: {
  meeting: MeetingDto;
  chantiers: MeetingChoicesDto['chantiers'];
  save: (input: MeetingActionSaveInput) => Promise<AppError | null>;
  remove: (id: number) => Promise<AppError | null>;
}) {
  const toast = useToast();
  const today = useAppToday();
  const drop = async (action: MeetingActionDto) => {
    const failure = await remove(action.id);
    if (failure) toast({ message: failure.message, tone: 'error' });
    else
      toast({
        message: `Action «\u00a0${action.what}\u00a0» supprimée.`,
        action: {
          label: 'Annuler',
          onClick: () =>
            void save({
              meetingId: meeting.id,
              what: action.what,
              who: action.who,
              dueOn: action.dueOn,
              done: action.doneOn !== null,
              roadmapActionId: action.roadmapActionId,
            }),
        },
      });
  };
  return (
    <div className="actions-editor">
      {meeting.actions.length === 0 ? <p className="meeting-list-empty">Aucune action décidée.</p> : null}
      <ul className="action-list">
        {meeting.actions.map((action, index) => (
          <ActionRow
            key={action.id}
            action={action}
            index={index}
            meeting={meeting}
            save={save}
            onDelete={(gone) => void drop(gone)}
            today={today}
          />
        ))}
      </ul>
      <ActionForm meeting={meeting} chantiers={chantiers} save={save} />
    </div>
  );
}
