/**
 * Addresses as producer files write them: the house number in a column of its own (« 4 » and « rue de la
 * République »), or the whole postal address in one cell (« 2 place de la Mairie, 16230 Mansle »).
 */

/** « 12 » and « rue de la Paix » → « 12 rue de la Paix »; a street that already starts with it stays. */
export function joinHouseNumber(houseNumber: string, street: string): string {
  const number = houseNumber.trim().replace(/\s*,$/, '');
  const rest = street.trim();
  if (!number) return rest;
  if (!rest) return '';
  const next = rest.slice(number.length, number.length + 1);
  const startsWithIt = rest.toLowerCase().startsWith(number.toLowerCase()) && /^[\s,]?$/.test(next);
  return startsWithIt ? rest : `${number} ${rest}`;
}

/** A house number as files write it: « 12 », « 12 bis », « 4B », « 1-3 ». */
export function looksLikeHouseNumber(cell: string): boolean {
  return /^\d{1,4}(?:\s*(?:-|à)\s*\d{1,4})?\s*(?:bis|ter|quater|[a-z])?\s*,?$/i.test(cell.trim());
}

export interface PostalTail {
  /** The address without its postcode and commune. */
  street: string;
  postcode: string;
  /** Empty when the address ends with the postcode alone. */
  communeName: string;
}

/**
 * The postcode and commune at the end of an address, French style: « …, 16230 Mansle », « … 16000
 * ANGOULEME CEDEX 9 », « … 86000 - Poitiers ». Null when the address does not end so.
 */
export function readPostalTail(address: string): PostalTail | null {
  const tail =
    /(?:^|[\s,;–-])(\d{5})(?:\s*[,–-]\s*|\s+)?(\p{L}[\p{L}'’. -]*?)?(?:\s+cedex(?:\s*\d{1,2})?)?[\s,.;]*(?:\s*,?\s*France)?\s*$/iu.exec(
      address,
    );
  if (!tail) return null;
  const street = address
    .slice(0, tail.index)
    .replace(/[\s,;–-]+$/u, '')
    .trim();
  const communeName = (tail[2] ?? '').replace(/[\s-]+$/, '').trim();
  if (/^cedex$/i.test(communeName)) return { street, postcode: tail[1]!, communeName: '' };
  return { street, postcode: tail[1]!, communeName };
}
