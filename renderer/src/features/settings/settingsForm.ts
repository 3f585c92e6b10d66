import type { ApiInput } from '../../../../shared/api/contract';
import type { TerritoryDto } from '../../../../shared/territory/dto';

/** The settings form as typed (strings only); the backend trims and validates. */
export interface SettingsForm {
  displayName: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
}

export function formFromTerritory(territory: TerritoryDto): SettingsForm {
  return {
    displayName: territory.displayName,
    contactName: territory.contact.name ?? '',
    contactRole: territory.contact.role ?? '',
    contactEmail: territory.contact.email ?? '',
    contactPhone: territory.contact.phone ?? '',
  };
}

export function inputFromForm(form: SettingsForm): ApiInput<'territory.updateSettings'> {
  return {
    displayName: form.displayName,
    contact: {
      name: form.contactName,
      role: form.contactRole,
      email: form.contactEmail,
      phone: form.contactPhone,
    },
  };
}

/** True when the form differs from what is saved (spaces around values do not count). */
export function hasChanges(form: SettingsForm, territory: TerritoryDto): boolean {
  const saved = formFromTerritory(territory);
  return (Object.keys(form) as (keyof SettingsForm)[]).some((key) => form[key].trim() !== saved[key].trim());
}

/** The form field each error path of `territory.updateSettings` belongs to. */
export const FIELD_OF_PATH: Record<string, keyof SettingsForm> = {
  displayName: 'displayName',
  'contact.name': 'contactName',
  'contact.role': 'contactRole',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
};

export function fieldErrors(
  fields: Record<string, string> | undefined,
): Partial<Record<keyof SettingsForm, string>> {
  const errors: Partial<Record<keyof SettingsForm, string>> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const field = FIELD_OF_PATH[path];
    if (field) errors[field] ??= message;
  }
  return errors;
}
