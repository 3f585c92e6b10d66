import { imageSize, type ImageSize, type ImageType } from './imageSize';

const LOGO_MAX_SIDE = 4000;

/** The EPCI's own logo for the title page and the page header (never the State's Marianne), or none. */
export interface DocumentLogo {
  bytes: Uint8Array;
  type: ImageType;
  size: ImageSize;
}

/**
 * From the territory's `data:image/png;base64,…` URL; null when there is no logo or it cannot be read. Logos are
 * checked and re-encoded when stored (`territory/logoImage.ts`); one stored earlier and larger than 4 000 pixels
 * a side is left out rather than handed to Word (a 30 000-pixel logo made LibreOffice take 78 s and 1 GB).
 */
export function logoFromDataUrl(dataUrl: string | null): DocumentLogo | null {
  if (!dataUrl) return null;
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!match) return null;
  const type: ImageType = match[1] === 'png' ? 'png' : 'jpg';
  const bytes = new Uint8Array(Buffer.from(match[2]!, 'base64'));
  const size = imageSize(bytes, type);
  return size && size.width <= LOGO_MAX_SIDE && size.height <= LOGO_MAX_SIDE ? { bytes, type, size } : null;
}
