import {
  FINDING_RULE_LABELS,
  FINDING_RULES,
  type ForgetNoOneReportDto,
} from '../../../../shared/governance/governanceDto';
import { countLabel } from '../../../../shared/format/french';
import { useTerritory } from '../../app/TerritoryContext';
import { Notice } from '../../ui/Notice';
import { FindingGroup } from './FindingGroup';
import { FindingItem, type FindingActions } from './FindingItem';

/** « N'oublier personne »: the gaps of the body, rule by rule, each with who to invite or why it is assumed. */
export function ForgetNoOnePanel({
  report,
  actions,
}: {
  report: ForgetNoOneReportDto;
  actions: FindingActions;
}) {
  const { territory } = useTerritory();
  const communeNames = new Map(territory.communes.map((commune) => [commune.code, commune.name]));
  const assumedCount = report.findings.length - report.openCount;

  return (
    <section className="panel forget-no-one" aria-labelledby="forget-no-one-title">
      <h2 id="forget-no-one-title">N’oublier personne</h2>
      <p className="forget-no-one-intro">
        Maillage compare l’instance à l’annuaire et aux communes du territoire : rôles et types de structures
        présents dans l’annuaire, publics à atteindre (jeunes, seniors, handicap, précarité…), communes, élus.
      </p>
      {report.openCount === 0 ? (
        <Notice tone="success">
          Personne n’est oublié
          {assumedCount > 0 ? ` (${countLabel(assumedCount, 'manque assumé', 'manques assumés')})` : ''}.
        </Notice>
      ) : (
        <p className="forget-no-one-count">
          <strong>{countLabel(report.openCount, 'manque à examiner', 'manques à examiner')}</strong>
          {assumedCount > 0 ? ` · ${countLabel(assumedCount, 'assumé', 'assumés')}` : ''}
        </p>
      )}
      {FINDING_RULES.map((rule) => {
        const findings = report.findings.filter((finding) => finding.rule === rule);
        if (findings.length === 0) return null;
        const open = findings.filter((finding) => finding.assumed === null);
        const ordered = [...open, ...findings.filter((finding) => finding.assumed !== null)];
        return (
          <FindingGroup
            key={rule}
            title={FINDING_RULE_LABELS[rule]}
            openCount={open.length}
            total={findings.length}
          >
            {ordered.map((finding) => (
              <FindingItem
                key={finding.key}
                finding={finding}
                communeName={rule === 'commune' ? (communeNames.get(finding.subject) ?? null) : null}
                actions={actions}
              />
            ))}
          </FindingGroup>
        );
      })}
    </section>
  );
}
