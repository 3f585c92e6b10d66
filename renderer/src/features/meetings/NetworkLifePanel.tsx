import { countLabel, quoted } from '../../../../shared/format/french';
import { animationsChart, quarterChart } from '../../../../shared/meetings/networkLifeCharts';
import { networkPeriodPhrase } from '../../../../shared/meetings/networkLifePeriod';
import type { NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';
import { ChartFigure } from '../../charts/ChartFigure';
import { Notice } from '../../ui/Notice';
import { AttendanceGrid } from './AttendanceGrid';
import { localToday } from '../../app/localToday';
import { networkFigures } from './networkFigures';
import { useNetworkLife } from './useNetworkLife';

/** The period's key figures: meetings held, attendance, animations, decisions, actions done. */
function NetworkFigures({ life }: { life: NetworkLifeDto }) {
  const figures = networkFigures(life, localToday());
  return (
    <dl className="network-figures">
      {figures.map((figure) => (
        <div
          key={figure.id}
          className={`network-figure${/^\d/.test(figure.value) ? '' : ' network-figure-words'}`}
          data-figure={figure.id}
        >
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
          {figure.note ? <dd className="network-figure-note">{figure.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/**
 * « Vie du réseau » on « Réunions » (issue 16, item 6): the key figures of the period, the attendance of the last
 * meetings per member, the meetings held per quarter, and the animations with their participants.
 */
export function NetworkLifePanel({ instanceId }: { instanceId: number }) {
  const { life, error, year, setYear, years } = useNetworkLife(instanceId);
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!life) return <p className="screen-loading">Chargement de la vie du réseau…</p>;
  const period = networkPeriodPhrase(life);
  const quarters = quarterChart(life);
  const animations = animationsChart(life);
  return (
    <section className="network-life" aria-labelledby="network-life-title">
      <div className="network-life-header">
        <div>
          <h2 id="network-life-title">Vie du réseau</h2>
          <p className="network-life-period">
            {life.heldCount === 0
              ? `Aucune réunion tenue${period ? ` ${period}` : ''}.`
              : `${countLabel(life.heldCount, 'réunion tenue', 'réunions tenues')}${period ? ` ${period}` : ''}\u00a0; présence relevée à ${countLabel(life.withAttendanceCount, 'réunion', 'réunions', 'aucune')}.`}
          </p>
        </div>
        {years.length > 0 ? (
          <div className="network-life-years" role="group" aria-label="Période">
            <button
              type="button"
              className="btn btn-ghost"
              aria-pressed={year === null}
              onClick={() => setYear(null)}
            >
              Tout
            </button>
            {years.map((value) => (
              <button
                key={value}
                type="button"
                className="btn btn-ghost"
                aria-pressed={year === value}
                onClick={() => setYear(value)}
              >
                {value}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {life.heldCount > 0 ? <NetworkFigures life={life} /> : null}
      <AttendanceGrid life={life} />
      <div className="network-charts">
        {life.heldCount === 0 ? (
          <EmptyFigure
            title={quarters.title}
            text={`Aucune réunion tenue sur cette période\u00a0: les réunions passées et non annulées s’ajouteront ici, par trimestre. Une date passée d’une série compte comme tenue, sauf si elle est annulée.`}
          />
        ) : (
          <ChartFigure spec={quarters} />
        )}
        {life.animations.length === 0 ? (
          <EmptyFigure
            title={animations.title}
            text={`Aucune animation tenue sur cette période. Planifiez un atelier, un café-débat, une visite apprenante ou un temps convivial (${quoted('Nouvelle réunion ponctuelle')}, puis son type), et notez ensuite le nombre de participants dans ${quoted('Tenir et rendre compte')}.`}
          />
        ) : (
          <ChartFigure spec={animations} />
        )}
      </div>
    </section>
  );
}

/** A chart with nothing to draw yet: its title, and what to do so that it fills. */
function EmptyFigure({ title, text }: { title: string; text: string }) {
  return (
    <figure className="chart-figure network-empty-figure">
      <h3 className="chart-figure-title">{title}</h3>
      <p className="network-empty">{text}</p>
    </figure>
  );
}
