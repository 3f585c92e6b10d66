import { useState } from 'react';
import { formatDate, quoted } from '../../../../shared/format/french';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf, navigate } from '../../app/route';
import { namedTitle } from '../../app/screenTitle';
import { useDocumentTitle } from '../../app/useScreenChange';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { freshnessBanner, roleLabel } from './actorLabels';
import { ActorRecordSections } from './ActorRecordSections';
import { PlaceOriginSection } from '../import/PlaceOriginSection';
import { NetworkSection } from '../network/NetworkSection';
import { markActorVerified } from './actorRecordActions';
import './actor.css';

/** One actor's record, read-only, with its freshness and the way to edit, verify or delete it. */
export function ActorScreen({ id }: { id: number }) {
  const { loaded: loading, replace } = useLoaded(() => call('actors.get', { id }), `acteur-${id}`);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const toast = useToast();
  useDocumentTitle(loading.state === 'ready' ? namedTitle(loading.data.name, 'Annuaire des acteurs') : null);

  if (loading.state === 'loading') return <p className="screen-loading">Chargement de la fiche…</p>;
  if (loading.state === 'error' && loading.code !== 'not_found')
    return <Notice tone="error">{loading.message}</Notice>;
  if (loading.state === 'error')
    return (
      <div className="panel">
        <EmptyState
          title="Acteur introuvable"
          action={<a href={hrefOf({ name: 'actors' })}>Retour à l’annuaire des acteurs</a>}
        >
          Cette fiche n’existe pas ou plus. Si elle a été mise à la corbeille, vous pouvez la restaurer depuis
          la Corbeille.
        </EmptyState>
      </div>
    );

  const actor = loading.data;
  const banner = freshnessBanner(actor.freshness, actor.lastVerifiedOn);

  const markVerified = async () => {
    setBusy(true);
    setActionError(null);
    const result = await markActorVerified(actor);
    setBusy(false);
    if (!result.ok) {
      setActionError(result.message);
      return;
    }
    replace(result.data);
    toast({ message: 'Fiche marquée comme vérifiée aujourd’hui.', tone: 'success' });
  };

  const remove = async () => {
    setConfirmDelete(false);
    setBusy(true);
    const result = await call('actors.delete', { id: actor.id });
    setBusy(false);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    navigate({ name: 'actors' });
    toast({
      message: `${quoted(result.data.name)} a été mis à la corbeille.`,
      action: {
        label: 'Annuler',
        onClick: () => {
          void call('actors.restore', { id: actor.id }).then((restored) => {
            if (restored.ok) navigate({ name: 'actor', id: actor.id });
            else toast({ message: restored.error.message, tone: 'error' });
          });
        },
      },
    });
  };

  const verifyButton = (
    <Button onClick={() => void markVerified()} disabled={busy}>
      Marquer comme vérifiée aujourd’hui
    </Button>
  );
  return (
    <div className="actor-screen">
      <p className="breadcrumb">
        <a href={hrefOf({ name: 'actors' })}>← Annuaire des acteurs</a>
      </p>
      <header className="page-header">
        <div>
          <h1>{actor.name}</h1>
          <div className="actor-badges">
            {actor.typologies.map((code) => (
              <span key={code} className="badge">
                {typologyLabel(code)}
              </span>
            ))}
            {actor.roles.map((role) => (
              <span key={role} className="badge badge-role">
                {roleLabel(role)}
              </span>
            ))}
          </div>
          {/* Each date whole on its line: « 7 décembre » never leaves « 2026 » alone below. */}
          <p className="actor-verified">
            <span className="unbroken">
              {actor.lastVerifiedOn
                ? `Dernière vérification le ${formatDate(actor.lastVerifiedOn)}`
                : 'Jamais vérifiée'}
            </span>
            {' · '}
            <span className="unbroken">Modifiée le {formatDate(actor.updatedAt)}</span>
          </p>
        </div>
        <div className="page-actions">
          <Button variant="primary" onClick={() => navigate({ name: 'actorEdit', id: actor.id })}>
            Modifier
          </Button>
          {banner ? null : verifyButton}
          <Button variant="danger" onClick={() => setConfirmDelete(true)} disabled={busy}>
            Supprimer
          </Button>
        </div>
      </header>

      {actionError ? <Notice tone="error">{actionError}</Notice> : null}
      {banner ? (
        <Notice tone={banner.tone}>
          <div className="freshness-banner">
            <span>{banner.text}</span>
            {verifyButton}
          </div>
        </Notice>
      ) : null}

      <ActorRecordSections actor={actor} />
      <NetworkSection actorId={actor.id} />
      <PlaceOriginSection actorId={actor.id} />

      <ConfirmDialog
        open={confirmDelete}
        title={'Mettre à la corbeille\u00a0?'}
        confirmLabel="Mettre à la corbeille"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        Mettre {quoted(actor.name)} à la corbeille&nbsp;? On peut le restaurer depuis la Corbeille.
      </ConfirmDialog>
    </div>
  );
}
