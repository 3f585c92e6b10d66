import type { ChangeKind, RoadmapComparisonDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel } from '../../../../../shared/format/french';
import { EmptyState } from '../../../ui/EmptyState';

const KIND_LABELS: Record<ChangeKind, string> = {
  ajout: 'Ajout',
  suppression: 'Suppression',
  modification: 'Modification',
};

/** What changed between two versions (or a version and the draft), element by element, field by field. */
export function ComparisonView({ comparison }: { comparison: RoadmapComparisonDto }) {
  const { from, to, changes } = comparison;
  return (
    <div className="roadmap-comparison">
      <h2>Ce qui a changé</h2>
      <p className="comparison-sides">
        Entre <strong>{from.label}</strong> et <strong>{to.label}</strong>
      </p>
      {changes.length === 0 ? (
        <EmptyState title="Aucune différence">Les deux versions ont exactement le même contenu.</EmptyState>
      ) : (
        <>
          <p>{countLabel(changes.length, 'changement')}</p>
          <ol className="comparison-list">
            {changes.map((change, index) => (
              <li key={index} className={`comparison-item comparison-${change.kind}`}>
                <p className="comparison-title">
                  <span className={`badge comparison-badge-${change.kind}`}>{KIND_LABELS[change.kind]}</span>
                  <span className="comparison-element">{change.element}</span> <strong>{change.title}</strong>
                  {change.within ? (
                    <span className="comparison-within"> · chantier {change.within}</span>
                  ) : null}
                </p>
                {change.changes.length > 0 ? (
                  <table className="table comparison-fields">
                    <thead>
                      <tr>
                        <th scope="col">Champ</th>
                        <th scope="col">Avant</th>
                        <th scope="col">Après</th>
                      </tr>
                    </thead>
                    <tbody>
                      {change.changes.map((field) => (
                        <tr key={field.field}>
                          <th scope="row">{field.field}</th>
                          <td className="comparison-before">{field.before}</td>
                          <td className="comparison-after">{field.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
