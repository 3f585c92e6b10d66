import { useState } from 'react';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { IndicatorOptions } from './IndicatorOptions';

/** The backend's SVG, inline: built from escaped data, no script, no style attribute. */
export function ChoroplethSvg({ svg, label }: { svg: string; label: string }) {
  return (
    <div className="diagnostic-map" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
  );
}

/** The map of one indicator, commune by commune, when the contours are there; otherwise, where to get them. */
export function ChoroplethPanel({ diagnostic }: { diagnostic: DiagnosticDto }) {
  const defaultId = diagnostic.fragility?.indicatorId ?? diagnostic.indicators[0]?.id ?? null;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const indicatorId = diagnostic.indicators.some((i) => i.id === chosenId) ? chosenId : defaultId;
  const hasContours = diagnostic.contoursSource !== null;
  // The previous map stays until the next one is drawn; a failure shows its message above it.
  const map = useLoaded(
    () => call('diagnostic.map', { indicatorId: indicatorId ?? '' }),
    hasContours && indicatorId !== null ? indicatorId : null,
  );
  const svg = map.data?.svg ?? null;
  const error = map.latest.state === 'error' ? map.latest.message : null;

  const indicator = diagnostic.indicators.find((i) => i.id === indicatorId);
  return (
    <section className="diagnostic-section" aria-labelledby="diagnostic-map-title">
      <h2 id="diagnostic-map-title">Carte par commune</h2>
      {!hasContours ? (
        <Notice tone="info">
          Les contours des communes ne sont pas encore importés&nbsp;: sans eux, ni carte par commune ni
          distance au lieu le plus proche. Importez le fichier officiel des contours de votre département dans{' '}
          <a href={hrefOf({ name: 'map' })}>{quoted('Carte')}</a>.
        </Notice>
      ) : diagnostic.indicators.length === 0 ? (
        <Notice tone="info">
          La carte colorera chaque commune selon un indicateur dès qu’il sera importé.
        </Notice>
      ) : (
        <>
          <div className="diagnostic-map-choice">
            <Field label="Indicateur représenté">
              {(props) => (
                <select
                  {...props}
                  value={indicatorId ?? ''}
                  onChange={(event) => setChosenId(event.target.value)}
                >
                  <IndicatorOptions indicators={diagnostic.indicators} />
                </select>
              )}
            </Field>
          </div>
          {error ? <Notice tone="error">{error}</Notice> : null}
          {svg && indicator ? <ChoroplethSvg svg={svg} label={`Carte\u00a0: ${indicator.label}`} /> : null}
        </>
      )}
    </section>
  );
}
