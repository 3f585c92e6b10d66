import type { ActorDto } from '../../../../shared/actors/dto';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';
import { phraseList } from '../../../../shared/format/frenchList';
import { formatPhone } from '../../../../shared/format/phone';
import { addressLine, formatCoordinate, formatSiret } from './actorLabels';
import { PlaceCard } from './PlaceCard';
import { Item, Section, valueList } from './RecordItems';

/** The body of an actor's record, read-only: identity, contacts, places, publics, labels and notes. */
export function ActorRecordSections({ actor }: { actor: ActorDto }) {
  const identityCoordinates =
    actor.latitude !== null && actor.longitude !== null
      ? `${formatCoordinate(actor.latitude)}\u00a0; ${formatCoordinate(actor.longitude)}`
      : null;
  const identityEmpty =
    !actor.siret &&
    !actor.address &&
    !actor.communeName &&
    !actor.postcode &&
    !identityCoordinates &&
    !actor.website;

  return (
    <>
      <Section title="Identité" id="section-identite" empty={identityEmpty}>
        <dl className="items">
          <Item label="SIRET">{actor.siret ? formatSiret(actor.siret) : null}</Item>
          <Item label="Adresse">{addressLine({ ...actor, communeName: null, postcode: null })}</Item>
          <Item label="Commune">{[actor.postcode, actor.communeName].filter(Boolean).join(' ')}</Item>
          <Item label="Coordonnées (latitude&nbsp;; longitude)">{identityCoordinates}</Item>
          <Item label="Site web">{actor.website}</Item>
        </dl>
      </Section>

      <Section title="Contacts" id="section-contacts" empty={actor.contacts.length === 0}>
        <ul className="contact-list">
          {actor.contacts.map((contact) => (
            <li key={contact.id} className="contact">
              <strong>{contact.name}</strong>
              {contact.role ? <span className="contact-role">{contact.role}</span> : null}
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
              {contact.phone ? <span>{formatPhone(contact.phone)}</span> : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Lieux et services" id="section-lieux" empty={actor.places.length === 0}>
        {actor.places.map((place) => (
          <PlaceCard key={place.id} place={place} />
        ))}
      </Section>

      <Section
        title="Publics et accompagnements"
        id="section-publics"
        empty={actor.publics.length === 0 && actor.specificSupports.length === 0}
      >
        <dl className="items">
          <Item label="Publics spécifiquement adressés">
            {withTypographicApostrophes(phraseList(actor.publics))}
          </Item>
          <Item label="Prise en charge spécifique">
            {withTypographicApostrophes(phraseList(actor.specificSupports))}
          </Item>
        </dl>
      </Section>

      <Section
        title="Dispositifs et labels"
        id="section-labels"
        empty={actor.programmes.length === 0 && actor.labels.length === 0 && !actor.otherLabels}
      >
        <dl className="items">
          <Item label="Dispositifs et programmes nationaux">{valueList(actor.programmes)}</Item>
          <Item label="Formations et labels">{valueList(actor.labels)}</Item>
          <Item label="Autres formations et labels">{actor.otherLabels}</Item>
        </dl>
      </Section>

      <Section title="Notes" id="section-notes" empty={!actor.notes}>
        <p className="actor-notes">{actor.notes}</p>
      </Section>
    </>
  );
}
