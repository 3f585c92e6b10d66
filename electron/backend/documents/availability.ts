import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  type DocumentAvailabilityDto,
  type DocumentKind,
} from '../../../shared/documents/documentDto';
import { countLabel, formatDate } from '../../../shared/format/french';
import type { BackendContext } from '../context';
import { documentContextOf } from './documentContext';
import { roadmapExists } from './feuilleDeRoute/readRoadmap';
import { bilanChoices, diagnosticChoices, roadmapChoices } from './documentChoices';

/** Which documents can be built now, and for the others what the user has to do first. */

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

const DESCRIPTIONS: Record<DocumentKind, string> = {
  annuaire:
    'Les acteurs du territoire par commune ou par typologie, avec leurs contacts, leurs services et leurs horaires en clair\u00a0: à remettre aux partenaires et aux mairies.',
  diagnostic:
    'Le territoire, les indicateurs de fragilité numérique, l’offre, la carte, les manques et vos commentaires\u00a0: pour la conférence des maires.',
  feuilleDeRoute:
    'Toutes les sections, une fiche par action, qui fait quoi, le calendrier, les financements et la page de signatures.',
  noteSynthese:
    'Deux pages pour les élus\u00a0: chiffres clés, carte, activité des lieux de médiation, vie du réseau, état de la feuille de route et décisions attendues.',
  bilan:
    'L’année de la coordination pour la conférence des maires\u00a0: réunions tenues, participation des membres, décisions, actions de suivi, avancement de la feuille de route et temps d’animation.',
};

async function liveActorCount(ctx: BackendContext): Promise<{ actors: number; places: number }> {
  const actors = await ctx.db
    .selectFrom('actor')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  const places = await ctx.db
    .selectFrom('place as p')
    .innerJoin('actor as a', 'a.id', 'p.actorId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return { actors: Number(actors.n), places: Number(places.n) };
}

async function hasRows(ctx: BackendContext, table: 'indicatorDataset' | 'communeContour'): Promise<boolean> {
  const row = await ctx.db
    .selectFrom(table)
    .select((eb) => eb.lit(1).as('found'))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The places the diagnostic counts: live ones in a commune of the territory (the place's, else its actor's),
 * so that the card and the document say the same number.
 */
async function territoryPlaceCount(ctx: BackendContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('place as p')
    .innerJoin('actor as a', 'a.id', 'p.actorId')
    .innerJoin('territoryCommune as t', (join) =>
      join.on((eb) => eb('t.code', '=', eb.fn.coalesce('p.communeCode', 'a.communeCode'))),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * « 35 communes, 24 lieux de médiation »; with no place in the directory, the offer is not measured yet (the
 * diagnostic says « non renseigné »), not « 0 lieu ».
 */
const offerWords = (communes: number, places: number) =>
  places === 0
    ? `${countLabel(communes, 'commune')}, aucun lieu de médiation encore dans l’annuaire`
    : `${countLabel(communes, 'commune')}, ${countLabel(places, 'lieu de médiation', 'lieux de médiation')}`;

async function diagnosticDetail(ctx: BackendContext, communes: number, places: number): Promise<string> {
  const base = offerWords(communes, places);
  const missing = [
    (await hasRows(ctx, 'indicatorDataset')) ? null : 'aucun indicateur de fragilité importé',
    (await hasRows(ctx, 'communeContour'))
      ? null
      : 'contours des communes non importés (carte de la fragilité absente)',
  ].filter(Boolean);
  return missing.length === 0 ? `${base}.` : `${base}\u00a0; ${missing.join('\u00a0; ')}.`;
}

export async function documentAvailability(ctx: BackendContext): Promise<DocumentAvailabilityDto[]> {
  const context = await documentContextOf(ctx);
  const counts = await liveActorCount(ctx);
  const communes = context.territory.communes.length;
  const territoryName = context.territory.displayName;
  const territoryPlaces = await territoryPlaceCount(ctx);
  const [diagnostic, hasRoadmap, roadmapVersions, bilanYears] = await Promise.all([
    diagnosticDetail(ctx, communes, territoryPlaces),
    roadmapExists(ctx),
    roadmapChoices(ctx, context.today, territoryName),
    bilanChoices(ctx, context.today, territoryName),
  ]);
  const diagnostics = diagnosticChoices(ctx, context.today, territoryName);
  const entry = (
    kind: DocumentKind,
    available: boolean,
    detail: string,
    choices: DocumentAvailabilityDto['choices'] = [],
  ): DocumentAvailabilityDto => ({
    kind,
    title: DOCUMENT_TITLES[kind],
    description: DESCRIPTIONS[kind],
    available,
    detail,
    // A single choice is no choice: the screen shows none.
    choices: choices.length > 1 ? choices : [],
  });
  return DOCUMENT_KINDS.map((kind) => {
    switch (kind) {
      case 'annuaire':
        return counts.actors === 0
          ? entry(
              kind,
              false,
              'Disponible dès que l’annuaire compte un acteur\u00a0: ajoutez-en un ou importez un fichier.',
            )
          : entry(
              kind,
              true,
              `${countLabel(counts.actors, 'acteur')}, ${countLabel(counts.places, 'lieu d’accueil', 'lieux d’accueil')}, ${countLabel(communes, 'commune')}.`,
            );
      case 'diagnostic':
        return entry(kind, true, diagnostic, diagnostics);
      case 'feuilleDeRoute':
        return hasRoadmap
          ? entry(
              kind,
              true,
              roadmapVersions.length > 1
                ? 'Le projet en cours ou une version adoptée, telle qu’elle a été adoptée et signée.'
                : (roadmapVersions[0]?.label ?? 'La feuille de route en cours.'),
              roadmapVersions,
            )
          : entry(
              kind,
              false,
              'Disponible quand la feuille de route existe\u00a0: commencez-la dans l’écran Feuille de route.',
            );
      case 'noteSynthese':
        return hasRoadmap
          ? entry(
              kind,
              true,
              // Figures, as the other cards give: the note's own state is today's.
              `Au ${formatDate(context.today)}\u00a0: ${offerWords(communes, territoryPlaces)}\u00a0; feuille de route\u00a0: ${lowerFirst(roadmapVersions[0]?.label ?? 'en cours')}.`,
            )
          : entry(
              kind,
              false,
              'Disponible quand la feuille de route existe\u00a0: commencez-la dans l’écran Feuille de route.',
            );
      case 'bilan':
        return bilanYears.length > 0
          ? entry(
              kind,
              true,
              bilanYears.length > 1
                ? 'Une année où des réunions ont été tenues, la plus récente d’abord.'
                : bilanYears[0]!.label,
              bilanYears,
            )
          : entry(
              kind,
              false,
              'Disponible dès qu’une instance a tenu une réunion\u00a0: planifiez-les dans «\u00a0Réunions\u00a0», depuis l’instance de coordination.',
            );
    }
  });
}
