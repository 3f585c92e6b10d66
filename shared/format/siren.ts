import { compactSiret } from '../actors/siret';

/**
 * A SIREN or a SIRET as the screens and the documents write it: the SIREN in three groups of three digits
 * joined by no-break spaces, then the SIRET's NIC (« 200 067 825 », « 434 933 123 00029 »). Anything that is
 * not such a number is shown as typed.
 */

/** « 247 900 798 »: a SIREN (an EPCI's) in three groups of three, as in a SIRET. */
export function formatSiren(siren: string): string {
  if (!/^\d{9}$/.test(siren)) return siren;
  return `${siren.slice(0, 3)}\u00a0${siren.slice(3, 6)}\u00a0${siren.slice(6)}`;
}

/** « 434 933 123 00029 »: the SIREN in three groups of three, then the NIC. */
export function formatSiret(siret: string): string {
  const digits = compactSiret(siret);
  if (!/^\d{14}$/.test(digits)) return siret;
  return `${formatSiren(digits.slice(0, 9))}\u00a0${digits.slice(9)}`;
}
