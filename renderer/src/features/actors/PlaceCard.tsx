import type { PlaceDto } from '../../../../shared/actors/dto';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';
import { phraseList } from '../../../../shared/format/frenchList';
import { formatPhone } from '../../../../shared/format/phone';
import { addressLine, formatCoordinate, permanenceLine } from './actorLabels';
import { Item, valueList } from './RecordItems';

function OpeningHours({ place }: { place: PlaceDto }) {
  const reading = place.openingHoursReading;
  if (reading.status === 'empty') return <span>{place.openingHours}</span>;
  if (reading.status === 'valid')
    return (
      <ul className="hours-lines">
        {reading.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    );
  return (
    <div className="hours-invalid">
      <code>{place.openingHours}</code> <span className="badge badge-warning">Horaires à corriger</span>
      <p className="hours-message">{reading.message}</p>
    </div>
  );
}

/** One place of an actor, read-only: address, contact, services, hours and permanences. */
export function PlaceCard({ place }: { place: PlaceDto }) {
  const coordinates =
    place.latitude !== null && place.longitude !== null
      ? `${formatCoordinate(place.latitude)}\u00a0; ${formatCoordinate(place.longitude)}`
      : null;
  return (
    <article className="place-card" aria-label={`Lieu ${place.name}`}>
      <h3>{place.name}</h3>
      <dl className="items">
        <Item label="Adresse">{addressLine(place)}</Item>
        <Item
          label="Coordonnées (latitude&nbsp;; longitude)"
          missing="Non renseignées : sur la carte, le lieu est au centre de sa commune (ou absent sans contours)"
        >
          {coordinates}
        </Item>
        <Item label="Téléphone">{formatPhone(place.phone)}</Item>
        <Item label="Courriel">
          {place.email ? <a href={`mailto:${place.email}`}>{place.email}</a> : null}
        </Item>
        <Item label="Prise de rendez-vous">{place.bookingUrl}</Item>
        <Item
          label="Services"
          missing="Non renseignés : le diagnostic compte ce lieu parmi ceux sans services"
        >
          {valueList(place.services)}
        </Item>
        <Item label="Modalités d’accès">{withTypographicApostrophes(phraseList(place.accessModes))}</Item>
        <Item label="Modalités d’accompagnement">
          {withTypographicApostrophes(phraseList(place.accompanimentModes))}
        </Item>
        <Item label="Frais à charge">{withTypographicApostrophes(phraseList(place.fees))}</Item>
        <Item label="Itinérance">{withTypographicApostrophes(phraseList(place.itinerance))}</Item>
        <Item label="Horaires">{place.openingHours ? <OpeningHours place={place} /> : null}</Item>
        <Item label="Permanences">
          {place.permanences.length > 0 ? (
            <ul className="value-list">
              {place.permanences.map((permanence) => (
                <li key={permanence.id}>{permanenceLine(permanence)}</li>
              ))}
            </ul>
          ) : null}
        </Item>
      </dl>
    </article>
  );
}
