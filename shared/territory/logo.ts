import { LOGO_MIME_TYPES } from './schemas';

export type LogoMimeType = (typeof LOGO_MIME_TYPES)[number];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length > signature.length && signature.every((byte, i) => bytes[i] === byte);

/**
 * The real kind of an image from its first bytes, whatever its name or declared type says: a text file
 * renamed « logo.png » is not a PNG, and Word would show a broken image.
 */
export function detectLogoType(bytes: Uint8Array): LogoMimeType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  return null;
}

export const LOGO_UNREADABLE_MESSAGE =
  'Ce fichier n’est pas une image PNG ou JPEG lisible\u00a0: enregistrez le logo en PNG ou en JPEG, puis réessayez.';
