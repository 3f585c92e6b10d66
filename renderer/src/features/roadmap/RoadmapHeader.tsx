import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { DocumentExportButton } from '../documents/DocumentExportButton';
import { countLabel, formatDate } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { UnbrokenRanges } from '../../ui/UnbrokenRanges';
import { autosaveLabel } from './comfort/autosaveQueue';
import type { RoadmapEditor } from './editor/useRoadmapEditor';
import { countedWarnings } from './editor/roadmapWarningsView';

/** Where the roadmap stands (draft or adopted, version), its warnings, and whether what was typed is saved. */
export function RoadmapHeader({ editor, roadmap }: { editor: RoadmapEditor; roadmap: RoadmapDto }) {
  const adopted = roadmap.state === 'adoptee';
  const warnings = countedWarnings(editor.warnings);
  const status = editor.status;
  return (
    <header className="page-header roadmap-header">
      <div>
        <h1>
          <UnbrokenRanges text={roadmap.title.trim() || 'Feuille de route'} />
        </h1>
        <p className="roadmap-meta">
          {adopted && roadmap.adoption ? (
            <span className="badge roadmap-state-adopted">
              Adoptée le {formatDate(roadmap.adoption.adoptedOn)} · version {roadmap.adoption.version}
            </span>
          ) : (
            <span className="badge roadmap-state-draft">
              Brouillon · version {roadmap.version}
              {roadmap.amendedFrom ? ` (amendement de la version ${roadmap.amendedFrom})` : ''}
            </span>
          )}
          {roadmap.instance ? (
            <a href={hrefOf({ name: 'governance', path: '' })} className="roadmap-meta-link">
              {roadmap.instance.name}
            </a>
          ) : null}
          {warnings > 0 ? (
            <span className="badge badge-warning">{countLabel(warnings, 'avertissement')}</span>
          ) : (
            <span className="badge badge-muted">Aucun avertissement</span>
          )}
        </p>
      </div>
      <div className="page-actions roadmap-header-actions">
        <DocumentExportButton kind="feuilleDeRoute" />
        {adopted ? null : (
          <span
            className={`autosave-status autosave-${status.state}`}
            role="status"
            aria-live="polite"
            title={status.state === 'failed' ? status.message : undefined}
          >
            {autosaveLabel(status)}
          </span>
        )}
        {adopted ? (
          <Button variant="primary" onClick={() => void editor.run(() => call('roadmap.amend', {}))}>
            Amender (version {roadmap.version + 1})
          </Button>
        ) : (
          <Button
            onClick={() => void editor.undo()}
            disabled={!editor.canUndo}
            title={
              editor.undoLabel
                ? `Annuler\u00a0: ${editor.undoLabel} (Ctrl+Z hors d’un champ)`
                : 'Aucune modification à annuler'
            }
          >
            Annuler la dernière modification
          </Button>
        )}
      </div>
      {warnings > 0 ? (
        <details className="roadmap-warning-list">
          <summary>Voir les avertissements</summary>
          <ul>
            {editor.warnings
              .filter((w) => w.code !== 'no_instance')
              .map((w, index) => (
                <li key={`${w.code}-${index}`}>{w.message}</li>
              ))}
          </ul>
        </details>
      ) : null}
      {status.state === 'failed' && !adopted ? (
        <p className="autosave-failure" role="alert">
          {status.message}
        </p>
      ) : null}
    </header>
  );
}
