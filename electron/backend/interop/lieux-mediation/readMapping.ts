import type { ColumnMapping, ImportField, ImportFormat } from '../../../../shared/interop/importFields';
import type { SourceRecord } from './readTable';

/**
 * Which column fills which field: the standards' own headers first, then usual spreadsheet headers
 * (« Raison sociale », « CP », « Ville », « Tél. »…). Among several candidates, the fullest column wins.
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
  ],
  siret: ['pivot', 'siret', 'numero_siret', 'n_siret'],
  address: ['adresse', 'adresse_brut', 'adresse_rue', 'address', 'voie', 'rue', 'adresse_postale'],
  addressComplement: ['complement_adresse', 'complement_d_adresse', 'adresse_complement', 'complement'],
  postcode: ['code_postal', 'adresse_code_postal', 'cp', 'codepostal', 'postcode', 'code_postale'],
  communeName: ['commune', 'adresse_commune', 'ville', 'localite', 'nom_commune', 'city'],
  inseeCode: ['code_insee', 'adresse_code_insee', 'insee', 'code_commune', 'cog', 'code_commune_insee'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
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
  typologies: ['typologie', 'typologies'],
  publics: ['publics_specifiquement_adresses', 'publics_accueillis', 'public_cible', 'publics'],
  specificSupports: ['prise_en_charge_specifique'],
  fees: ['frais_a_charge', 'conditions_acces', 'tarifs', 'frais'],
  itinerance: ['itinerance'],
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

function filledCount(records: SourceRecord[], header: string): number {
  let count = 0;
  for (const record of records.slice(0, 500)) if ((record.values[header] ?? '').trim() !== '') count++;
  return count;
}

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
  for (const field of Object.keys(SYNONYMS) as ImportField[]) {
    const candidates = SYNONYMS[field]
      .flatMap((synonym) => byKey.get(synonym) ?? [])
      .filter((h) => !used.has(h));
    if (candidates.length === 0) continue;
    // A standard names its columns exactly: the first synonym is the one. A spreadsheet: the fullest column.
    const chosen =
      format === 'tableur'
        ? candidates.reduce((best, header) =>
            filledCount(records, header) > filledCount(records, best) ? header : best,
          )
        : candidates[0]!;
    mapping[field] = chosen;
    used.add(chosen);
  }
  return mapping;
}

/** Keeps the user's choices that name a real column. */
export function cleanMapping(mapping: ColumnMapping, headers: string[]): ColumnMapping {
  const known = new Set(headers);
  const cleaned: ColumnMapping = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][])
    if (header && known.has(header)) cleaned[field] = header;
  return cleaned;
}
