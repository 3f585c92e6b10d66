/**
 * The Indice de fragilité numérique export (La MedNum, fragilite-numerique.fr): its columns and their French
 * names. See handbook/standards/ifn.md §4.
 */

export const IFN_DATASET_NAME = 'Indice de fragilité numérique';
export const IFN_SOURCE = 'La MedNum — fragilite-numerique.fr';

/** Text columns of the export: never read as indicators. */
export const IFN_TEXT_COLUMNS = ['name', 'division', 'code'] as const;

export const IFN_LABELS: Record<string, string> = {
  total: 'Score de fragilité numérique',
  no_thd_coverage_rate: 'Non-couverture Très Haut Débit',
  no_4g_coverage_rate: 'Non-couverture 4G',
  poverty_rate: 'Taux de pauvreté',
  poverty_rate_50_plus: 'Taux de pauvreté des 50 ans et plus',
  poverty_rate_30_minus: 'Taux de pauvreté des moins de 30 ans',
  older_65_rate: 'Part des 65 ans et plus',
  older_75_rate: 'Part des 75 ans et plus',
  nscol15p_rate: 'Part des pas ou peu diplômés',
  nscol15p_rate_50_plus: 'Part des pas ou peu diplômés de 50 ans et plus',
  nscol15p_rate_15_25_year: 'Part des pas ou peu diplômés de 15 à 25 ans',
  menseul_rate: 'Ménages d’une personne',
  menseul_rate_50_plus: 'Ménages d’une personne de 50 ans et plus',
  fammono_rate: 'Ménages monoparentaux',
  fammono_rate_25_minus: 'Ménages monoparentaux de moins de 25 ans',
  obstacle_to_mobility_rate: 'Freins à la mobilité',
  unemployement_rate: 'Taux de chômage',
  unemployement_rate_50_plus: 'Taux de chômage des 50 ans et plus',
  unemployement_rate_25_minus: 'Taux de chômage des moins de 25 ans',
  foreigners_rate: 'Part des étrangers',
  foreigners_rate_55_plus: 'Part des étrangers de 55 ans et plus',
  foreigners_rate_25_minus: 'Part des étrangers de moins de 25 ans',
  social_assistance_rate: 'Recours aux prestations sociales',
  aah_rate: 'Part des allocataires AAH',
  public_service_distance: 'Distance aux services publics',
  public_service_distance_and_ml: 'Distance aux services publics et missions locales',
  library_distance: 'Distance aux bibliothèques',
  library_distance_and_mjc: 'Distance aux bibliothèques et MJC',
  neet_16_25_year_rate: 'Part des 16-25 ans ni en emploi ni en formation',
  population: 'Population',
  population_density: 'Densité de population',
  area: 'Superficie',
  aging_index: 'Indice de vieillissement',
};

/** The total is a score read on 1…10; the other columns keep the unit of the file. */
export const IFN_SCORE_UNIT = 'score sur 10';

export const ifnLabelOf = (column: string): string => IFN_LABELS[column] ?? column;
