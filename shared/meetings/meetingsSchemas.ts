import { z } from 'zod';
import { id, isIsoDate, optionalEmail, optionalIsoDate, optionalText, requiredText } from '../api/fields';
import { ACTION_STATUS_CODES } from '../roadmap/roadmapVocabulary';
import { ATTENDANCE_STATUSES, MEETING_KINDS, WEEKDAYS } from './meetingsVocabulary';
import { MONTHLY_NTHS } from './recurrencePattern';

/** Input schemas of the meetings' methods, with the French messages a form shows. */

const isoDate = (what: string) =>
  z
    .string({ error: `${what} est obligatoire.` })
    .refine(isIsoDate, `${what}\u00a0: date invalide (attendu AAAA-MM-JJ).`);

const time = z
  .string({ error: 'L’heure est obligatoire.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'L’heure\u00a0: attendu HH:MM (14:00).');

const wall = z
  .string({ error: 'La date et l’heure sont obligatoires.' })
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'La date et l’heure\u00a0: attendu AAAA-MM-JJTHH:MM.')
  .refine((value) => isIsoDate(value.slice(0, 10)), 'La date n’existe pas.');

const duration = z
  .number({ error: 'La durée est obligatoire.' })
  .int()
  .min(15, 'La durée\u00a0: 15 minutes au moins.')
  .max(12 * 60, 'La durée\u00a0: 12 heures au plus.');

const kind = z.enum(MEETING_KINDS, { error: 'Choisissez le type de réunion.' });
const weekday = z.enum(WEEKDAYS, { error: 'Choisissez le jour de la semaine.' });
const interval = (max: number) =>
  z.number().int().min(1, 'L’intervalle\u00a0: 1 au moins.').max(max, `L’intervalle\u00a0: ${max} au plus.`);

export const recurrencePatternInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('weekly'), interval: interval(8), weekday }),
    z.object({
      kind: z.literal('monthlyWeekday'),
      interval: interval(12),
      nth: z.literal(MONTHLY_NTHS, {
        error: 'Choisissez premier, deuxième, troisième, quatrième ou dernier.',
      }),

      weekday,
    }),
    z.object({
      kind: z.literal('monthlyDay'),
      interval: interval(12),
      day: z
        .number()
        .int()
        .min(1, 'Le jour du mois\u00a0: 1 à 28.')
        .max(28, 'Le jour du mois\u00a0: 1 à 28.'),
    }),
  ],
  { error: 'Choisissez un rythme.' },
);

export const seriesEndInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('until'), on: isoDate('La date de fin') }),
    z.object({
      kind: z.literal('count'),
      count: z.number().int().min(1, 'Une réunion au moins.').max(240, '240 réunions au plus.'),
    }),
  ],
  { error: 'Choisissez la fin de la série.' },
);

/** A directory place (its name and address are read from the directory) or free text. */
export const placeInput = z
  .object({
    placeId: id.nullable().default(null),
    label: optionalText(200, 'Le lieu', 'line'),
    address: optionalText(300, 'L’adresse', 'line'),
  })
  .refine((place) => place.placeId !== null || place.label !== null, 'Choisissez un lieu ou écrivez-le.')
  .nullable()
  .default(null);

export const meetingsListInput = z.object({ instanceId: id });

export const seriesSaveInput = z
  .object({
    id: id.optional(),
    instanceId: id,
    title: optionalText(160, 'Le titre', 'line'),
    kind,
    pattern: recurrencePatternInput,
    startsOn: isoDate('La date de début'),
    time,
    durationMinutes: duration,
    end: seriesEndInput,
    place: placeInput,
  })
  .refine((series) => series.end.kind !== 'until' || series.end.on >= series.startsOn, {
    message: 'La date de fin est avant la date de début.',
    path: ['end'],
  });
export type SeriesSaveInput = z.input<typeof seriesSaveInput>;

export const seriesIdInput = z.object({ id });

export const occurrenceOpenInput = z.object({ seriesId: id, occurrenceOn: isoDate('La date') });

export const meetingIdInput = z.object({ id });

export const meetingSaveInput = z.object({
  /** Absent: a new single meeting of the body. */
  id: id.optional(),
  instanceId: id,
  title: optionalText(160, 'Le titre', 'line'),
  kind,
  startsAt: wall,
  durationMinutes: duration,
  place: placeInput,
});
export type MeetingSaveInput = z.input<typeof meetingSaveInput>;

export const meetingCancelInput = z.object({ id, cancelled: z.boolean() });

