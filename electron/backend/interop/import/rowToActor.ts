import type { ActorInput, PlaceInput } from '../../../../shared/actors/schemas';
import type { ColumnMapping, ImportField } from '../../../../shared/interop/importFields';
import type { ImportRowProblem } from '../../../../shared/interop/importDto';
import { compactSiret, isValidSiret } from '../../../../shared/actors/siret';
import type { SourceRecord } from '../lieux-mediation/readTable';
import { itineranceOfAnswer } from '../lieux-mediation/itineranceAnswer';
import {
  classifyValue,
  readTypologies,
  splitValues,
  type VocabularyField,
} from '../lieux-mediation/readVocabularies';
import { repairedName } from './damagedWords';
import { formulaWarnings } from './formulaWarnings';
import { padCode, postcodeOf } from './communeKey';
import { legacyMadeUpId, madeUpId } from '../../../../shared/interop/madeUpId';
import type { PlaceOrigin } from './placeOrigin';
import type { LeftOut } from './unmappedValues';
import { unsaidFields, type UnsaidField } from './unsaidFields';
import { isIsoDate } from '../../../../shared/api/fields';

/**
 * One record of the file → the actor it describes (one actor, one place), before the territory check.
 * Nothing here throws: what cannot be read is left out with a warning naming the line and the column.
 */

export interface ImportedRow {
  line: number;
  source: string;
  externalId: string;
  /** False when the file has no id for the row and one was made from its name, postcode and commune. */
  idFromFile: boolean;
  /**
   * For a made-up id, the one made before the commune was part of it (`legacyMadeUpId`), when it differs:
   * a place imported then carries it, and is found by it if it lies in the row's commune.
   */
  legacyId: string | null;
  /** The file's `structure_parente`: on an update, an actor already named so keeps its name. */
  parentName: string | null;
  actor: ActorInput & { places: PlaceInput[] };
  location: { inseeCode: string; postcode: string; communeName: string };
  /** What the file says of the place that no form edits, given back by the export. */
  origin: PlaceOrigin;
  /** The place's fields no column of the file fills: an update keeps their stored values. */
  unsaid: UnsaidField[];
  warnings: ImportRowProblem[];
  /** Every value of the row left out, also named in `warnings`: counted in the report. */
  leftOut: LeftOut[];
  /** Fewer values than columns (`SourceRecord.cut`): said when the row is refused. */
  cut: SourceRecord['cut'] | null;
}

const VOCABULARY_FIELDS: VocabularyField[] = [
  'services',
  'publics',
  'specificSupports',
  'fees',
  'itinerance',
  'accessModes',
  'accompanimentModes',
  'programmes',
  'labels',
];

const valuesOf = (cell: string): string[] =>
  cell
    .split(/[|;\n]/)
    .map((value) => value.trim())
    .filter(Boolean);

