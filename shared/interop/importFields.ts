/**
 * What an imported row may fill, and how the wizard names it. Keys are the targets of the column mapping.
 * A few fields are read into others before the row is imported (`interop/lieux-mediation/derivedColumns.ts`):
 * the house number is joined to the address, and the coordinates of one « lat, lon » cell or of Lambert-93
 * x/y columns become the latitude and longitude. `parentName` (the standard's `structure_parente`) is
 * not kept: it only keeps, on a re-import of Maillage's own export, the name of an actor named so.
 */
export const IMPORT_FIELDS = {
  externalId: 'Identifiant dans le fichier',
  source: 'Source',
  name: 'Nom',
  parentName: 'Structure parente (réseau ou structure de rattachement)',
  siret: 'SIRET',
  houseNumber: 'Numéro dans la voie (joint à l’adresse)',
  address: 'Adresse',
  addressComplement: 'Complément d’adresse',
  postcode: 'Code postal',
  communeName: 'Commune',
  inseeCode: 'Code INSEE',
  latitude: 'Latitude',
  longitude: 'Longitude',
  coordinates: 'Coordonnées «\u00a0latitude, longitude\u00a0» (une seule colonne)',
  lambertX: 'X en Lambert-93 (EPSG:2154)',
  lambertY: 'Y en Lambert-93 (EPSG:2154)',
  phone: 'Téléphone',
  email: 'Courriel',
  website: 'Site web',
  openingHours: 'Horaires d’ouverture',
  services: 'Services',
  typologies: 'Typologie',
  publics: 'Publics accueillis',
  specificSupports: 'Prise en charge spécifique',
  fees: 'Frais à charge',
  itinerance: 'Itinérance',
  accessModes: 'Modalités d’accès',
  accompanimentModes: 'Modalités d’accompagnement',
  programmes: 'Dispositifs et labels nationaux',
  labels: 'Formations et labels',
  otherLabels: 'Autres labels',
  bookingUrl: 'Prise de rendez-vous',
  description: 'Notes',
  summary: 'Présentation résumée',
  detail: 'Présentation détaillée',
  accessibilityUrl: 'Fiche Accès libre',
  updatedOn: 'Date de mise à jour',
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as ImportField[];

/** Which column of the file fills each field (absent: none). */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export type ImportFormat = 'lieux-v1' | 'lieux-v0.1' | 'tableur';

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  'lieux-v1': 'Standard «\u00a0Lieux de médiation numérique\u00a0» v1',
  'lieux-v0.1': 'Ancien standard «\u00a0Lieux de médiation numérique\u00a0» v0.1',
  tableur: 'Tableur (colonnes à faire correspondre)',
};
