import { Paragraph, TextRun, type FileChild } from 'docx';
import { countLabel, formatDate, formatInteger, formatPercent } from '../../../../shared/format/french';
import { MEETING_KINDS } from '../../../../shared/meetings/meetingsVocabulary';
import { formatMeetingDay } from '../../../../shared/meetings/meetingTimes';
import type { NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';
import type { DocumentParts } from '../assembleDocument';
import type { DocumentContext } from '../documentContext';
import { STYLE } from '../documentStyles';
import { frenchTypography } from '../frenchTypography';
import { andList } from '../../../../shared/format/frenchList';
import { Outline } from '../outline';
import { body, note } from '../paragraphs';
import { dataTable, type CellContent } from '../tables';
import type { BilanBody, BilanData } from './bilanData';
import { bilanSubtitle } from './bilanName';
import { KIND_COLUMNS, KIND_NAMES, KIND_PLURALS, QUARTER_CHART_SOURCE } from './bilanKinds';
import { figure } from '../figures';
import { actionStateAt } from './actionState';
import { roadmapSection } from './roadmapSection';
import { attendanceRowName } from '../../../../shared/meetings/attendanceRowName';

/**
 * The « Bilan de la coordination » of a year, for the conférence des maires: the essentials, then the meetings
 * held (per quarter and kind, per body), the attendance (per member, and who drifted away), the decisions taken,
 * the follow-up actions, where the feuille de route stands and what changed over the year, and the animation
 * events. Unknown stays unknown: a body whose attendance was never taken has no rate, never 0 %.
 */

function bullet(text: string): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    indent: { left: 340, hanging: 220 },
    spacing: { before: 40, after: 40 },
    children: [new TextRun(`•\u00a0${frenchTypography(text)}`)],
  });
}

function strong(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    keepNext: options.keepNext || undefined,
    spacing: { before: 120, after: 40 },
    children: [new TextRun({ text: frenchTypography(text), bold: true })],
  });
}

/** « 12 réunions tenues : 10 réunions plénières et 2 ateliers ». */
function heldPhrase(life: NetworkLifeDto): string {
  const byKind = MEETING_KINDS.map((kind) => ({
    kind,
    count: life.perQuarter.reduce((sum, quarter) => sum + quarter.byKind[kind], 0),
  })).filter((entry) => entry.count > 0);
  const kinds = andList(
    byKind.map((entry) => countLabel(entry.count, KIND_NAMES[entry.kind], KIND_PLURALS[entry.kind])),
  );
  return `${countLabel(life.heldCount, 'réunion tenue', 'réunions tenues')}${kinds ? ` (${kinds})` : ''}`;
}

/** The overall rate of the bodies whose attendance is known; null when none is. */
function overallPresence(bodies: BilanBody[]): number | null {
  let present = 0;
  let known = 0;
  for (const { life } of bodies)
    for (const member of life.attendance.members) {
      present += member.presentCount;
      known += member.knownCount;
    }
  return known === 0 ? null : Math.round((present / known) * 100);
}

