import { placeValuesFromDto } from '../actors/valuesFromDto';
import type { ActorDto } from '../../../shared/actors/dto';
import type { ActorInput } from '../../../shared/actors/schemas';
import type { MergeField, MergeSide } from '../../../shared/duplicates/duplicateDto';

/**
 * The merged record: each chosen field from the side the user picked, the kept actor's places (with
 * their ids, so links to them survive) followed by copies of the other's, and the contacts of both (a
 * contact with the same name and e-mail on both sides once). The other actor itself goes to the trash
 * untouched, so that restoring it gives it back as it was.
 */

export function mergedActorInput(
  keep: ActorDto,
  other: ActorDto,
  choices: Partial<Record<MergeField, MergeSide>>,
): ActorInput {
  const from = (field: MergeField): ActorDto => (choices[field] === 'other' ? other : keep);
  const contactKey = (c: { name: string; email: string | null }) =>
    `${c.name.toLowerCase()}/${c.email ?? ''}`;
  const seen = new Set(keep.contacts.map(contactKey));
  const contacts = [...keep.contacts, ...other.contacts.filter((c) => !seen.has(contactKey(c)))].map((c) => ({
    name: c.name,
    role: c.role,
    email: c.email,
    phone: c.phone,
  }));
  const address = from('address');
  const coordinates = from('coordinates');
  const labels = from('labels');
  return {
    name: from('name').name,
    siret: from('siret').siret,
    typologies: from('typologies').typologies as ActorInput['typologies'],
    roles: from('roles').roles,
    address: address.address,
    addressComplement: address.addressComplement,
    // The postcode goes with the commune.
    postcode: from('commune').postcode,
    communeCode: from('commune').communeCode,
    latitude: coordinates.latitude,
    longitude: coordinates.longitude,
    website: from('website').website,
    publics: from('publics').publics,
    specificSupports: from('specificSupports').specificSupports,
    programmes: from('programmes').programmes,
    labels: labels.labels,
    otherLabels: labels.otherLabels,
    notes: from('notes').notes,
    lastVerifiedOn: from('lastVerifiedOn').lastVerifiedOn,
    contacts: contacts.slice(0, 50),
    places: [
      ...keep.places.map((p) => placeValuesFromDto(p, { keepId: true })),
      ...other.places.map((p) => placeValuesFromDto(p, { keepId: false })),
    ].slice(0, 50),
  };
}
