import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel } from '../../../../../shared/format/french';
import { roleMatrix } from '../../../../../shared/roadmap/roleMatrix';
import { hrefOf } from '../../../app/route';
import { SectionPanel } from './SectionPanel';

/** Section 5: who does what, in a sentence or two, and the way to the matrix. */
export function RolesSummarySection({ roadmap }: { roadmap: RoadmapDto }) {
  const matrix = roleMatrix(roadmap);
  const noActions = matrix.columns.length === 0;
  return (
    <SectionPanel
      number={5}
      title={'Rôles\u00a0: qui fait quoi'}
      intro="Pour chaque action, qui la pilote, qui y participe en partenaire, qui la finance et qui y contribue."
    >
      {noActions ? (
        <p className="roadmap-empty">
          Les rôles se répartissent action par action&nbsp;: ajoutez d’abord des actions.
        </p>
      ) : (
        <ul className="roadmap-summary">
          <li>
            {matrix.actionsWithoutPilot.length === 0
              ? 'Chaque action a son pilote.'
              : `${countLabel(matrix.actionsWithoutPilot.length, 'action')} sans pilote\u00a0: ${matrix.actionsWithoutPilot.map((a) => a.title).join(', ')}.`}
          </li>
          <li>
            {matrix.membersWithoutRole.length === 0
              ? 'Chaque membre a au moins un rôle.'
              : `${countLabel(matrix.membersWithoutRole.length, 'membre')} sans rôle\u00a0: ${matrix.membersWithoutRole.map((m) => m.name).join(', ')}.`}
          </li>
        </ul>
      )}
      <p className="roadmap-section-footer">
        <a href={hrefOf({ name: 'roadmap', path: 'matrice' })}>
          Ouvrir le tableau «&nbsp;Qui fait quoi&nbsp;»
        </a>
      </p>
    </SectionPanel>
  );
}
