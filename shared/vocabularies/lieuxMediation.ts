/**
 * Closed vocabularies of the « Lieux de médiation numérique » standard v1.0.2, values verbatim
 * (they are data: the export writes them as they are). The values are already French labels.
 */
export const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;
export type Service = (typeof SERVICES)[number];

export const PUBLICS = ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'] as const;
export type Public = (typeof PUBLICS)[number];

export const SPECIFIC_SUPPORTS = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;
export type SpecificSupport = (typeof SPECIFIC_SUPPORTS)[number];

export const FEES = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;
export type Fee = (typeof FEES)[number];

export const ITINERANCE = ['Fixe', 'Itinérant'] as const;
export type Itinerance = (typeof ITINERANCE)[number];

export const ACCESS_MODES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription',
] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const ACCOMPANIMENT_MODES = [
  'En autonomie',
  'Accompagnement individuel',
  'Dans un atelier collectif',
  'À distance',
] as const;
export type AccompanimentMode = (typeof ACCOMPANIMENT_MODES)[number];

export const NATIONAL_PROGRAMMES = [
  'Aidants Connect',
  'Bibliothèques numérique de référence',
  'Certification PIX',
  'Conseillers numériques',
  'Emmaüs Connect',
  'France Services',
  'Grande école du numérique',
  'La Croix Rouge',
  "Point d'accès numérique CAF",
  'Promeneurs du net',
  'Relais numérique (Emmaüs Connect)',
] as const;
export type NationalProgramme = (typeof NATIONAL_PROGRAMMES)[number];

export const TRAINING_LABELS = [
  'Formé à « Mon Espace Santé »',
  'Formé à « DUPLEX » (illettrisme)',
  'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  'Collectif ressources et acteurs réemploi (Normandie)',
  'Étapes numériques (La Poste)',
  'Fabriques de Territoire',
  'Les Éclaireurs du numérique (Drôme)',
  'Mes Papiers (Métropole de Lyon)',
  'ORDI 3.0',
  'SUD LABS (PACA)',
] as const;
export type TrainingLabel = (typeof TRAINING_LABELS)[number];
