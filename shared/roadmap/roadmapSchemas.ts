import { z } from 'zod';
import { shownValue } from '../format/boundedText';
import { quoted } from '../format/french';
import { cleanText, id, isIsoDate, optionalText, requiredText, vocabularyList } from '../api/fields';
import {
  ACTION_ROLE_CODES,
  ACTION_STATUS_CODES,
  FUNDING_SOURCE_CODES,
  FUNDING_STATUS_CODES,
  ROADMAP_PUBLICS,
  SIGNATURE_STATUS_CODES,
} from './roadmapVocabulary';
import { feminineForm, hasInclusiveMark, masculineForm } from './genderedWording';
import { INDICATOR_MEASURE_CODES } from './computedIndicator';

/** ISO month (2026-09) or ISO date (2026-09-15). */
export function isMonthOrDate(value: string): boolean {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  return isIsoDate(value);
}

const optionalMonthOrDate = (what: string) =>
  z
    .string()
    .trim()
    .nullable()
    .default(null)
    .transform((value) => (value === '' || value === null ? null : value))
    .refine(
      (value) => value === null || isMonthOrDate(value),
      `${what}\u00a0: mois ou date invalide (attendu AAAA-MM ou AAAA-MM-JJ).`,
    );

const optionalNumber = (what: string) =>
  z
    .number({ error: `${what} est un nombre.` })
    .refine(Number.isFinite, `${what} est un nombre.`)
    .nullable()
    .default(null);

const euros = (what: string) =>
  z
    .number({ error: `${what} est un montant en euros.` })
    .int(`${what}\u00a0: en euros entiers, sans centimes.`)
    .min(0, `${what} ne peut pas être négatif.`)
    .max(10_000_000_000, `${what}\u00a0: montant trop élevé.`);

const memberId = z.number({ error: 'Membre manquant.' }).int().positive();

const enumOf = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z.enum(values, { error: (issue) => `${what}\u00a0: valeur inconnue ${shownValue(issue.input)}.` });

/** A text that may be left out of the call (kept as it is) or emptied (null); no default, unlike `optionalText`. */
const textIfSent = (max: number, what: string) =>
  cleanText('multiline')
    .max(max, `${what}\u00a0: ${max} caractères au plus.`)
    .nullable()
    .transform((value) => (value === '' || value === null ? null : value))
    .optional();

export const roadmapTextInput = z
  .object({
    title: requiredText(200, 'Le titre de la feuille de route').optional(),
    purpose: textIfSent(20_000, 'La raison d’être'),
    context: textIfSent(20_000, 'Le contexte'),
    commitments: textIfSent(20_000, 'Les engagements réciproques'),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), 'Aucun texte à enregistrer.');
export type RoadmapTextInput = z.input<typeof roadmapTextInput>;

export const roadmapInstanceInput = z.object({
  instanceId: id.nullable(),
});

export const objectiveInput = z.object({
  id: id.optional(),
  title: requiredText(300, 'L’intitulé de l’objectif'),
  indicator: optionalText(300, 'L’indicateur'),
  baseline: optionalNumber('La valeur de départ'),
  target: optionalNumber('La cible'),
  unit: optionalText(40, 'L’unité'),
});
export type ObjectiveInput = z.input<typeof objectiveInput>;

export const chantierInput = z.object({
  id: id.optional(),
  title: requiredText(300, 'L’intitulé du chantier'),
  description: optionalText(5_000, 'La description du chantier'),
});
export type ChantierInput = z.input<typeof chantierInput>;

export const fundingLineInput = z.object({
  source: enumOf(FUNDING_SOURCE_CODES, 'Source du financement'),
  /** Null: not known yet (« non renseigné »), never 0 €. */
  amount: euros('Le montant').nullable().default(null),
  status: enumOf(FUNDING_STATUS_CODES, 'Statut du financement').default('envisage'),
  note: optionalText(300, 'La précision du financement'),
});
export type FundingLineInput = z.input<typeof fundingLineInput>;

export const actionIndicatorInput = z.object({
  label: requiredText(300, 'L’intitulé de l’indicateur'),
  unit: optionalText(40, 'L’unité'),
  target: optionalNumber('La cible'),
  actual: optionalNumber('La valeur atteinte'),
  /** Set: the value is computed from the activity (the `actual` sent is then ignored). */
  computed: z
    .object({
      measure: enumOf(INDICATOR_MEASURE_CODES, 'Ce que l’indicateur compte'),
      themes: z
        .array(z.string().trim().min(1).max(200, 'Un thème fait au plus 200 caractères.'))
        .max(30, 'Au plus 30 thèmes.')
        .default([])
        .transform((themes) => [...new Set(themes)]),
    })
    .nullable()
    .default(null),
});
export type ActionIndicatorInput = z.input<typeof actionIndicatorInput>;

