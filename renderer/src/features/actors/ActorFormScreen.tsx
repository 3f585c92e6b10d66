import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { ActorFormEditor } from './ActorFormEditor';
import { actorFormFromDto, emptyActorForm, type ActorForm } from './actorFormModel';
import './actorForm.css';

/** What the form starts from. */
interface FormStart {
  form: ActorForm;
  actorName: string | null;
  communeName: string | null;
}

/** The actor to edit, or an empty record verified today (the backend's today). */
async function loadFormStart(id: number | undefined): Promise<Result<FormStart>> {
  if (id === undefined) {
    const info = await call('app.info', {});
    return info.ok
      ? { ok: true, data: { form: emptyActorForm(info.data.today), actorName: null, communeName: null } }
      : info;
  }
  const actor = await call('actors.get', { id });
  return actor.ok
    ? {
        ok: true,
        data: {
          form: actorFormFromDto(actor.data),
          actorName: actor.data.name,
          communeName: actor.data.communeName,
        },
      }
    : actor;
}

/** Loads what the form starts from: the actor to edit, or an empty record verified today. */
export function ActorFormScreen({ id }: { id?: number }) {
  const { loaded } = useLoaded(() => loadFormStart(id), id === undefined ? 'nouvel-acteur' : `acteur-${id}`);

  if (loaded.state === 'loading') return <p className="screen-loading">Chargement…</p>;
  if (loaded.state === 'error' && loaded.code !== 'not_found')
    return <Notice tone="error">{loaded.message}</Notice>;
  if (loaded.state === 'error')
    return (
      <div className="panel">
        <EmptyState
          title="Acteur introuvable"
          action={<a href={hrefOf({ name: 'actors' })}>Retour à l’annuaire des acteurs</a>}
        >
          Cette fiche n’existe pas ou plus&nbsp;: elle ne peut pas être modifiée.
        </EmptyState>
      </div>
    );
  return (
    <ActorFormEditor
      id={id}
      initial={loaded.data.form}
      actorName={loaded.data.actorName}
      storedCommuneName={loaded.data.communeName}
    />
  );
}
