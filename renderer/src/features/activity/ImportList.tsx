import type { ActivityImportListItemDto } from '../../../../shared/activity/activityDto';
import { formatDate, formatDateTime, formatInteger, quoted } from '../../../../shared/format/french';
import { Button } from '../../ui/Button';

/** The imports the figures come from: structure, period, file, and a way to delete one. */
export function ImportList({
  imports,
  onDelete,
}: {
  imports: ActivityImportListItemDto[];
  onDelete: (entry: ActivityImportListItemDto) => void;
}) {
  return (
    <table className="table activity-imports">
      <thead>
        <tr>
          <th scope="col">Structure</th>
          <th scope="col">Période</th>
          <th scope="col">Accompagnements</th>
          <th scope="col">Fichier</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {imports.map((entry) => (
          <tr key={entry.id}>
            <td>
              {entry.actorName}
              {entry.placeName ? <span className="activity-muted"> — {entry.placeName}</span> : null}
              {entry.actorId === null ? (
                <span className="activity-muted"> (plus dans l’annuaire)</span>
              ) : null}
            </td>
            <td>
              du {formatDate(entry.periodStart)} au {formatDate(entry.periodEnd)}
            </td>
            <td className="activity-number">{formatInteger(entry.accompanimentCount)}</td>
            <td>
              {entry.fileName}
              <span className="activity-muted"> — importé le {formatDateTime(entry.importedAt)}</span>
            </td>
            <td>
              <Button
                variant="ghost"
                aria-label={`Supprimer l’import ${quoted(entry.actorName)} du ${formatDate(entry.periodStart)}`}
                onClick={() => onDelete(entry)}
              >
                Supprimer
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
