import type { ActorDto, PlaceDto } from '../../../../shared/actors/dto';
import type { ExportProblemDto } from '../../../../shared/interop/exportDto';
import { checkRow, STANDARD_FIELDS, type RuleBreach, type StandardRow } from './schemaRules';
import type { PlaceSourceFields } from './placeSourceFields';
import { updateDateOf } from './updateDate';

/**
 * From the directory to the standard's rows: one row per place, with the actor's fields (SIRET,
 * typologies, publics, labels…); an actor without a place gives one row from its own address. Each row is
 * checked against the schema's rules before it can be written: a row that breaks one is left out and
 * reported, in French, with the field and the reason.
 */

export interface ExportRow {
  actorId: number;
  actorName: string;
  placeName: string | null;
  values: StandardRow;
}

export interface RowsOutcome {
  rows: ExportRow[];
  excluded: ExportProblemDto[];
  warnings: ExportProblemDto[];
}

/** `a.localeCompare(b, 'fr')`, with one collator instead of one per comparison. */
const french = new Intl.Collator('fr');

/** Sorted (French collation), de-duplicated, joined with `|`. */
export function joinList(values: readonly (string | null | undefined)[]): string {
  const unique: string[] = [];
  for (const value of values) if (value && value.trim() !== '' && !unique.includes(value)) unique.push(value);
  if (unique.length < 2) return unique[0] ?? '';
  // A directory repeats a few combinations thousands of times; collating them is what costs.
  const key = unique.join('\u0000');
  let joined = sortedLists.get(key);
  if (joined === undefined) {
    joined = unique.sort(french.compare).join('|');
    if (sortedLists.size >= SORTED_LISTS) sortedLists.clear();
    sortedLists.set(key, joined);
  }
  return joined;
}

/** Joined lists remembered by their values in the order given (bounded: a few thousand combinations). */
const sortedLists = new Map<string, string>();
const SORTED_LISTS = 5000;

/**
 * A French phone number in the standard's international form (« 05 36 49 13 00 » → « +33536491300 »);
 * overseas prefixes kept when already international. Null when it cannot be converted.
 */
export function internationalPhone(phone: string | null): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s.\-()/]/g, '');
  let candidate: string;
  if (/^00\d+$/.test(compact)) candidate = `+${compact.slice(2)}`;
  else if (/^0\d{9}$/.test(compact)) candidate = `+33${compact.slice(1)}`;
  else candidate = compact;
  candidate = candidate.replace(/^\+33\(?0\)?/, '+33');
  return /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/.test(candidate)
    ? candidate
    : null;
}

const number = (value: number | null): string => (value === null ? '' : String(value));

/**
 * The standard requires a pivot; the national cartographie's own exports write this placeholder when the
 * SIRET is unknown. A place without SIRET is therefore exported with it, and the user is warned.
 */
export const PLACEHOLDER_PIVOT = '00000000000000';

/** The place's own location when it has one, else the actor's. */
function location(actor: ActorDto, place: PlaceDto | null) {
  const source = place && (place.address !== null || place.communeCode !== null) ? place : actor;
  return {
    address: source.address ?? '',
    addressComplement: source.addressComplement ?? '',
    postcode: source.postcode ?? '',
    communeCode: source.communeCode ?? '',
    communeName: source.communeName ?? '',
    latitude: number(source.latitude),
    longitude: number(source.longitude),
  };
}

/**
 * The standard's values for one place of an actor (or for the actor itself when `place` is null). A place
 * that came from a file keeps what the file said of it and no form edits: its `source`, its `date_maj`, its
 * presentations and its Accès libre page. A place created in Maillage has the territory as source.
 */