function essentials(data: BilanData): FileChild[] {
  const lines: string[] = [];
  const held = data.bodies.reduce((sum, b) => sum + b.life.heldCount, 0);
  const animations = data.bodies.reduce((sum, b) => sum + b.life.animations.length, 0);
  lines.push(
    `${countLabel(held, 'réunion tenue', 'réunions tenues')}${data.bodies.length > 1 ? ` par ${countLabel(data.bodies.length, 'instance')}` : ''}, dont ${countLabel(animations, 'temps d’animation', 'temps d’animation', 'aucun temps d’animation')}.`,
  );
  const presence = overallPresence(data.bodies);
  lines.push(
    presence === null
      ? 'Présence des membres\u00a0: non connue, les présences n’ont été relevées à aucune réunion.'
      : `Présence des membres\u00a0: ${formatPercent(presence)} en moyenne, sur les réunions où elle a été relevée.`,
  );
  const drifting = data.bodies.flatMap((b) => b.life.attendance.members.filter((m) => m.driftingAway));
  if (drifting.length > 0)
    lines.push(
      `${countLabel(drifting.length, 'membre s’est éloigné', 'membres se sont éloignés')} (absent ou excusé à ses trois dernières réunions)\u00a0: ${andList(drifting.map((m) => m.name))}.`,
    );
  const decisions = data.bodies.reduce((sum, b) => sum + b.life.decisionsCount, 0);
  lines.push(`${countLabel(decisions, 'décision prise', 'décisions prises', 'Aucune décision consignée')}.`);
  const sum = (key: 'total' | 'done' | 'late') =>
    data.bodies.reduce((all, b) => all + b.life.actions[key], 0);
  const total = sum('total');
  lines.push(
    total === 0
      ? 'Aucune action de suivi n’a été consignée.'
      : `${countLabel(total, 'action de suivi décidée', 'actions de suivi décidées')}\u00a0: ${actionStates({ total, done: sum('done'), late: sum('late') })}${atYearEnd(data)}.`,
  );
  if (data.roadmap) {
    const fiches = data.roadmap.actions;
    const finished = fiches.filter((f) => f.status === 'termine').length;
    lines.push(
      fiches.length === 0
        ? 'Feuille de route\u00a0: aucune fiche action encore.'
        : `Feuille de route\u00a0: ${countLabel(fiches.length, 'fiche action', 'fiches action')}, dont ${countLabel(finished, 'terminée', 'terminées', 'aucune terminée')}\u00a0; avancement moyen ${formatPercent(Math.round(fiches.reduce((s, f) => s + f.progress, 0) / fiches.length))}.`,
    );
  } else if (data.roadmapNote)
    lines.push(
      `Feuille de route\u00a0: ${data.roadmapNote.charAt(0).toLowerCase()}${data.roadmapNote.slice(1)}`,
    );
  return lines.map(bullet);
}

function bodyHeading(outline: Outline, data: BilanData, bodyName: string): FileChild[] {
  return data.bodies.length > 1 ? [outline.heading(2, bodyName)] : [];
}

function meetingsSection(data: BilanData, outline: Outline): FileChild[] {
  const content: FileChild[] = [];
  for (const { life, chart } of data.bodies) {
    const kinds = MEETING_KINDS.filter((kind) => life.perQuarter.some((q) => q.byKind[kind] > 0));
    const share = 0.7 / (kinds.length + 1);
    content.push(
      ...bodyHeading(outline, data, life.instanceName),
      body(
        `${heldPhrase(life)}${life.cancelledCount > 0 ? `, ${countLabel(life.cancelledCount, 'date annulée', 'dates annulées')}` : ''}.`,
        { keepNext: true },
      ),
      ...(chart
        ? figure({
            png: chart,
            caption: `Réunions tenues par trimestre en ${data.year}`,
            source: `${QUARTER_CHART_SOURCE} «\u00a0${life.instanceName}\u00a0»`,
            description: `Réunions tenues par trimestre en ${data.year}\u00a0: ${life.perQuarter.map((q) => `${q.label}, ${q.total}`).join('\u00a0; ')}.`,
            maxHeight: 260,
          })
        : []),
      dataTable({
        columns: [
          { title: 'Trimestre', share: 0.3 },
          ...kinds.map((kind) => ({ title: KIND_COLUMNS[kind], share, align: 'right' as const })),
          { title: 'Total', share, align: 'right' as const },
        ],
        rows: [
          ...life.perQuarter.map((quarter): CellContent[] => [
            quarter.label,
            ...kinds.map((kind) => formatInteger(quarter.byKind[kind])),
            formatInteger(quarter.total),
          ]),
          [
            'Année',
            ...kinds.map((kind) =>
              formatInteger(life.perQuarter.reduce((sum, q) => sum + q.byKind[kind], 0)),
            ),
            formatInteger(life.heldCount),
          ],
        ],
        zebra: true,
        totalRow: true,
      }),
    );
  }
  if (data.quietBodies.length > 0)
    content.push(
      note(
        `${data.quietBodies.length > 1 ? 'Les instances' : 'L’instance'} ${andList(data.quietBodies.map((n) => `«\u00a0${n}\u00a0»`))} ${data.quietBodies.length > 1 ? 'n’ont tenu' : 'n’a tenu'} aucune réunion en ${data.year}.`,
      ),
    );
  return content;
}

