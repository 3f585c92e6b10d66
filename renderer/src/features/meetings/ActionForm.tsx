import { useState } from 'react';
import type { MeetingChoicesDto, MeetingDto } from '../../../../shared/meetings/meetingsDto';
import type { MeetingActionSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import {
  ACTION_STATUSES,
  ACTION_STATUS_CODES,
  type ActionStatus,
} from '../../../../shared/roadmap/roadmapVocabulary';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { EMPTY_ACTION_DRAFT, inputOf, type ActionDraft } from './actionDraft';

/** Adds a follow-up action: what, who, by when, and (if the user says so) what it does to the feuille de route. */
export function ActionForm({
  meeting,
  chantiers,
  save,
}: {
  meeting: MeetingDto;
  chantiers: MeetingChoicesDto['chantiers'];
  save: (input: MeetingActionSaveInput) => Promise<AppError | null>;
}) {
  const [draft, setDraft] = useState<ActionDraft>(EMPTY_ACTION_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const set = (partial: Partial<ActionDraft>) => setDraft({ ...draft, ...partial });
  const submit = async () => {
    const failure = await save(inputOf(meeting.id, draft, null));
    setError(failure ? (failure.fields ? Object.values(failure.fields).join(' ') : failure.message) : null);
    if (!failure) setDraft(EMPTY_ACTION_DRAFT);
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
