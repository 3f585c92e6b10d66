import { useState } from 'react';
import type { InstanceDto, InstanceMemberDto } from '../../../../shared/governance/governanceDto';
import type { AppError, Result } from '../../../../shared/result';
import { ofName, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { moveAnnouncement, stepMove } from '../roadmap/comfort/reorder';
import { MemberEditor } from './MemberEditor';
import { memberCommuneLabel } from '../../../../shared/governance/memberCommune';

/** The members in their order: who they are, who represents them; move, change, remove. */
export function MemberList({
  instance,
  change,
}: {
  instance: InstanceDto;
  change: (run: () => Promise<Result<InstanceDto>>) => Promise<AppError | null>;
}) {
  const [editing, setEditing] = useState<number | null>(null);
  const [toRemove, setToRemove] = useState<InstanceMemberDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const members = instance.members;

  const run = async (work: () => Promise<Result<InstanceDto>>) => {
    setBusy(true);
    const failure = await change(work);
    setBusy(false);
    setError(failure ? failure.message : null);
    return failure === null;
  };

  const move = async (member: InstanceMemberDto, direction: 'up' | 'down') => {
    const step = stepMove(
      members.map((item) => item.id),
      member.id,
      direction,
    );
    if (!step) return;
    const moved = await run(() =>
      call('instances.reorderMembers', { instanceId: instance.id, memberIds: step.ids }),
    );
    if (moved) setAnnouncement(moveAnnouncement(member.name, step.position, members.length));
  };

  const remove = async (member: InstanceMemberDto) => {
    setToRemove(null);
    await run(() => call('instances.removeMember', { id: member.id }));
  };

  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ol className="member-list">
        {members.map((member, index) => (
          <li key={member.id} className="member">
            <div className="member-main">
              <div className="member-identity">
                <span className="member-name">
                  {member.kind === 'actor' && member.actorId !== null ? (
                    <a href={hrefOf({ name: 'actor', id: member.actorId })}>{member.name}</a>
                  ) : (
                    member.name
                  )}
                </span>
                {member.kind === 'elected' ? (
                  <span className="badge">Élu·e</span>
                ) : (
                  <span className="badge badge-muted">Acteur</span>
                )}
                {member.actorDeleted ? (
                  <span className="badge badge-warning">Dans la corbeille de l’annuaire</span>
                ) : null}
              </div>
              <p className="member-facts">
                {[member.mandate, memberCommuneLabel(member)].filter(Boolean).join(' · ') ||
                  (member.kind === 'elected'
                    ? 'Commune non précisée'
                    : 'Commune non renseignée dans l’annuaire')}
              </p>
              {member.kind === 'actor' ? (
                member.representatives.length > 0 ? (
                  <ul className="member-representatives" aria-label={`Représentants ${ofName(member.name)}`}>
                    {member.representatives.map((person, position) => (
                      <li key={position}>
                        {person.name}
                        {person.role ? <span className="member-role"> — {person.role}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="member-facts member-missing">Aucun représentant désigné</p>
                )
              ) : null}
            </div>
            <div className="member-actions">
              <Button
                variant="ghost"
                onClick={() => void move(member, 'up')}
                disabled={busy || index === 0}
                aria-label={`Monter ${member.name}`}
                title="Monter"
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                onClick={() => void move(member, 'down')}
                disabled={busy || index === members.length - 1}
                aria-label={`Descendre ${member.name}`}
                title="Descendre"
              >
                ↓
              </Button>
              <Button
                onClick={() => setEditing(editing === member.id ? null : member.id)}
                aria-expanded={editing === member.id}
                aria-label={`Modifier ${member.name}`}
              >
                Modifier
              </Button>
              <Button
                onClick={() => setToRemove(member)}
                disabled={busy}
                aria-label={`Retirer ${member.name} de l’instance`}
              >
                Retirer
              </Button>
            </div>
            {editing === member.id ? (
              <MemberEditor
                member={member}
                onSave={async (values) => {
                  const failure = await change(() =>
                    call('instances.updateMember', { id: member.id, member: values }),
                  );
                  if (!failure) setEditing(null);
                  return failure;
                }}
                onCancel={() => setEditing(null)}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={toRemove !== null}
        title={'Retirer ce membre\u00a0?'}
        confirmLabel="Retirer de l’instance"
        danger
        onConfirm={() => toRemove && void remove(toRemove)}
        onCancel={() => setToRemove(null)}
      >
        {toRemove
          ? `${quoted(toRemove.name)} ne fera plus partie de ${quoted(instance.name)}. ${
              toRemove.kind === 'actor' ? 'L’acteur reste dans l’annuaire. ' : ''
            }Ses rôles dans le brouillon de la feuille de route et sa ligne de signature seront retirés\u00a0; les versions adoptées ne changent pas.`
          : null}
      </ConfirmDialog>
    </>
  );
}
