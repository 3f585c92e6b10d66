import { useState } from 'react';
import type { RoadmapActionDto, RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { quoted } from '../../../../../shared/format/french';
import {
  ACTION_STATUS_CODES,
  ACTION_STATUSES,
  ROADMAP_PUBLICS,
  type RoadmapPublic,
} from '../../../../../shared/roadmap/roadmapVocabulary';
import { call } from '../../../api/client';
import { hrefOf, navigate } from '../../../app/route';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Field } from '../../../ui/Field';
import { MultiSelect } from '../../../ui/MultiSelect';
import { FieldWarnings, NumberBox, TextBox } from '../editor/EditorFields';
import { warningsAt } from '../editor/roadmapWarningsView';
import type { RoadmapEditor } from '../editor/useRoadmapEditor';
import { FundingLinesEditor } from './FundingLinesEditor';
import { ActionIndicatorsEditor } from './ActionIndicatorsEditor';
import { MonthBox } from './MonthBox';
import { FichePart } from './FichePart';

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
  const at = (field: string) => warningsAt(editor.warnings, { kind: 'action', id: action.id }, field);
  const change = (patch: Partial<RoadmapActionDto>, what: string) =>
    editor.edit({ kind: 'action', action: { ...action, ...patch } }, `${what} de l’action`);
  /** For a choice (select, list): saved at once, one undo entry. */
  const choose = (patch: Partial<RoadmapActionDto>, what: string) => {
    change(patch, what);
    editor.leave(key);
  };
  const leave = () => editor.leave(key);
  const thisYear = Number((editor.today ?? new Date().toISOString()).slice(0, 4));
  const memberOptions = roadmap.members.map((m) => ({ value: String(m.id), label: m.name }));

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

      <FichePart title="L’action">
        <div className="roadmap-grid roadmap-grid-two">
          <TextBox
            label="Intitulé de l’action"
            required
            wide
            value={action.title}
            disabled={readOnly}
            onChange={(title) => change({ title }, 'intitulé')}
            onLeave={leave}
          />
          <div className="roadmap-field">
            <Field label="Chantier">
              {(props) => (
                <select
                  {...props}
                  value={action.chantierId}
                  disabled={readOnly}
                  onChange={(event) => {
                    const chantierId = Number(event.target.value);
                    void editor.run(
                      () => call('roadmap.moveAction', { id: action.id, chantierId, position: 10_000 }),
                      {
                        key: `order:action:${action.id}`,
                        label: 'changement de chantier',
                        operation: {
                          kind: 'moveAction',
                          id: action.id,
                          chantierId: action.chantierId,
                          position: action.position,
                        },
                      },
                    );
                  }}
                >
                  {roadmap.chantiers.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="roadmap-field">
            <Field label="Objectif servi">
              {(props) => (
                <select
                  {...props}
                  value={action.objectiveId ?? ''}
                  disabled={readOnly}
                  onChange={(event) =>
                    choose(
                      { objectiveId: event.target.value ? Number(event.target.value) : null },
                      'objectif',
                    )
                  }
                >
                  <option value="">— Aucun —</option>
                  {roadmap.objectives.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <TextBox
            label="Description de l’action"
            multiline
            rows={4}
            wide
            hint="Ce qui sera fait, pour qui, comment."
            value={action.description ?? ''}
            disabled={readOnly}
            onChange={(description) => change({ description }, 'description')}
            onLeave={leave}
          />
        </div>
      </FichePart>

      <FichePart title="Qui et où">
        <div className="roadmap-grid roadmap-grid-two">
          <div className="roadmap-field">
            <Field label="Pilote" hint="Un membre de l’instance.">
              {(props) => (
                <select
                  {...props}
                  value={action.pilotMemberId ?? ''}
                  disabled={readOnly}
                  onChange={(event) => {
                    const pilotMemberId = event.target.value ? Number(event.target.value) : null;
                    choose(
                      {
                        pilotMemberId,
                        partnerMemberIds: action.partnerMemberIds.filter((id) => id !== pilotMemberId),
                      },
                      'pilote',
                    );
                  }}
                >
                  <option value="">— À désigner —</option>
                  {roadmap.members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <FieldWarnings warnings={at('pilotMemberId')} />
          </div>
          <div className="roadmap-field roadmap-field-choice">
            <span className="roadmap-choice-label">Partenaires</span>
            <MultiSelect
              label={action.partnerMemberIds.length > 0 ? 'Partenaires choisis' : 'Choisir les partenaires'}
              options={memberOptions.filter((o) => o.value !== String(action.pilotMemberId))}
              selected={action.partnerMemberIds.map(String)}
              searchLabel="Rechercher un membre"
              onChange={(next) => choose({ partnerMemberIds: next.map(Number) }, 'partenaires')}
            />
            <ChosenList
              names={action.partnerMemberIds.map(
                (id) => roadmap.members.find((m) => m.id === id)?.name ?? '',
              )}
              empty="Aucun partenaire."
            />
          </div>
          <div className="roadmap-field roadmap-field-choice">
            <span className="roadmap-choice-label">Publics visés</span>
            <MultiSelect<RoadmapPublic>
              label={action.publics.length > 0 ? 'Publics choisis' : 'Choisir les publics'}
              options={ROADMAP_PUBLICS.map((p) => ({ value: p, label: p }))}
              selected={action.publics}
              searchLabel="Rechercher un public"
              onChange={(publics) => choose({ publics }, 'publics')}
            />
            <ChosenList names={action.publics} empty="Tous publics." />
          </div>
          <div className="roadmap-field roadmap-field-choice">
            <span className="roadmap-choice-label">Communes concernées</span>
            <MultiSelect
              label={action.communeCodes.length > 0 ? 'Communes choisies' : 'Choisir les communes'}
              options={roadmap.communes.map((c) => ({ value: c.code, label: c.name }))}
              selected={action.communeCodes}
              searchLabel="Rechercher une commune"
              onChange={(communeCodes) => choose({ communeCodes }, 'communes')}
            />
            <ChosenList
              names={action.communeCodes.map(
                (code) => roadmap.communes.find((c) => c.code === code)?.name ?? code,
              )}
              empty="Tout le territoire."
            />
          </div>
        </div>
      </FichePart>

      <FichePart title="Quand, et où en est-on">
        <div className="roadmap-grid roadmap-grid-when">
          <MonthBox
            label="Début"
            thisYear={thisYear}
            value={action.start}
            disabled={readOnly}
            onChange={(start) => choose({ start }, 'début')}
          />
          <MonthBox
            label="Fin"
            thisYear={thisYear}
            value={action.end}
            disabled={readOnly}
            warnings={at('end')}
            onChange={(end) => choose({ end }, 'fin')}
          />
          <div className="roadmap-field">
            <Field label="Statut">
              {(props) => (
                <select
                  {...props}
                  value={action.status}
                  disabled={readOnly}
                  onChange={(event) => {
                    const status = event.target.value as RoadmapActionDto['status'];
                    choose({ status, progress: status === 'termine' ? 100 : action.progress }, 'statut');
                  }}
                >
                  {ACTION_STATUS_CODES.map((code) => (
                    <option key={code} value={code}>
                      {ACTION_STATUSES[code]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <NumberBox
            label="Avancement"
            suffix="%"
            integer
            min={0}
            value={action.progress}
            disabled={readOnly}
            warnings={at('progress')}
            onChange={(progress) => change({ progress: Math.min(progress ?? 0, 100) }, 'avancement')}
            onLeave={leave}
          />
        </div>
      </FichePart>

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

function ChosenList({ names, empty }: { names: readonly string[]; empty: string }) {
  if (names.length === 0) return <p className="field-hint">{empty}</p>;
  return <p className="roadmap-chosen">{names.join(', ')}</p>;
}
