/**
 * The actor form's errors: the checks the backend makes, keyed by the same dotted paths it uses
 * (`places.0.communeCode`), and where on screen each one goes. Pure: no React, no DOM.
 */
import { actorInput, type ActorInput } from '../../../../shared/actors/schemas';
import { compactSiret, siretProblem } from '../../../../shared/actors/siret';
import type { ActorForm, FieldErrors } from './actorFormModel';

/**
 * The checks the backend makes (the same shared schema), so that mistakes show before anything is sent.
 * Only the first message of each field is kept.
 */
export function validateActorInput(input: ActorInput): FieldErrors {
  const parsed = actorInput.safeParse(input);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** The paths of the form's fields in the order they appear on screen, for finding the first error. */
export function fieldPaths(form: ActorForm): string[] {
  const paths = [
    'name',
    'siret',
    'typologies',
    'roles',
    'address',
    'addressComplement',
    'communeCode',
    'postcode',
    'latitude',
    'longitude',
    'website',
  ];
  form.contacts.forEach((_contact, i) => {
    for (const field of ['name', 'role', 'email', 'phone']) paths.push(`contacts.${i}.${field}`);
  });
  form.places.forEach((place, i) => {
    for (const field of [
      'name',
      'address',
      'addressComplement',
      'communeCode',
      'postcode',
      'latitude',
      'longitude',
      'phone',
      'email',
      'bookingUrl',
      'services',
      'accessModes',
      'accompanimentModes',
      'fees',
      'itinerance',
      'openingHours',
    ])
      paths.push(`places.${i}.${field}`);
    place.permanences.forEach((_permanence, j) => {
      for (const field of ['communeCode', 'weekdays', 'schedule'])
        paths.push(`places.${i}.permanences.${j}.${field}`);
    });
  });
  paths.push('publics', 'specificSupports', 'programmes', 'labels', 'otherLabels', 'notes', 'lastVerifiedOn');
  return paths;
}

/** The error paths the form shows next to a field, first on screen first; and those it has no field for. */
export function sortErrors(form: ActorForm, errors: FieldErrors): { shown: string[]; unplaced: string[] } {
  const order = fieldPaths(form);
  const shown = order.filter((path) => path in errors);
  const unplaced = Object.keys(errors).filter((path) => !order.includes(path));
  return { shown, unplaced };
}

/**
 * Errors of rows after a removed or moved row point at the wrong row: drop every error under `prefix`
 * (e.g. `places.`) once rows there change. The next save reports them again at their new place.
 */
export function dropErrorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith(prefix)));
}

/** The errors once a field is edited: its own goes (for a path ending in « . », all those below it). */
export function forgetErrorAt(errors: FieldErrors, path: string): FieldErrors {
  if (path.endsWith('.')) return dropErrorsUnder(errors, path);
  if (!(path in errors)) return errors;
  const next = { ...errors };
  delete next[path];
  return next;
}

/** The SIRET message while typing: only once the user has typed 14 characters or left the field. */
export function liveSiretProblem(value: string, leftField: boolean): string | null {
  const compact = compactSiret(value);
  if (compact === '') return null;
  if (!leftField && compact.length < 14 && /^\d*$/.test(compact)) return null;
  return siretProblem(compact);
}
