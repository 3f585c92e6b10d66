/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * What a place's source file says that Maillage's forms do not edit, kept so that the export gives it back
 * unchanged: the file's own update date (`date_maj`, never replaced by the date of the import), the
 * presentations (`presentation_resume`, `presentation_detail`) and the Accès libre page (`fiche_acces_libre`,
 * the v0.1 `accessibilite`). Empty for places created in Maillage.
 */
export const migration010PlaceSourceFields = `
ALTER TABLE place ADD COLUMN source_updated_on TEXT;
ALTER TABLE place ADD COLUMN presentation_summary TEXT;
ALTER TABLE place ADD COLUMN presentation_detail TEXT;
ALTER TABLE place ADD COLUMN accessibility_url TEXT;
`;
