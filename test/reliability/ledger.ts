/**
 * What a trial sent and what the engine confirmed (answered `ok` before the kill), series by series. Each
 * write carries its number in its text (« Contexte n° 12 »), so that the reopened file tells which one it
 * holds. A write sent but never answered may or may not be in the file; a confirmed one must be.
 *
 * - overwrite series (one field rewritten again and again): the file holds the latest confirmed number or
 *   a later one that was sent;
 * - append series (a new row each time): every confirmed number is there, and none that was never sent.
 */

export const OVERWRITE_SERIES = ['contexte', 'action', 'commentaire', 'territoire'] as const;
export const APPEND_SERIES = ['objectif', 'figé'] as const;
export type OverwriteSeries = (typeof OVERWRITE_SERIES)[number];
export type AppendSeries = (typeof APPEND_SERIES)[number];
export type Series = OverwriteSeries | AppendSeries;

export interface ImportRecord {
  rows: number;
  /** The import's last state answered by `import.progress` or `import.cancel` (null: `import.start` never answered). */
  lastState: 'running' | 'done' | 'cancelled' | 'failed' | null;
  /** `import.cancel` was answered ok. */
  cancelConfirmed: boolean;
}

export class Ledger {
  private readonly sent = new Map<Series, number>();
  private readonly confirmedBySeries = new Map<Series, number[]>();
  /** Names of the backups whose `backups.create` was answered. */
  readonly backups: string[] = [];
  /** Word documents built and received whole. */
  documents = 0;
  import: ImportRecord | null = null;
  /** Refusals no user action should get (`method : code — message`). */
  readonly refusals: string[] = [];

  next(series: Series): number {
    const n = (this.sent.get(series) ?? 0) + 1;
    this.sent.set(series, n);
    return n;
  }

  confirm(series: Series, n: number): void {
    this.confirmedBySeries.set(series, [...(this.confirmedBySeries.get(series) ?? []), n]);
  }

  lastSent(series: Series): number {
    return this.sent.get(series) ?? 0;
  }

  confirmed(series: Series): number[] {
    return this.confirmedBySeries.get(series) ?? [];
  }

  /** Every confirmed write: the numbered ones, the backups and a finished or cancelled import. */
  get confirmedWrites(): number {
    let count = this.backups.length;
    for (const numbers of this.confirmedBySeries.values()) count += numbers.length;
    if (this.import?.lastState === 'done' || this.import?.lastState === 'cancelled') count++;
    return count;
  }
}

/** The number a written text ends with (« Contexte n° 12 » → 12), or -1. */
export const numberIn = (text: unknown): number => Number(/n° (\d+)$/.exec(String(text))?.[1] ?? -1);
