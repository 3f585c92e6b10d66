import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  type DocumentAvailabilityDto,
  type DocumentKind,
} from '../../../shared/documents/documentDto';
import { countLabel } from '../../../shared/format/french';
import type { BackendContext } from '../context';
import { documentContextOf } from './documentContext';
import { roadmapExists } from './feuilleDeRoute/readRoadmap';

/** Which documents can be built now, and for the others what the user has to do first. */

const DESCRIPTIONS: Record<DocumentKind, string> = {
  annuaire:
    'Les acteurs du territoire par commune ou par typologie, avec leurs contacts, leurs services et leurs horaires en clair : à remettre aux partenaires et aux mairies.',
  diagnostic:
    'Le territoire, les indicateurs de fragilité numérique, l’offre, la carte, les manques et vos commentaires : pour la conférence des maires.',
  feuilleDeRoute:
    'Toutes les sections, une fiche par action, qui fait quoi, le calendrier, les financements et la page de signatures.',
  noteSynthese:
    'Deux pages pour les élus : chiffres clés, carte, état de la feuille de route et décisions attendues.',
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

function countRows(ctx: BackendContext, table: 'indicator_dataset' | 'commune_contour'): number {
  return (ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function diagnosticDetail(ctx: BackendContext, places: number, communes: number): string {
  const base = `${countLabel(communes, 'commune')}, ${countLabel(places, 'lieu de médiation', 'lieux de médiation')}`;
  const missing = [
    countRows(ctx, 'indicator_dataset') === 0 ? 'aucun indicateur de fragilité importé' : null,
    countRows(ctx, 'commune_contour') === 0
      ? 'contours des communes non importés (carte de la fragilité absente)'
      : null,
  ].filter(Boolean);
  return missing.length === 0 ? `${base}.` : `${base} ; ${missing.join(' ; ')}.`;
}

export async function documentAvailability(ctx: BackendContext): Promise<DocumentAvailabilityDto[]> {
  const context = await documentContextOf(ctx);
  const counts = await liveActorCount(ctx);
  const communes = context.territory.communes.length;
  const entry = (kind: DocumentKind, available: boolean, detail: string): DocumentAvailabilityDto => ({
    kind,
    title: DOCUMENT_TITLES[kind],
    description: DESCRIPTIONS[kind],
    available,
    detail,
  });
  return DOCUMENT_KINDS.map((kind) => {
    switch (kind) {
      case 'annuaire':
        return counts.actors === 0
          ? entry(
              kind,
              false,
              'Disponible dès que l’annuaire compte un acteur : ajoutez-en un ou importez un fichier.',
            )
          : entry(
              kind,
              true,
              `${countLabel(counts.actors, 'acteur')}, ${countLabel(counts.places, 'lieu d’accueil', 'lieux d’accueil')}, ${countLabel(communes, 'commune')}.`,
            );
      case 'diagnostic':
        return entry(kind, true, diagnosticDetail(ctx, counts.places, communes));
      case 'feuilleDeRoute':
        return roadmapExists(ctx)
          ? entry(
              kind,
              true,
              'La feuille de route telle qu’elle est dans Maillage (brouillon ou version adoptée).',
            )
          : entry(
              kind,
              false,
              'Disponible quand la feuille de route existe : commencez-la dans l’écran Feuille de route.',
            );
      case 'noteSynthese':
        return roadmapExists(ctx)
          ? entry(
              kind,
              true,
              'Chiffres clés du diagnostic, une carte, l’état de la feuille de route et les décisions attendues.',
            )
          : entry(
              kind,
              false,
              'Disponible quand la feuille de route existe : commencez-la dans l’écran Feuille de route.',
            );
    }
  });
}
