import { actorInput, type ActorValues } from '../../../../shared/actors/schemas';
import type { ColumnMapping, ImportField } from '../../../../shared/interop/importFields';
import type { ImportRowProblem } from '../../../../shared/interop/importDto';
import { fastActorValues } from './fastActorValues';
import type { ImportedRow } from './rowToActor';
import type { LeftOut } from './unmappedValues';

/**
 * The directory's own rules on an imported row. A missing name rejects the row; any other invalid value
 * (a malformed e-mail, phone, postcode…) is left out with a warning, so that the place still comes in.
 */

const FIELD_OF_PATH: Record<string, ImportField> = {
  name: 'name',
  siret: 'siret',
  address: 'address',
  addressComplement: 'addressComplement',
  postcode: 'postcode',
  latitude: 'latitude',
  longitude: 'longitude',
  website: 'website',
  otherLabels: 'otherLabels',
  notes: 'description',
  lastVerifiedOn: 'updatedOn',
  phone: 'phone',
  email: 'email',
  bookingUrl: 'bookingUrl',
  openingHours: 'openingHours',
};

export type ValidatedRow =
  | { ok: true; values: ActorValues; warnings: ImportRowProblem[]; leftOut: LeftOut[] }
  | { ok: false; problem: ImportRowProblem };

const MAX_ATTEMPTS = 8;

export function validateRow(row: ImportedRow, mapping: ColumnMapping): ValidatedRow {
  const columnOf = (key: string) => {
    const field = FIELD_OF_PATH[key];
    return field ? (mapping[field] ?? null) : null;
  };
  if (!row.actor.name.trim())
    return {
      ok: false,
      problem: {
        line: row.line,
        field: mapping.name ?? null,
        reason: 'Nom manquant.',
      },
    };
  // Most rows pass as they are, and a plain check proves it (the value zod would give, a fraction of its
  // time); zod itself reads every other row. Parsing does not touch its input: only a row to repair is copied.
  const fast = fastActorValues(row.actor);
  if (fast) return { ok: true, values: fast, warnings: [], leftOut: [] };
  const first = actorInput.safeParse(row.actor);
  if (first.success) return { ok: true, values: first.data, warnings: [], leftOut: [] };
  const warnings: ImportRowProblem[] = [];
  const leftOut: LeftOut[] = [];
  const candidate = structuredClone(row.actor) as unknown as Record<string, unknown>;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const parsed = actorInput.safeParse(candidate);
    if (parsed.success) return { ok: true, values: parsed.data, warnings, leftOut };
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const key = path[path.length - 1] ?? '';
      if (key === 'name')
        return { ok: false, problem: { line: row.line, field: columnOf('name'), reason: issue.message } };
      // Drop the offending value: the nearest object on the path loses the key.
      let holder: unknown = candidate;
      for (const part of path.slice(0, -1)) holder = (holder as Record<string, unknown> | undefined)?.[part];
      if (!holder || typeof holder !== 'object') continue;
      const target = holder as Record<string, unknown>;
      const column = columnOf(key);
      const dropped = target[key];
      if (column && (typeof dropped === 'string' || typeof dropped === 'number'))
        leftOut.push({ field: column, value: String(dropped) });
      if (key === 'latitude' || key === 'longitude') {
        target.latitude = null;
        target.longitude = null;
      } else target[key] = Array.isArray(target[key]) ? [] : null;
      warnings.push({
        line: row.line,
        field: column,
        reason: `${issue.message} La valeur est laissée de côté.`,
      });
    }
  }
  return {
    ok: false,
    problem: {
      line: row.line,
      field: null,
      reason: 'Illisible, même ses valeurs invalides laissées de côté.',
    },
  };
}
