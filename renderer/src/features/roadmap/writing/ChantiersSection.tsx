import { useMemo, useState } from 'react';
import type { RoadmapChantierDto, RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, quoted } from '../../../../../shared/format/french';
import { call } from '../../../api/client';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ReorderControls } from '../comfort/ReorderControls';
import { useReorder } from '../comfort/useReorder';
import { TextBox } from '../editor/EditorFields';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { ActionCards } from './ActionCards';
import { lateActionIds } from '../calendar/lateActions';
import { AddByTitle } from './AddByTitle';
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
  const [deleting, setDeleting] = useState<RoadmapChantierDto | null>(null);
  const ids = roadmap.chantiers.map((c) => c.id);
  const lateIds = useMemo(() => lateActionIds(roadmap, editor.today), [roadmap, editor.today]);
  const reorder = useReorder({
    ids,
    scope: 'chantier',
    disabled: readOnly,
    titleOf: (id) => roadmap.chantiers.find((c) => c.id === id)?.title ?? '',
    announce: editor.announce,
    onMove: async (_id, next) => {
      await editor.run(() => call('roadmap.reorderChantiers', { ids: next }), {
        key: 'order:chantiers',
        label: 'ordre des chantiers',
        operation: { kind: 'reorderChantiers', ids },
      });
    },
  });

  return (
    <SectionPanel
      number={4}
      title="Chantiers clés et actions"
      intro="Les grands chantiers du groupe&nbsp;; chacun porte des actions, décrites dans leur fiche action."
    >
      {roadmap.chantiers.length === 0 ? (
        <p className="roadmap-empty">
          Aucun chantier pour l’instant. Ajoutez-en un ci-dessous (par exemple « Aller vers les publics
          éloignés »), puis ses actions.
        </p>
      ) : (
        <ol className="roadmap-chantiers" aria-label="Chantiers clés">
          {roadmap.chantiers.map((chantier, index) => {
            const key = `chantier:${chantier.id}`;
            const leave = () => editor.leave(key);
            return (
              <li
                key={chantier.id}
                className="roadmap-chantier"
                data-reorder-item
                aria-label={`Chantier ${index + 1} : ${chantier.title}`}
                {...reorder.itemProps(chantier.id)}
              >
                <div className="roadmap-card-head">
                  <span className="roadmap-card-number">
                    Chantier {index + 1} ·{' '}
                    {countLabel(chantier.actions.length, 'action', 'actions', 'aucune action')}
                  </span>
                  <ReorderControls
                    title={chantier.title}
                    disabled={readOnly}
                    handleProps={reorder.handleProps(chantier.id)}
                    onStep={(direction) => reorder.step(chantier.id, direction)}
                  />
                </div>
                {editor.refusals.get(key) ? (
                  <p className="field-error">{editor.refusals.get(key)?.message}</p>
                ) : null}
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
                {readOnly ? null : (
                  <div className="roadmap-chantier-foot">
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
                    <Button variant="ghost" onClick={() => setDeleting(chantier)}>
                      Supprimer le chantier
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
          label="Nouveau chantier"
          buttonLabel="Ajouter le chantier"
          placeholder="Intitulé du chantier"
          onAdd={async (title) => {
            const result = await editor.run(() => call('roadmap.saveChantier', { title }));
            return result.ok ? null : result.message;
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Supprimer le chantier&nbsp;?"
        confirmLabel="Supprimer le chantier et ses actions"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const chantier = deleting;
          setDeleting(null);
          if (chantier) void editor.run(() => call('roadmap.deleteChantier', { id: chantier.id }));
        }}
      >
        {deleting
          ? `${quoted(deleting.title)} sera supprimé avec ${countLabel(deleting.actions.length, 'action', 'actions', 'aucune action')}.`
          : ''}
      </ConfirmDialog>
    </SectionPanel>
  );
}
