import type { ImportJobDto } from '../../../../shared/interop/importDto';
import { formatInteger } from '../../../../shared/format/french';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { doneSentence, progressPercent } from './importReport';

/** The import once started: its progress and the way to cancel it, then how it ended and what to do next. */
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
  return (
    <section className="panel import-job" aria-labelledby="import-job-title">
      <h2 id="import-job-title">
        {running
          ? 'Import en cours…'
          : job.state === 'done'
            ? 'Import terminé'
            : job.state === 'cancelled'
              ? 'Import annulé'
              : 'Import échoué'}
      </h2>
      {running ? (
        <>
          <progress
            className="import-progress"
            max={job.total}
            value={job.done}
            aria-label="Avancement de l’import"
          />
          <p>
            {formatInteger(job.done)} sur {formatInteger(job.total)} ({progressPercent(job.done, job.total)}{' '}
            %)
          </p>
          <Button variant="danger" onClick={onCancel}>
            Annuler
          </Button>
        </>
      ) : null}
      {job.state === 'done' ? (
        <Notice tone="success">
          {doneSentence(job.counts)}
          {job.backupPath ? ` Copie de sécurité : ${job.backupPath}` : ''}
        </Notice>
      ) : null}
      {job.state === 'cancelled' ? (
        <Notice tone="info">L’import a été annulé : rien n’a été enregistré.</Notice>
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
