import type { ValueFormat } from './chartSpec';

/**
 * The value axis of the bar charts: its ticks and the range they span, computed once for both drawings (the
 * screen gives them to Recharts, the engine draws them). The rule is Recharts' own for an axis whose range
 * is `[lowest value or 0, 'auto']` with five ticks (`getNiceTickValues`, « adaptive » steps such as 350 or
 * 25), so that the documents keep the round numbers the screen has always shown.
 */
export interface ValueAxis {
  ticks: number[];
  domain: [number, number];
}

const TICK_COUNT = 5;

/** Drops the binary noise of decimal arithmetic (0.1 × 3 → 0.3). */
const clean = (value: number): number => Number(value.toPrecision(12));

/** Digits before the decimal point: 1 for 0 to 9.99, 0 for 0.1 to 0.99, -1 for 0.01 to 0.099… */
function digitCount(value: number): number {
  return value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
}

/** A step a reader takes in at a glance (multiples of 0.05 or 0.1 of a power of ten), at least `rough`. */
function adaptiveStep(rough: number, allowDecimals: boolean, correction: number): number {
  if (rough <= 0) return 0;
  const digits = digitCount(rough);
  const unit = 10 ** digits;
  const scale = digits !== 1 ? 0.05 : 0.1;
  const step = clean((Math.ceil(clean(rough / unit / scale)) + correction) * scale * unit);
  return allowDecimals ? step : Math.ceil(step);
}

/** Ticks around a single value (every bar at zero): five steps of one around it. */
function ticksOfSingleValue(value: number, allowDecimals: boolean): number[] {
  let step = 1;
  let middle = value;
  if (!Number.isInteger(value) && allowDecimals) {
    if (Math.abs(value) < 1) {
      step = 10 ** (digitCount(value) - 1);
      middle = clean(Math.floor(clean(value / step)) * step);
    } else if (Math.abs(value) > 1) middle = Math.floor(value);
  } else if (value === 0) middle = Math.floor((TICK_COUNT - 1) / 2);
  else if (!allowDecimals) middle = Math.floor(value);
  const middleIndex = Math.floor((TICK_COUNT - 1) / 2);
  return Array.from({ length: TICK_COUNT }, (_, i) => clean(middle + (i - middleIndex) * step));
}

function stepAndEnds(
  min: number,
  max: number,
  tickCount: number,
  allowDecimals: boolean,
  correction = 0,
): { step: number; middle: number; below: number; above: number } {
  // Zero strictly inside the range is always a tick, with one on either side.
  const count = min < 0 && max > 0 ? Math.max(tickCount, 3) : tickCount;
  const step = adaptiveStep(clean((max - min) / (count - 1)), allowDecimals, correction);
  let middle = 0;
  if (!(min <= 0 && max >= 0)) {
    const centre = clean((min + max) / 2);
    middle = clean(centre - (centre % step));
  }
  let below = Math.ceil(clean((middle - min) / step));
  let above = Math.ceil(clean((max - middle) / step));
  const drawn = below + above + 1;
  if (drawn > count) return stepAndEnds(min, max, count, allowDecimals, correction + 1);
  if (drawn < count) {
    if (max > 0) above += count - drawn;
    else below += count - drawn;
  }
  return { step, middle, below, above };
}

/** Round ticks covering `[min, max]` (they may reach beyond it). */
export function niceValueTicks(min: number, max: number, allowDecimals: boolean): number[] {
  const [low, high] = min <= max ? [min, max] : [max, min];
  if (low === high) return ticksOfSingleValue(low, allowDecimals);
  const { step, middle, below, above } = stepAndEnds(low, high, TICK_COUNT, allowDecimals);
  // Counted in steps from the middle tick (zero when the range holds it), so that zero is written exactly.
  return Array.from({ length: below + above + 1 }, (_, i) => clean(middle + (i - below) * step));
}

/**
 * The value axis of horizontal bars: from the lowest value (or zero) to the highest, a missing value counting
 * as the zero-length bar it is drawn as; whole numbers only for counts.
 */
export function valueAxis(values: (number | null)[], format: ValueFormat, scaleMax?: number): ValueAxis {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const min = Math.min(0, ...known);
  const max = Math.max(min, ...values.map((value) => (value !== null && Number.isFinite(value) ? value : 0)));
  // Values on a scale of their own (0 to 10): five steps to its top.
  if (scaleMax !== undefined && min === 0 && max <= scaleMax) {
    const step = scaleMax / 5;
    return { ticks: Array.from({ length: 6 }, (_, i) => clean(i * step)), domain: [0, scaleMax] };
  }
  const ticks = niceValueTicks(min, max, format !== 'integer');
  return { ticks, domain: [Math.min(min, ticks[0]!), Math.max(max, ticks[ticks.length - 1]!)] };
}
