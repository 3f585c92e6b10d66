/**
 * The rules of the « Lieux de médiation numérique » schema v1.0.2 (schema.json), field by field, in the
 * schema's order: required, pattern, maxLength, type. A test reads schema.json and checks these rules
 * against it, so that they cannot drift apart.
 *
 * One deliberate difference (a known erratum of v1.0.2): the schema's pattern for `formations_labels`
 * spells « Étapes numériques(La Poste) » without the space, while its description and the ANCT library use
 * « Étapes numériques (La Poste) ». We emit the spaced form, so our pattern accepts both.
 */

export interface FieldRule {
  name: string;
  required: boolean;
  type: 'string' | 'number' | 'date';
  /** As written in schema.json (anchored at the end only); applied as a whole-value check. */
  pattern?: string;
  maxLength?: number;
}

const list = (values: string[]): string => `(?:(?:^|\\|)(${values.join('|')}))+$`;

export const STANDARD_FIELDS: readonly FieldRule[] = [
  { name: 'id', required: true, type: 'string' },
  { name: 'pivot', required: true, type: 'string', pattern: '^[a-zA-Z0-9]{9,14}$' },
  { name: 'nom', required: true, type: 'string' },
  { name: 'commune', required: true, type: 'string' },
  { name: 'code_postal', required: true, type: 'string', pattern: '^\\d{5}$' },
  { name: 'code_insee', required: false, type: 'string', pattern: '^([013-9]\\d|2[AB1-9])\\d{3}$' },
  { name: 'adresse', required: true, type: 'string' },
  { name: 'complement_adresse', required: false, type: 'string' },
  { name: 'latitude', required: false, type: 'number' },
  { name: 'longitude', required: false, type: 'number' },
  { name: 'typologie', required: false, type: 'string' },
  {
    name: 'telephone',
    required: false,
    type: 'string',
    pattern: '^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$',
  },
  { name: 'courriels', required: false, type: 'string' },
  { name: 'site_web', required: false, type: 'string' },
  { name: 'horaires', required: false, type: 'string' },
  { name: 'presentation_resume', required: false, type: 'string', maxLength: 280 },
  { name: 'presentation_detail', required: false, type: 'string' },
  { name: 'source', required: false, type: 'string' },
  { name: 'itinerance', required: false, type: 'string', pattern: list(['Itinérant', 'Fixe']) },
  { name: 'structure_parente', required: false, type: 'string' },
  { name: 'date_maj', required: true, type: 'date' },
  {
    name: 'services',
    required: false,
    type: 'string',
    pattern: list([
      'Aide aux démarches administratives',
      'Maîtrise des outils numériques du quotidien',
      'Insertion professionnelle via le numérique',
      'Utilisation sécurisée du numérique',
      'Parentalité et éducation avec le numérique',
      'Loisirs et créations numériques',
      'Compréhension du monde numérique',
      'Accès internet et matériel informatique',
      'Acquisition de matériel informatique à prix solidaire',
    ]),
  },
  {
    name: 'publics_specifiquement_adresses',
    required: false,
    type: 'string',
    pattern: list(['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes']),
  },
  {
    name: 'prise_en_charge_specifique',
    required: false,
    type: 'string',
    pattern: list([
      'Surdité',
      'Handicaps moteurs',
      'Handicaps mentaux',
      'Illettrisme',
      'Langues étrangères \\(anglais\\)',
      'Langues étrangères \\(autres\\)',
      'Déficience visuelle',
    ]),
  },
  {
    name: 'frais_a_charge',
    required: false,
    type: 'string',
    pattern: list(['Gratuit', 'Gratuit sous condition', 'Payant']),
  },
  {
    name: 'dispositif_programmes_nationaux',
    required: false,
    type: 'string',
    pattern: list([
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
      'Relais numérique \\(Emmaüs Connect\\)',
    ]),
  },
  {
    name: 'formations_labels',
    required: false,
    type: 'string',
    pattern: list([
      'Formé à « Mon Espace Santé »',
      'Formé à « DUPLEX » \\(illettrisme\\)',
      'Arnia/MedNum BFC \\(Bourgogne-Franche-Comté\\)',
      'Collectif ressources et acteurs réemploi \\(Normandie\\)',
      'Étapes numériques ?\\(La Poste\\)',
      'Fabriques de Territoire',
      'Les Éclaireurs du numérique \\(Drôme\\)',
      'Mes Papiers \\(Métropole de Lyon\\)',
      'ORDI 3.0',
      'SUD LABS \\(PACA\\)',
    ]),
  },
  { name: 'autres_formations_labels', required: false, type: 'string' },
  {
    name: 'modalites_acces',
    required: false,
    type: 'string',
    pattern: list([
      'Se présenter',
      'Téléphoner',
      'Contacter par mail',
      'Prendre un RDV en ligne',
      "Ce lieu n'accueille pas de public",
      'Envoyer un mail avec une fiche de prescription',
    ]),
  },
  {
    name: 'modalites_accompagnement',
    required: false,
    type: 'string',
    pattern: list(['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance']),
  },
  { name: 'fiche_acces_libre', required: false, type: 'string' },
  { name: 'prise_rdv', required: false, type: 'string' },
];

export const STANDARD_HEADER: readonly string[] = STANDARD_FIELDS.map((field) => field.name);

export type StandardRow = Record<string, string>;

export interface RuleBreach {
  field: string;
  kind: 'required' | 'pattern' | 'maxLength' | 'type';
}

/** Each pattern compiled once (the schema has a dozen; an export or an import checks them on every row). */
const compiled = new Map<string, RegExp>();

/** A whole-value check of a schema pattern (the schema's list patterns are anchored at the end only). */
export function matchesWhole(pattern: string, value: string): boolean {
  let whole = compiled.get(pattern);
  if (!whole) {
    whole = new RegExp(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, whole);
  }
  return whole.test(value);
}

function typeHolds(type: FieldRule['type'], value: string): boolean {
  if (type === 'number') return /^-?\d+(\.\d+)?$/.test(value);
  if (type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  return true;
}

/**
 * The breaches of one rule by one present (non-empty) value, pushed to `breaches` (created when there is
 * one): what `checkRow` says of that field, without building a row for it.
 */
export function valueBreaches(
  rule: FieldRule,
  value: string,
  breaches: RuleBreach[] | null = null,
): RuleBreach[] | null {
  let found = breaches;
  if (!typeHolds(rule.type, value)) (found ??= []).push({ field: rule.name, kind: 'type' });
  if (rule.pattern !== undefined && !matchesWhole(rule.pattern, value))
    (found ??= []).push({ field: rule.name, kind: 'pattern' });
  // Counted in code points; a value no longer in UTF-16 units cannot be longer in code points.
  if (rule.maxLength !== undefined && value.length > rule.maxLength && [...value].length > rule.maxLength)
    (found ??= []).push({ field: rule.name, kind: 'maxLength' });
  return found;
}

/** Every rule the row breaks (an empty value only breaks « required »). */
export function checkRow(row: StandardRow, rules: readonly FieldRule[] = STANDARD_FIELDS): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  for (const rule of rules) {
    const value = row[rule.name] ?? '';
    if (value === '') {
      if (rule.required) breaches.push({ field: rule.name, kind: 'required' });
      continue;
    }
    valueBreaches(rule, value, breaches);
  }
  return breaches;
}
