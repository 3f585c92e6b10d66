import { Fragment, useEffect, useMemo, useState } from 'react';
import type { ActivityImportListItemDto } from '../../../../shared/activity/activityDto';
import { ACTIVITY_CHART_IDS } from '../../../../shared/activity/activityCharts';
import {
  activityChartEmptyNote,
  activityFigureCharts,
} from '../../../../shared/activity/activityFigureCharts';
import { formatDate, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { ChartFigure } from '../../charts/ChartFigure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { ActivityExports } from './ActivityExports';
import { ActivityFigures } from './ActivityFigures';
import { ActivityImportPanel } from './ActivityImportPanel';
import { ActivityMapPanel } from './ActivityMapPanel';
import { ImportList } from './ImportList';
import { overviewQuery, yearPeriod, yearsBetween, type ActivityPeriod } from './activityPeriod';
import './activity.css';

/**
 * « Activité » (`#/activite`): what the médiateurs of the territory did, from their own exports — per month,
 * structure, commune of residence, theme, age band and status — over a chosen period, and the imports.
 */
export function ActivityScreen() {
  const toast = useToast();
  const [period, setPeriod] = useState<ActivityPeriod>({ from: '', to: '' });
  const [actorId, setActorId] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const [deleting, setDeleting] = useState<ActivityImportListItemDto | null>(null);
  const query = { ...overviewQuery(period), ...(actorId !== null ? { actorId } : {}) };
  const overview = useLoaded(
    () => call('activity.overview', query),
    `activite-${period.from}-${period.to}-${actorId ?? ''}-${reloads}`,
  );
  const data = overview.data;
  const charts = useMemo(() => (data ? activityFigureCharts(data) : []), [data]);
  const reload = () => setReloads((count) => count + 1);

  useEffect(() => {
    document.title = 'Activité — Maillage';
  }, []);

  const remove = async (entry: ActivityImportListItemDto) => {
    setDeleting(null);
    const result = await call('activity.deleteImport', { id: entry.id });
    if (!result.ok) {
      toast({ tone: 'error', message: result.error.message });
      return;
    }
    toast({ tone: 'success', message: `L’import ${quoted(entry.actorName)} a été supprimé.` });
    reload();
  };

  const years = yearsBetween(data?.firstDay ?? null, data?.lastDay ?? null);
  const nothing = data !== null && data.firstDay === null;
  const empty = data !== null && !nothing && data.totals.activities === 0;

  return (
    <div className="activity-screen">
      <header className="page-header">
        <div>
          <h1>Activité</h1>
          <p>
            Ce que font les médiateurs et conseillers numériques du territoire, d’après leurs propres
            exports&nbsp;: combien de personnes accompagnées, sur quoi, où elles habitent.
          </p>
        </div>
      </header>

      {overview.latest.state === 'error' ? <Notice tone="error">{overview.latest.message}</Notice> : null}
      {data === null && overview.latest.state !== 'error' ? (
        <p className="screen-loading">Chargement…</p>
      ) : null}

      {nothing ? (
        <EmptyState title="Aucune activité importée">
          Importez l’export «&nbsp;Activités&nbsp;» de La Coop de la médiation numérique de chaque structure
          (Mes activités → Exporter, au format Excel), ou tout tableau d’activité par date ou par mois,
          ci-dessous. Les chiffres apparaîtront ici par mois, structure, commune de résidence, thématique et
          public.
        </EmptyState>
      ) : null}

      {data && !nothing ? (
        <>
          <section className="activity-section" aria-labelledby="activity-period-title">
            <h2 id="activity-period-title" className="visually-hidden">
              Période
            </h2>
            <div className="panel activity-filter">
              <div className="activity-filter-years" role="group" aria-label="Période">
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-pressed={!period.from && !period.to}
                  onClick={() => setPeriod({ from: '', to: '' })}
                >
                  Tout
                </button>
                {years.map((year) => (
                  <button
                    key={year}
                    type="button"
                    className="btn btn-ghost"
                    aria-pressed={period.from === `${year}-01-01` && period.to === `${year}-12-31`}
                    onClick={() => setPeriod(yearPeriod(year))}
                  >
                    {year}
                  </button>
                ))}
              </div>
              <div className="field">
                <label htmlFor="activity-from">Du</label>
                <input
                  id="activity-from"
                  className="input"
                  type="date"
                  value={period.from}
                  onChange={(event) => setPeriod({ ...period, from: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor="activity-to">Au</label>
                <input
                  id="activity-to"
                  className="input"
                  type="date"
                  value={period.to}
                  onChange={(event) => setPeriod({ ...period, to: event.target.value })}
                />
              </div>
              {data.actors.length > 1 || actorId !== null ? (
                <div className="field">
                  <label htmlFor="activity-actor">Structure</label>
                  <select
                    id="activity-actor"
                    className="input"
                    value={actorId ?? ''}
                    onChange={(event) =>
                      setActorId(event.target.value === '' ? null : Number(event.target.value))
                    }
                  >
                    <option value="">Toutes les structures</option>
                    {data.actors.map((actor) => (
                      <option key={actor.id} value={actor.id}>
                        {actor.name}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <p className="activity-muted activity-filter-range">
                {period.from || period.to
                  ? `Du ${period.from ? formatDate(period.from) : formatDate(data.firstDay!)} au ${period.to ? formatDate(period.to) : formatDate(data.lastDay!)}`
                  : `Toute l’activité importée\u00a0: du ${formatDate(data.firstDay!)} au ${formatDate(data.lastDay!)}`}
              </p>
            </div>
          </section>
          <ActivityExports query={query} disabled={empty} />
          {empty ? (
            <Notice tone="info">
              {data.scope
                ? `Aucune activité de ${quoted(data.scope.actorName)} sur cette période\u00a0: choisissez d’autres dates, une autre année, ou «\u00a0Toutes les structures\u00a0».`
                : 'Aucune activité sur cette période\u00a0: choisissez d’autres dates ou «\u00a0Tout\u00a0».'}
            </Notice>
          ) : (
            <>
              <ActivityFigures figures={data} />
              <div className="activity-charts">
                {charts.map((spec) => {
                  const emptyNote = activityChartEmptyNote(spec);
                  const chart = emptyNote ? (
                    <section className="activity-empty-chart" aria-label={spec.title}>
                      <h3>{spec.title}</h3>
                      <p className="activity-muted">{emptyNote}</p>
                    </section>
                  ) : (
                    <ChartFigure spec={spec} />
                  );
                  return (
                    <Fragment key={spec.id}>
                      {chart}
                      {spec.id === ACTIVITY_CHART_IDS.communeRates && !emptyNote ? (
                        <ActivityMapPanel
                          query={query}
                          reloadKey={`${period.from}-${period.to}-${actorId ?? ''}-${reloads}`}
                        />
                      ) : null}
                    </Fragment>
                  );
                })}
              </div>
            </>
          )}
          <section className="activity-section" aria-labelledby="activity-imports-title">
            <h2 id="activity-imports-title">Fichiers importés</h2>
            <ImportList imports={data.sources} onDelete={setDeleting} />
          </section>
        </>
      ) : null}

      <ActivityImportPanel onImported={reload} />

      <ConfirmDialog
        open={deleting !== null}
        title={'Supprimer cet import\u00a0?'}
        confirmLabel="Supprimer"
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting
          ? `Les chiffres de ${quoted(deleting.actorName)} du ${formatDate(deleting.periodStart)} au ${formatDate(deleting.periodEnd)} ne compteront plus.`
          : ''}
      </ConfirmDialog>
    </div>
  );
}
