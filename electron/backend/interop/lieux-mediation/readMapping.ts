import type { ColumnMapping, ImportField, ImportFormat } from '../../../../shared/interop/importFields';
import type { SourceRecord } from './readTable';
import { looksLikeHouseNumber } from './addressParts';
import { mostlyWithin, readCoordinatePair } from './coordinateCells';

/**
 * Which column fills which field: the standards' own headers first, then usual spreadsheet headers
 * (« Raison sociale », « CP », « Ville », « Tél. », « Lieu », « Nom de la structure »…), then, for a
 * spreadsheet, longer headers that name a field (« Adresse mail de la structure »). Among several
 * candidates, the fullest column wins; short headers (« N° », « X ») are taken only when their cells fit.
 */

/** `Code postal` → `code_postal`: lower-case, accent-free, words joined by `_`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const SYNONYMS: Record<ImportField, string[]> = {
  externalId: ['id', 'identifiant', 'id_lieu', 'identifiant_local'],
  source: ['source'],
  name: [
    'nom',
    'name',
    'nom_du_lieu',
    'nom_structure',
    'raison_sociale',
    'structure',
    'denomination',
    'libelle',
    'lieu',
    'nom_lieu',
    'nom_de_la_structure',
    'nom_de_votre_structure',
    'nom_de_l_organisme',
    'nom_org',
    'organisme',
    'nom_etablissement',
    'etablissement',
  ],
  parentName: ['structure_parente', 'structure_porteuse', 'structure_de_rattachement'],
  siret: ['pivot', 'siret', 'numero_siret', 'n_siret'],
  houseNumber: [
    'adresse_numero',
    'numero',
    'numero_voie',
    'numero_de_voie',
    'numero_dans_la_voie',
    'num_voie',
    'n_voie',
    'no_voie',
    'numero_rue',
  ],
  address: [
    'adresse',
    'adresse_brut',
    'adresse_rue',
    'address',
    'voie',
    'rue',
    'adresse_postale',
    'adresse_complete',
    'adresse_de_la_structure',
    'adresse_du_lieu',
    'libelle_voie',
    'nom_voie',
    'nom_de_la_voie',
    'adresse_ligne_1',
    'adresse1',
  ],
  addressComplement: ['complement_adresse', 'complement_d_adresse', 'adresse_complement', 'complement'],
  postcode: ['code_postal', 'adresse_code_postal', 'cp', 'codepostal', 'postcode', 'code_postale'],
  communeName: ['commune', 'adresse_commune', 'ville', 'localite', 'nom_commune', 'city'],
  inseeCode: ['code_insee', 'adresse_code_insee', 'insee', 'code_commune', 'cog', 'code_commune_insee'],
  latitude: ['latitude', 'lat', 'y_wgs84', 'latitude_wgs84'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x_wgs84', 'longitude_wgs84'],
  coordinates: [
    'coordonnees',
    'coordonnees_gps',
    'geo_point',
    'geo_point_2d',
    'geopoint',
    'point_geo',
    'lat_lon',
    'lat_long',
    'latlon',
    'gps',
    'geolocalisation',
    'localisation',
    'geometry',
    'geometrie',
    'geom',
    'position',
  ],
  lambertX: [
    'x',
    'coord_x',
    'coordonnee_x',
    'coordonnees_x',
    'x_l93',
    'x_lambert93',
    'x_lambert_93',
    'lambert_x',
  ],
  lambertY: [
    'y',
    'coord_y',
    'coordonnee_y',
    'coordonnees_y',
    'y_l93',
    'y_lambert93',
    'y_lambert_93',
    'lambert_y',
  ],
  phone: ['telephone', 'contact_telephone', 'tel', 'phone', 'numero_de_telephone'],
  email: ['courriels', 'courriel', 'contact_email', 'email', 'e_mail', 'mail', 'mel', 'adresse_mail'],
  website: ['site_web', 'contact_web', 'site', 'site_internet', 'url', 'web'],
  openingHours: [
    'horaires',
    'horaires_ouverture_osm',
    'horaires_osm',
    'opening_hours',
    'horaires_d_ouverture',
  ],
  services: ['services', 'service', 'services_proposes'],
  typologies: ['typologie', 'typologies', 'type_lieu', 'type_de_lieu', 'type_structure', 'type_de_structure'],
  publics: ['publics_specifiquement_adresses', 'publics_accueillis', 'public_cible', 'publics'],
  specificSupports: ['prise_en_charge_specifique'],
  fees: ['frais_a_charge', 'conditions_acces', 'tarifs', 'frais'],
  itinerance: ['itinerance', 'itinerant', 'itinerante', 'lieu_itinerant', 'en_itinerance'],
  accessModes: ['modalites_acces'],
  accompanimentModes: ['modalites_accompagnement'],
  programmes: ['dispositif_programmes_nationaux', 'labels_nationaux'],
  labels: ['formations_labels', 'labels'],
  otherLabels: ['autres_formations_labels', 'labels_autres'],
  bookingUrl: ['prise_rdv', 'prise_de_rendez_vous', 'rdv'],
  description: ['description', 'notes', 'commentaire', 'commentaires'],
  summary: ['presentation_resume', 'presentation', 'presentation_courte', 'resume'],
  detail: ['presentation_detail', 'presentation_detaillee', 'presentation_longue'],
  accessibilityUrl: ['fiche_acces_libre', 'accessibilite', 'acces_libre', 'lien_acces_libre'],
  updatedOn: ['date_maj', 'mise_a_jour', 'date_mise_a_jour'],
};

/**
 * Headers that name a field in a longer way (« Adresse mail de la structure », « Nom de votre structure »,
 * « Numéro de téléphone du lieu »), tried in this order on a spreadsheet's columns no synonym took.
 */
