import { INSTANCE_FREQUENCY_LABELS, INSTANCE_KIND_LABELS } from '../../../../shared/governance/governanceDto';
import { countLabel, formatDate } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { governancePathOf } from './governancePath';

const newHref = hrefOf({ name: 'governance', path: governancePathOf({ view: 'new' }) });

/** The territory's coordination bodies; with none yet, what a body is for and how to create it. */
export function InstanceListView() {
  const { loaded } = useLoaded(() => call('instances.list', {}), 'instances');
  const instances = loaded.state === 'ready' ? loaded.data : null;
  const error = loaded.state === 'error' ? loaded.message : null;

  return (
    <div className="governance-screen">
      <header className="page-header">
        <div>
          <h1>Instance de coordination</h1>
          <p>
            {instances && instances.length > 0
              ? countLabel(instances.length, 'instance')
              : 'Réunir les acteurs et les élus du territoire, sans oublier personne.'}
          </p>
        </div>
        {instances && instances.length > 0 ? (
          <div className="page-actions">
            <a className="btn btn-secondary" href={newHref}>
              Créer une autre instance
            </a>
          </div>
        ) : null}
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!instances && !error ? <p className="screen-loading">Chargement des instances…</p> : null}
      {instances && instances.length === 0 ? (
        <div className="panel">
          <EmptyState
            title="Aucune instance de coordination pour l’instant"
            action={
              <a className="btn btn-primary" href={newHref}>
                Créer l’instance
              </a>
            }
          >
            Une instance de coordination (comité de pilotage, groupe moteur, consortium…) réunit régulièrement
            les acteurs de l’inclusion numérique et des élus du territoire&nbsp;: elle partage le diagnostic,
            écrit la feuille de route et en suit les actions. Créez-la puis ajoutez ses membres depuis
            l’annuaire&nbsp;: Maillage vous signale les publics, les communes et les types d’acteurs que vous
            risquez d’oublier.
          </EmptyState>
        </div>
      ) : null}
      {instances && instances.length > 0 ? (
        <ul className="instance-cards">
          {instances.map((instance) => (
            <li key={instance.id} className="panel instance-card">
              <h2>
                <a
                  href={hrefOf({
                    name: 'governance',
                    path: governancePathOf({ view: 'instance', id: instance.id }),
                  })}
                >
                  {instance.name}
                </a>
              </h2>
              <p className="instance-card-facts">
                {INSTANCE_KIND_LABELS[instance.kind]} · {INSTANCE_FREQUENCY_LABELS[instance.frequency]}
              </p>
              <p className="instance-card-facts">
                {countLabel(instance.memberCount, 'membre', 'membres', 'Aucun membre')}
                {instance.electedCount > 0
                  ? ` dont ${countLabel(instance.electedCount, 'élu·e', 'élu·es')}`
                  : ''}{' '}
                · modifiée le {formatDate(instance.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
