import type { RoadmapDto, RoadmapObjectiveDto } from '../../../../../shared/roadmap/roadmapDto';
import { quoted } from '../../../../../shared/format/french';
import { call } from '../../../api/client';
import { NumberBox, TextBox } from '../editor/EditorFields';
import { warningsAt } from '../editor/roadmapWarningsView';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { ListSectionEditor } from './ListSectionEditor';
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
  const change = (objective: RoadmapObjectiveDto, patch: Partial<RoadmapObjectiveDto>, what: string) =>
    editor.edit({ kind: 'objective', objective: { ...objective, ...patch } }, `${what} de l’objectif`);

  return (
    <SectionPanel
      number={3}
      title="Objectifs"
      intro="Ce que le groupe veut atteindre, chacun avec un indicateur, sa valeur de départ et sa cible."
    >
      <ListSectionEditor
        editor={editor}
        items={roadmap.objectives}
        readOnly={readOnly}
        kind="objective"
        scope="objectif"
        empty={
          'Aucun objectif pour l’instant. Ajoutez-en un ci-dessous, par exemple «\u00a0Accompagner 300 habitants de plus par an\u00a0».'
        }
        listClassName="roadmap-cards"
        itemClassName="roadmap-card"
        itemLabel={(_objective, index) => `Objectif ${index + 1}`}
        head={(_objective, index) => `Objectif ${index + 1}`}
        footClassName="roadmap-card-foot"
        body={(objective, _index, leave) => (
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
              hint={'Ce que l’on mesure («\u00a0personnes accompagnées par an\u00a0»).'}
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
              hint={'«\u00a0personnes\u00a0», «\u00a0%\u00a0»…'}
              value={objective.unit ?? ''}
              disabled={readOnly}
              onChange={(unit) => change(objective, { unit }, 'unité')}
              onLeave={leave}
            />
          </div>
        )}
        reorder={{
          send: (ids) => call('roadmap.reorderObjectives', { ids }),
          label: 'ordre des objectifs',
          undo: (ids) => ({ kind: 'reorderObjectives', ids }),
        }}
        add={{
          label: 'Nouvel objectif',
          buttonLabel: 'Ajouter l’objectif',
          placeholder: 'Intitulé de l’objectif',
          send: (title) => call('roadmap.saveObjective', { title }),
        }}
        deletion={{
          title: 'Supprimer l’objectif\u00a0?',
          confirmLabel: 'Supprimer l’objectif',
          buttonLabel: 'Supprimer l’objectif',
          message: (objective) =>
            `${quoted(objective.title)} sera supprimé. Les actions qui le servaient restent, sans objectif.`,
          send: (objective) => call('roadmap.deleteObjective', { id: objective.id }),
        }}
      />
    </SectionPanel>
  );
}
