import type { ActivityPreviewDto } from '../../../../shared/activity/activityDto';
import { afterColon, formatInteger } from '../../../../shared/format/french';

/** What the file holds and what the import would keep, before anything is written. */
export function ActivityReport({ preview }: { preview: ActivityPreviewDto }) {
  const leftOut = preview.columns.filter((column) => !column.kept);
  const kept = preview.columns.filter((column) => column.kept);
  return (
    <section className="panel activity-report" aria-labelledby="activity-report-title">
      <h2 id="activity-report-title">Ce que contient le fichier</h2>
      <ul className="activity-summary">
        {preview.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {preview.refusedRows.length > 0 ? (
        <details className="activity-details">
          <summary>Lignes écartées ({preview.refusedCount})</summary>
          <ul>
            {preview.refusedRows.map((row) => (
              <li key={row.line}>
                Ligne {formatInteger(row.line)}&nbsp;: {afterColon(row.reason)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="activity-columns">
        <div>
          <h3>Colonnes gardées (chiffres et catégories)</h3>
          <ul>
            {kept.map((column) => (
              <li key={column.header}>
                <strong>{column.header}</strong> — {column.reason}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Colonnes laissées de côté</h3>
          {leftOut.length === 0 ? (
            <p className="activity-muted">Aucune.</p>
          ) : (
            <ul>
              {leftOut.map((column) => (
                <li key={column.header}>
                  <strong>{column.header}</strong> — {column.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
