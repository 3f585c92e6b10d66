import type { Kysely } from 'kysely';
import { formatDate } from '../../../../shared/format/french';
import { MEETING_KIND_LABELS } from '../../../../shared/meetings/meetingsVocabulary';
import type { RoadmapDto } from '../../../../shared/roadmap/roadmapDto';
import { AppFailure } from '../../../../shared/result';
import { ACTION_STATUSES } from '../../../../shared/roadmap/roadmapVocabulary';
import type { BackendContext } from '../../context';
import { todayOf } from '../../context';
import type { DB } from '../../db/schema';
import { readNetworkLife } from '../../meetings/networkLife';
import { listVersions, readVersion } from '../../roadmap/versions';
import { readRoadmap } from '../feuilleDeRoute/readRoadmap';
import { quarterChartPng } from './bilanCharts';
import type {
  BilanAction,
  BilanBody,
  BilanData,
  BilanDecisionGroup,
  BilanFicheAction,
  BilanRoadmap,
  BilanRoadmapChange,
} from './bilanData';

/**
 * Reads the « Bilan de la coordination » of a year: per body, the figures of `meetings/networkLife.ts` (held
 * meetings per quarter and kind, attendance, animation, decisions and actions counted as « Réunions » counts
 * them), the decisions and follow-up actions themselves, and where the feuille de route stands at the end of
 * the year (today for the current year), compared with the version in force on 1 January.
 */

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The years in which some body held a meeting, newest first (what the bilan can be asked for). */
export async function bilanYears(ctx: BackendContext): Promise<{ year: number; held: number }[]> {
  const instances = await ctx.db.selectFrom('instance').select('id').execute();
  const byYear = new Map<number, number>();
  for (const instance of instances) {
    const life = await readNetworkLife(ctx, { instanceId: instance.id, from: null, to: null });
    for (const quarter of life.perQuarter) {
      if (quarter.total === 0) continue;
      const year = Number(quarter.quarter.slice(0, 4));
      byYear.set(year, (byYear.get(year) ?? 0) + quarter.total);
    }
  }
  return [...byYear.entries()].map(([year, held]) => ({ year, held })).sort((a, b) => b.year - a.year);
}

/** The year asked for, if a meeting was held in it; without one, the latest year with a meeting held. */
export async function bilanYearOrFail(ctx: BackendContext, year: number | undefined): Promise<number> {
  const years = await bilanYears(ctx);
  if (year === undefined) {
    if (years.length === 0)
      throw new AppFailure(
        'conflict',
        'Aucune réunion n’a encore été tenue\u00a0: le bilan de la coordination se fait sur les réunions d’une année.',
      );
    return years[0]!.year;
  }
  if (!years.some((entry) => entry.year === year))
    throw new AppFailure(
      'conflict',
      `Aucune réunion n’a été tenue en ${year}\u00a0: il n’y a pas de bilan de la coordination à établir pour cette année.`,
    );
  return year;
}

/**
 * Held meetings of a body in [from, to], as `networkLife.ts` counts them (not cancelled, before today, or today
 * once its attendance was taken): the decisions and actions of the bilan are theirs.
 */
function heldMeetings(db: Kysely<DB>, instanceId: number, from: string, to: string, today: string) {
  return db
    .selectFrom('meeting as m')
    .where('m.instanceId', '=', instanceId)
    .where('m.status', '=', 'prevue')
    .where('m.startsAt', '>=', from)
    .where('m.startsAt', '<', addDays(to, 1))
    .where((eb) =>
      eb.or([
        eb('m.startsAt', '<', today),
        eb.exists(
          eb
            .selectFrom('meetingInvitee as v')
            .select('v.id')
            .whereRef('v.meetingId', '=', 'm.id')
            .where('v.attendance', 'is not', null),
        ),
      ]),
    );
}

async function decisionsOf(
  db: Kysely<DB>,
  instanceId: number,
  from: string,
  to: string,
  today: string,
): Promise<BilanDecisionGroup[]> {
  const rows = await heldMeetings(db, instanceId, from, to, today)
    .innerJoin('meetingAgendaItem as a', 'a.meetingId', 'm.id')
    .innerJoin('meetingDecision as d', 'd.agendaItemId', 'a.id')
    .select(['m.id', 'm.startsAt', 'm.title', 'm.kind', 'd.text'])
    .orderBy('m.startsAt')
    .orderBy('m.id')
    .orderBy('a.position')
    .orderBy('d.position')
    .execute();
  const groups: BilanDecisionGroup[] = [];
  let last: number | null = null;
  for (const row of rows) {
    if (row.id !== last)
      groups.push({
        startsAt: row.startsAt,
        meetingTitle: row.title ?? MEETING_KIND_LABELS[row.kind],
        decisions: [],
      });
    last = row.id;
    groups.at(-1)!.decisions.push(row.text);
  }
  return groups;
}

async function actionsOf(
  db: Kysely<DB>,
  instanceId: number,
  from: string,
  to: string,
  today: string,
): Promise<BilanAction[]> {
  const rows = await heldMeetings(db, instanceId, from, to, today)
    .innerJoin('meetingAction as x', 'x.meetingId', 'm.id')
    .select(['x.what', 'x.who', 'x.dueOn', 'x.doneOn', 'm.startsAt'])
    .orderBy('m.startsAt')
    .orderBy('m.id')
    .orderBy('x.position')
    .execute();
  return rows.map((row) => ({
    what: row.what,
    who: row.who,
    decidedOn: row.startsAt.slice(0, 10),
    dueOn: row.dueOn,
    doneOn: row.doneOn,
  }));
}

