import { formatDateTime } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { deltaText, figureText } from '../../../../shared/diagnostic/diagnosticFigures';
import { snapshotPath } from './diagnosticPaths';

/** Two diagnostics side by side: the key figures, the services gained or lost, the communes that moved. */
export function ComparisonView({ fromId, toId }: { fromId: number; toId: number | null }) {
  const { loaded } = useLoaded(
    () => call('diagnostic.compare', { fromId, toId }),
    `comparaison-${fromId}-${toId ?? 'aujourdhui'}`,
  );
  const result = loaded.state === 'ready' ? loaded.data : null;
  const error = loaded.state === 'error' ? loaded.message : null;

  const back = (
    <a className="btn btn-secondary" href={hrefOf({ name: 'diagnostic', path: '' })}>
      Retour au diagnostic
    </a>
  );
  if (error)
    return (
      <EmptyState title="Comparaison impossible" action={back}>
        {error}
      </EmptyState>
    );
  if (!result) return <p className="diagnostic-loading">Comparaison en cours…</p>;

  const { before, after, comparison } = result;
  const sideLink = (side: typeof before) =>
    side.id === null ? (
      side.title
    ) : (
      <a href={hrefOf({ name: 'diagnostic', path: snapshotPath(side.id) })}>{side.title}</a>
    );
  const changed = comparison.communes.filter((c) => c.changed);
  return (
    <div className="diagnostic diagnostic-comparison">
      <header className="page-header">
        <div>
          <h1>Comparaison de deux diagnostics</h1>
          <p>
            {sideLink(before)} ({formatDateTime(before.date)}) et {sideLink(after)} (
            {formatDateTime(after.date)})
          </p>
        </div>
        <div className="page-actions">{back}</div>
      </header>
      {comparison.fragilityBefore !== comparison.fragilityAfter ? (
        <Notice tone="warning">
          La fragilité n’est pas lue dans le même indicateur des deux côtés (
          {comparison.fragilityBefore ?? 'aucun indicateur'} puis{' '}
          {comparison.fragilityAfter ?? 'aucun indicateur'})&nbsp;: les scores ne sont pas comparables.
        </Notice>
      ) : null}
      <section className="diagnostic-section" aria-labelledby="comparison-figures-title">
        <h2 id="comparison-figures-title">Chiffres clés</h2>
        <div className="diagnostic-table-wrap">
          <table className="table diagnostic-table">
            <thead>
              <tr>
                <th scope="col">Chiffre</th>
                <th scope="col" className="numeric">
                  {before.title}
                </th>
                <th scope="col" className="numeric">
                  {after.title}
                </th>
                <th scope="col" className="numeric">
                  Évolution
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.figures.map((figure) => (
                <tr key={figure.key}>
                  <th scope="row">{figure.label}</th>
                  <td className="numeric">{figure.fromText ?? figureText(figure.from, figure.format)}</td>
                  <td className="numeric">{figure.toText ?? figureText(figure.to, figure.format)}</td>
                  <td className="numeric">{deltaText(figure, figure.format)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {comparison.servicesGained.length + comparison.servicesLost.length > 0 ? (
        <section className="diagnostic-section" aria-labelledby="comparison-services-title">
          <h2 id="comparison-services-title">Services</h2>
          <ul>
            {comparison.servicesGained.map((service) => (
              <li key={service}>Désormais offert sur le territoire&nbsp;: {service}</li>
            ))}
            {comparison.servicesLost.map((service) => (
              <li key={service}>Plus offert nulle part&nbsp;: {service}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="diagnostic-section" aria-labelledby="comparison-communes-title">
        <h2 id="comparison-communes-title">Communes</h2>
        {changed.length === 0 ? (
          <p className="diagnostic-section-hint">Aucune commune n’a changé de nombre de lieux ni de score.</p>
        ) : (
          <div className="diagnostic-table-wrap">
            <table className="table diagnostic-table">
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col" className="numeric">
                    Lieux avant
                  </th>
                  <th scope="col" className="numeric">
                    Lieux après
                  </th>
                  <th scope="col" className="numeric">
                    Évolution
                  </th>
                  <th scope="col" className="numeric">
                    Fragilité avant
                  </th>
                  <th scope="col" className="numeric">
                    Fragilité après
                  </th>
                </tr>
              </thead>
              <tbody>
                {changed.map((commune) => (
                  <tr key={commune.code}>
                    <th scope="row">{commune.name}</th>
                    <td className="numeric">{figureText(commune.placeCount.from, 'integer')}</td>
                    <td className="numeric">{figureText(commune.placeCount.to, 'integer')}</td>
                    <td className="numeric">{deltaText(commune.placeCount, 'integer')}</td>
                    <td className="numeric">{figureText(commune.fragilityScore.from, 'decimal')}</td>
                    <td className="numeric">{figureText(commune.fragilityScore.to, 'decimal')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {comparison.onlyBefore.length + comparison.onlyAfter.length > 0 ? (
          <p className="diagnostic-section-hint">
            {comparison.onlyBefore.length > 0
              ? `Communes sorties du territoire\u00a0: ${comparison.onlyBefore.map((c) => c.name).join(', ')}. `
              : ''}
            {comparison.onlyAfter.length > 0
              ? `Communes entrées dans le territoire\u00a0: ${comparison.onlyAfter.map((c) => c.name).join(', ')}.`
              : ''}
          </p>
        ) : null}
      </section>
    </div>
  );
}
