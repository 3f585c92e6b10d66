import { useState } from 'react';
import type { ActivityActorChoiceDto } from '../../../../shared/activity/activityDto';
import { useActorPlaces, useActorSearch } from './useActorSearch';

/**
 * « À quelle structure rattacher cette activité ? »: the actors the file seems to belong to, or any other of the
 * directory found by its name; then, optionally, one of its places.
 */
export function ActorChoice({
  choices,
  actorId,
  placeId,
  disabled,
  onActor,
  onPlace,
  name = 'activity-actor',
  legend = 'À quelle structure rattacher cette activité\u00a0?',
}: {
  /** The radio group's name and the fields' id prefix: several choices on one page each have their own. */
  name?: string;
  legend?: string;
  choices: ActivityActorChoiceDto[];
  actorId: number | null;
  placeId: number | null;
  disabled: boolean;
  onActor: (id: number | null) => void;
  onPlace: (id: number | null) => void;
}) {
  const [search, setSearch] = useState('');
  const found = useActorSearch(search);
  const places = useActorPlaces(actorId);
  const [searched, setSearched] = useState<{ id: number; name: string } | null>(null);
  const listed = [
    ...choices.map((choice) => ({
      id: choice.actorId,
      name: choice.name,
      detail: [choice.communeName, choice.why].filter(Boolean).join(' — '),
    })),
    ...(searched && !choices.some((choice) => choice.actorId === searched.id)
      ? [{ id: searched.id, name: searched.name, detail: 'choisie dans l’annuaire' }]
      : []),
  ];
  return (
    <fieldset className="panel activity-actor">
      <legend>{legend}</legend>
      {listed.length === 0 ? (
        <p className="activity-muted">
          Aucune structure de l’annuaire ne ressemble au lieu nommé dans le fichier&nbsp;: cherchez-la par son
          nom.
        </p>
      ) : (
        <ul className="activity-actor-list">
          {listed.map((option) => (
            <li key={option.id}>
              <label>
                <input
                  type="radio"
                  name={name}
                  checked={actorId === option.id}
                  disabled={disabled}
                  onChange={() => onActor(option.id)}
                />{' '}
                <strong>{option.name}</strong>
                {option.detail ? <span className="activity-muted"> ({option.detail})</span> : null}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${name}-search`}>Une autre structure de l’annuaire</label>
        <input
          id={`${name}-search`}
          className="input"
          type="search"
          value={search}
          disabled={disabled}
          placeholder="Nom de la structure…"
          onChange={(event) => setSearch(event.target.value)}
        />
        {found.length > 0 ? (
          <ul className="activity-actor-found">
            {found.map((actor) => (
              <li key={actor.id}>
                <button
                  type="button"
                  className="btn btn-ghost"
                  disabled={disabled}
                  onClick={() => {
                    setSearched(actor);
                    setSearch('');
                    onActor(actor.id);
                  }}
                >
                  {actor.name}
                  {actor.communeName ? ` — ${actor.communeName}` : ''}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {actorId !== null && places.length > 0 ? (
        <div className="field">
          <label htmlFor={`${name}-place`}>Lieu (facultatif)</label>
          <select
            id={`${name}-place`}
            className="input"
            value={placeId ?? ''}
            disabled={disabled}
            onChange={(event) => onPlace(event.target.value ? Number(event.target.value) : null)}
          >
            <option value="">Tous les lieux de la structure</option>
            {places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
