/** Reserved while the schema is written (not yet published). */
export const migration008Governance = `SELECT 1;`;
