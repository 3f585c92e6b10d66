import { countLabel, formatDate, formatInteger } from '../../../../shared/format/french';
import {
  NETWORK_STATUS_FILTERS,
  type NetworkOverviewDto,
  type NetworkPriorityDto,
} from '../../../../shared/network/networkDto';
import { networkFilterLabel, networkStatusLabel } from '../../../../shared/network/networkLabels';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { openDirectoryWith } from './directoryLink';
import { lastContactText, networkSummary, stepTiming, stepWhen } from './networkText';
import './network.css';

/**
 * « Réseau »: step 1 of the method, meeting every actor. How many actors stand where (each count opens the
 * directory filtered by it), then who to meet or call back first: next steps by date, overdue ones first,
 * then the actors never met.
 */
export function NetworkScreen() {
  const { loaded } = useLoaded(() => call('network.overview', {}), 'reseau');
  return (
    <div className="network-screen">
      <header className="page-header">
        <div>
          <h1>Réseau des acteurs</h1>
          <p>
            Aller à la rencontre de chaque acteur, présenter la démarche et lui proposer de rejoindre le
            réseau du territoire.
          </p>
        </div>
      </header>
      {loaded.state === 'loading' ? <p className="screen-loading">Chargement du réseau…</p> : null}
      {loaded.state === 'error' ? <Notice tone="error">{loaded.message}</Notice> : null}
      {loaded.state === 'ready' ? <Overview overview={loaded.data} /> : null}
    </div>
  );
}

function Overview({ overview }: { overview: NetworkOverviewDto }) {
  if (overview.total === 0)
    return (
      <div className="panel">
        <EmptyState
          title="Aucun acteur dans l’annuaire"
          action={
            <a className="btn btn-primary" href={hrefOf({ name: 'actors' })}>
              Ouvrir l’annuaire des acteurs
            </a>
          }
        >
          Le réseau se construit à partir de l’annuaire&nbsp;: ajoutez ou importez les acteurs du territoire,
          puis notez sur la fiche de chacun vos visites, vos appels et son statut dans le réseau.
        </EmptyState>
      </div>
    );
  return (
    <>
      <p className="network-summary">{networkSummary(overview)}</p>
      <p className="network-counts-caption" id="reseau-statuts">
        Statut actuel de chaque acteur dans le réseau&nbsp;:
      </p>
      <ul className="network-counts" aria-labelledby="reseau-statuts">
        {NETWORK_STATUS_FILTERS.map((status) => (
          <li key={status}>
            <button
              type="button"
              className={`network-count network-count-${status}`}
              onClick={() => openDirectoryWith([status])}
              aria-label={`${networkFilterLabel(status)}\u00a0: ${countLabel(overview.counts[status], 'acteur')}, voir dans l’annuaire`}
            >
              <span className="network-count-value">{formatInteger(overview.counts[status])}</span>
              <span className="network-count-label">{networkFilterLabel(status)}</span>
            </button>
          </li>
        ))}
      </ul>
      <section className="panel" aria-labelledby="reseau-priorites">
        <h2 id="reseau-priorites">À rencontrer ou à relancer en premier</h2>
        {overview.priorities.length === 0 ? (
          <EmptyState title="Personne à relancer pour l’instant">
            Chaque acteur a été rencontré, a rejoint le réseau ou l’a décliné, et aucune prochaine étape n’est
            notée. Après un contact, notez la prochaine étape sur la fiche de l’acteur&nbsp;: elle viendra ici
            à sa date.
          </EmptyState>
        ) : (
          <PriorityTables overview={overview} />
        )}
        {overview.neverMetLeftOff > 0 ? (
          <p className="network-left-off">
            Et{' '}
            {countLabel(
              overview.neverMetLeftOff,
              'autre acteur jamais rencontré',
              'autres acteurs jamais rencontrés',
            )}
            .{' '}
            <Button variant="ghost" onClick={() => openDirectoryWith(['spotted', 'none'])}>
              Les voir dans l’annuaire
            </Button>
          </p>
        ) : null}
      </section>
    </>
  );
}

function PriorityTables({ overview }: { overview: NetworkOverviewDto }) {
  const steps = overview.priorities.filter((priority) => priority.reason === 'nextStep');
  const neverMet = overview.priorities.filter((priority) => priority.reason === 'neverMet');
  return (
    <>
      {steps.length > 0 ? (
        <>
          <h3 className="network-group-title">Prochaines étapes, par date</h3>
          <table className="table network-priorities" aria-label="Prochaines étapes, par date">
            <thead>
              <tr>
                <th scope="col">Acteur</th>
                <th scope="col">Commune</th>
                <th scope="col">Prochaine étape</th>
                <th scope="col">Quand</th>
                <th scope="col">Statut</th>
                <th scope="col">Dernier contact</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((priority) => (
                <tr
                  key={priority.actorId}
                  className={`step-${stepTiming(priority.nextStepOn, overview.today)}`}
                >
                  <td>
                    <ActorLink priority={priority} />
                  </td>
                  <td>
                    <Commune name={priority.communeName} />
                  </td>
                  <td>{priority.nextStep}</td>
                  <td className="network-when">{stepWhen(priority.nextStepOn, overview.today)}</td>
                  <td>{networkStatusLabel(priority.status)}</td>
                  <td>{formatDate(priority.lastContactOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {neverMet.length > 0 ? (
        <>
          <h3 className="network-group-title">Jamais rencontrés</h3>
          <table className="table network-priorities" aria-label="Jamais rencontrés">
            <thead>
              <tr>
                <th scope="col">Acteur</th>
                <th scope="col">Commune</th>
                <th scope="col">Statut</th>
                <th scope="col">Dernier contact</th>
              </tr>
            </thead>
            <tbody>
              {neverMet.map((priority) => (
                <tr key={priority.actorId}>
                  <td>
                    <ActorLink priority={priority} />
                  </td>
                  <td>
                    <Commune name={priority.communeName} />
                  </td>
                  <td>{networkStatusLabel(priority.status)}</td>
                  <td>{lastContactText(priority.lastContactOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}

function ActorLink({ priority }: { priority: NetworkPriorityDto }) {
  return <a href={hrefOf({ name: 'actor', id: priority.actorId })}>{priority.name}</a>;
}

function Commune({ name }: { name: string | null }) {
  return name ? <>{name}</> : <span className="not-given">Commune non renseignée</span>;
}
