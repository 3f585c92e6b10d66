import type { FileChild } from 'docx';
import type { ActorDto } from '../../../../shared/actors/dto';
import type { AnnuaireOptions } from '../../../../shared/documents/documentDto';
import { countLabel, formatInteger, quoted } from '../../../../shared/format/french';
import type { DocumentContext } from '../documentContext';
import type { DocumentParts } from '../assembleDocument';
import { Outline, type ReservedHeading } from '../outline';
import { body } from '../paragraphs';
import { bodyXml, headingXml, noteXml } from '../paragraphXml';
import { streamedBody } from '../streamedBody';
import { dataTableXml, type DataTableXmlOptions } from '../tableXml';
import { actorEntry } from './actorEntry';
import { groupActors, UNKNOWN_COMMUNE, type ActorGroup } from './groupActors';

/**
 * The annuaire des acteurs: a presentation with the table of chapters (communes or typologies) and their
 * counts, then one chapter per commune or typology with each actor's entry, and by commune the communes
 * where nobody receives the public, named together at the end. Built from data only. From the summary table on,
 * the body (hundreds of rows, thousands of entries) is written as XML text while the file is packed
 * (`streamedBody.ts`, `tableXml.ts`): its headings are reserved in the outline first, in the document's order,
 * for the contents.
 */

export interface AnnuaireData {
  actors: ActorDto[];
  /** The list's filters narrowed the directory (the title page and presentation say so). */
  filtered: boolean;
}

const placeCount = (actors: ActorDto[]) => actors.reduce((sum, actor) => sum + actor.places.length, 0);
/**
 * The places located in each commune, whoever runs them (the diagnostic counts them the same way), and
 * under null those with no commune or one outside the territory: the column adds up to the total.
 */
