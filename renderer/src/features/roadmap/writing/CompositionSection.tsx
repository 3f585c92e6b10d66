import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel } from '../../../../../shared/format/french';
import { MEMBER_KINDS } from '../../../../../shared/roadmap/roadmapVocabulary';
import { hrefOf } from '../../../app/route';
import { SectionPanel } from './SectionPanel';

/** Section 2: the body's members, read here; they are edited in « Instance de coordination ». */
export function CompositionSection({ roadmap }: { roadmap: RoadmapDto }) {
  const adopted = roadmap.state === 'adoptee';
  return (
    <SectionPanel
      number={2}
      title="Composition"
      intro={
        adopted
          ? 'La composition telle qu’elle était le jour de l’adoption.'
          : 'Les membres de l’instance, tels qu’ils sont aujourd’hui\u00a0; la composition sera figée à l’adoption.'
      }
    >
      {roadmap.members.length === 0 ? (
        <p className="roadmap-empty">
          L’instance n’a pas encore de membre.{' '}
          <a href={hrefOf({ name: 'governance', path: '' })}>Ajouter des membres à l’instance</a>
        </p>
      ) : (
        <>
          <ul className="roadmap-members">
            {roadmap.members.map((member) => (
              <li key={member.id}>
                <span className="roadmap-member-name">{member.name}</span>
                <span className="badge badge-muted">{MEMBER_KINDS[member.kind]}</span>
                {member.detail ? <span className="roadmap-member-detail">{member.detail}</span> : null}
                {member.representatives.length > 0 ? (
                  <span className="roadmap-member-detail">
                    Représenté par{' '}
                    {member.representatives
                      .map((r) => (r.role ? `${r.name} (${r.role})` : r.name))
                      .join(', ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="roadmap-section-footer">
            {countLabel(roadmap.members.length, 'membre')} ·{' '}
            <a href={hrefOf({ name: 'governance', path: '' })}>Modifier la composition dans l’instance</a>
          </p>
        </>
      )}
    </SectionPanel>
  );
}
