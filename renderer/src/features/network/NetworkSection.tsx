import { useEffect, useRef, useState } from 'react';
import { formatDate, quoted } from '../../../../shared/format/french';
import { NETWORK_STATUSES, type NetworkStatus } from '../../../../shared/network/networkDto';
import { networkStatusLabel } from '../../../../shared/network/networkLabels';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ContactEntry } from './ContactEntry';
import { ContactForm } from './ContactForm';
import { newDraft, draftOf } from './contactDraft';
import { localToday } from '../../app/localToday';
import { useNetworkActor } from './useNetworkActor';
import './network.css';

/** What the form is doing: nothing, adding an entry, or changing the entry `id`. */
type Editing = { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; id: number };

const NO_STATUS = '';
const editButtonId = (contactId: number) => `modifier-contact-${contactId}`;

/**
 * « Réseau et contacts » on an actor's record: where the actor stands with the network (repéré → rencontré →
 * membre du réseau, or « ne souhaite pas »; « non renseigné » until said) and the log of contacts, newest first.
 */
export function NetworkSection({ actorId }: { actorId: number }) {
  const network = useNetworkActor(actorId);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  // Where the focus goes once the form closes or an entry goes: never lost to the page's top.
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    const element = focusTarget.current === null ? null : document.getElementById(focusTarget.current);
    if (!element) return;
    element.focus();
    focusTarget.current = null;
  });
  const addId = `ajouter-contact-${actorId}`;
  /** Closes the form and puts the focus back where the user started from. */
  const close = (target: string) => {
    focusTarget.current = target;
    setEditing({ mode: 'none' });
  };
  const today = localToday();
  const { loaded } = network;
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'error')
    return (
      <section className="panel actor-section" aria-labelledby="section-reseau">
        <h2 id="section-reseau">Réseau et contacts</h2>
        <Notice tone="error">{loaded.message}</Notice>
      </section>
    );
  const data = loaded.data;
  const lastWho = data.contacts.find((contact) => contact.who)?.who ?? '';

  return (
    <section className="panel actor-section network-section" aria-labelledby="section-reseau">
      <div className="network-section-head">
        <h2 id="section-reseau">Réseau et contacts</h2>
        <div className="network-status-field">
          <label htmlFor={`statut-reseau-${actorId}`}>Statut dans le réseau</label>
          <select
            id={`statut-reseau-${actorId}`}
            className="input"
            value={data.status ?? NO_STATUS}
            onChange={(event) =>
              void network.changeStatus(
                event.target.value === NO_STATUS ? null : (event.target.value as NetworkStatus),
              )
            }
          >
            <option value={NO_STATUS}>Non renseigné</option>
            {NETWORK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {networkStatusLabel(status)}
              </option>
            ))}
          </select>
          {data.statusChangedAt ? (
            <span className="network-status-since">depuis le {formatDate(data.statusChangedAt)}</span>
          ) : null}
        </div>
      </div>
      {network.error ? <Notice tone="error">{network.error}</Notice> : null}
      {network.proposeMet ? (
        <Notice tone="info">
          <div className="network-proposal">
            <span>Contact sur place noté&nbsp;: passer le statut à {quoted('Rencontré')}&nbsp;?</span>
            <Button variant="primary" onClick={() => void network.acceptProposal()}>
              Passer à {quoted('Rencontré')}
            </Button>
            <Button variant="ghost" onClick={network.dismissProposal}>
              Laisser {quoted(networkStatusLabel(data.status))}
            </Button>
          </div>
        </Notice>
      ) : null}

      <div className="network-log-head">
        <h3 className="network-log-title">Journal des contacts</h3>
        {editing.mode === 'none' ? (
          <Button id={addId} onClick={() => setEditing({ mode: 'add' })}>
            Ajouter un contact
          </Button>
        ) : null}
      </div>
      {editing.mode === 'add' ? (
        <ContactForm
          title="Nouveau contact"
          initial={newDraft(today, lastWho)}
          onSave={async (draft) => {
            const failure = await network.saveContact(draft);
            if (!failure) close(addId);
            return failure;
          }}
          onCancel={() => close(addId)}
        />
      ) : null}
      {data.contacts.length === 0 && editing.mode !== 'add' ? (
        <p className="not-given">
          Aucun contact noté. Après une visite, un appel ou une réunion, notez-le ici avec la prochaine
          étape&nbsp;: la page {quoted('Réseau')} rappellera qui relancer.
        </p>
      ) : (
        <ol className="contact-log">
          {data.contacts.map((contact) =>
            editing.mode === 'edit' && editing.id === contact.id ? (
              <li key={contact.id} className="contact-entry">
                <ContactForm
                  title="Modifier le contact"
                  initial={draftOf(contact)}
                  onSave={async (draft) => {
                    const failure = await network.saveContact(draft, contact.id);
                    if (!failure) close(editButtonId(contact.id));
                    return failure;
                  }}
                  onCancel={() => close(editButtonId(contact.id))}
                />
              </li>
            ) : (
              <ContactEntry
                key={contact.id}
                contact={contact}
                today={today}
                onEdit={() => setEditing({ mode: 'edit', id: contact.id })}
                editButtonId={editButtonId(contact.id)}
                onDelete={() => {
                  focusTarget.current = addId;
                  void network.deleteContact(contact);
                }}
              />
            ),
          )}
        </ol>
      )}
    </section>
  );
}
