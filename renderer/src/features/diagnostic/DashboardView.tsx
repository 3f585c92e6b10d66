import { useMemo } from 'react';
import { DocumentExportButton } from '../documents/DocumentExportButton';
import { diagnosticSettingsInput } from '../../../../shared/diagnostic/diagnosticApi';
import { diagnosticCharts } from '../../../../shared/diagnostic/diagnosticCharts';
import type { DiagnosticSettingsDto } from '../../../../shared/diagnostic/diagnosticDto';
import { formatDate } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useStoredSettings } from './useStoredSettings';
import { ChoroplethPanel } from './ChoroplethPanel';
import { CommentaryEditor } from './CommentaryEditor';
import { DiagnosticBody } from './DiagnosticBody';
import { FreezePanel } from './FreezePanel';
import { SettingsPanel } from './SettingsPanel';
import { SnapshotList } from './SnapshotList';

const FREEZE_FORM_ID = 'diagnostic-figer';

/** A first look: the schema's defaults (latest IFN, « Aide aux démarches administratives », 7, 10 km). */
const DEFAULT_SETTINGS: DiagnosticSettingsDto = diagnosticSettingsInput.parse({});

/** Today's diagnostic of the territory, computed by the backend from the directory and the indicators. */
export function DashboardView() {
  // Stored with the territory, saved once settled; the diagnostic is asked again after each save.
  const stored = useStoredSettings();
  const settings = stored.settings ?? DEFAULT_SETTINGS;
  // The previous figures stay on screen while new thresholds are computed.
  const today = useLoaded(() => call('diagnostic.get', {}), String(stored.revision));
  const diagnostic = today.data;
  const error = stored.error ?? (today.latest.state === 'error' ? today.latest.message : null);

  // The freeze form is at the bottom of the page: the header's button brings it into view, title focused.
  const goToFreeze = () => {
    const form = document.getElementById(FREEZE_FORM_ID);
    form?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    form?.querySelector('input')?.focus({ preventScroll: true });
  };

  const charts = useMemo(() => (diagnostic ? diagnosticCharts(diagnostic) : []), [diagnostic]);

  return (
    <div className="diagnostic">
      <header className="page-header">
        <div>
          <h1>Diagnostic</h1>
          <p>
            L’offre de médiation numérique et les fragilités, commune par commune
            {diagnostic ? ` — chiffres du ${formatDate(diagnostic.today)}` : ''}.
          </p>
        </div>
        <div className="page-actions">
          <a className="btn btn-secondary" href={hrefOf({ name: 'indicators' })}>
            Importer des indicateurs
          </a>
          <DocumentExportButton kind="diagnostic" />
          <Button variant="primary" onClick={goToFreeze} disabled={!diagnostic}>
            Figer ce diagnostic
          </Button>
        </div>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!diagnostic ? (
        error ? null : (
          <p className="diagnostic-loading">Calcul du diagnostic…</p>
        )
      ) : (
        <>
          <DiagnosticBody
            diagnostic={diagnostic}
            charts={charts}
            map={<ChoroplethPanel diagnostic={diagnostic} />}
            settings={
              <SettingsPanel
                diagnostic={diagnostic}
                settings={settings}
                onChange={stored.setSettings}
                onIndicatorChanged={stored.refresh}
              />
            }
          />
          <CommentaryEditor
            commentary={diagnostic.commentary}
            onSaved={(commentary) => today.update((current) => ({ ...current, commentary }))}
          />
          <FreezePanel id={FREEZE_FORM_ID} settings={diagnostic.settings} today={diagnostic.today} />
          <SnapshotList />
        </>
      )}
    </div>
  );
}
