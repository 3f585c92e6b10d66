import { useRef, useState } from 'react';
import type { MapColorBy } from '../../../../shared/map/schemas';
import { FILE_KINDS } from '../../../../shared/uploads/fileKinds';
import { call } from '../../api/client';
import { hasFileDialog, pickInDialog, sendPickedFile } from '../../api/pickedFile';
import { useLoaded } from '../../api/useLoaded';
import { navigate } from '../../app/route';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { MultiSelect } from '../../ui/MultiSelect';
import { Notice } from '../../ui/Notice';
import { FILTER_GROUPS, filterOptions, type FilterGroup } from '../actors/listQueryState';
import { useContoursImport } from './useContoursImport';
import { downloadText } from '../../ui/download';
import {
  COLOR_BY_CHOICES,
  contourLine,
  DEFAULT_MAP_STATE,
  mapQuery,
  summaryText,
  svgFileName,
  type MapState,
} from './mapModel';
import { MapSvg } from './MapSvg';
import './map.css';
import { localToday } from '../../app/localToday';

const SEARCH_LABELS: Partial<Record<FilterGroup, string>> = {
  typologies: 'Rechercher une typologie',
  communeCodes: 'Rechercher une commune',
  services: 'Rechercher un service',
  labels: 'Rechercher un label ou un dispositif',
};

/** « Carte »: the places of the directory on the territory's communes, drawn by the backend. */
export function MapScreen() {
  const { territory } = useTerritory();
  const [state, setState] = useState<MapState>(DEFAULT_MAP_STATE);
  // The previous map stays while the next one is drawn; a failure shows its message above it.
  const drawn = useLoaded(() => call('map.svg', mapQuery(state)), JSON.stringify(mapQuery(state)));
  const map = drawn.data;
  const error = drawn.latest.state === 'error' ? drawn.latest.message : null;
  const { importing, report, importPicked } = useContoursImport(drawn.reload);
  const fileInput = useRef<HTMLInputElement>(null);

  // The desktop's « Ouvrir » dialog; the browser mode's file input.
  const pickFile = () =>
    hasFileDialog()
      ? void pickInDialog('contours', (pick) => void importPicked(pick))
      : fileInput.current?.click();
  const narrowed = FILTER_GROUPS.some(({ group }) => state.filters[group].length > 0);
  const importButton = (label: string, variant: 'primary' | 'secondary') => (
    <Button variant={variant} onClick={pickFile} disabled={importing}>
      {importing ? 'Import en cours…' : label}
    </Button>
  );

  return (
    <div className="map-screen">
      <header className="page-header">
        <div>
          <h1>Carte</h1>
          <p>{map?.svg ? summaryText(map.summary) : '\u00a0'}</p>
        </div>
        <div className="page-actions">
          {map?.svg ? (
            <>
              {map.hasContours ? importButton('Remplacer les contours', 'secondary') : null}
              <Button
                variant="primary"
                onClick={() =>
                  map.svg &&
                  downloadText(svgFileName(territory.displayName, localToday()), map.svg, 'image/svg+xml')
                }
              >
                Télécharger la carte (SVG)
              </Button>
            </>
          ) : null}
        </div>
      </header>
      <input
        ref={fileInput}
        type="file"
        accept={FILE_KINDS.contours.accept}
        className="visually-hidden"
        aria-label="Fichier des contours des communes (GeoJSON)"
        data-testid="map-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importPicked(() => sendPickedFile('contours', file));
        }}
      />
      {report ? <Notice tone={report.tone}>{report.text}</Notice> : null}
      {map && contourLine(map) && !report ? (
        <p className="map-contour-use" data-testid="map-contour-use">
          {contourLine(map)}
        </p>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {map && !map.hasContours && map.svg ? (
        <Notice tone="info">
          <p className="map-no-contours">
            Les contours des communes ne sont pas encore importés&nbsp;: seuls les lieux géolocalisés sont
            placés, sans fond de carte. Téléchargez les contours officiels au format GeoJSON sur data.gouv.fr
            («&nbsp;Admin Express&nbsp;» ou «&nbsp;Contours des communes&nbsp;», fichier de votre
            département).
          </p>
          {importButton('Importer les contours (GeoJSON)', 'primary')}
        </Notice>
      ) : null}
      {map && !map.hasContours && !map.svg ? (
        <EmptyState
          title="Importez d’abord les contours des communes"
          action={importButton('Importer les contours (GeoJSON)', 'primary')}
        >
          La carte se dessine sans connexion, à partir des contours officiels des communes, à importer une
          seule fois. Téléchargez-les au format GeoJSON sur data.gouv.fr (jeu «&nbsp;Admin Express&nbsp;» de
          l’IGN ou «&nbsp;Contours des communes&nbsp;», fichier de votre département), puis choisissez le
          fichier ici ou déposez-le dans la fenêtre.
        </EmptyState>
      ) : null}
      {map?.svg ? (
        <>
          <label className="map-color-by">
            Couleur selon{' '}
            <select
              className="input"
              value={state.colorBy}
              onChange={(event) =>
                setState((prev) => ({ ...prev, colorBy: event.target.value as MapColorBy }))
              }
            >
              {COLOR_BY_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <div className="filter-bar map-toolbar" role="group" aria-label="Filtres">
            {FILTER_GROUPS.map(({ group, title }) => (
              <MultiSelect
                key={group}
                label={title}
                options={filterOptions(group, territory.communes)}
                selected={state.filters[group] as string[]}
                onChange={(values) =>
                  setState((prev) => ({ ...prev, filters: { ...prev.filters, [group]: values } }))
                }
                searchLabel={SEARCH_LABELS[group]}
                searchable={group in SEARCH_LABELS}
              />
            ))}
            {narrowed ? (
              <Button
                variant="ghost"
                onClick={() => setState((prev) => ({ ...prev, filters: DEFAULT_MAP_STATE.filters }))}
              >
                Effacer les filtres
              </Button>
            ) : null}
          </div>
          <MapSvg svg={map.svg} onActor={(id) => navigate({ name: 'actor', id })} />
        </>
      ) : null}
    </div>
  );
}
