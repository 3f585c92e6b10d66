/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The « Activité » screen, the Rapport d'activité and the XLSX read, besides the overview, the accompaniments per
 * import and commune of residence (to find the people helped in a structure of another commune). Grouped through
 * the public's wide index, that read sorted every row in a temporary tree (38 ms over 3 years × 20 structures);
 * this narrow covering index (the day kept for a period) gives the groups in order (5 ms).
 */
export const migration021ActivityResidenceIndex = `
CREATE INDEX activity_public_residence ON activity_public (commune_code, commune_label, import_id, day, accompaniments);
`;
