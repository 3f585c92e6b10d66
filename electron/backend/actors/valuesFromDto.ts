import type { ActorDto, PlaceDto } from '../../../shared/actors/dto';
import type { ActorValues } from '../../../shared/actors/schemas';

type PlaceValues = ActorValues['places'][number];

/** A stored place back as writable values (to update it, or to copy it to another actor without its id). */
export function placeValuesFromDto(place: PlaceDto, options: { keepId: boolean }): PlaceValues {
  return {
    ...(options.keepId ? { id: place.id } : {}),
    name: place.name,
    address: place.address,
    addressComplement: place.addressComplement,
    postcode: place.postcode,
    communeCode: place.communeCode,
    latitude: place.latitude,
    longitude: place.longitude,
    services: place.services,
    accessModes: place.accessModes,
    accompanimentModes: place.accompanimentModes,
    fees: place.fees,
    itinerance: place.itinerance,
    openingHours: place.openingHours,
    phone: place.phone,
    email: place.email,
    bookingUrl: place.bookingUrl,
    permanences: place.permanences.map(({ communeCode, weekdays, schedule }) => ({
      communeCode,
      weekdays,
      schedule,
    })),
  };
}

/** A stored actor back as the values an update takes, places keeping their ids. */
export function actorValuesFromDto(actor: ActorDto): ActorValues {
  return {
    name: actor.name,
    siret: actor.siret,
    typologies: actor.typologies as ActorValues['typologies'],
    roles: actor.roles,
    address: actor.address,
    addressComplement: actor.addressComplement,
    postcode: actor.postcode,
    communeCode: actor.communeCode,
    latitude: actor.latitude,
    longitude: actor.longitude,
    website: actor.website,
    publics: actor.publics,
    specificSupports: actor.specificSupports,
    programmes: actor.programmes,
    labels: actor.labels,
    otherLabels: actor.otherLabels,
    notes: actor.notes,
    lastVerifiedOn: actor.lastVerifiedOn,
    contacts: actor.contacts.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
    places: actor.places.map((place) => placeValuesFromDto(place, { keepId: true })),
  };
}
