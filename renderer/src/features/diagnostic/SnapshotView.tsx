import { COMMENTARY_SECTION_LABELS, COMMENTARY_SECTIONS } from '../../../../shared/diagnostic/diagnosticDto';
import { formatDate, formatDateTime } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { ChoroplethSvg } from './ChoroplethPanel';
import { DiagnosticBody } from './DiagnosticBody';
import { localDateOf } from './localDate';
import { comparisonPath } from './diagnosticPaths';
import { DocumentExportButton } from '../documents/DocumentExportButton';

/** A frozen diagnostic, read-only, exactly as it was on the day it was frozen. */
export function SnapshotView({ id }: { id: number }) {
  const { loaded } = useLoaded(() => call('diagnostic.snapshot', { id }), `figé-${id}`);
  const snapshot = loaded.state === 'ready' ? loaded.data : null;
  const error = loaded.state === 'error' ? loaded.message : null;

  const back = (
    <a className="btn btn-secondary" href={hrefOf({ name: 'diagnostic', path: '' })}>
      Retour au diagnostic d’aujourd’hui
    </a>
  );
  if (error)
    return (
      <EmptyState title="Diagnostic figé introuvable" action={back}>
        {error}
      </EmptyState>
    );
  if (!snapshot) return <p className="diagnostic-loading">Ouverture du diagnostic figé…</p>;

  const { diagnostic } = snapshot;
  const commented = COMMENTARY_SECTIONS.filter((section) => diagnostic.commentary[section].trim() !== '');
  return (
    <div className="diagnostic diagnostic-frozen">
      <header className="page-header">
        <div>
          <h1>{snapshot.title}</h1>
          <p>
            <span className="badge badge-muted diagnostic-frozen-badge">
              figé le {formatDate(localDateOf(snapshot.frozenAt))}
            </span>{' '}
            {diagnostic.territory.name} — chiffres du {formatDate(diagnostic.today)}
          </p>
        </div>
        <div className="page-actions">
          <a
            className="btn btn-secondary"
            href={hrefOf({ name: 'diagnostic', path: comparisonPath(id, null) })}
          >
            Comparer avec aujourd’hui
          </a>
          <DocumentExportButton
            kind="diagnostic"
            options={{ snapshotId: id }}
            label="Ce diagnostic figé (Word)"
          />
          {back}
        </div>
      </header>
      <Notice tone="info">
        Ce diagnostic a été figé le {formatDateTime(snapshot.frozenAt)}&nbsp;: ses chiffres, ses graphiques et
        sa carte restent tels qu’ils étaient ce jour-là, même si l’annuaire ou les indicateurs ont changé
        depuis.
      </Notice>
      <DiagnosticBody
        frozen
        diagnostic={diagnostic}
        charts={snapshot.charts}
        map={
          snapshot.mapSvg ? (
            <section className="diagnostic-section" aria-labelledby="diagnostic-map-title">
              <h2 id="diagnostic-map-title">Carte par commune</h2>
              <ChoroplethSvg
                svg={snapshot.mapSvg}
                label={`Carte\u00a0: ${diagnostic.fragility?.label ?? 'indicateur par commune'}`}
              />
            </section>
          ) : null
        }
      />
      <section className="diagnostic-section" aria-labelledby="diagnostic-commentary-title">
        <h2 id="diagnostic-commentary-title">Commentaire</h2>
        {commented.length === 0 ? (
          <p className="diagnostic-section-hint">Aucun commentaire n’avait été écrit.</p>
        ) : (
          commented.map((section) => (
            <div key={section} className="diagnostic-commentary-read">
              <h3>{COMMENTARY_SECTION_LABELS[section]}</h3>
              {diagnostic.commentary[section].split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ))
        )}
      </section>
    </div>
  );
}
