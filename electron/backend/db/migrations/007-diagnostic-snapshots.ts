/** Reserved while the schema is written (not yet published). */
export const migration007DiagnosticSnapshots = `SELECT 1;`;
