import { STANDARD_FIELDS, valueBreaches, type FieldRule, type RuleBreach } from './schemaRules';
import { STANDARD_COLUMNS as C } from './exportColumns';

/**
 * Each exported row checked against the standard's rules before it is written, and the French reason given for
 * a row left out (« le SIRET manque : ajoutez celui de la structure à sa fiche. »).
 */

const REQUIRED_MESSAGES: Record<string, string> = {
  id: 'l’identifiant du lieu manque.',
  pivot: 'le SIRET manque\u00a0: ajoutez celui de la structure à sa fiche.',
  nom: 'le nom manque.',
  commune: 'la commune manque\u00a0: choisissez-la dans la fiche.',
  code_postal: 'le code postal manque\u00a0: choisissez la commune ou saisissez le code postal.',
  adresse: 'l’adresse manque\u00a0: saisissez le numéro et la rue.',
  date_maj:
    'date de mise à jour inconnue\u00a0: le fichier d’où vient ce lieu n’en donnait pas, et Maillage n’en invente pas. Vérifiez la fiche puis «\u00a0Marquer comme vérifiée aujourd’hui\u00a0»\u00a0: elle sera exportée avec cette date.',
};

export function breachMessage(breach: RuleBreach, value: string): string {
  if (breach.kind === 'required')
    return REQUIRED_MESSAGES[breach.field] ?? 'cette valeur obligatoire manque.';
  if (breach.kind === 'maxLength') return 'le texte dépasse 280 caractères.';
  if (breach.field === 'pivot')
    return `le SIRET «\u00a0${value}\u00a0» n’a pas la forme attendue (9 à 14 lettres ou chiffres).`;
  return `la valeur «\u00a0${value}\u00a0» ne respecte pas le format du standard.`;
}

const NO_BREACH: readonly RuleBreach[] = Object.freeze([]);

/**
 * The cells whose verdicts are remembered: the multi-valued lists (long patterns, a few hundred distinct
 * values, each the same string every time: `joinList` and the reader share them) and the date (`Date.parse`).
 * Other checked cells (SIRET, postcode, coordinates, phone…) are mostly distinct: their short patterns run
 * faster than a lookup, and remembering 20,000 of each would keep them alive for the collector to copy.
 */
const REMEMBERED = new Set([
  C.itinerance,
  C.dateMaj,
  C.services,
  C.publics,
  C.supports,
  C.fees,
  C.programmes,
  C.labels,
  C.accessModes,
  C.accompanimentModes,
]);

/**
 * `checkRow` on a row's cells, in the schema's order as `checkRow` gives them. Rules that only ask for a
 * value (plain text) are not run on present values.
 */
export function rowChecker(): (cells: readonly string[]) => RuleBreach[] | null {
  const rules = STANDARD_FIELDS.map((rule: FieldRule, index) => ({
    rule,
    index,
    checked: rule.pattern !== undefined || rule.maxLength !== undefined || rule.type !== 'string',
    verdicts: REMEMBERED.has(index) ? new Map<string, readonly RuleBreach[]>() : null,
  }));
  return (cells) => {
    let breaches: RuleBreach[] | null = null;
    for (const { rule, index, checked, verdicts } of rules) {
      const value = cells[index]!;
      if (value === '') {
        if (rule.required) (breaches ??= []).push({ field: rule.name, kind: 'required' });
        continue;
      }
      if (!checked) continue;
      if (!verdicts) {
        breaches = valueBreaches(rule, value, breaches);
        continue;
      }
      let verdict = verdicts.get(value);
      if (verdict === undefined) {
        verdict = valueBreaches(rule, value) ?? NO_BREACH;
        if (verdicts.size >= REMEMBERED_VALUES) verdicts.clear();
        verdicts.set(value, verdict);
      }
      if (verdict.length > 0) (breaches ??= []).push(...verdict);
    }
    return breaches;
  };
}

/** Verdicts remembered per cell (bounded: a directory has a few hundred combinations of each list). */
const REMEMBERED_VALUES = 4096;