const PATTERNS: [ImportField, RegExp][] = [
  ['email', /(^|_)(e_?mail|mail|courriels?|mel)(_|$)/],
  ['phone', /(^|_)(telephone|tel|portable)(_|$)/],
  ['website', /(^|_)(site|site_web|site_internet|url)(_|$)/],
  ['postcode', /(^|_)code_postal(_|$)/],
  ['inseeCode', /(^|_)(code_)?insee(_|$)/],
  ['communeName', /^(commune|ville|localite)(_|$)/],
  ['name', /^nom_(de_|du_|de_la_|de_l_|de_votre_)?(structure|lieu|organisme|etablissement)(_|$)/],
  ['address', /^adresse(_|$)/],
  ['openingHours', /(^|_)horaires?(_|$)/],
];

/** The first rows' filled cells of a column. */
/** The columns are guessed from the file's first records: the preview reads no further before guessing. */
export const GUESS_ROWS = 500;

function filledCells(records: SourceRecord[], header: string): string[] {
  const cells: string[] = [];
  for (const record of records.slice(0, GUESS_ROWS)) {
    const value = (record.values[header] ?? '').trim();
    if (value !== '') cells.push(value);
  }
  return cells;
}

/** « 1 », « 2 », « 3 »…: a column numbering the rows, not house numbers. */
const countsRows = (cells: readonly string[]) =>
  cells.length >= 3 && cells.every((cell, index) => cell === String(index + 1));

const mostly = (cells: readonly string[], test: (cell: string) => boolean) =>
  cells.length > 0 && cells.filter(test).length * 2 > cells.length;

/**
 * Fields whose usual headers are too short to be sure of (« N° », « X », « Localisation »): the column is
 * taken only when its cells look the part.
 */
const CHECKS: Partial<Record<ImportField, (cells: readonly string[]) => boolean>> = {
  houseNumber: (cells) => mostly(cells, looksLikeHouseNumber) && !countsRows(cells),
  coordinates: (cells) => mostly(cells, (cell) => readCoordinatePair(cell) !== null),
  lambertX: (cells) => mostlyWithin(cells, 50_000, 1_300_000),
  lambertY: (cells) => mostlyWithin(cells, 6_000_000, 7_300_000),
};

/** The mapping guessed from the headers; a standard's headers map exactly, a spreadsheet's by synonyms. */
export function guessMapping(
  headers: string[],
  records: SourceRecord[],
  format: ImportFormat,
): ColumnMapping {
  const byKey = new Map<string, string[]>();
  for (const header of headers) {
    const key = headerKey(header);
    byKey.set(key, [...(byKey.get(key) ?? []), header]);
  }
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const fits = (field: ImportField, header: string) => CHECKS[field]?.(filledCells(records, header)) ?? true;
  const fullest = (candidates: string[]) =>
    candidates.reduce((best, header) =>
      filledCells(records, header).length > filledCells(records, best).length ? header : best,
    );
  for (const field of Object.keys(SYNONYMS) as ImportField[]) {
    const candidates = SYNONYMS[field]
      .flatMap((synonym) => byKey.get(synonym) ?? [])
      .filter((h) => !used.has(h) && fits(field, h));
    if (candidates.length === 0) continue;
    // A standard names its columns exactly: the first synonym is the one. A spreadsheet: the fullest column.
    const chosen = format === 'tableur' ? fullest(candidates) : candidates[0]!;
    mapping[field] = chosen;
    used.add(chosen);
  }
  if (format !== 'tableur') return mapping;
  for (const [field, pattern] of PATTERNS) {
    if (mapping[field] !== undefined) continue;
    const candidates = headers.filter((h) => !used.has(h) && pattern.test(headerKey(h)));
    if (candidates.length === 0) continue;
    const chosen = fullest(candidates);
    mapping[field] = chosen;
    used.add(chosen);
  }
  degreesInXY(mapping, byKey, records);
  return mapping;
}

/** Columns « x » and « y » in degrees (not Lambert-93 metres): the longitude and the latitude. */
function degreesInXY(mapping: ColumnMapping, byKey: Map<string, string[]>, records: SourceRecord[]): void {
  if (mapping.latitude !== undefined || mapping.longitude !== undefined) return;
  if (mapping.lambertX !== undefined || mapping.lambertY !== undefined) return;
  const x = byKey.get('x')?.[0];
  const y = byKey.get('y')?.[0];
  if (x === undefined || y === undefined) return;
  if (!mostlyWithin(filledCells(records, x), -180, 180)) return;
  if (!mostlyWithin(filledCells(records, y), -90, 90)) return;
  mapping.longitude = x;
  mapping.latitude = y;
}

/** Keeps the user's choices that name a real column. */
export function cleanMapping(mapping: ColumnMapping, headers: string[]): ColumnMapping {
  const known = new Set(headers);
  const cleaned: ColumnMapping = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][])
    if (header && known.has(header)) cleaned[field] = header;
  return cleaned;
}
