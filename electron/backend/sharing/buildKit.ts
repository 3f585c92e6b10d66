import { countLabel, formatDate, quoted } from '../../../shared/format/french';
import { formatMeetingDay } from '../../../shared/meetings/meetingTimes';
import { ZIP_MIME_TYPE, type KitEntryDto, type SharingKitDto } from '../../../shared/sharing/sharingDto';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { nowIsoOf, todayOf } from '../context';
import { gateOf } from '../db/databaseGate';
import { buildDocument } from '../documents/buildDocument';
import { documentContextOf, type DocumentContext } from '../documents/documentContext';
import { roadmapChoices } from '../documents/documentChoices';
import { documentFileName } from '../documents/fileName';
import { exportFile } from '../interop/lieux-mediation/exportDirectory';
import { meetingCalendar, seriesCalendar } from '../meetings/calendarFile';
import { nextMeetingOf } from '../meetings/nextMeeting';
import { readMeeting } from '../meetings/readMeeting';
import { reportFile } from '../meetings/reportDocument';
import { comingMeetings, heldMeetingsBetween, yearBefore } from './kitMeetings';
import { mergeCalendars } from './mergeCalendars';
import { README_NAME, readmeText } from './kitReadme';
import { zipKit, type KitFile } from './kitZip';

/**
 * The « Kit de partage » (issue 16, item 7; step 5 of the method): the feuille de route (the latest adopted
 * version, else the projet), the comptes rendus of the meetings held in the last twelve months, the annuaire in
 * Word and as the national standard's CSV, each body's calendar of the coming meetings, and a « Lisez-moi ».
 * Each part is read under the shared database gate, then written; a part that has nothing to hold is left out
 * and said in the « Lisez-moi », never an empty file.
 */

const FOLDERS = {
  roadmap: 'Feuille de route',
  reports: 'Comptes rendus',
  directory: 'Annuaire',
  calendars: 'Calendriers des réunions',
} as const;

/** A name made safe for a zip entry (no character Windows refuses), without the extension. */
const safeName = (text: string) => documentFileName(text, '').replace(/ – \.docx$/, '');

interface Part {
  files: (KitFile & KitEntryDto)[];
  missing: string[];
}

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

async function roadmapPart(ctx: BackendContext, context: DocumentContext): Promise<Part> {
  const choices = await gateOf(ctx).shared(() =>
    roadmapChoices(ctx, context.today, context.territory.displayName),
  );
  const choice = choices.find((c) => c.key.startsWith('version-')) ?? choices.find((c) => c.key === 'projet');
  if (!choice) return { files: [], missing: ['La feuille de route\u00a0: elle n’est pas encore rédigée.'] };
  const file = await buildDocument(ctx, choice.request);
  const adopted = choice.key !== 'projet';
  return {
    files: [
      {
        path: `${FOLDERS.roadmap}/${file.fileName}`,
        bytes: bytesOf(file.contentBase64),
        what: adopted
          ? `La dernière version adoptée de la feuille de route\u00a0: ${choice.label.charAt(0).toLowerCase()}${choice.label.slice(1)}.`
          : 'La feuille de route en projet\u00a0: aucune version n’est encore adoptée.',
      },
    ],
    missing: [],
  };
}

async function reportsPart(ctx: BackendContext, context: DocumentContext): Promise<Part> {
  const since = yearBefore(context.today);
  const gate = gateOf(ctx);
  const held = await gate.shared(() => heldMeetingsBetween(ctx.db, since, context.today));
  if (held.length === 0)
    return {
      files: [],
      missing: [
        `Les comptes rendus\u00a0: aucune réunion tenue et consignée (présences, notes ou décisions) depuis le ${formatDate(since)}.`,
      ],
    };
  const severalBodies = new Set(held.map((m) => m.instanceId)).size > 1;
  const files: Part['files'] = [];
  for (const ref of held) {
    const { meeting, next } = await gate.shared(async () => {
      const meeting = await readMeeting(ctx.db, ref.id);
      return { meeting, next: await nextMeetingOf(ctx.db, meeting) };
    });
    const file = await reportFile(meeting, next, context);
    const folder = severalBodies ? `${FOLDERS.reports}/${safeName(meeting.instanceName)}` : FOLDERS.reports;
    const day = formatMeetingDay(meeting.startsAt);
    files.push({
      path: `${folder}/${safeName(`${meeting.startsAt.slice(0, 10)} – Compte rendu – ${meeting.displayTitle} du ${day}`)}.docx`,
      bytes: bytesOf(file.contentBase64),
      what: `Le compte rendu de la réunion ${quoted(meeting.displayTitle)} de l’instance ${quoted(meeting.instanceName)}, ${day}.`,
    });
  }
  return { files, missing: [] };
}