function ficheActions(roadmap: RoadmapDto): BilanFicheAction[] {
  return roadmap.chantiers.flatMap((chantier, c) =>
    chantier.actions.map((action, a) => ({
      number: `${c + 1}.${a + 1}`,
      chantier: chantier.title,
      title: action.title,
      status: action.status,
      end: action.end,
      progress: action.progress,
    })),
  );
}

const stateOf = (action: { status: BilanFicheAction['status']; progress: number }) =>
  `${ACTION_STATUSES[action.status]}, ${action.progress}\u00a0%`;

/** The fiches action whose status or progress changed, those added and those removed (matched by id, then title). */
function changesBetween(start: RoadmapDto, end: RoadmapDto): BilanRoadmapChange[] {
  const before = start.chantiers.flatMap((chantier) => chantier.actions);
  const endActions = end.chantiers.flatMap((chantier) => chantier.actions);
  const numbered = new Map(ficheActions(end).map((fiche, i) => [endActions[i]!.id, fiche]));
  const matched = new Set<number>();
  const changes: BilanRoadmapChange[] = [];
  for (const action of endActions) {
    const previous =
      before.find((b) => b.id === action.id && !matched.has(b.id)) ??
      before.find((b) => b.title === action.title && !matched.has(b.id));
    const label = `${numbered.get(action.id)!.number} ${action.title}`;
    if (!previous) {
      changes.push({ action: label, before: null, after: stateOf(action) });
      continue;
    }
    matched.add(previous.id);
    if (previous.status !== action.status || previous.progress !== action.progress)
      changes.push({ action: label, before: stateOf(previous), after: stateOf(action) });
  }
  for (const action of before.filter((b) => !matched.has(b.id)))
    changes.push({ action: action.title, before: stateOf(action), after: null });
  return changes;
}

async function roadmapOfYear(
  ctx: BackendContext,
  year: number,
  current: boolean,
): Promise<{ roadmap: BilanRoadmap | null; note: string | null }> {
  const live = await readRoadmap(ctx);
  if (!live) return { roadmap: null, note: 'La feuille de route n’est pas encore rédigée.' };
  const versions = [...(await listVersions(ctx.db))].sort((a, b) => a.version - b.version);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const atStart = versions.filter((v) => v.adoptedOn < yearStart).at(-1) ?? null;
  const adopted = versions
    .filter((v) => v.adoptedOn >= yearStart && v.adoptedOn <= yearEnd)
    .map((v) => ({ version: v.version, adoptedOn: v.adoptedOn, place: v.place }));
  let end: RoadmapDto;
  let source: string;
  if (current) {
    end = live;
    source =
      live.state === 'adoptee' && live.adoption
        ? `la version ${live.version} adoptée le ${formatDate(live.adoption.adoptedOn)}, telle qu’elle est suivie aujourd’hui`
        : `la feuille de route en cours de rédaction (projet de version ${live.version}), telle qu’elle est suivie aujourd’hui`;
  } else {
    const atEnd = versions.filter((v) => v.adoptedOn <= yearEnd).at(-1);
    if (!atEnd)
      return {
        roadmap: null,
        note: `Aucune version de la feuille de route n’avait été adoptée à la fin de ${year}\u00a0: son état de l’année n’a pas été figé.`,
      };
    end = await readVersion(ctx.db, atEnd.version);
    source = `la version ${atEnd.version} adoptée le ${formatDate(atEnd.adoptedOn)}, en vigueur à la fin de ${year}`;
  }
  const start = atStart ? await readVersion(ctx.db, atStart.version) : null;
  return {
    roadmap: {
      source,
      actions: ficheActions(end),
      adopted,
      changes: start
        ? {
            since: `la version ${atStart!.version} adoptée le ${formatDate(atStart!.adoptedOn)}, en vigueur au 1er\u00a0janvier ${year}`,
            list: changesBetween(start, end),
          }
        : null,
    },
    note: null,
  };
}

export async function readBilan(ctx: BackendContext, year: number): Promise<BilanData> {
  const today = todayOf(ctx);
  const current = today.slice(0, 4) === String(year);
  const from = `${year}-01-01`;
  const until = current ? today : `${year}-12-31`;
  const instances = await ctx.db.selectFrom('instance').select(['id', 'name']).orderBy('name').execute();
  const bodies: BilanBody[] = [];
  const quietBodies: string[] = [];
  for (const instance of instances) {
    const life = await readNetworkLife(ctx, { instanceId: instance.id, from, to: `${year}-12-31` });
    if (life.heldCount === 0) {
      quietBodies.push(instance.name);
      continue;
    }
    bodies.push({
      life,
      decisions: await decisionsOf(ctx.db, instance.id, from, until, today),
      actions: await actionsOf(ctx.db, instance.id, from, until, today),
      chart: await quarterChartPng(life),
    });
  }
  const { roadmap, note } = await roadmapOfYear(ctx, year, current);
  return { year, until, current, bodies, quietBodies, roadmap, roadmapNote: note };
}
