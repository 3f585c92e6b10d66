import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import type { RoadmapTextField } from '../editor/roadmapDrafts';
import { TextBox } from '../editor/EditorFields';
import { SectionPanel } from './SectionPanel';

const LABELS: Record<RoadmapTextField, string> = {
  title: 'Titre de la feuille de route',
  purpose: 'Raison d’être du groupe',
  context: 'Contexte\u00a0: pourquoi agir',
  commitments: 'Engagements réciproques des membres',
};

/** Section 1: the title, the group's raison d'être, the context and the members' commitments. */
export function PurposeSection({
  editor,
  roadmap,
  readOnly,
}: {
  editor: RoadmapEditor;
  roadmap: RoadmapDto;
  readOnly: boolean;
}) {
  const box = (
    field: RoadmapTextField,
    options: { multiline?: boolean; hint?: string; rows?: number } = {},
  ) => (
    <TextBox
      label={LABELS[field]}
      value={roadmap[field] ?? ''}
      multiline={options.multiline}
      rows={options.rows}
      hint={options.hint}
      disabled={readOnly}
      required={field === 'title'}
      error={editor.refusals.get(`text:${field}`)?.message}
      wide
      onChange={(value) => editor.edit({ kind: 'text', field, value }, LABELS[field].toLowerCase())}
      onLeave={() => editor.leave(`text:${field}`)}
    />
  );
  return (
    <SectionPanel number={1} title="Raison d’être">
      {box('title')}
      {box('purpose', {
        multiline: true,
        rows: 5,
        hint: 'Pourquoi ce groupe existe, ce qu’il veut changer pour les habitants du territoire.',
      })}
      {box('context', {
        multiline: true,
        rows: 4,
        hint: 'Le diagnostic en quelques lignes\u00a0: les fragilités numériques qui justifient d’agir.',
      })}
      {box('commitments', {
        multiline: true,
        rows: 4,
        hint: 'Ce que chaque membre s’engage à apporter, et ce qu’il attend des autres.',
      })}
    </SectionPanel>
  );
}