function placesByCommune(groups: ActorGroup[], actors: ActorDto[]): Map<string | null, number> {
  const known = new Set(groups.map((group) => group.communeCode ?? null).filter((code) => code !== null));
  const counts = new Map<string | null, number>();
  for (const actor of actors) {
    for (const place of actor.places) {
      const code = place.communeCode !== null && known.has(place.communeCode) ? place.communeCode : null;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return counts;
}

const isEmpty = (group: ActorGroup) => group.actors.length === 0 && group.alsoPresent.length === 0;

/** The table of chapters and their counts, written as XML text at the head of the streamed body. */
function summaryTable(groups: ActorGroup[], byCommune: boolean, actors: ActorDto[]): DataTableXmlOptions {
  if (!byCommune) {
    return {
      columns: [
        { title: 'Typologie', share: 6 },
        { title: 'Acteurs', share: 1.4, align: 'right' },
        { title: 'Lieux d’accueil', share: 1.6, align: 'right' },
      ],
      rows: groups.map((group) => [
        group.title,
        formatInteger(group.actors.length),
        formatInteger(placeCount(group.actors)),
      ]),
      zebra: true,
    };
  }
  const places = placesByCommune(groups, actors);
  // The communes where nobody is recorded make one line (they are named at the end), not a line of zeros each.
  const shown = groups.filter((group) => !isEmpty(group) && group.communeCode !== null);
  const elsewhere = groups.filter((group) => group.communeCode === null);
  const nobody = groups.filter((group) => isEmpty(group) && group.communeCode !== null);
  const nobodyRow =
    nobody.length > 0
      ? [
          [
            `${countLabel(nobody.length, 'commune', 'communes')} sans acteur recensé`,
            formatInteger(nobody.reduce((sum, group) => sum + (group.population ?? 0), 0)),
            '0',
            '0',
            '0',
          ],
        ]
      : [];
  const rowOf = (group: ActorGroup): (string | null)[] => [
    group.title,
    // The actors of no known commune have no population: a blank, not « non renseigné ».
    group.communeCode === null ? '' : group.population === null ? null : formatInteger(group.population),
    formatInteger(group.actors.length),
    formatInteger(places.get(group.communeCode ?? null) ?? 0),
    formatInteger(group.alsoPresent.length),
  ];
  return {
    columns: [
      { title: 'Commune', share: 4 },
      { title: 'Habitants', share: 1.6, align: 'right' },
      { title: 'Acteurs installés', share: 1.6, align: 'right' },
      { title: 'Lieux d’accueil', share: 1.6, align: 'right' },
      { title: 'Acteurs venant d’ailleurs', share: 2, align: 'right' },
    ],
    rows: [
      ...shown.map(rowOf),
      ...nobodyRow,
      ...elsewhere.map(rowOf),
      ['Total', '', formatInteger(actors.length), formatInteger(placeCount(actors)), ''],
    ],
    zebra: true,
    totalRow: true,
  };
}

/** A chapter's headings, reserved in the outline in the order the chapter writes them. */
interface PlannedChapter {
  group: ActorGroup;
  heading: ReservedHeading;
  entries: ReservedHeading[];
  alsoPresent: ReservedHeading | null;
}

function planChapter(group: ActorGroup, outline: Outline): PlannedChapter {
  return {
    group,
    heading: outline.reserve(2, group.title),
    entries: group.actors.map((actor) => outline.reserve(3, actor.name)),
    alsoPresent: group.alsoPresent.length > 0 ? outline.reserve(3, 'Présents aussi dans la commune') : null,
  };
}

/** A chapter's XML, piece by piece: its heading and counts, then one piece per entry. */
function* chapterXml(chapter: PlannedChapter, byCommune: boolean): Generator<string> {
  const { group } = chapter;
  const counts = [
    byCommune && group.population !== null
      ? countLabel(group.actors.length, 'acteur installé', 'acteurs installés', 'Aucun acteur installé')
      : countLabel(group.actors.length, 'acteur'),
  ];
  if (byCommune && group.population !== null)
    counts.unshift(`${formatInteger(group.population)}\u00a0habitants`);
  yield headingXml(chapter.heading) + noteXml(counts.join(' · '), { keepNext: true });
  for (const [index, actor] of group.actors.entries()) yield actorEntry(actor, chapter.entries[index]!);
  if (chapter.alsoPresent) {
    // Where the full entry is: a commune's chapter, or the one of the actors of no commune of the territory.
    const lines = group.alsoPresent.map(({ actor, how, listedUnder }) => {
      const where = listedUnder === UNKNOWN_COMMUNE ? `dans ${quoted(UNKNOWN_COMMUNE)}` : `à ${listedUnder}`;
      return bodyXml(`${actor.name}\u00a0: ${how} (fiche complète ${where}).`);
    });
    yield headingXml(chapter.alsoPresent) + lines.join('');
  }
}

function withoutActors(groups: ActorGroup[], outline: Outline): FileChild[] {
  if (groups.length === 0) return [];
  const population = groups.reduce((sum, group) => sum + (group.population ?? 0), 0);
  return [
    outline.heading(2, 'Communes sans acteur recensé'),
    body(
      `${countLabel(groups.length, 'commune')} (${formatInteger(population)}\u00a0habitants) n’ont ni acteur installé, ni lieu d’accueil, ni permanence dans l’annuaire\u00a0: ${groups
        .map((group) => `${group.title} (${formatInteger(group.population ?? 0)})`)
        .join(', ')}.`,
    ),
  ];
}

export function annuaireParts(
  context: DocumentContext,
  options: AnnuaireOptions,
  data: AnnuaireData,
): DocumentParts {
  const outline = new Outline();
  const byCommune = options.groupBy === 'commune';
  const groups = groupActors(data.actors, context.territory.communes, options.groupBy);
  const chapters = groups.filter((group) => !isEmpty(group));
  const empty = byCommune && !data.filtered ? groups.filter(isEmpty) : [];
  const actors = countLabel(data.actors.length, 'acteur', 'acteurs', 'aucun acteur');
  const placeTotal = placeCount(data.actors);
  const places =
    placeTotal === 0
      ? ' (aucun lieu d’accueil n’est renseigné)'
      : ` et leurs ${countLabel(placeTotal, 'lieu d’accueil', 'lieux d’accueil')}`;
  const intro =
    data.actors.length === 0
      ? data.filtered
        ? 'Aucun acteur de l’annuaire ne correspond à cette sélection.'
        : 'L’annuaire ne compte encore aucun acteur\u00a0: ce document sera à refaire une fois les acteurs recensés.'
      : byCommune
        ? `Cet annuaire présente ${actors} de l’inclusion numérique du territoire${places}, commune par commune. Chaque acteur figure dans la commune de son siège\u00a0; ceux qui reçoivent aussi ailleurs (lieu d’accueil, permanence) y sont rappelés.`
        : `Cet annuaire présente ${actors} de l’inclusion numérique du territoire${places}, par typologie de structure. Un acteur qui relève de plusieurs typologies figure dans chacune.`;
  const content: FileChild[] = [
    outline.heading(1, 'Présentation', { pageBreakBefore: true }),
    body(intro),
    body(
      `Les horaires sont ceux que les acteurs ont communiqués\u00a0; la date de la dernière vérification figure sous chaque fiche. Une information marquée ${quoted('non renseigné')} reste à compléter.`,
    ),
    ...(data.filtered
      ? [body('Ce document reprend la liste filtrée de l’annuaire, et non l’annuaire complet.')]
      : []),
  ];
  // From the summary table on, the body is written as XML text: 500 communes' rows were, as docx objects, most of
  // what the rest of the document cost in memory.
  const table = summaryTable(byCommune && !data.filtered ? groups : chapters, byCommune, data.actors);
  const actorsHeading = outline.reserve(
    1,
    byCommune ? 'Les acteurs, commune par commune' : 'Les acteurs, par typologie',
  );
  const planned = chapters.map((group) => planChapter(group, outline));
  const streamed = streamedBody(function* () {
    yield* dataTableXml(table);
    yield headingXml(actorsHeading);
    for (const chapter of planned) yield* chapterXml(chapter, byCommune);
  });
  content.push(streamed.marker, ...withoutActors(empty, outline));
  return {
    territoryName: context.territory.displayName,
    title: 'Annuaire des acteurs',
    subtitle: `${byCommune ? 'Par commune' : 'Par typologie'} · ${actors}${data.filtered ? ' · sélection de l’annuaire' : ''}`,
    date: context.date,
    author: context.author,
    logo: context.logo,
    outline,
    contentsDepth: 2,
    body: content,
    streamedBody: streamed,
  };
}