export function standardValues(
  actor: ActorDto,
  place: PlaceDto | null,
  producer: string,
  externalId: string | null = null,
  fromFile: PlaceSourceFields | null = null,
): StandardRow {
  const where = location(actor, place);
  const name = place?.name ?? actor.name;
  return {
    id: externalId ?? (place ? `maillage-lieu-${place.id}` : `maillage-acteur-${actor.id}`),
    pivot: actor.siret ?? PLACEHOLDER_PIVOT,
    nom: name,
    commune: where.communeName,
    code_postal: where.postcode,
    code_insee: where.communeCode,
    adresse: where.address,
    complement_adresse: where.addressComplement,
    latitude: where.latitude,
    longitude: where.longitude,
    typologie: joinList(actor.typologies),
    telephone: internationalPhone(place?.phone ?? null) ?? '',
    courriels: joinList([place?.email]),
    site_web: joinList([actor.website]),
    horaires: place?.openingHoursReading.status === 'valid' ? (place.openingHours ?? '') : '',
    presentation_resume: fromFile?.presentationSummary ?? '',
    presentation_detail: fromFile?.presentationDetail ?? '',
    source: fromFile?.source ?? producer,
    itinerance: joinList(place?.itinerance ?? []),
    structure_parente: name === actor.name ? '' : actor.name,
    date_maj: updateDateOf(actor, fromFile) ?? '',
    services: joinList(place?.services ?? []),
    publics_specifiquement_adresses: joinList(actor.publics),
    prise_en_charge_specifique: joinList(actor.specificSupports),
    frais_a_charge: joinList(place?.fees ?? []),
    dispositif_programmes_nationaux: joinList(actor.programmes),
    formations_labels: joinList(actor.labels),
    autres_formations_labels: actor.otherLabels ?? '',
    modalites_acces: joinList(place?.accessModes ?? []),
    modalites_accompagnement: joinList(place?.accompanimentModes ?? []),
    fiche_acces_libre: fromFile?.accessibilityUrl ?? '',
    prise_rdv: place?.bookingUrl ?? '',
  };
}

const REQUIRED_MESSAGES: Record<string, string> = {
  id: 'l’identifiant du lieu manque.',
  pivot: 'le SIRET manque : ajoutez celui de la structure à sa fiche.',
  nom: 'le nom manque.',
  commune: 'la commune manque : choisissez-la dans la fiche.',
  code_postal: 'le code postal manque : choisissez la commune ou saisissez le code postal.',
  adresse: 'l’adresse manque : saisissez le numéro et la rue.',
  date_maj:
    'date de mise à jour inconnue : le fichier d’où vient ce lieu n’en donnait pas, et Maillage n’en invente pas. Vérifiez la fiche puis «\u00a0Marquer comme vérifiée aujourd’hui\u00a0» : elle sera exportée avec cette date.',
};

function breachMessage(breach: RuleBreach, row: StandardRow): string {
  if (breach.kind === 'required')
    return REQUIRED_MESSAGES[breach.field] ?? 'cette valeur obligatoire manque.';
  const value = row[breach.field] ?? '';
  if (breach.kind === 'maxLength') return 'le texte dépasse 280 caractères.';
  if (breach.field === 'pivot')
    return `le SIRET « ${value} » n’a pas la forme attendue (9 à 14 lettres ou chiffres).`;
  return `la valeur « ${value} » ne respecte pas le format du standard.`;
}

/**
 * `checkRow` for a whole export, each pattern's verdict on a value remembered (a rule's breaches depend on
 * that value only): the rows of a directory share few distinct lists, postcodes and codes, and a pattern
 * costs far more to run than to look up.
 */
function rowChecker(): (row: StandardRow) => RuleBreach[] {
  const plain = STANDARD_FIELDS.filter((rule) => rule.pattern === undefined);
  const remembered = STANDARD_FIELDS.filter((rule) => rule.pattern !== undefined).map((rule) => ({
    rule,
    verdicts: new Map<string, RuleBreach[]>(),
  }));
  const order = new Map(STANDARD_FIELDS.map((rule, index) => [rule.name, index]));
  return (row) => {
    const breaches = checkRow(row, plain);
    for (const { rule, verdicts } of remembered) {
      const value = row[rule.name] ?? '';
      let verdict = verdicts.get(value);
      if (verdict === undefined) {
        verdict = checkRow({ [rule.name]: value }, [rule]);
        verdicts.set(value, verdict);
      }
      if (verdict.length > 0) breaches.push(...verdict);
    }
    // In the schema's order, as `checkRow` gives them (a stable sort keeps each field's own order).
    return breaches.length > 1
      ? breaches.sort((a, b) => order.get(a.field)! - order.get(b.field)!)
      : breaches;
  };
}

