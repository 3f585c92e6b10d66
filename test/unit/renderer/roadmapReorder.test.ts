import { describe, expect, it } from 'vitest';
import {
  dropMove,
  edgeAnnouncement,
  moveAnnouncement,
  moveItem,
  stepMove,
} from '../../../renderer/src/features/roadmap/comfort/reorder';

describe('reordering', () => {
  it('moves an item to a new index', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('moves one step up or down with the keyboard, and not past either end', () => {
    expect(stepMove([1, 2, 3], 2, 'up')).toEqual({ ids: [2, 1, 3], position: 0 });
    expect(stepMove([1, 2, 3], 2, 'down')).toEqual({ ids: [1, 3, 2], position: 2 });
    expect(stepMove([1, 2, 3], 1, 'up')).toBeNull();
    expect(stepMove([1, 2, 3], 3, 'down')).toBeNull();
  });

  it('drops before the item in its upper half and after it in its lower half', () => {
    expect(dropMove([1, 2, 3, 4], 4, 2, 'upper')).toEqual({ ids: [1, 4, 2, 3], position: 1 });
    expect(dropMove([1, 2, 3, 4], 1, 3, 'lower')).toEqual({ ids: [2, 3, 1, 4], position: 2 });
    expect(dropMove([1, 2, 3, 4], 1, 4, 'lower')).toEqual({ ids: [2, 3, 4, 1], position: 3 });
  });

  it('a drop that changes nothing is no move', () => {
    expect(dropMove([1, 2, 3], 2, 2, 'upper')).toBeNull();
    expect(dropMove([1, 2, 3], 2, 3, 'upper')).toBeNull();
    expect(dropMove([1, 2, 3], 2, 1, 'lower')).toBeNull();
  });

  it('tells the new position in French for screen readers', () => {
    expect(moveAnnouncement('Ateliers seniors', 1, 5)).toBe(
      '«\u00a0Ateliers seniors\u00a0»\u00a0: position 2 sur 5.',
    );
    expect(edgeAnnouncement('', 'up')).toBe('«\u00a0Sans titre\u00a0» est déjà en premier.');
  });
});
