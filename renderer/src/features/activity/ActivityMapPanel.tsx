import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Notice } from '../../ui/Notice';
import { ChoroplethSvg } from '../diagnostic/ChoroplethPanel';

/**
 * The territory's communes coloured by accompaniments per 1,000 inhabitants (the diagnostic's map), when the
 * contours are imported; otherwise where to import them (the table under the chart above gives the figures).
 */
export function ActivityMapPanel({
  query,
  reloadKey,
}: {
  query: { from?: string; to?: string; actorId?: number };
  reloadKey: string;
}) {
  const map = useLoaded(() => call('activity.map', query), `activite-carte-${reloadKey}`);
  const data = map.data;
  return (
    <section className="activity-map" aria-labelledby="activity-map-title">
      <h3 id="activity-map-title">Carte&nbsp;: accompagnements pour 1 000 habitants</h3>
      {map.latest.state === 'error' ? <Notice tone="error">{map.latest.message}</Notice> : null}
      {data && !data.hasContours ? (
        <p className="activity-muted">
          Les contours des communes ne sont pas importés&nbsp;: la carte apparaîtra ici dès qu’ils le seront (
          <a href={hrefOf({ name: 'map' })}>{quoted('Carte')}</a>, fichier officiel des contours du
          département). Les chiffres par commune sont dans le graphique ci-dessus, «&nbsp;Voir les
          chiffres&nbsp;».
        </p>
      ) : null}
      {data?.svg ? (
        <ChoroplethSvg svg={data.svg} label="Carte des accompagnements pour 1 000 habitants, par commune" />
      ) : null}
    </section>
  );
}
