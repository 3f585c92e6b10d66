import { z } from 'zod';
import { id } from '../api/fields';

/** Likely duplicates among live actors, their merge, and dismissing a pair for good. */

export interface DuplicateSideDto {
  id: number;
  name: string;
  communeName: string | null;
  siret: string | null;
}

export interface DuplicatePairDto {
  /** `<smaller id>-<larger id>`: stable, for keys and links. */
  key: string;
  left: DuplicateSideDto;
  right: DuplicateSideDto;
  /** Why they look alike, in French (« Même SIRET : 781 345 620 00014 »…). */
  reasons: string[];
}

/** The fields the merge screen lets the user take from one side or the other. */
export const MERGE_FIELDS = [
  'name',
  'siret',
  'typologies',
  'roles',
  'address',
  'commune',
  'coordinates',
  'website',
  'publics',
  'specificSupports',
  'programmes',
  'labels',
  'notes',
  'lastVerifiedOn',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  name: 'Nom',
  siret: 'SIRET',
  typologies: 'Typologies',
  roles: 'Rôles',
  address: 'Adresse',
  commune: 'Commune',
  coordinates: 'Coordonnées',
  website: 'Site web',
  publics: 'Publics spécifiquement adressés',
  specificSupports: 'Prise en charge spécifique',
  programmes: 'Dispositifs nationaux',
  labels: 'Formations et labels',
  notes: 'Notes',
  lastVerifiedOn: 'Dernière vérification',
};

export type MergeSide = 'keep' | 'other';

export const duplicatePairInput = z.object({ leftId: id, rightId: id });

export const duplicateMergeInput = z.object({
  /** The actor that stays (updated); the other goes to the trash. */
  keepId: id,
  otherId: id,
  /** For each field, the side whose value is kept; a field left out keeps the kept actor's value. */
  choices: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['keep', 'other'])).default({}),
});
export type DuplicateMergeInput = z.input<typeof duplicateMergeInput>;
