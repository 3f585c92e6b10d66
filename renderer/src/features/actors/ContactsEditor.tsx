import { Button } from '../../ui/Button';
import type { ContactForm, FieldErrors } from './actorFormModel';
import { focusField } from './focusField';
import { TextField } from './formFields';

/** The actor's contacts: one row per person, added and removed freely. */
export function ContactsEditor({
  contacts,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  contacts: readonly ContactForm[];
  errors: FieldErrors;
  onChange: (index: number, patch: Partial<ContactForm>, path: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  return (
    <>
      {contacts.length === 0 ? <p className="form-none">Aucun contact pour l’instant.</p> : null}
      {contacts.map((contact, index) => {
        const at = (field: string) => `contacts.${index}.${field}`;
        return (
          <fieldset key={contact.key} className="contact-row">
            <legend className="visually-hidden">Contact {index + 1}</legend>
            <div className="contact-fields">
              <TextField
                path={at('name')}
                label="Nom du contact"
                required
                value={contact.name}
                error={errors[at('name')]}
                onChange={(name) => onChange(index, { name }, at('name'))}
              />
              <TextField
                path={at('role')}
                label="Fonction"
                value={contact.role}
                error={errors[at('role')]}
                onChange={(role) => onChange(index, { role }, at('role'))}
              />
              <TextField
                path={at('email')}
                label="Courriel"
                type="email"
                value={contact.email}
                error={errors[at('email')]}
                onChange={(email) => onChange(index, { email }, at('email'))}
              />
              <TextField
                path={at('phone')}
                label="Téléphone"
                type="tel"
                value={contact.phone}
                error={errors[at('phone')]}
                onChange={(phone) => onChange(index, { phone }, at('phone'))}
              />
            </div>
            <Button
              variant="ghost"
              className="row-remove"
              aria-label={`Retirer le contact ${index + 1}${contact.name.trim() ? ` (${contact.name.trim()})` : ''}`}
              onClick={() => onRemove(index)}
            >
              Retirer
            </Button>
          </fieldset>
        );
      })}
      <Button
        onClick={() => {
          onAdd();
          focusField(`contacts.${contacts.length}.name`);
        }}
      >
        Ajouter un contact
      </Button>
    </>
  );
}
