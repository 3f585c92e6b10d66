import { z } from 'zod';
import { cleanText, id, optionalCommuneCode, optionalEmail, optionalText, requiredText } from '../api/fields';
import { INSTANCE_FREQUENCIES, INSTANCE_KINDS } from './governanceDto';

/** Input schemas of the coordination body's methods, with the French messages a form shows. */

export const instanceIdInput = z.object({ id });

export const instanceSaveInput = z.object({
  /** Absent to create a body, present to update it. */
  id: id.optional(),
  name: requiredText(160, 'Le nom de l’instance'),
  kind: z.enum(INSTANCE_KINDS, { error: 'Choisissez le type d’instance.' }),
  frequency: z.enum(INSTANCE_FREQUENCIES, { error: 'Choisissez la fréquence des réunions.' }),
  notes: optionalText(2000, 'La présentation'),
});
export type InstanceSaveInput = z.input<typeof instanceSaveInput>;

export const representativeInput = z.object({
  name: requiredText(120, 'Le nom du représentant'),
  role: optionalText(120, 'La fonction du représentant', 'line'),
  email: optionalEmail('Le courriel du représentant'),
});
export type RepresentativeInput = z.input<typeof representativeInput>;

const representativesInput = z.array(representativeInput).max(10, 'Dix représentants au plus par membre.');

const electedFields = {
  name: requiredText(160, 'Le nom de l’élu·e'),
  mandate: requiredText(160, 'Le mandat'),
  communeCode: optionalCommuneCode,
};

export const memberAddInput = z.object({
  instanceId: id,
  member: z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('actor'),
        actorId: id,
        /** Absent: the actor's first contact in the directory represents it. */
        representatives: representativesInput.optional(),
      }),
      z.object({ kind: z.literal('elected'), ...electedFields }),
    ],
    { error: 'Choisissez un acteur de l’annuaire ou un élu.' },
  ),
});
export type MemberAddInput = z.input<typeof memberAddInput>;

export const memberUpdateInput = z.object({
  id,
  member: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('actor'), representatives: representativesInput }),
      z.object({ kind: z.literal('elected'), ...electedFields }),
    ],
    { error: 'Membre invalide.' },
  ),
});
export type MemberUpdateInput = z.input<typeof memberUpdateInput>;

export const memberIdInput = z.object({ id });

export const membersReorderInput = z.object({
  instanceId: id,
  memberIds: z.array(id).min(1, 'L’ordre des membres est vide.'),
});

export const findingAssumeInput = z.object({
  instanceId: id,
  key: cleanText('line').min(1, 'Constat inconnu.').max(200, 'Constat inconnu.'),
  reason: requiredText(500, 'La raison', 'multiline'),
});

export const findingUnassumeInput = z.object({
  instanceId: id,
  key: cleanText('line').min(1, 'Constat inconnu.').max(200, 'Constat inconnu.'),
});
