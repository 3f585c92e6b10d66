import type { ImportJobDto } from '../../../../shared/interop/importDto';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { canCancel, doneSentence, runningSentence, WRITE_HINT } from './importReport';

/**
 * The import once started: waiting for the database (it can still be cancelled) or writing its rows in one
 * go (no percentage: nothing is seen before the end), then how it ended and what to do next.
 */
export function ImportJobPanel({
  job,
  onCancel,
  onRestart,
}: {
  job: ImportJobDto;
  onCancel: () => void;
  onRestart: () => void;
}) {
  const running = job.state === 'running';
  const waiting = canCancel(job);
  return (
    <section className="panel import-job" aria-labelledby="import-job-title">
      <h2 id="import-job-title">
        {running
          ? waiting
            ? 'Import en attente…'
            : 'Import en cours…'
          : job.state === 'done'
            ? 'Import terminé'
            : job.state === 'cancelled'
              ? 'Import annulé'
              : 'Import échoué'}
      </h2>
      {running ? (
        <>
          <p role="status">{runningSentence(job)}</p>
          {waiting ? (
            <Button variant="danger" onClick={onCancel}>
              Annuler
            </Button>
          ) : (
            <>
              <progress className="import-progress" aria-label="Écriture en cours" />
              <p className="import-hint">{WRITE_HINT}</p>
            </>
          )}
        </>
      ) : null}
      {job.state === 'done' ? (
        <Notice tone="success">
          {doneSentence(job.counts, job.unchanged, job.actorOnlyChanged)}
          {job.backupPath ? ` Copie de sécurité\u00a0: ${job.backupPath}` : ''}
        </Notice>
      ) : null}
      {job.state === 'cancelled' ? (
        <Notice tone="info">L’import a été annulé&nbsp;: rien n’a été enregistré.</Notice>
      ) : null}
      {job.state === 'failed' ? <Notice tone="error">{job.error}</Notice> : null}
      {!running ? (
        <div className="import-actions">
          <a className="btn btn-primary" href={hrefOf({ name: 'actors' })}>
            Voir l’annuaire des acteurs
          </a>
          <Button onClick={onRestart}>Importer un autre fichier</Button>
        </div>
      ) : null}
    </section>
  );
}
