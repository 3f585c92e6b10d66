import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReceivedRanges } from '../../electron/backend/uploads/receivedRanges';
import { PIECES_IN_FLIGHT, sendInPieces } from '../../shared/uploads/sendInPieces';

/**
 * The window sends a file's pieces a few at once; they may reach the engine in any order. The engine must
 * rebuild the file byte for byte whatever the order, count it whole only when every byte came, and refuse a
 * piece that would write over bytes already received.
 */

/** A file of `size` bytes cut at the given points (sorted, distinct, inside the file). */
const cuts = fc
  .integer({ min: 2, max: 400 })
  .chain((size) =>
    fc.tuple(
      fc.constant(size),
      fc.uniqueArray(fc.integer({ min: 1, max: size - 1 }), { maxLength: Math.min(30, size - 1) }),
    ),
  )
  .map(([size, points]) => {
    const edges = [0, ...points.sort((a, b) => a - b), size];
    return { size, pieces: edges.slice(1).map((end, i) => [edges[i]!, end] as [number, number]) };
  });

describe('the parts of a file received', () => {
  it('count every byte once, whatever the order the pieces arrive in, and a missing piece as missing', () => {
    fc.assert(
      fc.property(
        cuts.chain(({ size, pieces }) =>
          fc.tuple(
            fc.constant(size),
            fc.shuffledSubarray(pieces, { minLength: pieces.length }),
            fc.nat({ max: pieces.length - 1 }),
          ),
        ),
        ([size, arrived, lost]) => {
          const whole = new ReceivedRanges();
          for (const [start, end] of arrived) expect(whole.add(start, end)).toBe(true);
          expect(whole.received).toBe(size);
          const [lostStart, lostEnd] = arrived[lost]!;
          const partial = new ReceivedRanges();
          arrived.forEach(([start, end], i) => i !== lost && partial.add(start, end));
          expect(partial.received).toBe(size - (lostEnd - lostStart));
          // Byte by byte: only the missing piece's bytes still fit.
          for (let byte = 0; byte < size; byte++)
            expect(partial.add(byte, byte + 1)).toBe(byte >= lostStart && byte < lostEnd);
          expect(partial.received).toBe(size);
        },
      ),
    );
  });

  it('refuse a piece overlapping one already received, and keep counting right after', () => {
    fc.assert(
      fc.property(
        cuts.chain(({ size, pieces }) =>
          fc.tuple(
            fc.constant(size),
            fc.shuffledSubarray(pieces, { minLength: 1 }),
            fc.integer({ min: 0, max: size - 1 }),
            fc.integer({ min: 1, max: size }),
          ),
        ),
        ([, arrived, start, length]) => {
          const ranges = new ReceivedRanges();
          for (const [from, to] of arrived) ranges.add(from, to);
          const end = start + length;
          const overlaps = arrived.some(([from, to]) => from < end && start < to);
          const before = ranges.received;
          expect(ranges.add(start, end)).toBe(!overlaps);
          expect(ranges.received).toBe(overlaps ? before : before + length);
        },
      ),
    );
  });
});

describe('sending a file in pieces', () => {
  it('sends each byte once, never more than the pieces in flight at once', async () => {
    for (const [size, piece] of [
      [1, 7],
      [10, 3],
      [100, 7],
      [1000, 1000],
      [1001, 1000],
    ] as const) {
      const sent: [number, number][] = [];
      let inFlight = 0;
      let most = 0;
      const failure = await sendInPieces(
        size,
        async (offset, end) => {
          most = Math.max(most, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, (offset * 7) % 3));
          sent.push([offset, end]);
          inFlight--;
          return null;
        },
        piece,
      );
      expect(failure).toBeNull();
      const ranges = new ReceivedRanges();
      for (const [start, end] of sent) expect(ranges.add(start, end)).toBe(true);
      expect(ranges.received).toBe(size);
      expect(most).toBeLessThanOrEqual(PIECES_IN_FLIGHT);
      expect(sent.every(([start, end]) => end - start <= piece)).toBe(true);
    }
  });

  it('stops at the first refusal and answers it', async () => {
    const started: number[] = [];
    const failure = await sendInPieces(
      100,
      async (offset) => {
        started.push(offset);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return offset === 20 ? 'refusé' : null;
      },
      10,
    );
    expect(failure).toBe('refusé');
    // The pieces already travelling when the refusal came may finish; none leaves after it.
    expect(started.length).toBeLessThan(10);
    expect(Math.max(...started)).toBeLessThan(20 + PIECES_IN_FLIGHT * 10);
  });
});
