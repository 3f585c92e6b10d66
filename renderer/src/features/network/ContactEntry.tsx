import type { NetworkContactDto } from '../../../../shared/network/networkDto';
import { Button } from '../../ui/Button';
import { contactTitle, stepTiming, stepWhen } from './networkText';

/** One entry of the contact log, read, with its « Modifier » and « Supprimer ». */
export function ContactEntry({
  contact,
  today,
  editButtonId,
  onEdit,
  onDelete,
}: {
  contact: NetworkContactDto;
  today: string;
  /** The « Modifier » button's id, where the focus comes back after the form. */
  editButtonId: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const timing = stepTiming(contact.nextStepOn, today);
  return (
    <li className="contact-entry">
      <div className="contact-entry-head">
        <h3>{contactTitle(contact)}</h3>
        <div className="contact-entry-actions">
          <Button
            id={editButtonId}
            variant="ghost"
            onClick={onEdit}
            aria-label={`Modifier\u00a0: ${contactTitle(contact)}`}
          >
            Modifier
          </Button>
          <Button variant="ghost" onClick={onDelete} aria-label={`Supprimer\u00a0: ${contactTitle(contact)}`}>
            Supprimer
          </Button>
        </div>
      </div>
      {contact.notes ? <p className="contact-entry-notes">{contact.notes}</p> : null}
      {contact.nextStep ? (
        <p className={`contact-entry-step step-${timing}`}>
          <span className="contact-entry-step-label">Prochaine étape&nbsp;:</span> {contact.nextStep}
          {' · '}
          <span className="contact-entry-step-when">{stepWhen(contact.nextStepOn, today)}</span>
        </p>
      ) : null}
    </li>
  );
}
