import { useTerritory } from '../../app/TerritoryContext';
import { Notice } from '../../ui/Notice';
import { LogoPanel } from './LogoPanel';
import { ResetPanel } from './ResetPanel';
import { SettingsFormPanel } from './SettingsFormPanel';
import { TerritorySummary } from './TerritorySummary';
import './settings.css';

/** The territory's own settings (name shown, main contact, logo) and what was copied from the reference. */
export function SettingsScreen() {
  const { territory } = useTerritory();
  return (
    <div className="settings">
      <header className="page-header">
        <div>
          <h1>Territoire</h1>
          <p>Le nom, le contact et le logo utilisés dans Maillage et sur les documents Word.</p>
        </div>
        {territory.isDemo ? <span className="badge badge-demo">Territoire de démonstration</span> : null}
      </header>
      {territory.isDemo ? (
        <Notice tone="warning">
          Les acteurs de ce territoire de démonstration sont fictifs&nbsp;: ne les diffusez pas comme des
          données réelles.
        </Notice>
      ) : null}
      <div className="settings-grid">
        <div className="settings-column">
          <SettingsFormPanel />
          <LogoPanel />
          <ResetPanel />
        </div>
        <TerritorySummary territory={territory} />
      </div>
    </div>
  );
}
