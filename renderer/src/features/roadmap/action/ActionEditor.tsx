import { useState } from 'react';
import type { RoadmapActionDto, RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { quoted } from '../../../../../shared/format/french';
import { call } from '../../../api/client';
import { hrefOf, navigate } from '../../../app/route';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { warningsAt, withoutSubject } from '../editor/roadmapWarningsView';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { FundingLinesEditor } from './FundingLinesEditor';
import { ActionIndicatorsEditor } from './ActionIndicatorsEditor';
import { ActionAimPart } from './ActionAimPart';
import { ActionPeoplePart } from './ActionPeoplePart';
import { ActionSchedulePart } from './ActionSchedulePart';
import { moveAction } from './actionParts';

/** The fiche action: every field of an action, saved as the user types. */
export function ActionEditor({
  editor,
  roadmap,
  action,
}: {
  editor: RoadmapEditor;
  roadmap: RoadmapDto;
  action: RoadmapActionDto;
}) {
  const [deleting, setDeleting] = useState(false);
  const readOnly = roadmap.state === 'adoptee';
  const key = `action:${action.id}`;
  const chantier = roadmap.chantiers.find((c) => c.id === action.chantierId);
  // Within its own fiche, a warning does not name the action again (« L’indicateur « … » n’a pas de cible. »).
  const at = (field: string) =>
    warningsAt(editor.warnings, { kind: 'action', id: action.id }, field).map((message) =>
      withoutSubject(message, `Action ${quoted(action.title)}`),
    );
  const change = (patch: Partial<RoadmapActionDto>, what: string) =>
    editor.edit({ kind: 'action', action: { ...action, ...patch } }, `${what} de l’action`);
  /** For a choice (select, list): saved at once, one undo entry. */
  const choose = (patch: Partial<RoadmapActionDto>, what: string) => {
    change(patch, what);
    editor.leave(key);
  };
  const leave = () => editor.leave(key);
  const thisYear = Number((editor.today ?? new Date().toISOString()).slice(0, 4));
  const part = { roadmap, action, readOnly, change, choose, leave, at };

  return (
    <article className="roadmap-action-editor" aria-labelledby="fiche-action-title">
      <p className="roadmap-back">
        <a href={hrefOf({ name: 'roadmap', path: '' })}>← Retour à la rédaction</a>
      </p>
      <header className="roadmap-action-header">
        <p className="roadmap-card-number">Fiche action · {chantier ? chantier.title : 'chantier inconnu'}</p>
        <h2 id="fiche-action-title">{action.title.trim() || 'Action sans titre'}</h2>
      </header>
      {editor.refusals.get(key) ? (
        <p className="field-error" role="alert">
          {editor.refusals.get(key)?.message}
        </p>
      ) : null}

      <ActionAimPart {...part} onMove={(chantierId) => moveAction(editor, action, chantierId)} />

      <ActionPeoplePart {...part} />

      <ActionSchedulePart {...part} thisYear={thisYear} />

      <FundingLinesEditor
        action={action}
        readOnly={readOnly}
        budgetWarnings={at('fundings')}
        onChange={change}
        onChoose={choose}
        onLeave={leave}
      />
      <ActionIndicatorsEditor
        action={action}
        readOnly={readOnly}
        warningsOf={(index) => at(`indicators.${index}.target`)}
        onChange={change}
        onChoose={choose}
        onLeave={leave}
      />

      {readOnly ? null : (
        <div className="roadmap-action-foot">
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Supprimer l’action
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        title="Supprimer l’action&nbsp;?"
        confirmLabel="Supprimer l’action"
        danger
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          void editor
            .run(() => call('roadmap.deleteAction', { id: action.id }))
            .then((result) => {
              if (result.ok) {
                editor.announce(`Action ${quoted(action.title)} supprimée.`);
                navigate({ name: 'roadmap', path: '' });
              }
            });
        }}
      >
        La fiche {quoted(action.title)} sera supprimée, avec ses financements et ses indicateurs.
      </ConfirmDialog>
    </article>
  );
}
