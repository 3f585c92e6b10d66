import { z } from 'zod';
import {
  id,
  optionalCommuneCode,
  optionalEmail,
  optionalIsoDate,
  optionalLatitude,
  optionalLongitude,
  optionalPhone,
  optionalPostcode,
  optionalText,
  optionalUrl,
  requiredText,
  vocabularyList,
} from '../api/fields';
import { compactSiret, siretProblem } from './siret';
import { FRESHNESS_CODES } from './freshness';
import { NETWORK_STATUS_FILTERS } from '../network/networkDto';
import { ACTOR_ROLE_CODES } from '../vocabularies/actorRoles';
import { TYPOLOGY_CODES } from '../vocabularies/typologies';
import { WEEKDAY_CODES } from '../vocabularies/weekdays';
import {
  ACCESS_MODES,
  ACCOMPANIMENT_MODES,
  FEES,
  ITINERANCE,
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
  TRAINING_LABELS,
} from '../vocabularies/lieuxMediation';

const asTuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];

export const contactInput = z.object({
  name: requiredText(120, 'Le nom du contact'),
  role: optionalText(120, 'La fonction', 'line'),
  email: optionalEmail('Le courriel du contact'),
  phone: optionalPhone('Le téléphone du contact'),
});
export type ContactInput = z.input<typeof contactInput>;

export const permanenceInput = z.object({
  communeCode: z.string({ error: 'Choisissez la commune de la permanence.' }).regex(/^(\d{5}|2[AB]\d{3})$/, {
    error: 'Choisissez la commune de la permanence.',
  }),
  weekdays: vocabularyList(asTuple(WEEKDAY_CODES), 'Jours').refine(
    (days) => days.length > 0,
    'Indiquez au moins un jour de permanence.',
  ),
  schedule: optionalText(200, 'Le rythme', 'line'),
});
export type PermanenceInput = z.input<typeof permanenceInput>;

export const placeInput = z.object({
  id: id.optional(),
  name: requiredText(200, 'Le nom du lieu'),
  address: optionalText(200, 'L’adresse du lieu', 'line'),
  addressComplement: optionalText(200, 'Le complément d’adresse', 'line'),
  postcode: optionalPostcode,
  communeCode: optionalCommuneCode,
  latitude: optionalLatitude,
  longitude: optionalLongitude,
  services: vocabularyList(SERVICES, 'Services'),
  accessModes: vocabularyList(ACCESS_MODES, 'Modalités d’accès'),
  accompanimentModes: vocabularyList(ACCOMPANIMENT_MODES, 'Modalités d’accompagnement'),
  fees: vocabularyList(FEES, 'Frais'),
  itinerance: vocabularyList(ITINERANCE, 'Itinérance'),
  /** OpenStreetMap opening_hours syntax. Kept as typed even when it does not parse (flagged, never lost). */
  openingHours: optionalText(500, 'Les horaires', 'line'),
  phone: optionalPhone('Le téléphone du lieu'),
  email: optionalEmail('Le courriel du lieu'),
  bookingUrl: optionalUrl('Le lien de prise de rendez-vous'),
  permanences: z.array(permanenceInput).max(60).default([]),
});
export type PlaceInput = z.input<typeof placeInput>;

export const actorInput = z
  .object({
    name: requiredText(200, 'Le nom'),
    siret: optionalText(20, 'Le SIRET')
      .transform((value) => (value === null ? null : compactSiret(value)))
      .superRefine((value, ctx) => {
        const problem = value === null ? null : siretProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    typologies: vocabularyList(asTuple(TYPOLOGY_CODES), 'Typologie'),
    roles: vocabularyList(asTuple(ACTOR_ROLE_CODES), 'Rôle'),
    address: optionalText(200, 'L’adresse', 'line'),
    addressComplement: optionalText(200, 'Le complément d’adresse', 'line'),
    postcode: optionalPostcode,
    communeCode: optionalCommuneCode,
    latitude: optionalLatitude,
    longitude: optionalLongitude,
    website: optionalUrl('Le site web'),
    publics: vocabularyList(PUBLICS, 'Publics'),
    specificSupports: vocabularyList(SPECIFIC_SUPPORTS, 'Prise en charge spécifique'),
    programmes: vocabularyList(NATIONAL_PROGRAMMES, 'Dispositifs'),
    labels: vocabularyList(TRAINING_LABELS, 'Formations et labels'),
    otherLabels: optionalText(300, 'Les autres labels'),
    notes: optionalText(5000, 'Les notes'),
    lastVerifiedOn: optionalIsoDate('La date de dernière vérification'),
    contacts: z.array(contactInput).max(50).default([]),
    places: z.array(placeInput).max(50).default([]),
  })
  .superRefine((actor, ctx) => {
    const lat = actor.latitude === null;
    const lon = actor.longitude === null;
    if (lat !== lon)
      ctx.addIssue({
        code: 'custom',
        path: ['latitude'],
        message: 'Indiquez la latitude et la longitude, ou aucune.',
      });
  });
export type ActorInput = z.input<typeof actorInput>;
export type ActorValues = z.output<typeof actorInput>;

export const actorSortFields = ['name', 'commune', 'lastVerifiedOn', 'updatedAt'] as const;
export type ActorSortField = (typeof actorSortFields)[number];

export const actorListQuery = z.object({
  search: z.string().max(200).default(''),
  typologies: z.array(z.string().max(40)).max(100).default([]),
  roles: z.array(z.enum(asTuple(ACTOR_ROLE_CODES))).default([]),
  communeCodes: z.array(z.string().max(5)).max(1000).default([]),
  services: z.array(z.enum(SERVICES)).default([]),
  publics: z.array(z.enum(PUBLICS)).default([]),
  /** National programmes and training labels together (« Labels et dispositifs »). */
  labels: z.array(z.string().max(120)).max(40).default([]),
  freshness: z.array(z.enum(asTuple(FRESHNESS_CODES))).default([]),
  /** Statuses in the network (« Réseau »), `none` for « non renseigné ». */
  networkStatuses: z.array(z.enum(NETWORK_STATUS_FILTERS)).default([]),
  sort: z
    .object({ field: z.enum(actorSortFields), direction: z.enum(['asc', 'desc']) })
    .default({ field: 'name', direction: 'asc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ActorListQuery = z.input<typeof actorListQuery>;

export const actorIdInput = z.object({ id });
export const actorUpdateInput = z.object({ id, actor: actorInput });
