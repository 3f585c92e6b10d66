import { formatDate } from '../format/french';
import { SIGNATURE_STATUSES, type SignatureStatus } from './roadmapVocabulary';

/**
 * Where a signature stands, in the words of the signature screen: « À signer », « Signé le 26 novembre 2026 »,
 * « Refusé le 26 novembre 2026 » (the date only once signed or refused, and only if typed). The Word
 * feuille de route prints this line, so a refusal is never printed as a signature.
 */
export function signatureStatusLine(status: SignatureStatus, signedOn: string | null): string {
  const label = SIGNATURE_STATUSES[status];
  return status !== 'a_signer' && signedOn ? `${label} le ${formatDate(signedOn)}` : label;
}
