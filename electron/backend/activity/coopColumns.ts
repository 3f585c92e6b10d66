import { headerKey } from './sheetCell';

/**
 * The columns of La Coop's « Activités » export (`buildActivitesWorksheet.ts`) and what Maillage does with each:
 * a count or a category is kept; a name, free text or a detail that could point at a person is left out, with
 * the reason the report gives. Headers are matched without accents, case or apostrophe style, and by their
 * start (« Genre » or « Genre du bénéficiaire »), so that a renamed export still reads.
 */

export type CoopField =
  | 'date'
  | 'kind'
  | 'participants'
  | 'channel'
  | 'minutes'
  | 'themes'
  | 'commune'
  | 'genre'
  | 'age'
  | 'status';

interface CoopColumn {
  /** Header keys (`headerKey`) this column is known by; a header that starts with one matches. */
  keys: string[];
  field: CoopField | null;
  /** What it is read as, or why it is left out. */
  reason: string;
}

const LEFT_OUT_PERSON = 'nom de personne\u00a0: jamais enregistré';
const LEFT_OUT_FREE_TEXT = 'texte libre qui peut parler d’une personne\u00a0: jamais enregistré';

const COOP_COLUMNS: CoopColumn[] = [
  { keys: ['date'], field: 'date', reason: 'Jour de l’activité' },
  { keys: ['type'], field: 'kind', reason: 'Individuel ou atelier collectif' },
  { keys: ['nombre de participants'], field: 'participants', reason: 'Nombre de participants' },
  { keys: ['beneficiaire reoriente'], field: null, reason: 'suite donnée à une personne\u00a0: non retenu' },
  { keys: ['beneficiaire'], field: null, reason: LEFT_OUT_PERSON },
  {
    keys: ['canaux d accompagnement', 'canal'],
    field: 'channel',
    reason: 'Canal (lieu d’activité, à distance…)',
  },
  {
    keys: ['lieu'],
    field: null,
    reason:
      'lieu de l’activité\u00a0: sert à proposer la structure, non enregistré (peut être l’adresse d’un domicile)',
  },
  { keys: ['duree'], field: 'minutes', reason: 'Durée en minutes' },
  { keys: ['nom de l atelier'], field: null, reason: 'titre libre de l’atelier\u00a0: non enregistré' },
  { keys: ['materiel'], field: null, reason: 'matériel utilisé\u00a0: non retenu' },
  { keys: ['thematique'], field: 'themes', reason: 'Thématiques d’accompagnement' },
  { keys: ['tags'], field: null, reason: 'étiquettes libres de la structure\u00a0: non enregistrées' },
  { keys: ['nom de la demarche', 'precisions demarche'], field: null, reason: LEFT_OUT_FREE_TEXT },
  {
    keys: ['niveau d autonomie', 'autonomie', 'niveau'],
    field: null,
    reason: 'appréciation d’une personne\u00a0: non enregistrée',
  },
  {
    keys: ['structure de redirection'],
    field: null,
    reason: 'orientation d’une personne\u00a0: non enregistrée',
  },
  { keys: ['commune de residence'], field: 'commune', reason: 'Commune de résidence (par personne)' },
  { keys: ['genre', 'sexe'], field: 'genre', reason: 'Genre (par personne)' },
  { keys: ['tranche d age'], field: 'age', reason: 'Tranche d’âge (par personne)' },
  { keys: ['statut'], field: 'status', reason: 'Statut (par personne)' },
  { keys: ['notes'], field: null, reason: LEFT_OUT_FREE_TEXT },
];

/** The first cells of La Coop's table header: the row that starts so is the header, whatever is above it. */
export const COOP_HEADER_START = ['date', 'type', 'nombre de participants'];

export interface CoopColumnUse {
  index: number;
  header: string;
  field: CoopField | null;
  kept: boolean;
  reason: string;
}

const UNKNOWN_REASON =
  'colonne inconnue de l’export La Coop\u00a0: non enregistrée (peut contenir du texte libre)';

export function coopColumnUses(headers: string[]): CoopColumnUse[] {
  const taken = new Set<CoopField>();
  return headers.map((header, index) => {
    const key = headerKey(header);
    const known = COOP_COLUMNS.find((column) =>
      column.keys.some((start) => key === start || key.startsWith(`${start} `)),
    );
    if (!known) return { index, header, field: null, kept: false, reason: UNKNOWN_REASON };
    // A second column read as the same field is left out: one value per field.
    if (known.field && taken.has(known.field))
      return { index, header, field: null, kept: false, reason: 'colonne en double\u00a0: non retenue' };
    if (known.field) taken.add(known.field);
    return { index, header, field: known.field, kept: known.field !== null, reason: known.reason };
  });
}
