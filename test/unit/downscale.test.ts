import { describe, expect, it } from 'vitest';
import { downscale } from '../../electron/backend/territory/downscale';

/** Area averaging, weighted by opacity, never enlarging. */

describe('downscale', () => {
  it('averages the pixels each output pixel covers', () => {
    // 2 × 1: a black and a white opaque pixel → one mid-grey pixel.
    const image = { width: 2, height: 1, data: new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255]) };
    expect([...downscale(image, 1, 1).data]).toEqual([128, 128, 128, 255]);
  });

  it('does not let the colour of a transparent pixel bleed into the result', () => {
    const image = { width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 0]) };
    expect([...downscale(image, 1, 1).data]).toEqual([255, 0, 0, 128]);
  });

  it('covers fractional areas (3 → 2) and leaves a smaller image as it is', () => {
    const row = new Uint8Array([0, 0, 0, 255, 90, 90, 90, 255, 180, 180, 180, 255]);
    const out = downscale({ width: 3, height: 1, data: row }, 2, 1);
    // Each output pixel covers 1.5 input pixels: (0 + 0.5 × 90) / 1.5 = 30, (0.5 × 90 + 180) / 1.5 = 150.
    expect([...out.data]).toEqual([30, 30, 30, 255, 150, 150, 150, 255]);
    const same = { width: 3, height: 1, data: row };
    expect(downscale(same, 6, 2)).toBe(same);
  });
});
