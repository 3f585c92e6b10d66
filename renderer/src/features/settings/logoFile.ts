import {
  detectLogoType,
  LOGO_UNREADABLE_MESSAGE,
  type LogoMimeType,
} from '../../../../shared/territory/logo';
import { LOGO_MAX_BYTES } from '../../../../shared/territory/schemas';

export type LogoPayload = { mimeType: LogoMimeType; base64: string };
export type LogoReading = { ok: true; logo: LogoPayload } | { ok: false; message: string };

export const LOGO_TOO_LARGE_MESSAGE = 'Le logo dépasse 2\u00a0Mo\u00a0: choisissez une image plus légère.';

/** Checked before reading the file, so that a 30 Mo photo is refused at once. */
export function logoSizeProblem(size: number): string | null {
  if (size === 0) return 'Le fichier du logo est vide.';
  if (size > LOGO_MAX_BYTES) return LOGO_TOO_LARGE_MESSAGE;
  return null;
}

/**
 * The payload for `territory.setLogo` from a data: URL, typed from the file's first bytes (a text file
 * renamed .png is refused here already; the backend checks again).
 */
export function logoFromDataUrl(dataUrl: string): LogoReading {
  const base64 = /^data:[^,]*;base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl)?.[1];
  if (!base64) return { ok: false, message: LOGO_UNREADABLE_MESSAGE };
  const head = Uint8Array.from(atob(base64.slice(0, 16)), (char) => char.charCodeAt(0));
  const mimeType = detectLogoType(head);
  if (!mimeType) return { ok: false, message: LOGO_UNREADABLE_MESSAGE };
  return { ok: true, logo: { mimeType, base64 } };
}

/** Reads a chosen file with FileReader and checks it. */
export async function readLogoFile(file: File): Promise<LogoReading> {
  const sizeProblem = logoSizeProblem(file.size);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const dataUrl = await new Promise<string | null>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(file);
  });
  if (dataUrl === null)
    return {
      ok: false,
      message: 'Le fichier n’a pas pu être lu\u00a0: réessayez ou choisissez-en un autre.',
    };
  return logoFromDataUrl(dataUrl);
}
