/**
 * La Coop de la médiation numérique's thématiques, each in one family: administrative procedures or digital
 * skills. The labels are La Coop's own (inclusion-numerique/coop-mediation-numerique,
 * `apps/web/src/features/activites/use-cases/cra/fields/thematique.ts`): nineteen « thématiques » — among
 * them « Aide aux démarches administratives » — and eleven « thématiques administratives » that detail which
 * procedure an « Aide aux démarches administratives » was about (logement, impôts…).
 *
 * A procedure's detail is not counted a second time in the families: the activity is already counted under
 * « Aide aux démarches administratives ». `test/unit/themeFamilies.test.ts` fails when a label of La Coop
 * (or of the fixtures) is left unclassified.
 */

export type ThemeFamily = 'procedures' | 'skills';

/** The procedure itself (La Coop's thématique « Aide aux démarches administratives »). */
export const PROCEDURE_THEME = 'Aide aux démarches administratives';

/** La Coop's thématiques besides the procedures: using, understanding and creating with digital tools. */
export const SKILL_THEMES = [
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
] as const;

/** La Coop's « thématiques administratives »: which procedure an « Aide aux démarches administratives » was. */
export const PROCEDURE_DETAIL_THEMES = [
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
] as const;

export const THEME_FAMILY_LABELS: Record<ThemeFamily | 'other', string> = {
  procedures: 'Démarches administratives',
  skills: 'Compétences numériques',
  other: 'Autres thématiques',
};

export type ThemeClass =
  | { family: 'procedures'; detail: false }
  | { family: 'procedures'; detail: true }
  | { family: 'skills'; detail: false }
  | { family: 'other'; detail: false };

const normalised = (label: string) =>
  label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const CLASSES = new Map<string, ThemeClass>([
  [normalised(PROCEDURE_THEME), { family: 'procedures', detail: false }],
  ...PROCEDURE_DETAIL_THEMES.map((label): [string, ThemeClass] => [
    normalised(label),
    { family: 'procedures', detail: true },
  ]),
  ...SKILL_THEMES.map((label): [string, ThemeClass] => [
    normalised(label),
    { family: 'skills', detail: false },
  ]),
]);

/** The family of a theme as La Coop writes it (accents and case aside); a table's own labels are « other ». */
export function themeClass(label: string): ThemeClass {
  return CLASSES.get(normalised(label)) ?? { family: 'other', detail: false };
}

/** Every La Coop label, for the test that each is classified. */
export const COOP_THEMES: readonly string[] = [PROCEDURE_THEME, ...SKILL_THEMES, ...PROCEDURE_DETAIL_THEMES];
