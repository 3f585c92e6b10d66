/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * How many people came to a meeting, its public included (issue 16, item 6): an atelier, a café-débat or a visite
 * apprenante is open to people who are not invited members, so its attendance list cannot count them. NULL while
 * nobody has said (unknown, never 0); every existing meeting stays unknown.
 */
export const migration019MeetingParticipants = `
ALTER TABLE meeting ADD COLUMN participants_count INTEGER CHECK (participants_count IS NULL OR participants_count >= 0);
`;
