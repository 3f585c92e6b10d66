/**
 * A contact log entry as its form holds it (text in every field), and back to the API's values. Pure: no React.
 */
import type { ContactKind, NetworkContactDto } from '../../../../shared/network/networkDto';
import type { ContactValuesInput } from '../../../../shared/network/networkSchemas';
import type { AppError } from '../../../../shared/result';

export interface ContactDraft {
  contactOn: string;
  kind: ContactKind;
  who: string;
  notes: string;
  nextStep: string;
  nextStepOn: string;
}

/** A new entry: a visit today, the last « who » typed kept (the same person usually goes). */
export const newDraft = (today: string, who = ''): ContactDraft => ({
  contactOn: today,
  kind: 'visit',
  who,
  notes: '',
  nextStep: '',
  nextStepOn: '',
});

export const draftOf = (contact: NetworkContactDto): ContactDraft => ({
  contactOn: contact.contactOn,
  kind: contact.kind,
  who: contact.who ?? '',
  notes: contact.notes ?? '',
  nextStep: contact.nextStep ?? '',
  nextStepOn: contact.nextStepOn ?? '',
});

export const valuesOf = (draft: ContactDraft): ContactValuesInput => ({ ...draft });

/** The values of an entry as it was, to put it back (« Annuler » after a deletion). */
export const valuesOfContact = (contact: NetworkContactDto): ContactValuesInput => valuesOf(draftOf(contact));

/** The field messages of the form, without the `contact.` prefix the API puts before them. */
export function contactFieldErrors(error: AppError | null): Partial<Record<keyof ContactDraft, string>> {
  if (!error?.fields) return {};
  return Object.fromEntries(
    Object.entries(error.fields).map(([path, message]) => [path.replace(/^contact\./, ''), message]),
  );
}