async function directoryPart(ctx: BackendContext): Promise<Part> {
  const gate = gateOf(ctx);
  const actors = await gate.shared(async () => {
    const row = await ctx.db
      .selectFrom('actor')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deletedAt', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
  if (actors === 0)
    return {
      files: [],
      missing: [
        'L’annuaire (Word) et le fichier au standard national (.csv)\u00a0: l’annuaire ne compte encore aucun acteur.',
      ],
    };
  const word = await buildDocument(ctx, { kind: 'annuaire', options: { groupBy: 'commune' } });
  const files: Part['files'] = [
    {
      path: `${FOLDERS.directory}/${word.fileName}`,
      bytes: bytesOf(word.contentBase64),
      what: `L’annuaire des acteurs, par commune (Word)\u00a0: ${countLabel(actors, 'acteur')}.`,
    },
  ];
  const missing: string[] = [];
  const csv = await gate.shared(() => exportFile(ctx, 'standardCsv', {}));
  if (csv.rowCount === 0)
    missing.push(
      'Le fichier au standard national (.csv)\u00a0: aucun lieu de l’annuaire ne réunit encore ce que le standard demande (nom, adresse, commune).',
    );
  else
    files.push({
      path: `${FOLDERS.directory}/${csv.fileName}`,
      bytes: new TextEncoder().encode(csv.content),
      // Not « 33 lieux »: an actor without a place has a row too, at its own address (the Documents screen counts 22).
      what: `L’annuaire au standard national des lieux de médiation numérique (.csv, ${countLabel(csv.rowCount, 'ligne')}\u00a0: une par lieu d’accueil, et une par acteur sans lieu, à son adresse), pour un tableur ou un autre outil.`,
    });
  return { files, missing };
}

async function calendarsPart(ctx: BackendContext, today: string): Promise<Part> {
  const gate = gateOf(ctx);
  const stampedAt = nowIsoOf(ctx);
  const bodies = await gate.shared(async () => {
    const coming = await comingMeetings(ctx.db, today);
    return Promise.all(
      coming.map(async (body) => {
        const texts: string[] = [];
        for (const id of body.seriesIds) texts.push((await seriesCalendar(ctx.db, id, stampedAt)).content);
        for (const id of body.meetingIds) texts.push((await meetingCalendar(ctx.db, id, stampedAt)).content);
        return { ...body, content: mergeCalendars(texts) };
      }),
    );
  });
  if (bodies.length === 0)
    return {
      files: [],
      missing: ['Les calendriers (.ics)\u00a0: aucune réunion n’est prévue à partir d’aujourd’hui.'],
    };
  return {
    files: bodies.map((body) => ({
      path: `${FOLDERS.calendars}/${safeName(`${body.instanceName} – réunions à venir`)}.ics`,
      bytes: new TextEncoder().encode(body.content),
      what: `Les réunions à venir de l’instance ${quoted(body.instanceName)}\u00a0: ${[
        body.seriesIds.length > 0
          ? countLabel(body.seriesIds.length, 'série de réunions régulières', 'séries de réunions régulières')
          : null,
        body.meetingIds.length > 0
          ? countLabel(body.meetingIds.length, 'réunion ponctuelle', 'réunions ponctuelles')
          : null,
      ]
        .filter(Boolean)
        .join(' et ')}, à importer dans un agenda.`,
    })),
    missing: [],
  };
}

export function kitFileName(today: string, territoryName: string): string {
  return documentFileName(`Kit de partage au ${formatDate(today)}`, territoryName).replace(/\.docx$/, '.zip');
}

export async function buildKit(ctx: BackendContext): Promise<SharingKitDto> {
  const context = await gateOf(ctx).shared(() => documentContextOf(ctx));
  const today = todayOf(ctx);
  try {
    const parts = [
      await roadmapPart(ctx, context),
      await reportsPart(ctx, context),
      await directoryPart(ctx),
      await calendarsPart(ctx, today),
    ];
    const files = parts.flatMap((part) => part.files);
    const missing = parts.flatMap((part) => part.missing);
    const entries: KitEntryDto[] = files.map(({ path, what }) => ({ path, what }));
    const readme = readmeText({
      territoryName: context.territory.displayName,
      date: context.date,
      author: context.author,
      entries,
      missing,
    });
    const readmeEntry = {
      path: README_NAME,
      what: `Une page à lire d’abord (${README_NAME})\u00a0: le contenu du kit et sa date.`,
    };
    const zip = zipKit(
      [...files, { path: README_NAME, bytes: new TextEncoder().encode(readme) }],
      ctx.clock.now(),
    );
    const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    return {
      fileName: kitFileName(today, context.territory.displayName),
      mimeType: ZIP_MIME_TYPE,
      contentBase64: bytes.toString('base64'),
      byteCount: bytes.length,
      entries: [...entries, readmeEntry],
      missing,
    };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    throw new AppFailure(
      'internal',
      `Le kit de partage n’a pas pu être préparé. Réessayez\u00a0; si cela se reproduit, signalez-le avec ce détail\u00a0: ${detail}`,
    );
  }
}
