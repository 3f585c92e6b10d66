import type { MeetingChoicesDto } from '../../../../shared/meetings/meetingsDto';
import { Field } from '../../ui/Field';
import type { PlaceValue } from './seriesForm';

const FREE = 'libre';

/** Where: a place of the directory, picked from a list, or a place written by hand (with its address). */
export function PlaceField({
  value,
  places,
  onChange,
  onCommit,
}: {
  value: PlaceValue;
  places: MeetingChoicesDto['places'];
  onChange: (value: PlaceValue) => void;
  /** Called when a text is left (blur), for screens that save then. */
  onCommit?: () => void;
}) {
  const selected = value.placeId !== null ? String(value.placeId) : FREE;
  return (
    <>
      <Field label="Lieu" hint="Un lieu de l’annuaire, ou un autre lieu écrit à la main.">
        {(props) => (
          <select
            {...props}
            value={selected}
            onChange={(event) => {
              const id = event.target.value;
              if (id === FREE) onChange({ placeId: null, label: '', address: '' });
              else {
                const place = places.find((p) => String(p.placeId) === id);
                if (place)
                  onChange({ placeId: place.placeId, label: place.label, address: place.address ?? '' });
              }
            }}
          >
            <option value={FREE}>Autre lieu (à écrire)…</option>
            {places.map((place) => (
              <option key={place.placeId} value={place.placeId}>
                {place.address ? `${place.label} — ${place.address}` : place.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.placeId === null ? (
        <div className="meeting-place-free">
          <Field label="Nom du lieu">
            {(props) => (
              <input
                {...props}
                value={value.label}
                placeholder="Salle du conseil"
                onChange={(event) => onChange({ ...value, label: event.target.value })}
                onBlur={onCommit}
              />
            )}
          </Field>
          <Field label="Adresse" hint="N° et rue, code postal et commune.">
            {(props) => (
              <input
                {...props}
                value={value.address}
                onChange={(event) => onChange({ ...value, address: event.target.value })}
                onBlur={onCommit}
              />
            )}
          </Field>
        </div>
      ) : null}
    </>
  );
}
