import { z } from 'zod';
import { id, isIsoDate, optionalIsoDate, optionalText } from '../api/fields';
import { CONTACT_KINDS, NETWORK_STATUSES } from './networkDto';

/** Input schemas of the network's methods, with the French messages a form shows. */

export const networkActorInput = z.object({ actorId: id });

export const networkStatusInput = z.object({
  actorId: id,
  /** null: back to « non renseigné ». */
  status: z.enum(NETWORK_STATUSES, { error: 'Choisissez un statut dans la liste.' }).nullable(),
});
export type NetworkStatusInput = z.input<typeof networkStatusInput>;

export const contactValues = z
  .object({
    contactOn: z
      .string({ error: 'La date du contact est obligatoire.' })
      .trim()
      .min(1, 'La date du contact est obligatoire.')
      .refine(isIsoDate, 'La date du contact\u00a0: date invalide (attendu AAAA-MM-JJ).'),
    kind: z.enum(CONTACT_KINDS, { error: 'Choisissez le type de contact.' }),
    who: optionalText(160, 'Qui y est allé', 'line'),
    notes: optionalText(5000, 'Les notes'),
    nextStep: optionalText(300, 'La prochaine étape', 'line'),
    nextStepOn: optionalIsoDate('La date de la prochaine étape'),
  })
  .superRefine((contact, ctx) => {
    if (contact.nextStepOn !== null && contact.nextStep === null)
      ctx.addIssue({
        code: 'custom',
        path: ['nextStep'],
        message: 'Dites quelle est la prochaine étape, ou effacez sa date.',
      });
  });
export type ContactValuesInput = z.input<typeof contactValues>;
export type ContactValues = z.output<typeof contactValues>;

export const contactSaveInput = z.object({
  actorId: id,
  /** Absent to add an entry, present to change it. */
  id: id.optional(),
  contact: contactValues,
});
export type ContactSaveInput = z.input<typeof contactSaveInput>;

export const contactIdInput = z.object({ id });
