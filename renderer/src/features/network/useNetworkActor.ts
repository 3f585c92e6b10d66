import { useState } from 'react';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { useToast } from '../../ui/Toast';
import type { NetworkContactDto, NetworkStatus } from '../../../../shared/network/networkDto';
import { networkStatusLabel, proposesMet } from '../../../../shared/network/networkLabels';
import { quoted } from '../../../../shared/format/french';
import type { AppError } from '../../../../shared/result';
import { valuesOf, valuesOfContact, type ContactDraft } from './contactDraft';

/**
 * One actor's place in the network, as its record shows it: the status and the contact log, and what the
 * user does with them. Each change is saved at once; a status change and a deletion say so with « Annuler ».
 * Adding a visit or a meeting to an actor not met yet proposes « Rencontré » (never set silently).
 */
export function useNetworkActor(actorId: number) {
  const { loaded, replace } = useLoaded(() => call('network.actor', { actorId }), `reseau-${actorId}`);
  const [proposeMet, setProposeMet] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  const changeStatus = async (
    status: NetworkStatus | null,
    options: { undoable: boolean } = { undoable: true },
  ) => {
    if (loaded.state !== 'ready') return;
    const before = loaded.data.status;
    setError(null);
    setProposeMet(false);
    const result = await call('network.setStatus', { actorId, status });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    replace(result.data);
    toast({
      message: `Statut dans le réseau\u00a0: ${quoted(networkStatusLabel(status))}.`,
      tone: 'success',
      action: options.undoable
        ? {
            label: 'Annuler',
            onClick: () => {
              void call('network.setStatus', { actorId, status: before }).then((undone) => {
                if (undone.ok) replace(undone.data);
                else toast({ message: undone.error.message, tone: 'error' });
              });
            },
          }
        : undefined,
    });
  };

  /** Saves an entry (a new one when `id` is absent); answers the refusal to show in the form, or null. */
  const saveContact = async (draft: ContactDraft, id?: number): Promise<AppError | null> => {
    if (loaded.state !== 'ready') return null;
    const status = loaded.data.status;
    const result = await call('network.saveContact', { actorId, id, contact: valuesOf(draft) });
    if (!result.ok) return result.error;
    replace(result.data);
    setError(null);
    toast({
      message: id === undefined ? 'Contact ajouté au journal.' : 'Contact enregistré.',
      tone: 'success',
    });
    if (id === undefined && proposesMet(status, draft.kind)) setProposeMet(true);
    return null;
  };

  const deleteContact = async (contact: NetworkContactDto) => {
    setError(null);
    const result = await call('network.deleteContact', { id: contact.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    replace(result.data);
    toast({
      message: 'Contact supprimé du journal.',
      action: {
        label: 'Annuler',
        onClick: () => {
          void call('network.saveContact', { actorId, contact: valuesOfContact(contact) }).then(
            (restored) => {
              if (restored.ok) replace(restored.data);
              else toast({ message: restored.error.message, tone: 'error' });
            },
          );
        },
      },
    });
  };

  return {
    loaded,
    error,
    proposeMet,
    dismissProposal: () => setProposeMet(false),
    acceptProposal: () => changeStatus('met'),
    changeStatus,
    saveContact,
    deleteContact,
  };
}