/** Rows of the actors, the rows the schema refuses, and the values left out of accepted rows. */
export function exportRows(
  actors: readonly ActorDto[],
  producer: string,
  fromFiles: ReadonlyMap<number, PlaceSourceFields> = new Map(),
): RowsOutcome {
  const outcome: RowsOutcome = { rows: [], excluded: [], warnings: [] };
  const externalIds = new Map<number, string>();
  for (const [placeId, fields] of fromFiles)
    if (fields.externalId) externalIds.set(placeId, fields.externalId);
  const usable = uniqueExternalIds(actors, externalIds);
  const check = rowChecker();
  for (const actor of actors) {
    const places: (PlaceDto | null)[] = actor.places.length > 0 ? actor.places : [null];
    for (const place of places) {
      const values = standardValues(
        actor,
        place,
        producer,
        place ? (usable.get(place.id) ?? null) : null,
        place ? (fromFiles.get(place.id) ?? null) : null,
      );
      const about = { actorId: actor.id, actorName: actor.name, placeName: place?.name ?? null };
      const breaches = check(values);
      if (breaches.length > 0) {
        for (const breach of breaches)
          outcome.excluded.push({ ...about, field: breach.field, message: breachMessage(breach, values) });
        continue;
      }
      if (actor.siret === null)
        outcome.warnings.push({
          ...about,
          field: 'pivot',
          message: `SIRET inconnu : exporté avec le SIRET bouche-trou ${PLACEHOLDER_PIVOT} ; ajoutez le SIRET de la structure à sa fiche.`,
        });
      if (place?.phone && values.telephone === '')
        outcome.warnings.push({
          ...about,
          field: 'telephone',
          message: `le téléphone « ${place.phone} » n’est pas un numéro français complet : exporté sans téléphone.`,
        });
      if (place?.openingHoursReading.status === 'invalid')
        outcome.warnings.push({
          ...about,
          field: 'horaires',
          message: 'les horaires sont à corriger (format OpenStreetMap) : exportés sans horaires.',
        });
      outcome.rows.push({ ...about, values });
    }
  }
  return outcome;
}

/**
 * A place imported from a file keeps that file's id on export, so that exporting, importing and exporting
 * again gives the same ids (and the national map recognises its places). Only ids that stay unique in
 * the file are reused: two sources may both have a « structure-1 ».
 */
function uniqueExternalIds(
  actors: readonly ActorDto[],
  externalIds: ReadonlyMap<number, string>,
): Map<number, string> {
  const placeIds = actors.flatMap((actor) => actor.places.map((place) => place.id));
  const counts = new Map<string, number>();
  for (const id of placeIds) {
    const external = externalIds.get(id);
    if (external) counts.set(external, (counts.get(external) ?? 0) + 1);
  }
  const usable = new Map<number, string>();
  for (const id of placeIds) {
    const external = externalIds.get(id);
    if (external && counts.get(external) === 1) usable.set(id, external);
  }
  // An external id must not clash with an id generated for another row; a clashing place falls back to
  // its own generated id, which may clash in turn, hence the loop (it ends: usable only shrinks).
  for (;;) {
    const generated = new Set([
      ...placeIds.filter((id) => !usable.has(id)).map((id) => `maillage-lieu-${id}`),
      ...actors.filter((actor) => actor.places.length === 0).map((actor) => `maillage-acteur-${actor.id}`),
    ]);
    const clashing = [...usable].filter(([, external]) => generated.has(external));
    if (clashing.length === 0) return usable;
    for (const [id] of clashing) usable.delete(id);
  }
}
