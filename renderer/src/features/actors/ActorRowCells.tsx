import type { ActorSummaryDto } from '../../../../shared/actors/dto';
import { formatDate } from '../../../../shared/format/french';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { hrefOf } from '../../app/route';
import { freshnessBadge, roleLabel, truncateList } from './actorLabels';

/** A list of labels on one line: the first ones, then « +2 »; read in full by screen readers. */
function LabelList({ labels, max }: { labels: string[]; max: number }) {
  if (labels.length === 0) return <span className="cell-empty">—</span>;
  const { shown, more } = truncateList(labels, max);
  return (
    <>
      <span className="visually-hidden">{labels.join(', ')}</span>
      <span className="cell-labels" aria-hidden="true" title={labels.join('\n')}>
        <span className="cell-labels-text">{shown.join(', ')}</span>
        {more > 0 ? <span className="badge badge-muted cell-more">+{more}</span> : null}
      </span>
    </>
  );
}

function VerificationCell({ actor }: { actor: ActorSummaryDto }) {
  const badge = freshnessBadge(actor.freshness);
  return (
    <div className="cell-verification">
      {actor.lastVerifiedOn ? <span>{formatDate(actor.lastVerifiedOn)}</span> : null}
      {badge ? <span className={`badge badge-${badge.tone}`}>{badge.label}</span> : null}
    </div>
  );
}

/** The cells of one loaded row: name (the link), commune, typologies, roles, places and verification. */
export function ActorRowCells({ actor }: { actor: ActorSummaryDto }) {
  return (
    <>
      <div role="cell" className="actor-cell actor-cell-name actor-cell-wrap">
        <a href={hrefOf({ name: 'actor', id: actor.id })} className="row-link" title={actor.name}>
          {actor.name}
        </a>
      </div>
      <div role="cell" className="actor-cell actor-cell-wrap">
        {actor.communeName ?? <span className="cell-empty">—</span>}
      </div>
      <div role="cell" className="actor-cell">
        <LabelList labels={actor.typologies.map(typologyLabel)} max={1} />
      </div>
      <div role="cell" className="actor-cell">
        <LabelList labels={actor.roles.map(roleLabel)} max={2} />
      </div>
      <div role="cell" className="actor-cell actor-cell-numeric">
        {actor.placeCount}
      </div>
      <div role="cell" className="actor-cell">
        <VerificationCell actor={actor} />
      </div>
    </>
  );
}
