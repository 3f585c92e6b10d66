/** Reserved while the schema is written (not yet published). */
export const migration009Roadmap = `SELECT 1;`;
