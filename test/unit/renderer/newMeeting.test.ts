import { describe, expect, it } from 'vitest';
import { newMeetingInput } from '../../../renderer/src/features/meetings/meetingDraft';
import { newSeriesValues, previewSentence } from '../../../renderer/src/features/meetings/seriesForm';

describe('a new meeting', () => {
  it('is proposed a week later at 14 h, on a weekday: a weekend moves it to the Monday after', () => {
    // Wednesday 2 December 2026 → Wednesday 9 December.
    expect(newMeetingInput(1, '2026-12-02').startsAt).toBe('2026-12-09T14:00');
    // Saturday 5 → Monday 14, Sunday 6 → Monday 14 (not Saturday 12, Sunday 13).
    expect(newMeetingInput(1, '2026-12-05').startsAt).toBe('2026-12-14T14:00');
    expect(newMeetingInput(1, '2026-12-06').startsAt).toBe('2026-12-14T14:00');
    // Across a month and a year.
    expect(newMeetingInput(1, '2026-12-28').startsAt).toBe('2027-01-04T14:00');
  });
});

describe('a new series of meetings', () => {
  it('starts at the body’s own rhythm: every quarter for a body that meets every quarter', () => {
    const sentence = (frequency: Parameters<typeof newSeriesValues>[1]) =>
      previewSentence(newSeriesValues('2026-12-07', frequency));
    expect(newSeriesValues('2026-12-07', 'trimestrielle').interval).toBe(3);
    expect(sentence('trimestrielle')).toMatch(/^Chaque trimestre, le premier jeudi/);
    expect(newSeriesValues('2026-12-07', 'semestrielle').interval).toBe(6);
    expect(newSeriesValues('2026-12-07', 'annuelle').interval).toBe(12);
    expect(newSeriesValues('2026-12-07', 'mensuelle').interval).toBe(1);
    expect(newSeriesValues('2026-12-07', 'autre').interval).toBe(1);
  });
});
