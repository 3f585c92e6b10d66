import { useState } from 'react';
import type { MeetingChoicesDto, MeetingDto } from '../../../../shared/meetings/meetingsDto';
import type { InviteesSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';

type Guest = InviteesSaveInput['guests'][number];

/** Who is invited: the body's members (all by default), and guests picked from the directory or written in. */
export function InviteesEditor({
  meeting,
  choices,
  save,
}: {
  meeting: MeetingDto;
  choices: MeetingChoicesDto;
  save: (input: { memberIds: number[]; guests: Guest[] }) => Promise<AppError | null>;
}) {
  const memberIds = meeting.invitees.flatMap((i) =>
    i.kind === 'member' && i.memberId !== null ? [i.memberId] : [],
  );
  const guests: Guest[] = meeting.invitees
    .filter((i) => i.kind === 'guest')
    .map((i) => ({
      actorId: i.actorId,
      name: i.name,
      organisation: i.organisation,
      email: i.emails[0] ?? null,
    }));
  const [contactKey, setContactKey] = useState('');
  const [free, setFree] = useState({ name: '', email: '' });
  const [error, setError] = useState<string | null>(null);

  const commit = async (next: { memberIds: number[]; guests: Guest[] }) => {
    const failure = await save(next);
    setError(failure ? (failure.fields ? Object.values(failure.fields).join(' ') : failure.message) : null);
    return failure;
  };

  const toggleMember = (id: number, on: boolean) =>
    void commit({ memberIds: on ? [...memberIds, id] : memberIds.filter((m) => m !== id), guests });

  const addContact = () => {
    const contact = choices.contacts[Number(contactKey)];
    if (!contact) return;
    void commit({
      memberIds,
      guests: [
        ...guests,
        {
          actorId: contact.actorId,
          name: contact.name,
          organisation: contact.actorName,
          email: contact.email,
        },
      ],
    }).then((failure) => !failure && setContactKey(''));
  };

  const addFree = () => {
    if (free.name.trim() === '') return;
    void commit({
      memberIds,
      guests: [...guests, { actorId: null, name: free.name, organisation: null, email: free.email || null }],
    }).then((failure) => !failure && setFree({ name: '', email: '' }));
  };

  return (
    <div className="invitees-editor">
      <fieldset className="invitees-members">
        <legend>Membres de l’instance</legend>
        {choices.members.length === 0 ? (
          <p className="meeting-list-empty">L’instance n’a pas encore de membres.</p>
        ) : null}
        {choices.members.map((member) => (
          <label key={member.id} className="invitee-check">
            <input
              type="checkbox"
              checked={memberIds.includes(member.id)}
              onChange={(event) => toggleMember(member.id, event.target.checked)}
            />
            {member.name}
          </label>
        ))}
      </fieldset>
      <div className="invitees-guests">
        <p className="invitees-heading">Autres invités</p>
        {guests.length === 0 ? (
          <p className="meeting-list-empty">Aucun invité en dehors des membres.</p>
        ) : null}
        <ul className="guest-list">
          {guests.map((guest, index) => (
            <li key={`${index}-${guest.name}`}>
              <span>
                {guest.name}
                {guest.organisation ? ` (${guest.organisation})` : ''}
                {guest.email ? (
                  <span className="guest-email"> · {guest.email}</span>
                ) : (
                  <span className="guest-email"> · sans courriel</span>
                )}
              </span>
              <Button
                variant="ghost"
                aria-label={`Retirer ${guest.name}`}
                onClick={() => void commit({ memberIds, guests: guests.filter((_, i) => i !== index) })}
              >
                Retirer
              </Button>
            </li>
          ))}
        </ul>
        <div className="guest-add">
          <select
            className="input"
            aria-label="Inviter un contact de l’annuaire"
            value={contactKey}
            onChange={(event) => setContactKey(event.target.value)}
          >
            <option value="">Un contact de l’annuaire…</option>
            {choices.contacts.map((contact, index) => (
              <option key={`${contact.actorId}-${index}`} value={index}>
                {contact.name} — {contact.actorName}
              </option>
            ))}
          </select>
          <Button onClick={addContact} disabled={contactKey === ''}>
            Inviter
          </Button>
        </div>
        <div className="guest-add">
          <input
            className="input"
            aria-label="Nom de l’invité·e"
            placeholder={'Autre invité·e\u00a0: nom'}
            value={free.name}
            onChange={(event) => setFree({ ...free, name: event.target.value })}
          />
          <input
            className="input"
            type="email"
            aria-label="Courriel de l’invité·e"
            placeholder="courriel"
            value={free.email}
            onChange={(event) => setFree({ ...free, email: event.target.value })}
          />
          <Button onClick={addFree} disabled={free.name.trim() === ''}>
            Inviter
          </Button>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
