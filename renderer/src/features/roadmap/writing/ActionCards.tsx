import type { RoadmapChantierDto, RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, formatPercent } from '../../../../../shared/format/french';
import { ACTION_STATUSES } from '../../../../../shared/roadmap/roadmapVocabulary';
import { formatEuros, formatMonthOrDate } from '../../../../../shared/roadmap/roadmapDates';
import { call } from '../../../api/client';
import { hrefOf } from '../../../app/route';
import { ReorderControls } from '../comfort/ReorderControls';
import { useReorder } from '../comfort/useReorder';
import { actionWarningCount } from '../editor/roadmapWarningsView';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';

/** The actions of one chantier as short cards: what, who, when, how much, and a link to the fiche action. */
export function ActionCards({
  editor,
  roadmap,
  chantier,
  readOnly,
  lateIds,
}: {
  editor: RoadmapEditor;
  roadmap: RoadmapDto;
  chantier: RoadmapChantierDto;
  readOnly: boolean;
  /** Actions whose end has passed while they are neither finished nor abandoned. */
  lateIds: ReadonlySet<number>;
}) {
  const ids = chantier.actions.map((a) => a.id);
  const reorder = useReorder({
    ids,
    scope: `actions-${chantier.id}`,
    disabled: readOnly,
    titleOf: (id) => chantier.actions.find((a) => a.id === id)?.title ?? '',
    announce: editor.announce,
    onMove: async (id, _next, position) => {
      const from = ids.indexOf(id);
      await editor.run(() => call('roadmap.moveAction', { id, chantierId: chantier.id, position }), {
        key: `order:action:${id}`,
        label: 'déplacement de l’action',
        operation: { kind: 'moveAction', id, chantierId: chantier.id, position: from },
      });
    },
  });
  if (chantier.actions.length === 0) {
    return <p className="roadmap-empty">Ce chantier n’a pas encore d’action.</p>;
  }
  const memberName = (id: number | null) => roadmap.members.find((m) => m.id === id)?.name ?? null;
  return (
    <ol className="roadmap-actions" aria-label={`Actions du chantier ${chantier.title}`}>
      {chantier.actions.map((action) => {
        const warnings = actionWarningCount(editor.warnings, action.id);
        const pilot = memberName(action.pilotMemberId);
        const period = [formatMonthOrDate(action.start), formatMonthOrDate(action.end)]
          .filter(Boolean)
          .join(' → ');
        return (
          <li
            key={action.id}
            className="roadmap-action-card"
            data-reorder-item
            {...reorder.itemProps(action.id)}
          >
            <div className="roadmap-action-main">
              <a
                className="roadmap-action-title"
                href={hrefOf({ name: 'roadmap', path: `actions/${action.id}` })}
              >
                {action.title}
              </a>
              <span className={`badge action-status action-status-${action.status}`}>
                {ACTION_STATUSES[action.status]}
                {action.status === 'en_cours' ? ` · ${formatPercent(action.progress)}` : ''}
              </span>
              {lateIds.has(action.id) ? <span className="badge badge-danger">En retard</span> : null}
              {warnings > 0 ? (
                <span className="badge badge-warning">{countLabel(warnings, 'avertissement')}</span>
              ) : null}
            </div>
            <div className="roadmap-action-facts">
              <span>{pilot ? `Pilote\u00a0: ${pilot}` : 'Sans pilote'}</span>
              {period ? <span>{period}</span> : <span>Dates à fixer</span>}
              {action.budget !== null ? <span>Budget&nbsp;: {formatEuros(action.budget)}</span> : null}
            </div>
            <ReorderControls
              title={action.title}
              disabled={readOnly}
              handleProps={reorder.handleProps(action.id)}
              onStep={(direction) => reorder.step(action.id, direction)}
            />
          </li>
        );
      })}
    </ol>
  );
}
