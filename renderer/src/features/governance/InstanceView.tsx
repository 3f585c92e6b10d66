import { useState } from 'react';
import {
  INSTANCE_RHYTHM_LABELS,
  INSTANCE_KIND_LABELS,
  type FindingDto,
  type InviteSuggestionDto,
} from '../../../../shared/governance/governanceDto';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { hrefOf, navigate } from '../../app/route';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { AddMemberPanel, type Adding } from './AddMemberPanel';
import { ForgetNoOnePanel } from './ForgetNoOnePanel';
import { InstanceSettingsForm } from './InstanceSettingsForm';
import { MemberList } from './MemberList';
import { useInstance } from './useInstance';
import { NextMeeting } from '../meetings/NextMeeting';

/** One body's page: what it is, its members, adding members, and the « n'oublier personne » check. */
export function InstanceView({ id }: { id: number }) {
  const page = useInstance(id);
  const { instance, report } = page;
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<Adding>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (page.loadError)
    return (
      <div className="governance-screen">
        <Notice tone="error">{page.loadError}</Notice>
        <a href={hrefOf({ name: 'governance', path: '' })}>Revenir aux instances</a>
      </div>
    );
  if (!instance) return <p className="screen-loading">Chargement de l’instance…</p>;

  const added = (name: string) => {
    setAdding(null);
    toast({ message: `${quoted(name)} a rejoint l’instance.`, tone: 'success' });
  };

  const openAdding = (next: Adding) => {
    setAdding(next);
    requestAnimationFrame(() => document.getElementById('add-member')?.scrollIntoView({ block: 'start' }));
  };

  const invite = async (suggestion: InviteSuggestionDto) => {
    setBusy(true);
    const failure = await page.change(() =>
      call('instances.addMember', {
        instanceId: instance.id,
        member: { kind: 'actor', actorId: suggestion.actorId },
      }),
    );
    setBusy(false);
    setError(failure ? failure.message : null);
    if (!failure) toast({ message: `${quoted(suggestion.name)} a rejoint l’instance.`, tone: 'success' });
  };

  const assume = async (finding: FindingDto, reason: string) => {
    setBusy(true);
    const failure = await page.changeCheck(() =>
      call('instances.assume', { instanceId: instance.id, key: finding.key, reason }),
    );
    setBusy(false);
    if (failure) return failure.fields?.reason ?? failure.message;
    toast({
      message: 'Manque assumé.',
      action: { label: 'Annuler', onClick: () => void unassume(finding) },
    });
    return null;
  };

  const unassume = async (finding: FindingDto) => {
    setBusy(true);
    const failure = await page.changeCheck(() =>
      call('instances.unassume', { instanceId: instance.id, key: finding.key }),
    );
    setBusy(false);
    setError(failure ? failure.message : null);
  };

  const remove = async () => {
    setConfirmDelete(false);
    const result = await call('instances.delete', { id: instance.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    toast({ message: `L’instance ${quoted(result.data.name)} a été supprimée.` });
    navigate({ name: 'governance', path: '' });
  };

  const electedCount = instance.members.filter((member) => member.kind === 'elected').length;

  return (
    <div className="governance-screen">
      <p className="governance-breadcrumb">
        <a href={hrefOf({ name: 'governance', path: '' })}>Instances de coordination</a>
      </p>
      <header className="page-header">
        <div>
          <h1>{instance.name}</h1>
          <p>
            {INSTANCE_KIND_LABELS[instance.kind]} · {INSTANCE_RHYTHM_LABELS[instance.frequency]}
          </p>
          <NextMeeting instanceId={instance.id} />
          {instance.notes ? <p className="instance-notes">{instance.notes}</p> : null}
        </div>
        <div className="page-actions">
          <a
            className="btn btn-primary"
            href={hrefOf({ name: 'governance', path: `${instance.id}/reunions` })}
          >
            Réunions
          </a>
          <Button onClick={() => setEditing(!editing)} aria-expanded={editing}>
            Modifier l’instance
          </Button>
          <Button variant="danger" onClick={() => setConfirmDelete(true)}>
            Supprimer l’instance
          </Button>
        </div>
      </header>
      {editing ? (
        <div className="panel">
          <InstanceSettingsForm
            initial={instance}
            submitLabel="Enregistrer"
            onSaved={(saved) => {
              page.setInstance(saved);
              setEditing(false);
              toast({ message: 'Instance enregistrée.', tone: 'success' });
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="instance-layout">
        <div>
          <section className="panel" aria-labelledby="members-title">
            <div className="section-header">
              <h2 id="members-title">Membres</h2>
              <span className="section-count">
                {countLabel(instance.members.length, 'membre', 'membres', 'Aucun membre')}
                {electedCount > 0 ? ` dont ${countLabel(electedCount, 'élu·e', 'élu·es')}` : ''}
              </span>
            </div>
            {instance.members.length === 0 ? (
              <EmptyState title="Personne ne siège encore dans l’instance">
                {`Ajoutez les acteurs de l’annuaire qui y siègent, avec leurs représentant·es, puis les élus. Le panneau ${quoted('N’oublier personne')} vous suggère qui inviter.`}
              </EmptyState>
            ) : (
              <MemberList instance={instance} change={page.change} />
            )}
          </section>
          <AddMemberPanel
            instance={instance}
            change={page.change}
            adding={adding}
            onAdding={setAdding}
            onDone={added}
          />
        </div>
        <div>
          {report ? (
            <ForgetNoOnePanel
              report={report}
              actions={{
                invite,
                addElected: (communeCode) => openAdding({ kind: 'elected', communeCode }),
                assume,
                unassume,
                busy,
              }}
            />
          ) : (
            <p className="screen-loading">Vérification de la composition…</p>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={'Supprimer l’instance\u00a0?'}
        confirmLabel="Supprimer l’instance"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        {`${quoted(instance.name)} sera supprimée avec la liste de ses membres et les manques assumés. Les acteurs restent dans l’annuaire.`}
      </ConfirmDialog>
    </div>
  );
}
