import type { MeetingKind } from '../../../../shared/meetings/meetingsVocabulary';

/**
 * The kinds of meetings as the bilan writes them: a table's column, a count's noun (singular and plural); and the
 * source its chart cites.
 */

export const QUARTER_CHART_SOURCE = 'Maillage, réunions de l’instance';

export const KIND_COLUMNS: Record<MeetingKind, string> = {
  pleniere: 'Plénière',
  groupe_travail: 'Groupe de travail',
  temps_convivial: 'Temps convivial',
  atelier: 'Atelier',
  cafe_debat: 'Café-débat',
  visite_apprenante: 'Visite apprenante',
};

export const KIND_NAMES: Record<MeetingKind, string> = {
  pleniere: 'réunion plénière',
  groupe_travail: 'groupe de travail',
  temps_convivial: 'temps convivial',
  atelier: 'atelier',
  cafe_debat: 'café-débat',
  visite_apprenante: 'visite apprenante',
};

export const KIND_PLURALS: Record<MeetingKind, string> = {
  pleniere: 'réunions plénières',
  groupe_travail: 'groupes de travail',
  temps_convivial: 'temps conviviaux',
  atelier: 'ateliers',
  cafe_debat: 'cafés-débats',
  visite_apprenante: 'visites apprenantes',
};
