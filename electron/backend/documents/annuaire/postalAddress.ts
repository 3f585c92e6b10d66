import type { PlaceDto } from '../../../../shared/actors/dto';
import { communeNameOf, communesOfPostcode } from '../../territory/referenceData';

/** What a postal address is made of, for an actor as for one of its places. */
export type PostalAddress = Pick<
  PlaceDto,
  'address' | 'addressComplement' | 'postcode' | 'communeCode' | 'communeName'
>;

/**
 * The town of an address, never a postcode alone: the commune's name as read, else from the national
 * reference by its INSEE code (an actor seated outside the territory), else the one commune the postcode
 * serves; when the postcode serves several and none was chosen, it says the commune is not known.
 */
function townOf(address: PostalAddress): string {
  const name =
    address.communeName ??
    (address.communeCode ? communeNameOf(address.communeCode) : null) ??
    (address.postcode ? soleCommuneOf(address.postcode) : null);
  if (name) return [address.postcode, name].filter(Boolean).join(' ');
  return address.postcode ? `${address.postcode}, commune non renseignée` : '';
}

function soleCommuneOf(postcode: string): string | null {
  const served = communesOfPostcode(postcode);
  return served.length === 1 ? served[0]!.name : null;
}

/** « 12 rue des Écoles, 86400 Civray »; null when nothing of the address is known. */
export function addressLine(address: PostalAddress): string | null {
  const street = [address.address, address.addressComplement]
    .filter((part) => part && part.trim() !== '')
    .join(', ');
  const line = [street, townOf(address)].filter((part) => part !== '').join(', ');
  return line === '' ? null : line;
}
