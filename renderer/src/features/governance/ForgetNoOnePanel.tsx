import {
  FINDING_RULE_LABELS,
  FINDING_RULES,
  type FindingDto,
  type ForgetNoOneReportDto,
} from '../../../../shared/governance/governanceDto';
import { countLabel } from '../../../../shared/format/french';
import { Notice } from '../../ui/Notice';
import { FindingGroup } from './FindingGroup';
import { FindingItem, type FindingActions } from './FindingItem';

/**
 * « N'oublier personne »: the method's priorities first (families of publics, elected officials, historical
 * actors), then the other gaps rule by rule, each with who to invite, who covers it in part, or why the user
 * judged it covered.
 */
export function ForgetNoOnePanel({
  report,
  actions,
}: {
  report: ForgetNoOneReportDto;
  actions: FindingActions;
}) {
  const assumedCount = report.findings.length - report.openCount;
  const openFirst = (findings: FindingDto[]) => [
    ...findings.filter((finding) => finding.assumed === null),
    ...findings.filter((finding) => finding.assumed !== null),
  ];
  const priorities = report.findings.filter((finding) => finding.priority);
  const prioritiesOpen = priorities.filter((finding) => finding.assumed === null).length;

  return (
    <section className="panel forget-no-one" aria-labelledby="forget-no-one-title">
      <h2 id="forget-no-one-title">N’oublier personne</h2>
      <p className="forget-no-one-intro">
        Maillage compare l’instance à l’annuaire et aux communes du territoire. D’abord ce que la méthode
        demande&nbsp;: les acteurs des jeunes, des seniors, du handicap, de la précarité, de l’éducation, les
        travailleurs sociaux, les élus et les acteurs historiques de la médiation&nbsp;; puis le reste.
      </p>
      {report.openCount === 0 ? (
        <Notice tone="success">
          Personne n’est oublié
          {assumedCount > 0
            ? ` (${countLabel(assumedCount, 'manque jugé couvert', 'manques jugés couverts')})`
            : ''}
          .
        </Notice>
      ) : (
        <p className="forget-no-one-count">
          <strong>{countLabel(report.openCount, 'manque à examiner', 'manques à examiner')}</strong>
          {assumedCount > 0
            ? ` · ${countLabel(assumedCount, 'couvert quand même', 'couverts quand même')}`
            : ''}
        </p>
      )}
      {priorities.length > 0 ? (
        <FindingGroup title="En priorité" openCount={prioritiesOpen} total={priorities.length} alwaysOpen>
          {openFirst(priorities).map((finding) => (
            <FindingItem key={finding.key} finding={finding} actions={actions} />
          ))}
        </FindingGroup>
      ) : null}
      {FINDING_RULES.map((rule) => {
        const findings = report.findings.filter((finding) => finding.rule === rule && !finding.priority);
        if (findings.length === 0) return null;
        const ordered = openFirst(findings);
        const open = ordered.filter((finding) => finding.assumed === null);
        return (
          <FindingGroup
            key={rule}
            title={FINDING_RULE_LABELS[rule]}
            openCount={open.length}
            total={findings.length}
          >
            {ordered.map((finding) => (
              <FindingItem key={finding.key} finding={finding} actions={actions} />
            ))}
          </FindingGroup>
        );
      })}
    </section>
  );
}
