import { describe, expect, it } from 'vitest';
import { newMeetingInput } from '../../../renderer/src/features/meetings/meetingDraft';

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
