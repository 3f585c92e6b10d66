import type { BarChartSpec, ChartSource, ChartTable, GroupedBarChartSpec } from '../charts/chartSpec';
import { formatInteger } from '../format/french';
import { ATTENDANCE_LABELS, MEETING_KINDS, MEETING_KIND_LABELS } from './meetingsVocabulary';
import type { AttendanceCell, NetworkLifeDto } from './networkLifeDto';
import { networkPeriodPhrase } from './networkLifePeriod';
import { attendanceRowName } from './attendanceRowName';

/**
 * The « Vie du réseau » charts as data, drawn on « Réunions » with the diagnostic's chart kit and, from the same
 * descriptions, in a Word document: meetings held per quarter by kind, the animations' participants, and the
 * attendance grid's numbers. Each says where its numbers come from and over which period.
 */

const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

/** « 8 juin », « 1er juil. », with the year when asked (« 21 oct. 2026 »): room for twelve columns or a bar's name. */
export function shortDate(iso: string, withYear = false): string {
  const day = Number(iso.slice(8, 10));
  const month = SHORT_MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
  return `${day === 1 ? '1er' : day}\u00a0${month}${withYear ? `\u00a0${iso.slice(0, 4)}` : ''}`;
}

export const NETWORK_CHART_IDS = {
  quarters: 'reunions-par-trimestre',
  animations: 'animations-participants',
  attendance: 'presence-par-membre',
} as const;

/** « Source : réunions enregistrées dans Maillage, du 7 janvier 2027 au 2 décembre 2027 » */
export function networkSources(life: NetworkLifeDto): ChartSource[] {
  const period = networkPeriodPhrase(life);
  return [
    { label: `réunions enregistrées dans Maillage${period === null ? '' : `, ${period}`}`, year: null },
  ];
}

/** Meetings held per quarter, one series per kind held at least once (plénière first). */
export function quarterChart(life: NetworkLifeDto): GroupedBarChartSpec {
  const kinds = MEETING_KINDS.filter((kind) => life.perQuarter.some((quarter) => quarter.byKind[kind] > 0));
  return {
    kind: 'groupedBar',
    id: NETWORK_CHART_IDS.quarters,
    title: 'Réunions tenues par trimestre',
    subtitle:
      'Réunions passées et non annulées, par type (les dates d’une série comptent même sans compte rendu).',
    itemLabel: 'Trimestre',
    categories: life.heldCount === 0 ? [] : life.perQuarter.map((quarter) => quarter.label),
    series: kinds.map((kind) => ({
      label: MEETING_KIND_LABELS[kind],
      values: life.perQuarter.map((quarter) => quarter.byKind[kind]),
    })),
    format: 'integer',
    sources: networkSources(life),
  };
}

/** Each animation held (atelier, café-débat, visite apprenante, temps convivial) and how many came. */
export function animationsChart(life: NetworkLifeDto): BarChartSpec {
  return {
    kind: 'bar',
    id: NETWORK_CHART_IDS.animations,
    title: 'Animations et participants',
    subtitle:
      'Nombre de participants noté sur chaque animation, public compris («\u00a0n.d.\u00a0»\u00a0: non noté).',
    itemLabel: 'Animation',
    valueLabel: 'Participants',
    items: life.animations.map((event) => ({
      label: `${shortDate(event.date, true)} — ${event.title}`,
      value: event.participants,
    })),
    format: 'integer',
    sources: networkSources(life),
  };
}

export const ATTENDANCE_CELL_LABELS: Record<AttendanceCell, string> = {
  ...ATTENDANCE_LABELS,
  non_renseigne: 'Non renseigné',
  non_invite: 'Non invité',
};

/** « 68 % » or « non renseignée ». */
export const presenceLabel = (present: number, known: number): string =>
  known === 0 ? 'non renseignée' : `${formatInteger(Math.round((present / known) * 100))}\u00a0%`;

/**
 * The attendance grid's numbers: per member, how often each status over the meetings shown, and its presence
 * over every meeting of the period whose attendance was taken.
 */
export function attendanceTable(life: NetworkLifeDto): ChartTable {
  const statuses: AttendanceCell[] = [
    'present',
    'represente',
    'excuse',
    'absent',
    'non_renseigne',
    'non_invite',
  ];
  return {
    columns: [
      'Membre',
      ...statuses.map((status) => ATTENDANCE_CELL_LABELS[status]),
      'Présence sur la période',
    ],
    rows: life.attendance.members.map((member) => [
      attendanceRowName(member),
      ...statuses.map((status) => formatInteger(member.cells.filter((cell) => cell === status).length)),
      presenceLabel(member.presentCount, member.knownCount),
    ]),
  };
}