function numberOf(cell: string): number | null {
  const text = cell.trim().replace(',', '.');
  if (!text) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A date as ISO; placeholders (« 1970-01-01 », anything before 2000) read as no date. */
function isoDateOf(cell: string): string | null {
  const text = cell.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const date = iso ?? (french ? `${french[3]}-${french[2]}-${french[1]}` : null);
  return date && date >= '2000-01-01' ? date : null;
}

const asUrl = (text: string) => (/^https?:\/\//i.test(text) ? text : `https://${text}`);

/** A link as written, or a domain (« www.… », « acceslibre.beta.gouv.fr/… ») made one; null for prose. */
function linkOf(text: string): string | null {
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(text) ? asUrl(text) : null;
}

const quoted = (values: readonly string[]) => `«\u00a0${values.join('\u00a0», «\u00a0')}\u00a0»`;

/** `2 place de la Mairie 16230 Mansle` → `16230`: a postcode followed by the commune, read in an address. */
function postcodeInAddress(address: string): string {
  return /(?:^|[\s,])(\d{5})\s+\p{L}/u.exec(address)?.[1] ?? '';
}

export function rowToActor(record: SourceRecord, mapping: ColumnMapping, fileLabel: string): ImportedRow {
  const warnings: ImportRowProblem[] = formulaWarnings(record, mapping);
  const cell = (field: ImportField): string => {
    const header = mapping[field];
    return header ? (record.values[header] ?? '').trim() : '';
  };
  const warn = (field: ImportField, reason: string) =>
    warnings.push({ line: record.line, field: mapping[field] ?? null, reason });
  const leftOut: LeftOut[] = [];
  const leave = (field: ImportField, values: readonly string[]) => {
    for (const value of values) leftOut.push({ field: mapping[field]!, value });
  };
  /** The first of a cell's values: the directory keeps one; the others are named, not dropped silently. */
  const first = (field: ImportField, what: string): string | null => {
    const [kept, ...others] = valuesOf(cell(field));
    if (others.length > 0) {
      warn(
        field,
        `${what}\u00a0: seule la première valeur est reprise\u00a0; laissée${others.length > 1 ? 's' : ''} de côté\u00a0: ${quoted(others)}.`,
      );
      leave(field, others);
    }
    return kept ?? null;
  };

  const vocab: Record<VocabularyField, Set<string>> = Object.fromEntries(
    VOCABULARY_FIELDS.map((field) => [field, new Set<string>()]),
  ) as Record<VocabularyField, Set<string>>;
  for (const field of VOCABULARY_FIELDS) {
    const unknown: string[] = [];
    const homeless: string[] = [];
    for (const value of splitValues(cell(field))) {
      const answer = field === 'itinerance' ? itineranceOfAnswer(value) : null;
      if (answer) {
        vocab.itinerance.add(answer);
        continue;
      }
      const targets = classifyValue(value);
      if (targets === null) unknown.push(value);
      else if (targets.length === 0) homeless.push(value);
      else for (const [target, v1] of targets) vocab[target].add(v1);
    }
    const plural = (values: readonly string[]) => (values.length > 1 ? 's' : '');
    if (unknown.length > 0)
      warn(
        field,
        `Valeur${plural(unknown)} non reconnue${plural(unknown)}, laissée${plural(unknown)} de côté\u00a0: ${quoted(unknown)}.`,
      );
    if (homeless.length > 0)
      warn(
        field,
        `Sans équivalent dans le standard v1, laissée${plural(homeless)} de côté\u00a0: ${quoted(homeless)}.`,
      );
    leave(field, [...unknown, ...homeless]);
  }
  const typologies = readTypologies(cell('typologies'));
  if (typologies.unknown.length > 0) {
    warn('typologies', `Typologie inconnue, laissée de côté\u00a0: ${quoted(typologies.unknown)}.`);
    leave('typologies', typologies.unknown);
  }
  const accessibilityCell = cell('accessibilityUrl');
  const accessibilityUrl = accessibilityCell ? linkOf(accessibilityCell) : null;
  if (accessibilityCell && !accessibilityUrl) {
    warn(
      'accessibilityUrl',
      `Pas un lien vers une fiche Accès libre, laissé de côté\u00a0: ${quoted([accessibilityCell])}.`,
    );
    leave('accessibilityUrl', [accessibilityCell]);
  }
  const website = first('website', 'Plusieurs sites web');
  const bookingUrl = first('bookingUrl', 'Plusieurs liens de prise de rendez-vous');

  let siret: string | null = compactSiret(cell('siret')) || null;
  if (siret && !isValidSiret(siret)) {
    if (!/^0+$/.test(siret))
      warn('siret', `SIRET «\u00a0${cell('siret')}\u00a0» invalide\u00a0: laissé vide.`);
    siret = null;
  }

  let latitude = numberOf(cell('latitude'));
  let longitude = numberOf(cell('longitude'));
  if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    if (cell('latitude') || cell('longitude'))
      warn('latitude', 'Coordonnées illisibles\u00a0: laissées vides.');
    latitude = null;
    longitude = null;
  }

  const name = cell('name');
  // Damaged letters given back where one word of the places' vocabulary fits (`damagedWords.ts`); the file's
  // own name still makes the row's id, so that a re-import finds the same place.
  const repaired = repairedName(name);
  if (repaired)
    warn(
      'name',
      `Nom lu avec des caractères abîmés, réparé\u00a0: ${quoted([name])} → ${quoted([repaired])}.`,
    );
  const shownName = repaired ?? name;
  // The standard's `structure_parente`: warned about once the row's actor is known (`parentName.ts`).
  const parentName = cell('parentName');
  const updatedOn = isoDateOf(cell('updatedOn'));
  const postcodeCell = cell('postcode');
  const postcode = postcodeOf(postcodeCell) || (postcodeCell ? '' : postcodeInAddress(cell('address')));
  const address = cell('address') || null;
  const place: PlaceInput = {
    name: shownName || 'Lieu',
    address,
    addressComplement: cell('addressComplement') || null,
    postcode: postcode || null,
    latitude,
    longitude,
    services: [...vocab.services] as PlaceInput['services'],
    accessModes: [...vocab.accessModes] as PlaceInput['accessModes'],
    accompanimentModes: [...vocab.accompanimentModes] as PlaceInput['accompanimentModes'],
    fees: [...vocab.fees] as PlaceInput['fees'],
    itinerance: [...vocab.itinerance] as PlaceInput['itinerance'],
    openingHours: cell('openingHours') || null,
    phone: first('phone', 'Plusieurs téléphones'),
    email: first('email', 'Plusieurs courriels'),
    bookingUrl: bookingUrl && asUrl(bookingUrl),
    permanences: [],
  };
  const actor: ImportedRow['actor'] = {
    name: shownName,
    siret,
    typologies: typologies.codes as ActorInput['typologies'],
    roles: ['lieu_mediation'],
    address,
    addressComplement: cell('addressComplement') || null,
    postcode: postcode || null,
    latitude,
    longitude,
    website: website && asUrl(website),
    publics: [...vocab.publics] as ActorInput['publics'],
    specificSupports: [...vocab.specificSupports] as ActorInput['specificSupports'],
    programmes: [...vocab.programmes] as ActorInput['programmes'],
    labels: [...vocab.labels] as ActorInput['labels'],
    otherLabels: cell('otherLabels') || null,
    notes: cell('description') || null,
    lastVerifiedOn: updatedOn,
    contacts: [],
    places: [place],
  };
  // Without an id in the file: one made from the name, postcode and commune as the file writes them.
  const fileId = cell('externalId');
  const madeUp = fileId
    ? null
    : madeUpId(name, padCode(postcodeCell), padCode(cell('inseeCode')) || cell('communeName'));
  const legacy = madeUp === null ? null : legacyMadeUpId(name, padCode(postcodeCell));
  return {
    line: record.line,
    source: cell('source') || fileLabel,
    parentName: parentName || null,
    externalId: madeUp ?? fileId,
    idFromFile: madeUp === null,
    legacyId: legacy !== madeUp ? legacy : null,
    actor,
    location: { inseeCode: cell('inseeCode'), postcode, communeName: cell('communeName') },
    origin: {
      // A date the calendar does not have (« 2026-02-30 ») is left out of the actor with a warning
      // (`validateRow`), and so out of the place too.
      sourceUpdatedOn: updatedOn !== null && isIsoDate(updatedOn) ? updatedOn : null,
      presentationSummary: cell('summary') || null,
      presentationDetail: cell('detail') || null,
      accessibilityUrl,
    },
    unsaid: unsaidFields(record, mapping),
    cut: record.cut ?? null,
    warnings,
    leftOut: [...leftOut, ...unmappedColumns(record, mapping)],
  };
}

/** The columns a mapping uses, worked out once per mapping rather than once per row. */
const mappedColumns = new WeakMap<ColumnMapping, Set<string | undefined>>();

/** Filled cells of the columns that fill no field: nothing the file says goes unnoticed. */
function unmappedColumns(record: SourceRecord, mapping: ColumnMapping): LeftOut[] {
  let mapped = mappedColumns.get(mapping);
  if (!mapped) mappedColumns.set(mapping, (mapped = new Set<string | undefined>(Object.values(mapping))));
  const left: LeftOut[] = [];
  for (const header in record.values) {
    if (mapped.has(header)) continue;
    const value = record.values[header];
    if (value !== undefined && value.trim() !== '') left.push({ field: header, value: null });
  }
  return left;
}