/** « Présences relevées à 3 des 12 réunions tenues », « … à chacune des 4 réunions tenues », « … à la réunion tenue ». */
function takenPhrase(life: NetworkLifeDto): string {
  if (life.withAttendanceCount === life.heldCount)
    return life.heldCount === 1
      ? 'Présences relevées à la réunion tenue'
      : `Présences relevées à chacune des ${formatInteger(life.heldCount)} réunions tenues`;
  return `Présences relevées à ${formatInteger(life.withAttendanceCount)} des ${formatInteger(life.heldCount)} réunions tenues`;
}

function attendanceSection(data: BilanData, outline: Outline): FileChild[] {
  return data.bodies.flatMap(({ life }) => {
    const heading = bodyHeading(outline, data, life.instanceName);
    if (life.withAttendanceCount === 0)
      return [
        ...heading,
        note(
          life.heldCount === 1
            ? 'Les présences n’ont pas été relevées à la seule réunion tenue\u00a0: la participation des membres n’est pas connue.'
            : `Les présences n’ont été relevées à aucune des ${formatInteger(life.heldCount)} réunions tenues\u00a0: la participation des membres n’est pas connue.`,
        ),
      ];
    const drifting = life.attendance.members.filter((m) => m.driftingAway).map((m) => m.name);
    return [
      ...heading,
      body(
        `${takenPhrase(life)}${life.attendance.averagePresence === null ? '' : ` ; présence moyenne des membres\u00a0: ${formatPercent(life.attendance.averagePresence)}`}. Est compté présent un membre présent ou représenté\u00a0; une présence non renseignée n’est comptée ni présente ni absente.`,
        { keepNext: true },
      ),
      dataTable({
        columns: [
          { title: 'Membre', share: 0.46 },
          { title: 'Présence connue', share: 0.18, align: 'right' },
          { title: 'Présent ou représenté', share: 0.18, align: 'right' },
          { title: 'Taux', share: 0.18, align: 'right' },
        ],
        rows: life.attendance.members.map((member): CellContent[] => [
          attendanceRowName(member),
          countLabel(member.knownCount, 'réunion', 'réunions', 'aucune'),
          member.knownCount === 0 ? null : formatInteger(member.presentCount),
          member.knownCount === 0
            ? null
            : formatPercent(Math.round((member.presentCount / member.knownCount) * 100)),
        ]),
        zebra: true,
      }),
      drifting.length > 0
        ? body(
            `${drifting.length > 1 ? 'Se sont éloignés' : 'S’est éloigné'} (absent ou excusé à ses trois dernières réunions de l’année)\u00a0: ${andList(drifting)}. Un appel ou une visite peut renouer le lien.`,
          )
        : // Said only when a member could have missed three: after one or two meetings, it tells nothing.
          life.withAttendanceCount >= 3
          ? note('Aucun membre n’a manqué ses trois dernières réunions de l’année.')
          : null,
    ].filter((child): child is FileChild => child !== null);
  });
}

function decisionsSection(data: BilanData, outline: Outline): FileChild[] {
  return data.bodies.flatMap(({ life, decisions }) => [
    ...bodyHeading(outline, data, life.instanceName),
    ...(decisions.length === 0
      ? [note('Aucune décision n’a été consignée.')]
      : decisions.flatMap((group) => [
          strong(`${formatMeetingDay(group.startsAt)} — ${group.meetingTitle}`, { keepNext: true }),
          ...group.decisions.map(
            (decision, index) =>
              new Paragraph({
                style: STYLE.body,
                indent: { left: 426, hanging: 284 },
                spacing: { after: 40 },
                keepNext: index < group.decisions.length - 1 || undefined,
                children: [new TextRun(`–\u00a0${frenchTypography(decision)}`)],
              }),
          ),
        ])),
  ]);
}

/**
 * « aucune faite, 2 en retard », « 1 faite, 1 en retard, 2 à faire »: the follow-up actions by the state the
 * table below gives each of them (`actionStateAt`, the « Réunions » screen's rule), on the bilan's last day.
 */
