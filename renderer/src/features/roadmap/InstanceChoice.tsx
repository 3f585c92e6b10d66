import { useEffect, useState } from 'react';
import type { InstanceSummaryDto } from '../../../../shared/governance/governanceDto';
import { countLabel } from '../../../../shared/format/french';
import { call } from '../../api/client';
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
  const [instances, setInstances] = useState<InstanceSummaryDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void call('instances.list', {}).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setInstances(result.data);
        setChosen(result.data[0]?.id ?? null);
      } else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, []);

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
        La feuille de route consigne les engagements des membres de l’instance : sa composition, qui pilote
        chaque action et qui signe viennent de ses membres. Créez l’instance et ajoutez ses membres, puis
        revenez ici.
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
        pourrez modifier l’instance à tout moment dans « Instance de coordination ».
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
