/**
 * The pixel size of a PNG or JPEG from its bytes, so that images keep their proportions in Word
 * (docx needs a width and a height; a logo squeezed into a square looks careless).
 */

export interface ImageSize {
  width: number;
  height: number;
}

export type ImageType = 'png' | 'jpg';

function pngSize(bytes: Uint8Array): ImageSize | null {
  // Signature (8 bytes), IHDR length (4), « IHDR » (4), then width and height as big-endian 32-bit.
  if (bytes.length < 24 || bytes[12] !== 0x49 || bytes[13] !== 0x48) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG segments to the first « start of frame » (SOF0–SOF15 except DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return null;
}

export function imageSize(bytes: Uint8Array, type: ImageType): ImageSize | null {
  const size = type === 'png' ? pngSize(bytes) : jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** The largest size with the image's proportions that fits in the box (pixels at 96 dpi). */
export function fitInto(size: ImageSize, box: ImageSize): ImageSize {
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}
