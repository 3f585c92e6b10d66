/**
 * The merge screen's model: what each field shows on either side, the default choices, and the
 * `duplicates.merge` input. Pure: no React, no DOM.
 */
import type { ActorDto } from '../../../../shared/actors/dto';
import type { DuplicateMergeInput, MergeField, MergeSide } from '../../../../shared/duplicates/duplicateDto';
import { MERGE_FIELDS } from '../../../../shared/duplicates/duplicateDto';
import { formatDate } from '../../../../shared/format/french';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { formatCoordinate, formatSiret, roleLabel } from '../actors/actorLabels';

export type Side = 'left' | 'right';
export type MergeChoices = Record<MergeField, Side>;

const list = (values: readonly string[]): string => values.join(', ');

/** The field's value as the user reads it; '' when empty. */
export function fieldText(actor: ActorDto, field: MergeField): string {
  switch (field) {
    case 'name':
      return actor.name;
    case 'siret':
      return actor.siret ? formatSiret(actor.siret) : '';
    case 'typologies':
      return list(actor.typologies.map(typologyLabel));
    case 'roles':
      return list(actor.roles.map(roleLabel));
    case 'address':
      return [actor.address, actor.addressComplement].filter(Boolean).join(', ');
    case 'commune':
      return [actor.postcode, actor.communeName].filter(Boolean).join(' ');
    case 'coordinates':
      return actor.latitude === null || actor.longitude === null
        ? ''
        : `${formatCoordinate(actor.latitude)}\u00a0; ${formatCoordinate(actor.longitude)}`;
    case 'website':
      return actor.website ?? '';
    case 'publics':
      return list(actor.publics);
    case 'specificSupports':
      return list(actor.specificSupports);
    case 'programmes':
      return list(actor.programmes);
    case 'labels':
      return list([...actor.labels, ...(actor.otherLabels ? [actor.otherLabels] : [])]);
    case 'notes':
      return actor.notes ?? '';
    case 'lastVerifiedOn':
      return actor.lastVerifiedOn ? formatDate(actor.lastVerifiedOn) : '';
  }
}

/**
 * By default each field takes the kept side's value, unless it is empty and the other side's is not; the
 * last verification takes the more recent date.
 */
export function defaultChoices(left: ActorDto, right: ActorDto, kept: Side): MergeChoices {
  const other: Side = kept === 'left' ? 'right' : 'left';
  const sides = { left, right };
  const choices = {} as MergeChoices;
  for (const field of MERGE_FIELDS) {
    const keptEmpty = fieldText(sides[kept], field) === '';
    const otherEmpty = fieldText(sides[other], field) === '';
    choices[field] = keptEmpty && !otherEmpty ? other : kept;
  }
  const [l, r] = [left.lastVerifiedOn ?? '', right.lastVerifiedOn ?? ''];
  if (l !== r) choices.lastVerifiedOn = l > r ? 'left' : 'right';
  return choices;
}

/** Fields whose two values differ (the others need no choice). */
export const differs = (left: ActorDto, right: ActorDto, field: MergeField): boolean =>
  fieldText(left, field) !== fieldText(right, field);

export function mergeInput(
  left: ActorDto,
  right: ActorDto,
  kept: Side,
  choices: MergeChoices,
): DuplicateMergeInput {
  const keep = kept === 'left' ? left : right;
  const other = kept === 'left' ? right : left;
  const sideOf = (side: Side): MergeSide => (side === kept ? 'keep' : 'other');
  return {
    keepId: keep.id,
    otherId: other.id,
    choices: Object.fromEntries(MERGE_FIELDS.map((field) => [field, sideOf(choices[field])])),
  };
}
