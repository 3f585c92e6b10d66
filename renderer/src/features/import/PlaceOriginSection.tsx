import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { placeOriginItems } from './placeOriginItems';

/**
 * « Ce que dit le fichier d’origine »: for each place of the actor that came from a file, what that file
 * said and no form edits (source, id, date, presentations, Accès libre page), read-only. The export gives
 * these back as they came. Nothing is shown for an actor created in Maillage.
 */
export function PlaceOriginSection({ actorId }: { actorId: number }) {
  const { loaded } = useLoaded(() => call('import.placeOrigins', { id: actorId }), `origines-${actorId}`);
  if (loaded.state !== 'ready' || loaded.data.length === 0) return null;
  const several = loaded.data.length > 1;
  return (
    <section className="panel actor-section" aria-labelledby="section-origine">
      <h2 id="section-origine">Ce que dit le fichier d’origine</h2>
      <p className="place-origin-hint">
        Repris tel quel à l’import et rendu à l’export&nbsp;; ces informations ne se modifient pas ici.
      </p>
      {loaded.data.map((origin) => (
        <div key={origin.placeId}>
          {several ? <h3>{origin.placeName}</h3> : null}
          <dl className="items">
            {placeOriginItems(origin).map((item) => (
              <div className="item" key={item.label}>
                <dt>{item.label}</dt>
                <dd>
                  {item.href ? (
                    <a href={item.href} target="_blank" rel="noreferrer">
                      {item.value}
                    </a>
                  ) : (
                    item.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