export const actionInput = z.object({
  id: id.optional(),
  chantierId: z.number({ error: 'Choisissez le chantier de l’action.' }).int().positive(),
  title: requiredText(300, 'L’intitulé de l’action'),
  objectiveId: id.nullable().default(null),
  description: optionalText(10_000, 'La description de l’action'),
  pilotMemberId: memberId.nullable().default(null),
  partnerMemberIds: z
    .array(memberId)
    .max(500)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  publics: vocabularyList(ROADMAP_PUBLICS, 'Publics'),
  communeCodes: z
    .array(z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'Code commune invalide.'))
    .max(1000)
    .default([])
    .transform((codes) => [...new Set(codes)]),
  start: optionalMonthOrDate('Le début'),
  end: optionalMonthOrDate('La fin'),
  budget: euros('Le budget').nullable().default(null),
  fundings: z.array(fundingLineInput).max(50, 'Au plus 50 lignes de financement.').default([]),
  indicators: z.array(actionIndicatorInput).max(50, 'Au plus 50 indicateurs.').default([]),
  status: enumOf(ACTION_STATUS_CODES, 'Statut de l’action').default('a_lancer'),
  progress: z
    .number({ error: 'L’avancement est un nombre.' })
    .int('L’avancement est un pourcentage entier.')
    .min(0, 'L’avancement est compris entre 0 et 100\u00a0%.')
    .max(100, 'L’avancement est compris entre 0 et 100\u00a0%.')
    .default(0),
});
export type ActionInput = z.input<typeof actionInput>;

export const idInput = z.object({ id });

export const reorderInput = z.object({
  ids: z
    .array(id)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, 'Un élément apparaît deux fois dans l’ordre demandé.'),
});

export const moveActionInput = z.object({
  id,
  chantierId: z.number({ error: 'Choisissez le chantier de destination.' }).int().positive(),
  /** 0-based position in the destination chantier; past the end puts it last. */
  position: z.number({ error: 'Position manquante.' }).int().min(0),
});

export const roleInput = z.object({
  actionId: id,
  memberId,
  /** null removes the member's role in the action. */
  role: enumOf(ACTION_ROLE_CODES, 'Rôle').nullable(),
});

export const signatureInput = z
  .object({
    memberId,
    organisation: requiredText(300, 'L’organisation'),
    signatory: optionalText(200, 'Le nom du signataire'),
    function: optionalText(200, 'La fonction du signataire'),
    signedOn: z
      .string()
      .trim()
      .nullable()
      .default(null)
      .transform((value) => (value === '' || value === null ? null : value))
      .refine(
        (value) => value === null || isIsoDate(value),
        'La date de signature\u00a0: date invalide (attendu AAAA-MM-JJ).',
      ),
    status: enumOf(SIGNATURE_STATUS_CODES, 'Statut de la signature').default('a_signer'),
  })
  .refine((value) => value.status !== 'signe' || value.signatory !== null, {
    message: 'Indiquez le nom du signataire avant de marquer la signature comme signée.',
    path: ['signatory'],
  })
  .superRefine((value, context) => {
    // A signed document names a person's function in full: « Président » or « Présidente », never « Président·e ».
    if (value.function === null || !hasInclusiveMark(value.function)) return;
    context.addIssue({
      code: 'custom',
      path: ['function'],
      message: `Écrivez la fonction en toutes lettres, sans abréviation inclusive\u00a0: ${quoted(masculineForm(value.function))} ou ${quoted(feminineForm(value.function))}.`,
    });
  });
export type SignatureInput = z.input<typeof signatureInput>;

export const adoptInput = z.object({
  date: z
    .string({ error: 'Indiquez la date d’adoption.' })
    .trim()
    .refine(isIsoDate, 'La date d’adoption\u00a0: date invalide (attendu AAAA-MM-JJ).'),
  place: requiredText(120, `Le lieu (${quoted('Fait à')})`),
});

const side = z.union([z.literal('brouillon'), z.number().int().positive()], {
  error: 'Choisissez une version (son numéro) ou le brouillon.',
});

export const versionInput = z.object({
  number: z.number({ error: 'Numéro de version manquant.' }).int().positive(),
});

export const compareInput = z.object({ from: side, to: side });
