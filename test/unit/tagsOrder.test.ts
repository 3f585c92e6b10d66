import { describe, expect, it } from 'vitest';
import { inVocabularyOrder } from '../../electron/backend/actors/tags';

/** Multi-valued fields are stored and compared in their vocabulary's order (the order of the checkboxes). */
describe('a list of values in its vocabulary’s order', () => {
  it('puts the values in the vocabulary’s order, once each', () => {
    expect(inVocabularyOrder(['Payant', 'Gratuit', 'Payant'], 'fee')).toEqual(['Gratuit', 'Payant']);
    expect(inVocabularyOrder(new Set(['Itinérant', 'Fixe']), 'itinerance')).toEqual(['Fixe', 'Itinérant']);
  });

  it('puts values outside the vocabulary (older files) last, alphabetically', () => {
    expect(inVocabularyOrder(['Zèbre', 'Payant', 'Adhésion', 'Gratuit'], 'fee')).toEqual([
      'Gratuit',
      'Payant',
      'Adhésion',
      'Zèbre',
    ]);
    expect(inVocabularyOrder(['Gratuit', 'Zèbre', 'Zèbre'], 'fee')).toEqual(['Gratuit', 'Zèbre']);
  });

  it('answers a new list, even when the values were already in order', () => {
    const ordered = ['Gratuit', 'Gratuit sous condition', 'Payant'];
    const answer = inVocabularyOrder(ordered, 'fee');
    expect(answer).toEqual(ordered);
    answer.pop();
    expect(ordered).toHaveLength(3);
  });
});
