import { computedSourceText } from '../../../../../shared/roadmap/computedIndicator';
import type { RoadmapActionDto } from '../../../../../shared/roadmap/roadmapDto';
import { formatEuros, formatMonthOrDate, formatQuantity } from '../../../../../shared/roadmap/roadmapDates';
import {
  ACTION_ROLES,
  ACTION_STATUSES,
  FUNDING_SOURCES,
  FUNDING_STATUSES,
} from '../../../../../shared/roadmap/roadmapVocabulary';
import type { VersionLookups } from './versionLookups';
import { fundingAmountText } from '../../../../../shared/roadmap/fundingAmountText';

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

/** One action of a frozen version: who, what, when, where, with what money and what indicators. */
export function VersionAction({ action, lookups }: { action: RoadmapActionDto; lookups: VersionLookups }) {
  const others = lookups.roles.filter(
    (role) => role.actionId === action.id && (role.role === 'financeur' || role.role === 'contributeur'),
  );
  return (
    <div className="version-action">
      <h5>{action.title}</h5>
      <dl className="version-facts">
        <dt>Pilote</dt>
        <dd>{action.pilotMemberId === null ? 'Aucun' : lookups.nameOf(action.pilotMemberId)}</dd>
        {action.partnerMemberIds.length > 0 ? (
          <>
            <dt>Partenaires</dt>
            <dd>{action.partnerMemberIds.map(lookups.nameOf).join(', ')}</dd>
          </>
        ) : null}
        {others.length > 0 ? (
          <>
            <dt>Autres rôles</dt>
            <dd>
              {others
                .map((role) => `${lookups.nameOf(role.memberId)} (${ACTION_ROLES[role.role].toLowerCase()})`)
                .join(', ')}
            </dd>
          </>
        ) : null}
        {action.objectiveId !== null ? (
          <>
            <dt>Objectif</dt>
            <dd>{lookups.objectiveOf(action.objectiveId)}</dd>
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
            : action.communeCodes.map((code) => lookups.communeOf(code)).join(', ')}
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
                    `${FUNDING_SOURCES[line.source]} ${fundingAmountText(line.amount)} (${FUNDING_STATUSES[line.status].toLowerCase()})`,
                )
                .join('\u00a0; ')}
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
                    `${indicator.label}\u00a0: ${indicator.actual === null ? (indicator.computed ? 'inconnu' : '—') : formatQuantity(indicator.actual, indicator.unit)} sur ${indicator.target === null ? '—' : formatQuantity(indicator.target, indicator.unit)}${indicator.computed ? ` (${computedSourceText(indicator.computed)})` : ''}`,
                )
                .join('\u00a0; ')}
            </dd>
          </>
        ) : null}
      </dl>
      {action.description ? <p className="version-text">{action.description}</p> : null}
    </div>
  );
}