export const agendaSaveInput = z.object({
  meetingId: id,
  items: z
    .array(
      z.object({
        /** An item kept (its notes and decisions stay with it); absent: a new item. */
        id: id.optional(),
        title: requiredText(300, 'Le point de l’ordre du jour'),
        detail: optionalText(2000, 'Le détail'),
        chantierId: id.nullable().default(null),
        actionId: id.nullable().default(null),
      }),
    )
    .max(60, 'Soixante points au plus à l’ordre du jour.'),
});
export type AgendaSaveInput = z.input<typeof agendaSaveInput>;

export const inviteesSaveInput = z.object({
  meetingId: id,
  memberIds: z.array(id).max(500),
  guests: z
    .array(
      z.object({
        actorId: id.nullable().default(null),
        name: requiredText(160, 'Le nom de l’invité·e'),
        organisation: optionalText(160, 'La structure', 'line'),
        email: optionalEmail('Le courriel de l’invité·e'),
      }),
    )
    .max(200, 'Deux cents invités au plus.'),
});
export type InviteesSaveInput = z.input<typeof inviteesSaveInput>;

export const calendarInput = z.union([z.object({ meetingId: id }), z.object({ seriesId: id })], {
  error: 'Choisissez une réunion ou une série.',
});

/** The attendance of the invitees given (the others keep theirs); null: not said. */
export const attendanceSaveInput = z.object({
  meetingId: id,
  entries: z
    .array(
      z.object({
        inviteeId: id,
        attendance: z.enum(ATTENDANCE_STATUSES, { error: 'Choisissez une présence.' }).nullable(),
        representedBy: optionalText(200, 'Représenté par', 'line'),
      }),
    )
    .max(700),
});
export type AttendanceSaveInput = z.input<typeof attendanceSaveInput>;

/** What was said on an agenda item and what was decided, replaced as a whole. */
export const itemRecordSaveInput = z.object({
  itemId: id,
  notes: optionalText(20_000, 'Les notes'),
  decisions: z
    .array(requiredText(2000, 'La décision', 'multiline'))
    .max(50, 'Cinquante décisions au plus par point.'),
});
export type ItemRecordSaveInput = z.input<typeof itemRecordSaveInput>;

/** What a follow-up action does to the feuille de route when saved: nothing, update its fiche, or create one. */
export const roadmapEffectInput = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('none') }),
      z.object({
        kind: z.literal('update'),
        status: z.enum(ACTION_STATUS_CODES, { error: 'Choisissez le statut de la fiche action.' }),
        progress: z
          .number({ error: 'L’avancement est un nombre.' })
          .int('L’avancement est un pourcentage entier.')
          .min(0, 'L’avancement est compris entre 0 et 100\u00a0%.')
          .max(100, 'L’avancement est compris entre 0 et 100\u00a0%.'),
      }),
      z.object({
        kind: z.literal('create'),
        chantierId: z
          .number({ error: 'Choisissez le chantier de la nouvelle fiche action.' })
          .int()
          .positive(),
      }),
    ],
    { error: 'Choisissez l’effet sur la feuille de route.' },
  )
  .default({ kind: 'none' });

export const meetingActionSaveInput = z
  .object({
    /** Absent: a new action, last of the meeting's list. */
    id: id.optional(),
    meetingId: id,
    what: requiredText(500, 'L’action à mener'),
    who: optionalText(200, 'Qui', 'line'),
    dueOn: optionalIsoDate('L’échéance'),
    done: z.boolean().default(false),
    roadmapActionId: id.nullable().default(null),
    roadmap: roadmapEffectInput,
  })
  .refine((action) => action.roadmap.kind !== 'update' || action.roadmapActionId !== null, {
    message: 'Choisissez la fiche action à mettre à jour.',
    path: ['roadmapActionId'],
  });
export type MeetingActionSaveInput = z.input<typeof meetingActionSaveInput>;

export const meetingActionIdInput = z.object({ id });

export const meetingActionDoneInput = z.object({ id, done: z.boolean() });

/** A body's network life over a period: ISO days, both included; null: unbounded. */
export const networkLifeInput = z
  .object({
    instanceId: id,
    from: isoDate('La date de début').nullable().default(null),
    to: isoDate('La date de fin').nullable().default(null),
  })
  .refine((period) => period.from === null || period.to === null || period.from <= period.to, {
    message: 'La date de début doit précéder la date de fin.',
    path: ['to'],
  });
export type NetworkLifeInput = z.input<typeof networkLifeInput>;

/** How many came to a meeting, its public included; null: not said. */
export const participantsSaveInput = z.object({
  id,
  participantsCount: z
    .number({ error: 'Le nombre de participants est un nombre.' })
    .int('Le nombre de participants est un nombre entier.')
    .min(0, 'Le nombre de participants ne peut pas être négatif.')
    .max(100_000, 'Le nombre de participants\u00a0: 100 000 au plus.')
    .nullable(),
});
export type ParticipantsSaveInput = z.input<typeof participantsSaveInput>;
