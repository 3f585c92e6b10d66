import type { UnmappedValue } from '../../../../shared/interop/importDto';

/**
 * The values of a file that the directory cannot hold, counted by column and value over the rows that are
 * imported, so that the report can say « publics_accueillis : « Adultes » ×12 » instead of dropping them.
 */

export interface LeftOut {
  /** The column, as named in the file. */
  field: string;
  /** Null: the whole cell of a column that fills no field. */
  value: string | null;
}

const keyOf = (leftOut: LeftOut) => `${leftOut.field}\u0000${leftOut.value ?? ''}`;

export class UnmappedCounter {
  private readonly counts = new Map<string, UnmappedValue>();

  add(leftOut: readonly LeftOut[]): void {
    for (const item of leftOut) {
      const key = keyOf(item);
      const known = this.counts.get(key);
      if (known) known.count++;
      else this.counts.set(key, { field: item.field, value: item.value, count: 1 });
    }
  }

  /** Most frequent first; equal counts by column, then value (French collation): a stable report. */
  list(): UnmappedValue[] {
    return [...this.counts.values()].sort(
      (a, b) =>
        b.count - a.count ||
        a.field.localeCompare(b.field, 'fr') ||
        (a.value ?? '').localeCompare(b.value ?? '', 'fr'),
    );
  }
}
