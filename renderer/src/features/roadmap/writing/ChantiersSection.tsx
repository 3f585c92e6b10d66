import { useMemo } from 'react';
import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, quoted } from '../../../../../shared/format/french';
import { call } from '../../../api/client';
import { TextBox } from '../editor/EditorFields';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { ActionCards } from './ActionCards';
import { lateActionIds } from '../calendar/lateActions';
import { AddByTitle } from './AddByTitle';
import { ListSectionEditor } from './ListSectionEditor';
import { SectionPanel } from './SectionPanel';

/** Section 4: the chantiers clés, each holding its actions (fiches action). */
export function ChantiersSection({
  editor,
  roadmap,
  readOnly,
}: {
  editor: RoadmapEditor;
  roadmap: RoadmapDto;
  readOnly: boolean;
}) {
  const lateIds = useMemo(() => lateActionIds(roadmap, editor.today), [roadmap, editor.today]);
  return (
    <SectionPanel
      number={4}
      title="Chantiers clés et actions"
      intro="Les grands chantiers du groupe&nbsp;; chacun porte des actions, décrites dans leur fiche action."
    >
      <ListSectionEditor
        editor={editor}
        items={roadmap.chantiers}
        readOnly={readOnly}
        kind="chantier"
        scope="chantier"
        empty={
          'Aucun chantier pour l’instant. Ajoutez-en un ci-dessous (par exemple «\u00a0Aller vers les publics éloignés\u00a0»), puis ses actions.'
        }
        listClassName="roadmap-chantiers"
        listLabel="Chantiers clés"
        itemClassName="roadmap-chantier"
        itemLabel={(chantier, index) => `Chantier ${index + 1}\u00a0: ${chantier.title}`}
        head={(chantier, index) =>
          `Chantier ${index + 1} · ${countLabel(chantier.actions.length, 'action', 'actions', 'aucune action')}`
        }
        footClassName="roadmap-chantier-foot"
        body={(chantier, _index, leave) => (
          <>
            <div className="roadmap-grid">
              <TextBox
                label="Intitulé du chantier"
                required
                wide
                value={chantier.title}
                disabled={readOnly}
                onChange={(title) =>
                  editor.edit(
                    {
                      kind: 'chantier',
                      chantier: { id: chantier.id, title, description: chantier.description },
                    },
                    'intitulé du chantier',
                  )
                }
                onLeave={leave}
              />
              <TextBox
                label="Description du chantier"
                multiline
                rows={2}
                wide
                value={chantier.description ?? ''}
                disabled={readOnly}
                onChange={(description) =>
                  editor.edit(
                    {
                      kind: 'chantier',
                      chantier: { id: chantier.id, title: chantier.title, description },
                    },
                    'description du chantier',
                  )
                }
                onLeave={leave}
              />
            </div>
            <ActionCards
              editor={editor}
              roadmap={roadmap}
              chantier={chantier}
              readOnly={readOnly}
              lateIds={lateIds}
            />
          </>
        )}
        foot={(chantier, index) => (
          <AddByTitle
            label={`Nouvelle action du chantier ${index + 1}`}
            buttonLabel="Ajouter l’action"
            placeholder="Intitulé de l’action"
            onAdd={async (title) => {
              const result = await editor.run(() =>
                call('roadmap.saveAction', { chantierId: chantier.id, title }),
              );
              if (!result.ok) return result.message;
              editor.announce(`Action ${quoted(title)} ajoutée.`);
              return null;
            }}
          />
        )}
        reorder={{
          send: (ids) => call('roadmap.reorderChantiers', { ids }),
          label: 'ordre des chantiers',
          undo: (ids) => ({ kind: 'reorderChantiers', ids }),
        }}
        add={{
          label: 'Nouveau chantier',
          buttonLabel: 'Ajouter le chantier',
          placeholder: 'Intitulé du chantier',
          send: (title) => call('roadmap.saveChantier', { title }),
        }}
        deletion={{
          title: 'Supprimer le chantier\u00a0?',
          confirmLabel: 'Supprimer le chantier et ses actions',
          buttonLabel: 'Supprimer le chantier',
          message: (chantier) =>
            `${quoted(chantier.title)} sera supprimé avec ${countLabel(chantier.actions.length, 'action', 'actions', 'aucune action')}.`,
          send: (chantier) => call('roadmap.deleteChantier', { id: chantier.id }),
        }}
      />
    </SectionPanel>
  );
}
