/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The « Démarches administratives ou compétences numériques » figure counted an activity once per theme: an
 * accompaniment on « E-mail » and « Bureautique » counted twice among the digital skills, so the family could
 * exceed all the activities (a review: 776 for 420). Each import now stores, per day and type, the activities
 * and accompaniments of each family, an activity once per family it touches (`aggregateActivity.ts`).
 *
 * The imports made before this version only kept their themes: their families are filled here as the sum of
 * their themes, as they were shown until now (exact again once the file is imported anew). The labels are La
 * Coop's thématiques as of this version, written out so that this migration never changes.
 */

const list = (labels: string[]) => labels.map((label) => `'${label.replaceAll("'", "''")}'`).join(', ');

const PROCEDURES = ['Aide aux démarches administratives'];
const SKILLS = [
  'Diagnostic numérique',
  'Prendre en main du matériel',
  'Maintenance de matériel',
  'Gérer ses contenus numériques',
  'Navigation sur internet',
  'E-mail',
  'Bureautique',
  'Réseaux sociaux communication',
  'Santé',
  'Banque et achats en ligne',
  'Accompagner un professionnel',
  'Insertion professionnelle',
  'Prévention en sécurité numérique',
  'Parentalité',
  'Scolarité et numérique',
  'Créer avec le numérique',
  'Culture numérique',
  'Intelligence artificielle (IA)',
];
const PROCEDURE_DETAILS = [
  'Papiers - Élections - Citoyenneté',
  'Famille - Scolarité',
  'Social - Santé',
  'Travail - Formation - Entreprise',
  'Logement',
  'Transports - Mobilité',
  'Argent - Impôts',
  'Justice',
  'Étrangers - Europe',
  'Loisirs - Sports - Culture',
  'Associations',
];

export const migration022ActivityFamilies = `
CREATE TABLE activity_family (
  import_id INTEGER NOT NULL REFERENCES activity_import (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  family TEXT NOT NULL CHECK (family IN ('procedures', 'skills', 'other')),
  activities INTEGER NOT NULL,
  accompaniments INTEGER NOT NULL,
  PRIMARY KEY (import_id, day, kind, family)
) WITHOUT ROWID;
-- Covering, for the sums over a period (and a structure, through the import).
CREATE INDEX activity_family_day ON activity_family (day, import_id, family, activities, accompaniments);

INSERT INTO activity_family (import_id, day, kind, family, activities, accompaniments)
  SELECT import_id, day, kind,
    CASE WHEN theme IN (${list(PROCEDURES)}) THEN 'procedures'
         WHEN theme IN (${list(SKILLS)}) THEN 'skills'
         ELSE 'other' END AS family,
    SUM(activities), SUM(accompaniments)
  FROM activity_theme
  WHERE theme <> '' AND theme NOT IN (${list(PROCEDURE_DETAILS)})
  GROUP BY import_id, day, kind, family;
`;
