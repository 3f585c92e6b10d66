/** Changes to the actor form's state: rows added, moved, removed; communes and postcodes. Pure. */
import { communeChoiceLabel, departementOfCommuneCode } from '../../../../shared/territory/communeLabel';
import type { CommuneDto } from '../../../../shared/territory/dto';
import type { ActorForm, ContactForm, PlaceForm } from './actorFormModel';

/** The postcode once a commune is chosen: the commune's own when the current one is not among its postcodes. */
export function postcodeForCommune(
  current: string,
  commune: Pick<CommuneDto, 'postcodes'> | undefined,
): string {
  if (!commune || commune.postcodes.length === 0) return current;
  return commune.postcodes.includes(current.trim()) ? current : (commune.postcodes[0] ?? current);
}

/**
 * The territory's communes by name; the actor's own commune, when outside the territory, stays choosable and
 * is named with its département (« Laon (02) »).
 */
export function communeOptions(
  communes: readonly CommuneDto[],
  current: { code: string; name: string | null } | null,
): { code: string; name: string }[] {
  const options = communes
    .map((commune) => ({ code: commune.code, name: commune.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  if (current && current.code && !options.some((option) => option.code === current.code))
    options.unshift({
      code: current.code,
      name: current.name
        ? communeChoiceLabel({
            name: current.name,
            departement: departementOfCommuneCode(current.code),
            inTerritory: false,
          })
        : current.code,
    });
  return options;
}

/** Moves one item up (-1) or down (+1); nothing happens at either end. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

export const movePlace = (form: ActorForm, index: number, delta: -1 | 1): ActorForm => ({
  ...form,
  places: moveItem(form.places, index, delta),
});

export const updatePlace = (form: ActorForm, index: number, patch: Partial<PlaceForm>): ActorForm => ({
  ...form,
  places: form.places.map((place, i) => (i === index ? { ...place, ...patch } : place)),
});

export const updateContact = (form: ActorForm, index: number, patch: Partial<ContactForm>): ActorForm => ({
  ...form,
  contacts: form.contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)),
});

export const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_item, i) => i !== index);
