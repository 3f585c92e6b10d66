import { STANDARD_HEADER } from './schemaRules';

/** Each column's index in `STANDARD_HEADER`, by its name in the standard. */
export const COLUMN_INDEX = Object.fromEntries(STANDARD_HEADER.map((name, index) => [name, index])) as Record<
  string,
  number
>;
const at = (name: string): number => {
  const index = COLUMN_INDEX[name];
  if (index === undefined) throw new Error(`Colonne inconnue du standard\u00a0: ${name}`);
  return index;
};
/** The indexes of the columns the export fills, by a name for the code. */
export const STANDARD_COLUMNS = {
  id: at('id'),
  pivot: at('pivot'),
  nom: at('nom'),
  commune: at('commune'),
  codePostal: at('code_postal'),
  codeInsee: at('code_insee'),
  adresse: at('adresse'),
  complementAdresse: at('complement_adresse'),
  latitude: at('latitude'),
  longitude: at('longitude'),
  typologie: at('typologie'),
  telephone: at('telephone'),
  courriels: at('courriels'),
  siteWeb: at('site_web'),
  horaires: at('horaires'),
  presentationResume: at('presentation_resume'),
  presentationDetail: at('presentation_detail'),
  source: at('source'),
  itinerance: at('itinerance'),
  structureParente: at('structure_parente'),
  dateMaj: at('date_maj'),
  services: at('services'),
  publics: at('publics_specifiquement_adresses'),
  supports: at('prise_en_charge_specifique'),
  fees: at('frais_a_charge'),
  programmes: at('dispositif_programmes_nationaux'),
  labels: at('formations_labels'),
  otherLabels: at('autres_formations_labels'),
  accessModes: at('modalites_acces'),
  accompanimentModes: at('modalites_accompagnement'),
  accessibility: at('fiche_acces_libre'),
  booking: at('prise_rdv'),
};
