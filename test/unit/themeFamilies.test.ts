import { describe, expect, it } from 'vitest';
import {
  COOP_THEMES,
  PROCEDURE_DETAIL_THEMES,
  PROCEDURE_THEME,
  SKILL_THEMES,
  themeClass,
} from '../../shared/activity/themeFamilies';
import { FIRST_QUARTER, MARCH_APRIL, civraisienActivities } from '../fixtures/activity/coopExport';

/**
 * La Coop's thématiques as its source writes them (inclusion-numerique/coop-mediation-numerique,
 * `apps/web/src/features/activites/use-cases/cra/fields/thematique.ts`: `thematiquesNonAdministrativesLabels`
 * and `thematiquesAdministrativesLabels`), copied here as the test's own list: when La Coop adds a label, add
 * it here, and the test fails until `shared/activity/themeFamilies.ts` classifies it.
 */
const COOP_SOURCE_LABELS = [
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
  'Aide aux démarches administratives',
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

describe('theme families: administrative procedures or digital skills', () => {
  it('classifies every thématique of La Coop, and every one the fixtures use', () => {
    const fixtures = [...FIRST_QUARTER, ...MARCH_APRIL, ...civraisienActivities()].flatMap((a) => a.themes);
    const unclassified = [...new Set([...COOP_SOURCE_LABELS, ...fixtures])].filter(
      (label) => themeClass(label).family === 'other',
    );
    expect(unclassified).toEqual([]);
    expect([...COOP_THEMES].sort()).toEqual([...COOP_SOURCE_LABELS].sort());
  });

  it('puts the procedure and its details in « procedures », the rest of La Coop in « skills »', () => {
    expect(themeClass(PROCEDURE_THEME)).toEqual({ family: 'procedures', detail: false });
    for (const label of PROCEDURE_DETAIL_THEMES)
      expect(themeClass(label)).toEqual({ family: 'procedures', detail: true });
    for (const label of SKILL_THEMES) expect(themeClass(label)).toEqual({ family: 'skills', detail: false });
    // No label is in two families.
    expect(new Set(COOP_THEMES).size).toBe(COOP_THEMES.length);
  });

  it('reads a label as a table writes it (case, accents, apostrophes), and leaves a table’s own label « other »', () => {
    expect(themeClass('AIDE AUX DEMARCHES ADMINISTRATIVES').family).toBe('procedures');
    expect(themeClass('  e-mail ').family).toBe('skills');
    expect(themeClass('Argent -  Impôts')).toEqual({ family: 'procedures', detail: true });
    expect(themeClass('Atelier tricot')).toEqual({ family: 'other', detail: false });
  });
});
