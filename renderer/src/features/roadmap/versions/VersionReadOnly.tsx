import type { RoadmapActionDto, RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, formatDate } from '../../../../../shared/format/french';
import { formatEuros, formatMonthOrDate, formatQuantity } from '../../../../../shared/roadmap/roadmapDates';
import { roadmapFunding } from '../../../../../shared/roadmap/fundingTotals';
import {
  ACTION_ROLES,
  ACTION_STATUSES,
  FUNDING_SOURCES,
  FUNDING_STATUSES,
  MEMBER_KINDS,
} from '../../../../../shared/roadmap/roadmapVocabulary';
import { SignatureTable } from './SignatureTable';

function Period({ action }: { action: RoadmapActionDto }) {
  if (!action.start && !action.end) return <>Non datée</>;
  if (action.start && action.end)
    return (
      <>
        De {formatMonthOrDate(action.start)} à {formatMonthOrDate(action.end)}
      </>
    );
  return (
    <>
      {action.start
        ? `À partir de ${formatMonthOrDate(action.start)}`
        : `Jusqu’à ${formatMonthOrDate(action.end)}`}
    </>
  );
}

/** An adopted version as it was frozen, section by section, read-only. */
export function VersionReadOnly({ roadmap }: { roadmap: RoadmapDto }) {
  const names = new Map(roadmap.members.map((member) => [member.id, member.name]));
  const nameOf = (id: number) => names.get(id) ?? 'membre retiré';
  const communes = new Map(roadmap.communes.map((commune) => [commune.code, commune.name]));
  const objectives = new Map(roadmap.objectives.map((objective) => [objective.id, objective.title]));
  const funding = roadmapFunding(roadmap).overall;

  return (
    <article
      className="version-read-only"
      aria-label={`Version ${roadmap.adoption?.version ?? roadmap.version}`}
    >
      <header className="version-heading">
        <h2>{roadmap.title}</h2>
        {roadmap.adoption ? (
          <p>
            Version {roadmap.adoption.version}, adoptée le {formatDate(roadmap.adoption.adoptedOn)} · Fait à{' '}
            {roadmap.adoption.place} · {roadmap.instance?.name ?? 'instance non précisée'} · lecture seule
          </p>
        ) : null}
      </header>

      <section>
        <h3>Raison d’être</h3>
        <p className="version-text">{roadmap.purpose ?? 'Non rédigée.'}</p>
        {roadmap.context ? (
          <>
            <h3>Contexte</h3>
            <p className="version-text">{roadmap.context}</p>
          </>
        ) : null}
        {roadmap.commitments ? (
          <>
            <h3>Engagements réciproques</h3>
            <p className="version-text">{roadmap.commitments}</p>
          </>
        ) : null}
      </section>

      <section>
        <h3>Composition ({countLabel(roadmap.members.length, 'membre')})</h3>
        <ul className="version-members">
          {roadmap.members.map((member) => (
            <li key={member.id}>
              <strong>{member.name}</strong> · {MEMBER_KINDS[member.kind]}
              {member.detail ? ` · ${member.detail}` : ''}
              {member.representatives.length > 0
                ? ` · représenté par ${member.representatives.map((person) => person.name).join(', ')}`
                : ''}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h3>Objectifs</h3>
        {roadmap.objectives.length === 0 ? (
          <p>Aucun objectif.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Objectif</th>
                <th scope="col">Indicateur</th>
                <th scope="col" className="numeric">
                  Départ
                </th>
                <th scope="col" className="numeric">
                  Cible
                </th>
              </tr>
            </thead>
            <tbody>
              {roadmap.objectives.map((objective) => (
                <tr key={objective.id}>
                  <td>{objective.title}</td>
                  <td>{objective.indicator ?? '—'}</td>
                  <td className="numeric">
                    {objective.baseline === null ? '—' : formatQuantity(objective.baseline, objective.unit)}
                  </td>
                  <td className="numeric">
                    {objective.target === null ? '—' : formatQuantity(objective.target, objective.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h3>Chantiers clés et actions</h3>
        {funding.budget > 0 ? (
          <p>
            Budget total {formatEuros(funding.budget)} · financements acquis {formatEuros(funding.acquired)} ·
            prévus {formatEuros(funding.planned)}
          </p>
        ) : null}
        {roadmap.chantiers.length === 0 ? <p>Aucun chantier.</p> : null}
        {roadmap.chantiers.map((chantier, index) => (
          <div key={chantier.id} className="version-chantier">
            <h4>
              Chantier {index + 1} · {chantier.title}
            </h4>
            {chantier.description ? <p className="version-text">{chantier.description}</p> : null}
            {chantier.actions.length === 0 ? <p>Aucune action.</p> : null}
            {chantier.actions.map((action) => {
              const others = roadmap.roles.filter(
                (role) =>
                  role.actionId === action.id && (role.role === 'financeur' || role.role === 'contributeur'),
              );
              return (
                <div key={action.id} className="version-action">
                  <h5>{action.title}</h5>
                  <dl className="version-facts">
                    <dt>Pilote</dt>
                    <dd>{action.pilotMemberId === null ? 'Aucun' : nameOf(action.pilotMemberId)}</dd>
                    {action.partnerMemberIds.length > 0 ? (
                      <>
                        <dt>Partenaires</dt>
                        <dd>{action.partnerMemberIds.map(nameOf).join(', ')}</dd>
                      </>
                    ) : null}
                    {others.length > 0 ? (
                      <>
                        <dt>Autres rôles</dt>
                        <dd>
                          {others
                            .map(
                              (role) => `${nameOf(role.memberId)} (${ACTION_ROLES[role.role].toLowerCase()})`,
                            )
                            .join(', ')}
                        </dd>
                      </>
                    ) : null}
                    {action.objectiveId !== null ? (
                      <>
                        <dt>Objectif</dt>
                        <dd>{objectives.get(action.objectiveId) ?? '—'}</dd>
                      </>
                    ) : null}
                    <dt>Période</dt>
                    <dd>
                      <Period action={action} />
                    </dd>
                    <dt>Statut</dt>
                    <dd>
                      {ACTION_STATUSES[action.status]} · {action.progress}&nbsp;%
                    </dd>
                    {action.publics.length > 0 ? (
                      <>
                        <dt>Publics</dt>
                        <dd>{action.publics.join(', ')}</dd>
                      </>
                    ) : null}
                    <dt>Communes</dt>
                    <dd>
                      {action.communeCodes.length === 0
                        ? 'Tout le territoire'
                        : action.communeCodes.map((code) => communes.get(code) ?? code).join(', ')}
                    </dd>
                    {action.budget !== null ? (
                      <>
                        <dt>Budget</dt>
                        <dd>{formatEuros(action.budget)}</dd>
                      </>
                    ) : null}
                    {action.fundings.length > 0 ? (
                      <>
                        <dt>Financements</dt>
                        <dd>
                          {action.fundings
                            .map(
                              (line) =>
                                `${FUNDING_SOURCES[line.source]} ${formatEuros(line.amount)} (${FUNDING_STATUSES[line.status].toLowerCase()})`,
                            )
                            .join(' ; ')}
                        </dd>
                      </>
                    ) : null}
                    {action.indicators.length > 0 ? (
                      <>
                        <dt>Indicateurs</dt>
                        <dd>
                          {action.indicators
                            .map(
                              (indicator) =>
                                `${indicator.label} : ${indicator.actual === null ? '—' : formatQuantity(indicator.actual, indicator.unit)} sur ${indicator.target === null ? '—' : formatQuantity(indicator.target, indicator.unit)}`,
                            )
                            .join(' ; ')}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {action.description ? <p className="version-text">{action.description}</p> : null}
                </div>
              );
            })}
          </div>
        ))}
      </section>

      <section>
        <h3>Signatures</h3>
        {roadmap.adoption ? (
          <p>
            Fait à {roadmap.adoption.place}, le {formatDate(roadmap.adoption.adoptedOn)}.
          </p>
        ) : null}
        <SignatureTable signatures={roadmap.signatures} />
      </section>
    </article>
  );
}
