import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { formatQuantity } from '../../../../../shared/roadmap/roadmapDates';

/** The objectives of a frozen version, with their indicator, baseline and target. */
export function VersionObjectives({ objectives }: { objectives: RoadmapDto['objectives'] }) {
  return (
    <section>
      <h3>Objectifs</h3>
      {objectives.length === 0 ? (
        <p>Aucun objectif.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Objectif</th>
              <th scope="col">Indicateur</th>
              <th scope="col" className="numeric">
                Départ
              </th>
              <th scope="col" className="numeric">
                Cible
              </th>
            </tr>
          </thead>
          <tbody>
            {objectives.map((objective) => (
              <tr key={objective.id}>
                <td>{objective.title}</td>
                <td>{objective.indicator ?? '—'}</td>
                <td className="numeric">
                  {objective.baseline === null ? '—' : formatQuantity(objective.baseline, objective.unit)}
                </td>
                <td className="numeric">
                  {objective.target === null ? '—' : formatQuantity(objective.target, objective.unit)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
