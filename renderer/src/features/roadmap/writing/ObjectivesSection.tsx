import { useState } from 'react';
import type { RoadmapDto, RoadmapObjectiveDto } from '../../../../../shared/roadmap/roadmapDto';
import { quoted } from '../../../../../shared/format/french';
import { call } from '../../../api/client';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ReorderControls } from '../comfort/ReorderControls';
import { useReorder } from '../comfort/useReorder';
import { NumberBox, TextBox } from '../editor/EditorFields';
import { warningsAt } from '../editor/roadmapWarningsView';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { AddByTitle } from './AddByTitle';
import { SectionPanel } from './SectionPanel';

/** Section 3: the objectives, each with what is measured, where it starts and the target. */
export function ObjectivesSection({
  editor,
  roadmap,
  readOnly,
}: {
  editor: RoadmapEditor;
  roadmap: RoadmapDto;
  readOnly: boolean;
}) {
  const [deleting, setDeleting] = useState<RoadmapObjectiveDto | null>(null);
  const ids = roadmap.objectives.map((o) => o.id);
  const reorder = useReorder({
    ids,
    scope: 'objectif',
    disabled: readOnly,
    titleOf: (id) => roadmap.objectives.find((o) => o.id === id)?.title ?? '',
    announce: editor.announce,
    onMove: async (_id, next) => {
      await editor.run(() => call('roadmap.reorderObjectives', { ids: next }), {
        key: 'order:objectives',
        label: 'ordre des objectifs',
        operation: { kind: 'reorderObjectives', ids },
      });
    },
  });

  const change = (objective: RoadmapObjectiveDto, patch: Partial<RoadmapObjectiveDto>, what: string) =>
    editor.edit({ kind: 'objective', objective: { ...objective, ...patch } }, `${what} de l’objectif`);

  return (
    <SectionPanel
      number={3}
      title="Objectifs"
      intro="Ce que le groupe veut atteindre, chacun avec un indicateur, sa valeur de départ et sa cible."
    >
      {roadmap.objectives.length === 0 ? (
        <p className="roadmap-empty">
          Aucun objectif pour l’instant. Ajoutez-en un ci-dessous, par exemple « Accompagner 300 habitants de
          plus par an ».
        </p>
      ) : (
        <ol className="roadmap-cards">
          {roadmap.objectives.map((objective, index) => {
            const key = `objective:${objective.id}`;
            const leave = () => editor.leave(key);
            return (
              <li
                key={objective.id}
                className="roadmap-card"
                data-reorder-item
                aria-label={`Objectif ${index + 1}`}
                {...reorder.itemProps(objective.id)}
              >
                <div className="roadmap-card-head">
                  <span className="roadmap-card-number">Objectif {index + 1}</span>
                  <ReorderControls
                    title={objective.title}
                    disabled={readOnly}
                    handleProps={reorder.handleProps(objective.id)}
                    onStep={(direction) => reorder.step(objective.id, direction)}
                  />
                </div>
                {editor.refusals.get(key) ? (
                  <p className="field-error">{editor.refusals.get(key)?.message}</p>
                ) : null}
                <div className="roadmap-grid roadmap-grid-objective">
                  <TextBox
                    label="Intitulé"
                    required
                    wide
                    value={objective.title}
                    disabled={readOnly}
                    onChange={(title) => change(objective, { title }, 'intitulé')}
                    onLeave={leave}
                  />
                  <TextBox
                    label="Indicateur"
                    hint="Ce que l’on mesure (« personnes accompagnées par an »)."
                    value={objective.indicator ?? ''}
                    disabled={readOnly}
                    onChange={(indicator) => change(objective, { indicator }, 'indicateur')}
                    onLeave={leave}
                  />
                  <NumberBox
                    label="Valeur de départ"
                    value={objective.baseline}
                    disabled={readOnly}
                    onChange={(baseline) => change(objective, { baseline }, 'valeur de départ')}
                    onLeave={leave}
                  />
                  <NumberBox
                    label="Cible"
                    value={objective.target}
                    disabled={readOnly}
                    warnings={warningsAt(editor.warnings, { kind: 'objective', id: objective.id }, 'target')}
                    onChange={(target) => change(objective, { target }, 'cible')}
                    onLeave={leave}
                  />
                  <TextBox
                    label="Unité"
                    hint="« personnes », « % »…"
                    value={objective.unit ?? ''}
                    disabled={readOnly}
                    onChange={(unit) => change(objective, { unit }, 'unité')}
                    onLeave={leave}
                  />
                </div>
                {readOnly ? null : (
                  <div className="roadmap-card-foot">
                    <Button variant="ghost" onClick={() => setDeleting(objective)}>
                      Supprimer l’objectif
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {readOnly ? null : (
        <AddByTitle
          label="Nouvel objectif"
          buttonLabel="Ajouter l’objectif"
          placeholder="Intitulé de l’objectif"
          onAdd={async (title) => {
            const result = await editor.run(() => call('roadmap.saveObjective', { title }));
            return result.ok ? null : result.message;
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Supprimer l’objectif&nbsp;?"
        confirmLabel="Supprimer l’objectif"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const objective = deleting;
          setDeleting(null);
          if (objective) void editor.run(() => call('roadmap.deleteObjective', { id: objective.id }));
        }}
      >
        {deleting ? quoted(deleting.title) : ''} sera supprimé. Les actions qui le servaient restent, sans
        objectif.
      </ConfirmDialog>
    </SectionPanel>
  );
}
