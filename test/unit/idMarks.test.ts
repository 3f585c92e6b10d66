import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idsInAny, idsInEvery, idsWithout } from '../../electron/backend/actors/idMarks';

/**
 * The directory's filters combined in JavaScript (`idMarks.ts`): the same ids as sets would give, each once,
 * in ascending order, whatever the lists' order and repeats (a filter of several facets names an actor once
 * per facet it has).
 */

const ascending = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);
const listArb = fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 });

describe('ids combined by marks', () => {
  it('intersect and unite lists as sets do', () => {
    fc.assert(
      fc.property(fc.array(listArb, { minLength: 1, maxLength: 5 }), (lists) => {
        const every = lists
          .slice(1)
          .reduce((kept, list) => kept.filter((id) => list.includes(id)), lists[0]!);
        expect(idsInEvery(lists)).toEqual(ascending(new Set(every)));
        expect(idsInAny(lists)).toEqual(ascending(new Set(lists.flat())));
      }),
    );
  });

  it('count an id repeated in one list once, not as if it were in two lists', () => {
    expect(idsInEvery([[7, 7, 3], [3]])).toEqual([3]);
    expect(idsInEvery([[4], [9, 9]])).toEqual([]);
  });

  it('answer nothing for no list or empty lists', () => {
    expect(idsInEvery([])).toEqual([]);
    expect(idsInEvery([[], [1]])).toEqual([]);
    expect(idsInAny([[], []])).toEqual([]);
  });

  it('leave out the trashed ids and keep the order', () => {
    expect(idsWithout([2, 5, 8, 11], [8, 2, 40])).toEqual([5, 11]);
    expect(idsWithout([3, 1], [])).toEqual([3, 1]);
  });
});
