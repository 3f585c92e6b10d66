import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { formatInteger } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import { detectLogoType, LOGO_UNREADABLE_MESSAGE } from '../../../shared/territory/logo';
import { LOGO_MAX_BYTES } from '../../../shared/territory/schemas';
import { fitInto, imageSize } from '../documents/imageSize';
import { downscale, type RgbaImage } from './downscale';

/**
 * A logo checked for real before it is stored: its kind from its bytes (PNG or JPEG), its size in bytes, its
 * dimensions read from the header before anything is decoded (a 30 000 × 30 000 PNG is refused without
 * allocating its 3.6 GB), then the whole image decoded (a truncated or damaged file is refused), and
 * re-encoded as a PNG that fits the documents' needs (600 pixels at most a side: the title page shows it
 * 5 cm wide, about 240 dpi). What is stored is always a PNG we wrote.
 */

export const LOGO_MAX_SIDE = 4000;
export const LOGO_STORED_SIDE = 600;

const refuse = (message: string): never => {
  throw new AppFailure('invalid_input', message, { logo: message });
};

const DAMAGED_MESSAGE =
  'Ce fichier image est incomplet ou abîmé (peut-être mal téléchargé)\u00a0: enregistrez à nouveau le logo en PNG ou en JPEG, puis réessayez.';

function decode(bytes: Buffer, type: 'image/png' | 'image/jpeg'): RgbaImage {
  try {
    if (type === 'image/png') {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: png.data };
    }
    const image = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: (LOGO_MAX_SIDE * LOGO_MAX_SIDE) / 1_000_000,
      maxMemoryUsageInMB: 256,
    });
    return { width: image.width, height: image.height, data: image.data };
  } catch {
    return refuse(DAMAGED_MESSAGE);
  }
}

export function prepareLogo(bytes: Buffer): { mimeType: 'image/png'; bytes: Buffer } {
  if (bytes.length > LOGO_MAX_BYTES)
    refuse('Le logo dépasse 2\u00a0Mo\u00a0: choisissez une image plus légère.');
  const type = detectLogoType(bytes) ?? refuse(LOGO_UNREADABLE_MESSAGE);
  const size = imageSize(bytes, type === 'image/png' ? 'png' : 'jpg') ?? refuse(LOGO_UNREADABLE_MESSAGE);
  if (size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE)
    refuse(
      `Le logo mesure ${formatInteger(size.width)} × ${formatInteger(size.height)} pixels\u00a0: ${formatInteger(LOGO_MAX_SIDE)} pixels de côté au plus. Réduisez-le dans un logiciel d’images, puis réessayez.`,
    );
  const image = decode(bytes, type);
  if (image.width !== size.width || image.height !== size.height) refuse(DAMAGED_MESSAGE);
  const target = fitInto(size, { width: LOGO_STORED_SIDE, height: LOGO_STORED_SIDE });
  const small = downscale(image, Math.min(target.width, size.width), Math.min(target.height, size.height));
  const png = new PNG({ width: small.width, height: small.height });
  png.data = Buffer.from(small.data.buffer, small.data.byteOffset, small.data.byteLength);
  return { mimeType: 'image/png', bytes: PNG.sync.write(png) };
}
