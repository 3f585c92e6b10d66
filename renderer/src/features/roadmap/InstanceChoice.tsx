import { useState } from 'react';
import { countLabel } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import type { RoadmapEditor } from './editor/useRoadmapEditor';

/**
 * Before writing: the roadmap belongs to a coordination body (its members make the composition, pilot the
 * actions and sign). Without a body, the way to create one; with one or more, the choice.
 */
export function InstanceChoice({ editor }: { editor: RoadmapEditor }) {
  const { loaded } = useLoaded(() => call('instances.list', {}), 'instances');
  const instances = loaded.state === 'ready' ? loaded.data : null;
  const [linkError, setError] = useState<string | null>(null);
  const error = linkError ?? (loaded.state === 'error' ? loaded.message : null);
  // The first body is chosen until the user picks another.
  const [picked, setChosen] = useState<number | null>(null);
  const chosen = picked ?? instances?.[0]?.id ?? null;
  const [busy, setBusy] = useState(false);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (!instances) return <p className="screen-loading">Chargement des instances…</p>;
  if (instances.length === 0) {
    return (
      <EmptyState
        title="Commencez par réunir l’instance de coordination"
        action={
          <a className="btn btn-primary" href={hrefOf({ name: 'governance', path: '' })}>
            Créer l’instance de coordination
          </a>
        }
      >
        La feuille de route consigne les engagements des membres de l’instance&nbsp;: sa composition, qui
        pilote chaque action et qui signe viennent de ses membres. Créez l’instance et ajoutez ses membres,
        puis revenez ici.
      </EmptyState>
    );
  }

  const link = async () => {
    if (chosen === null) return;
    setBusy(true);
    const result = await editor.run(() => call('roadmap.setInstance', { instanceId: chosen }));
    setBusy(false);
    if (!result.ok) setError(result.message);
  };

  return (
    <div className="panel roadmap-instance-choice">
      <h2>Quelle instance porte cette feuille de route&nbsp;?</h2>
      <p>
        Ses membres forment la composition de la feuille de route, pilotent les actions et la signent. Vous
        pourrez modifier l’instance à tout moment dans «&nbsp;Instance de coordination&nbsp;».
      </p>
      <Field label="Instance de coordination">
        {(props) => (
          <select {...props} value={chosen ?? ''} onChange={(event) => setChosen(Number(event.target.value))}>
            {instances.map((instance) => (
              <option key={instance.id} value={instance.id}>
                {instance.name} ({countLabel(instance.memberCount, 'membre')})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button variant="primary" onClick={() => void link()} disabled={busy || chosen === null}>
        Écrire la feuille de route de cette instance
      </Button>
    </div>
  );
}
