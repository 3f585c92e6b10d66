import { useCallback, useState } from 'react';
import type {
  MeetingActionDto,
  MeetingChoicesDto,
  MeetingDto,
} from '../../../../shared/meetings/meetingsDto';
import type { MeetingActionSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import { formatDate } from '../../../../shared/format/french';
import {
  ACTION_STATUSES,
  ACTION_STATUS_CODES,
  type ActionStatus,
} from '../../../../shared/roadmap/roadmapVocabulary';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { useAutosave } from './useAutosave';

type Effect = 'none' | 'update' | 'create';

interface ActionDraft {
  what: string;
  who: string;
  dueOn: string;
  roadmapActionId: string;
  effect: Effect;
  status: ActionStatus;
  progress: string;
  chantierId: string;
}

const EMPTY: ActionDraft = {
  what: '',
  who: '',
  dueOn: '',
  roadmapActionId: '',
  effect: 'none',
  status: 'en_cours',
  progress: '',
  chantierId: '',
};

function inputOf(
  meetingId: number,
  draft: ActionDraft,
  action: MeetingActionDto | null,
): MeetingActionSaveInput {
  return {
    id: action?.id,
    meetingId,
    what: draft.what,
    who: draft.who || null,
    dueOn: draft.dueOn || null,
    done: action?.doneOn != null,
    roadmapActionId: draft.roadmapActionId ? Number(draft.roadmapActionId) : null,
    roadmap:
      draft.effect === 'update'
        ? { kind: 'update', status: draft.status, progress: Number(draft.progress || 0) }
        : draft.effect === 'create'
          ? { kind: 'create', chantierId: Number(draft.chantierId) }
          : { kind: 'none' },
  };
}

/** Adds a follow-up action: what, who, by when, and (if the user says so) what it does to the feuille de route. */
function ActionForm({
  meeting,
  chantiers,
  save,
}: {
  meeting: MeetingDto;
  chantiers: MeetingChoicesDto['chantiers'];
  save: (input: MeetingActionSaveInput) => Promise<AppError | null>;
}) {
  const [draft, setDraft] = useState<ActionDraft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (partial: Partial<ActionDraft>) => setDraft({ ...draft, ...partial });
  const submit = async () => {
    const failure = await save(inputOf(meeting.id, draft, null));
    setError(failure ? (failure.fields ? Object.values(failure.fields).join(' ') : failure.message) : null);
    if (!failure) setDraft(EMPTY);
  };
  const fiches = chantiers.flatMap((c) => c.actions);
  return (
    <form
      className="action-form"
      aria-label="Nouvelle action à suivre"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="action-form-grid">
        <label>
          Action à mener
          <input className="input" value={draft.what} onChange={(e) => set({ what: e.target.value })} />
        </label>
        <label>
          Qui
          <input
            className="input"
            list={`who-${meeting.id}`}
            value={draft.who}
            onChange={(e) => set({ who: e.target.value })}
          />
          <datalist id={`who-${meeting.id}`}>
            {meeting.invitees.map((i) => (
              <option key={i.id} value={i.name} />
            ))}
          </datalist>
        </label>
        <label>
          Pour le
          <input
            className="input"
            type="date"
            value={draft.dueOn}
            onChange={(e) => set({ dueOn: e.target.value })}
          />
        </label>
        {fiches.length > 0 ? (
          <label>
            Fiche action liée
            <select
              className="input"
              value={draft.roadmapActionId}
              onChange={(e) =>
                set({
                  roadmapActionId: e.target.value,
                  effect: e.target.value === '' && draft.effect === 'update' ? 'none' : draft.effect,
                })
              }
            >
              <option value="">Aucune</option>
              {fiches.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {chantiers.length > 0 ? (
        <fieldset className="action-effect">
          <legend>Feuille de route</legend>
          <label>
            <input
              type="radio"
              name={`effect-${meeting.id}`}
              checked={draft.effect === 'none'}
              onChange={() => set({ effect: 'none' })}
            />
            Ne rien changer
          </label>
          <label>
            <input
              type="radio"
              name={`effect-${meeting.id}`}
              disabled={draft.roadmapActionId === ''}
              checked={draft.effect === 'update'}
              onChange={() => set({ effect: 'update' })}
            />
            Mettre à jour la fiche liée
          </label>
          {draft.effect === 'update' ? (
            <span className="action-effect-fields">
              <select
                className="input"
                aria-label="Statut de la fiche action"
                value={draft.status}
                onChange={(e) => set({ status: e.target.value as ActionStatus })}
              >
                {ACTION_STATUS_CODES.map((code) => (
                  <option key={code} value={code}>
                    {ACTION_STATUSES[code]}
                  </option>
                ))}
              </select>
              <input
                className="input"
                type="number"
                min={0}
                max={100}
                aria-label="Avancement de la fiche action (%)"
                placeholder="Avancement %"
                value={draft.progress}
                onChange={(e) => set({ progress: e.target.value })}
              />
            </span>
          ) : null}
          <label>
            <input
              type="radio"
              name={`effect-${meeting.id}`}
              checked={draft.effect === 'create'}
              onChange={() =>
                set({ effect: 'create', chantierId: draft.chantierId || String(chantiers[0]!.id) })
              }
            />
            Créer une nouvelle fiche action
          </label>
          {draft.effect === 'create' ? (
            <select
              className="input"
              aria-label="Chantier de la nouvelle fiche action"
              value={draft.chantierId}
              onChange={(e) => set({ chantierId: e.target.value })}
            >
              {chantiers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={draft.what.trim() === ''}>
        Ajouter l’action
      </Button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

interface RowDraft {
  what: string;
  who: string;
  dueOn: string;
}

/** An action as edited in its row: its link to a fiche action is kept, `done` as given. */
const rowInput = (
  action: Pick<MeetingActionDto, 'id' | 'roadmapActionId'>,
  meetingId: number,
  row: RowDraft,
  done: boolean,
): MeetingActionSaveInput => ({
  id: action.id,
  meetingId,
  what: row.what,
  who: row.who.trim() || null,
  dueOn: row.dueOn || null,
  done,
  roadmapActionId: action.roadmapActionId,
});

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
}: {
  action: MeetingActionDto;
  index: number;
  meeting: MeetingDto;
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
          {action.doneOn ? `Faite le ${formatDate(action.doneOn)}` : 'À faire'}
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
          />
        ))}
      </ul>
      <ActionForm meeting={meeting} chantiers={chantiers} save={save} />
    </div>
  );
}