function actionStates({ total, done, late }: { total: number; done: number; late: number }): string {
  const toDo = total - done - late;
  return [
    countLabel(done, 'faite', 'faites', 'aucune faite'),
    ...(late > 0 ? [countLabel(late, 'en retard', 'en retard')] : []),
    ...(toDo > 0 ? [countLabel(toDo, 'à faire', 'à faire')] : []),
  ].join(', ');
}

/** « au 31 décembre 2025 » for a past year, whose actions are counted as they were at its end; nothing else. */
const atYearEnd = (data: BilanData) => (data.current ? '' : ` au ${formatDate(data.until)}`);

function actionsSection(data: BilanData, outline: Outline): FileChild[] {
  return data.bodies.flatMap(({ life, actions }) => [
    ...bodyHeading(outline, data, life.instanceName),
    ...(actions.length === 0
      ? [note('Aucune action de suivi n’a été consignée.')]
      : [
          body(
            `${countLabel(life.actions.total, 'action décidée', 'actions décidées')}\u00a0: ${actionStates(life.actions)}${atYearEnd(data)}.`,
            { keepNext: true },
          ),
          dataTable({
            columns: [
              { title: 'Action', share: 0.36 },
              { title: 'Qui', share: 0.16 },
              { title: 'Décidée le', share: 0.14 },
              { title: 'Échéance', share: 0.14 },
              { title: 'État', share: 0.2 },
            ],
            rows: actions.map((action): CellContent[] => [
              action.what,
              action.who,
              formatDate(action.decidedOn),
              action.dueOn ? formatDate(action.dueOn) : null,
              actionStateAt(action, data.until),
            ]),
            zebra: true,
          }),
        ]),
  ]);
}

function animationSection(data: BilanData): FileChild[] {
  const events = data.bodies
    .flatMap(({ life }) => life.animations.map((event) => ({ event, body: life.instanceName })))
    .sort((a, b) => a.event.date.localeCompare(b.event.date));
  if (events.length === 0)
    return [
      note(
        `Aucun temps d’animation (atelier, café-débat, visite apprenante, temps convivial) n’a eu lieu en ${data.year}.`,
      ),
    ];
  const participants = (event: (typeof events)[number]['event']): CellContent =>
    event.participants !== null
      ? formatInteger(event.participants)
      : event.presentInvitees !== null
        ? `${countLabel(event.presentInvitees, 'membre présent', 'membres présents')}`
        : null;
  return [
    body(`${countLabel(events.length, 'temps d’animation', 'temps d’animation')} en ${data.year}\u00a0:`, {
      keepNext: true,
    }),
    dataTable({
      columns: [
        { title: 'Date', share: 0.17 },
        { title: 'Type', share: 0.18 },
        { title: 'Intitulé', share: 0.3 },
        { title: 'Instance', share: 0.2 },
        { title: 'Participants', share: 0.15, align: 'right' },
      ],
      rows: events.map(({ event, body: bodyName }): CellContent[] => [
        formatDate(event.date),
        KIND_COLUMNS[event.kind],
        event.title,
        bodyName,
        participants(event),
      ]),
      zebra: true,
    }),
  ];
}

export function bilanParts(context: DocumentContext, data: BilanData): DocumentParts {
  const outline = new Outline();
  const content: FileChild[] = [
    outline.heading(1, 'L’essentiel', { pageBreakBefore: true }),
    ...essentials(data),
    outline.heading(1, 'Les réunions tenues'),
    ...meetingsSection(data, outline),
    outline.heading(1, 'La participation des membres'),
    ...attendanceSection(data, outline),
    outline.heading(1, 'Les décisions prises'),
    ...decisionsSection(data, outline),
    outline.heading(1, 'Les actions de suivi'),
    ...actionsSection(data, outline),
    outline.heading(1, 'La feuille de route'),
    ...(data.roadmap
      ? roadmapSection(data, data.roadmap, outline)
      : [note(data.roadmapNote ?? 'La feuille de route n’est pas encore rédigée.')]),
    outline.heading(1, 'Les temps d’animation'),
    ...animationSection(data),
  ];
  return {
    territoryName: context.territory.displayName,
    title: 'Bilan de la coordination',
    subtitle: bilanSubtitle(data.year, data.current ? context.today : null),
    date: context.date,
    author: context.author,
    logo: context.logo,
    outline,
    contentsDepth: 1,
    body: content,
  };
}
