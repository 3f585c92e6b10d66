import { useState } from 'react';
import type { BackupDto } from '../../../../shared/backups/backupDto';
import { BACKUP_POLICY_TEXT, backupLabels } from '../../../../shared/backups/backupLabels';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import './backups.css';

/** Kept across the reload that follows a restoring, so that the screen can say it worked. */
const RESTORED_KEY = 'maillage.sauvegarde-restauree';

/** « Sauvegardes »: the copies of the data, one made on request, one put back. */
export function BackupsScreen() {
  const { loaded: loading, reload } = useLoaded(() => call('backups.list', {}), 'sauvegardes');
  const [toRestore, setToRestore] = useState<BackupDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [restored] = useState(() => {
    const message = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
    return message;
  });
  const toast = useToast();

  const backupNow = async () => {
    setBusy(true);
    setActionError(null);
    const result = await call('backups.create', {});
    setBusy(false);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    toast({ message: `Sauvegarde faite\u00a0: ${backupLabels(result.data).size}.`, tone: 'success' });
    reload();
  };

  const restore = async (backup: BackupDto) => {
    setToRestore(null);
    setBusy(true);
    setActionError(null);
    const result = await call('backups.restore', { name: backup.name });
    if (!result.ok) {
      setBusy(false);
      setActionError(result.error.message);
      return;
    }
    sessionStorage.setItem(
      RESTORED_KEY,
      `Les données du ${backupLabels(backup).date} sont remises en place. Celles d’avant sont gardées dans la ` +
        `sauvegarde ${quoted(backupLabels(result.data.previous).reason)} du ${backupLabels(result.data.previous).date}.`,
    );
    // Every screen reads the restored data afresh.
    window.location.reload();
  };

  const backups = loading.state === 'ready' ? loading.data.backups : [];

  return (
    <div className="backups-screen">
      <header className="page-header">
        <div>
          <h1>Sauvegardes</h1>
          <p>
            {loading.state === 'ready'
              ? countLabel(backups.length, 'sauvegarde', 'sauvegardes', 'Aucune sauvegarde')
              : '\u00a0'}
          </p>
        </div>
        <Button
          variant="primary"
          onClick={() => void backupNow()}
          disabled={busy || loading.state !== 'ready'}
        >
          Sauvegarder maintenant
        </Button>
      </header>
      {restored ? <Notice tone="success">{restored}</Notice> : null}
      {loading.state === 'loading' ? <p className="screen-loading">Lecture des sauvegardes…</p> : null}
      {loading.state === 'error' ? <Notice tone="error">{loading.message}</Notice> : null}
      {actionError ? <Notice tone="error">{actionError}</Notice> : null}
      {loading.state === 'ready' ? (
        <p className="backups-intro">
          {BACKUP_POLICY_TEXT}
          {loading.data.folder ? (
            <>
              {' '}
              Elles sont rangées dans le dossier <span className="backups-folder">{loading.data.folder}</span>
              .
            </>
          ) : null}
        </p>
      ) : null}
      {loading.state === 'ready' && backups.length === 0 ? (
        <div className="panel">
          <EmptyState title="Aucune sauvegarde pour l’instant">
            {`La première sera faite avant votre prochain import de plus de 500 lieux, ou dès maintenant avec ${quoted('Sauvegarder maintenant')}.`}
          </EmptyState>
        </div>
      ) : null}
      {backups.length > 0 ? (
        <table className="table backups-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Raison</th>
              <th scope="col" className="backups-size">
                Taille
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const labels = backupLabels(backup);
              return (
                <tr key={backup.name}>
                  <td className="backups-date">{labels.date}</td>
                  <td>{labels.reason}</td>
                  <td className="backups-size">{labels.size}</td>
                  <td className="backups-actions">
                    <Button
                      onClick={() => setToRestore(backup)}
                      disabled={busy}
                      aria-label={`Restaurer la sauvegarde du ${labels.date}`}
                    >
                      Restaurer
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <ConfirmDialog
        open={toRestore !== null}
        title={toRestore ? `Restaurer la sauvegarde du ${backupLabels(toRestore).date}\u00a0?` : ''}
        confirmLabel="Restaurer cette sauvegarde"
        danger
        onConfirm={() => toRestore && void restore(toRestore)}
        onCancel={() => setToRestore(null)}
      >
        {`Toutes les données actuelles (annuaire, diagnostic, instance, feuille de route) seront remplacées par celles de cette sauvegarde. Elles sont d’abord copiées dans une sauvegarde ${quoted('Avant une restauration')}\u00a0: vous pourrez revenir en arrière.`}
      </ConfirmDialog>
    </div>
  );
}
