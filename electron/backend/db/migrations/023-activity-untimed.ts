/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The hours of accompaniment were dropped as soon as one activity of a day had no duration (a review: 18 of 420
 * activities without one, and the screen, the Word report and the XLSX said « non renseigné »). Each day's row
 * now keeps the minutes of the activities whose duration is known and counts those without one, so the hours are
 * the known durations' and the report says how many activities they leave out.
 *
 * Rows written before kept no minutes at all when one duration was missing: all their activities count as
 * without duration (exact again once the file is imported anew).
 */
export const migration023ActivityUntimed = `
ALTER TABLE activity_day ADD COLUMN untimed_activities INTEGER NOT NULL DEFAULT 0;
UPDATE activity_day SET untimed_activities = activities WHERE minutes IS NULL;
`;
