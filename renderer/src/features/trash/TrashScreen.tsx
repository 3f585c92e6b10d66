import { useState } from 'react';
import type { TrashedActorDto } from '../../../../shared/actors/dto';
import { countLabel, formatDateTime, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf, navigate } from '../../app/route';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import './trash.css';

/** « Corbeille »: the actors put aside, to restore or to delete for good. */
export function TrashScreen() {
  const { loaded: loading, update } = useLoaded(() => call('actors.trash', {}), 'corbeille');
  const [toPurge, setToPurge] = useState<TrashedActorDto | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const toast = useToast();

  const without = (id: number) => update((items) => items.filter((item) => item.id !== id));

  const restore = async (item: TrashedActorDto) => {
    setBusyId(item.id);
    setActionError(null);
    const result = await call('actors.restore', { id: item.id });
    setBusyId(null);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    without(item.id);
    toast({
      message: `${quoted(item.name)} a été restauré dans l’annuaire.`,
      tone: 'success',
      action: { label: 'Ouvrir la fiche', onClick: () => navigate({ name: 'actor', id: item.id }) },
    });
  };

  const purge = async (item: TrashedActorDto) => {
    setToPurge(null);
    setBusyId(item.id);
    setActionError(null);
    const result = await call('actors.purge', { id: item.id });
    setBusyId(null);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    without(item.id);
    toast({ message: `${quoted(item.name)} a été supprimé définitivement.` });
  };

  const items = loading.state === 'ready' ? loading.data : [];

  return (
    <div className="trash-screen">
      <header className="page-header">
        <div>
          <h1>Corbeille</h1>
          <p>
            {loading.state === 'ready'
              ? countLabel(items.length, 'acteur supprimé', 'acteurs supprimés', 'Aucun acteur supprimé')
              : '\u00a0'}
          </p>
        </div>
      </header>
      {loading.state === 'loading' ? <p className="screen-loading">Chargement de la corbeille…</p> : null}
      {loading.state === 'error' ? <Notice tone="error">{loading.message}</Notice> : null}
      {actionError ? <Notice tone="error">{actionError}</Notice> : null}
      {loading.state === 'ready' && items.length === 0 ? (
        <div className="panel">
          <EmptyState
            title="La corbeille est vide"
            action={<a href={hrefOf({ name: 'actors' })}>Aller à l’annuaire des acteurs</a>}
          >
            Quand vous supprimez un acteur de l’annuaire, il arrive ici. Vous pouvez alors le restaurer avec
            ses contacts et ses lieux, ou le supprimer définitivement.
          </EmptyState>
        </div>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="trash-intro">
            Les acteurs mis à la corbeille n’apparaissent plus dans l’annuaire. Restaurez-les pour les
            retrouver tels quels, ou supprimez-les définitivement.
          </p>
          <table className="table trash-table">
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Commune</th>
                <th scope="col">Suppression</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="trash-name">{item.name}</td>
                  <td>{item.communeName ?? <span className="cell-empty">—</span>}</td>
                  <td className="trash-date">Supprimé le {formatDateTime(item.deletedAt)}</td>
                  <td>
                    <div className="trash-actions">
                      <Button
                        onClick={() => void restore(item)}
                        disabled={busyId === item.id}
                        aria-label={`Restaurer ${item.name}`}
                      >
                        Restaurer
                      </Button>
                      <Button
                        variant="danger"
                        onClick={() => setToPurge(item)}
                        disabled={busyId === item.id}
                        aria-label={`Supprimer définitivement ${item.name}`}
                      >
                        Supprimer définitivement
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <ConfirmDialog
        open={toPurge !== null}
        title={'Supprimer définitivement\u00a0?'}
        confirmLabel="Supprimer définitivement"
        danger
        onConfirm={() => toPurge && void purge(toPurge)}
        onCancel={() => setToPurge(null)}
      >
        {toPurge
          ? `${quoted(toPurge.name)} sera effacé avec ses contacts, ses lieux et ses permanences. Cette action est irréversible.`
          : null}
      </ConfirmDialog>
    </div>
  );
}
