import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { keyFigures } from '../../../../shared/diagnostic/diagnosticFigures';

/** The territory at a glance: communes, population, places, gaps, freshness. */
export function KeyFigures({ diagnostic }: { diagnostic: DiagnosticDto }) {
  return (
    <dl className="diagnostic-figures">
      {keyFigures(diagnostic).map((figure) => (
        <div
          key={figure.id}
          className={`diagnostic-figure${figure.alert ? ' diagnostic-figure-alert' : ''}`}
          data-figure={figure.id}
        >
          <dt>{figure.label}</dt>
          <dd>
            <span className="diagnostic-figure-value">{figure.value}</span>
            <span className="diagnostic-figure-detail">{figure.detail}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
