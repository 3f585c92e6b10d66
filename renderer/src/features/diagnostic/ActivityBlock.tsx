import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import {
  ACTIVITY_BLOCK_TITLE,
  ACTIVITY_NOT_FROZEN,
  NO_ACTIVITY,
  activityHeadline,
  activityPeriodText,
  activitySourcesText,
  communesWithoutHelpText,
  familiesText,
  notInTableText,
} from '../../../../shared/diagnostic/diagnosticActivity';
import { countLabel, formatInteger } from '../../../../shared/format/french';

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * « L'activité des lieux de médiation »: the last 12 complete months of the imported activity, as the Word
 * diagnostic and the note de synthèse say it (same headline), with the communes per 1,000 inhabitants and the
 * sources. A diagnostic frozen before the activity was followed says so.
 */
export function ActivityBlock({ diagnostic }: { diagnostic: DiagnosticDto }) {
  const activity = diagnostic.activity;
  const figures = activity?.figures ?? null;
  const withoutHelp = figures === null ? null : communesWithoutHelpText(figures);
  const helped = figures === null ? [] : figures.communes.filter((commune) => commune.accompaniments > 0);
  const elsewhere = figures === null ? null : notInTableText(figures, 'Hors du tableau');
  return (
    <section className="diagnostic-section" aria-labelledby="diagnostic-activity-title">
      <h2 id="diagnostic-activity-title">{ACTIVITY_BLOCK_TITLE}</h2>
      {activity === null ? (
        <p className="diagnostic-section-hint">{ACTIVITY_NOT_FROZEN}</p>
      ) : figures === null ? (
        <p className="diagnostic-section-hint">
          {NO_ACTIVITY} ({activityPeriodText(activity)}). Importez les exports des structures depuis l’écran
          «&nbsp;Activité&nbsp;».
        </p>
      ) : (
        <>
          <p className="diagnostic-activity-headline" data-figure="activity-headline">
            {activityHeadline(figures)}
          </p>
          <p className="diagnostic-section-hint">
            {countLabel(figures.activities, 'activité')} (accompagnements individuels et ateliers),{' '}
            {activityPeriodText(activity)}.
          </p>
          {familiesText(figures) === null ? null : (
            <p className="diagnostic-activity-families">
              {familiesText(figures)}{' '}
              <span className="diagnostic-section-hint">
                (une activité sur plusieurs thèmes compte pour chacun)
              </span>
            </p>
          )}
          <div className="diagnostic-activity-grid">
            <div>
              <h3>Les thèmes les plus fréquents</h3>
              {figures.topThemes.length === 0 ? (
                <p className="diagnostic-section-hint">Les imports de la période ne disent pas les thèmes.</p>
              ) : null}
              <ol className="diagnostic-activity-themes">
                {figures.topThemes.map((theme) => (
                  <li key={theme.label}>
                    {theme.label}&nbsp;: {countLabel(theme.accompaniments, 'accompagnement')}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>{'Accompagnements pour 1\u00a0000 habitants, par commune de résidence'}</h3>
              {helped.length === 0 ? null : (
                <div className="diagnostic-table-wrap diagnostic-activity-communes">
                  <table className="table diagnostic-table">
                    <thead>
                      <tr>
                        <th scope="col">Commune</th>
                        <th scope="col" className="numeric">
                          Accompagnements
                        </th>
                        <th scope="col" className="numeric">
                          {'Pour 1\u00a0000 hab.'}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {helped.map((commune) => (
                        <tr key={commune.code}>
                          <th scope="row">{commune.name}</th>
                          <td className="numeric">{formatInteger(commune.accompaniments)}</td>
                          <td className="numeric">
                            {commune.per1000 === null ? '—' : oneDecimal.format(commune.per1000)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {withoutHelp !== null ? <p className="diagnostic-section-hint">{withoutHelp}</p> : null}
              {elsewhere !== null ? <p className="diagnostic-section-hint">{elsewhere}</p> : null}
            </div>
          </div>
          <p className="diagnostic-section-hint">Source&nbsp;: {activitySourcesText(figures)}.</p>
        </>
      )}
    </section>
  );
}
