/**
 * An RGBA image made smaller by area averaging: each output pixel is the mean of the input pixels it covers,
 * weighted by how much of each it covers, and by their opacity (so that the colour of a transparent pixel does
 * not bleed into its neighbours). Enough for a logo; never enlarges.
 */

export interface RgbaImage {
  width: number;
  height: number;
  /** Four bytes per pixel, row after row. */
  data: Uint8Array;
}

export function downscale(image: RgbaImage, width: number, height: number): RgbaImage {
  if (width >= image.width && height >= image.height) return image;
  const out = new Uint8Array(width * height * 4);
  const scaleX = image.width / width;
  const scaleY = image.height / height;
  for (let y = 0; y < height; y++) {
    const top = y * scaleY;
    const bottom = top + scaleY;
    for (let x = 0; x < width; x++) {
      const left = x * scaleX;
      const right = left + scaleX;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let area = 0;
      for (let sy = Math.floor(top); sy < Math.min(Math.ceil(bottom), image.height); sy++) {
        const coverY = Math.min(bottom, sy + 1) - Math.max(top, sy);
        for (let sx = Math.floor(left); sx < Math.min(Math.ceil(right), image.width); sx++) {
          const weight = coverY * (Math.min(right, sx + 1) - Math.max(left, sx));
          const i = (sy * image.width + sx) * 4;
          const alpha = image.data[i + 3]! * weight;
          r += image.data[i]! * alpha;
          g += image.data[i + 1]! * alpha;
          b += image.data[i + 2]! * alpha;
          a += alpha;
          area += weight;
        }
      }
      const o = (y * width + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / area);
    }
  }
  return { width, height, data: out };
}
