/**
 * Autosave without losing a keystroke: each edited thing (a key such as `action:12`) gets the latest way to
 * save it; it is sent once the user has paused for `delayMs`, at once on `flush` (blur, leaving the screen), one
 * call at a time per key, and retried after a failure (with the newest value typed in the meantime).
 * No React and no DOM: the timers are injected, so that the behaviour is tested with a fake clock.
 */

/** `retry: false` for a value the backend refuses (an emptied title): it waits for the user's next edit. */
export type SaveOutcome = { ok: true } | { ok: false; message: string; retry?: boolean };

/** What the header shows: « Enregistré », « Enregistrement… » or « Non enregistré — nouvel essai ». */
export type AutosaveStatus =
  { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'failed'; message: string };

export interface Timers {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Entry {
  /** The newest save of this key not yet sent, or null when everything typed has been sent. */
  next: (() => Promise<SaveOutcome>) | null;
  timer: unknown;
  inFlight: Promise<void> | null;
  failure: string | null;
  attempts: number;
}

export interface AutosaveOptions {
  delayMs?: number;
  /** Waits before each new attempt after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
  timers?: Timers;
  onStatus?: (status: AutosaveStatus) => void;
}

export class AutosaveQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly delayMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly timers: Timers;
  private readonly onStatus: (status: AutosaveStatus) => void;
  private lastStatus: AutosaveStatus = { state: 'saved' };

  constructor(options: AutosaveOptions = {}) {
    this.delayMs = options.delayMs ?? 600;
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 3_000, 10_000];
    this.timers = options.timers ?? browserTimers;
    this.onStatus = options.onStatus ?? (() => {});
  }

  /** Records the newest way to save `key`; it is sent after a pause of `delayMs` (the pause restarts). */
  edit(key: string, save: () => Promise<SaveOutcome>): void {
    const entry = this.entryOf(key);
    entry.next = save;
    this.schedule(key, entry, this.delayMs);
    this.report();
  }

  /** Sends at once what is waiting for `key` (or for every key), and resolves once it is written or failed. */
  async flush(key?: string): Promise<void> {
    const keys = key === undefined ? [...this.entries.keys()] : [key];
    await Promise.all(keys.map((k) => this.sendNow(k)));
  }

  /** True while something typed is not yet confirmed by the backend. */
  hasUnsaved(): boolean {
    for (const entry of this.entries.values()) {
      if (entry.next || entry.inFlight || entry.failure) return true;
    }
    return false;
  }

  status(): AutosaveStatus {
    return this.lastStatus;
  }

  /** Stops the timers (the screen is gone); what was not sent stays unsent. Call `flush` first. */
  dispose(): void {
    for (const entry of this.entries.values()) this.timers.clear(entry.timer);
  }

  private entryOf(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { next: null, timer: null, inFlight: null, failure: null, attempts: 0 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private schedule(key: string, entry: Entry, delayMs: number): void {
    this.timers.clear(entry.timer);
    entry.timer = this.timers.set(() => {
      entry.timer = null;
      void this.sendNow(key);
    }, delayMs);
  }

  private async sendNow(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.timers.clear(entry.timer);
    entry.timer = null;
    // One call at a time per key: what is typed meanwhile waits for the call in flight, then goes.
    while (entry.inFlight) await entry.inFlight;
    const save = entry.next;
    if (!save) return;
    entry.next = null;
    entry.inFlight = this.run(key, entry, save);
    this.report();
    await entry.inFlight;
  }

  private async run(key: string, entry: Entry, save: () => Promise<SaveOutcome>): Promise<void> {
    let outcome: SaveOutcome;
    try {
      outcome = await save();
    } catch {
      outcome = { ok: false, message: 'Maillage ne répond pas.' };
    }
    entry.inFlight = null;
    if (outcome.ok) {
      entry.failure = null;
      entry.attempts = 0;
      if (!entry.next) this.entries.delete(key);
      else this.schedule(key, entry, 0);
    } else {
      entry.failure = outcome.message;
      entry.attempts += 1;
      if (outcome.retry === false) {
        // Refused as it is: trying again would be refused again. The next edit sends a new value.
        if (entry.next) this.schedule(key, entry, this.delayMs);
        this.report();
        return;
      }
      // Keep the failed value unless something newer was typed meanwhile, and try again later.
      entry.next ??= save;
      const wait = this.retryDelaysMs[Math.min(entry.attempts - 1, this.retryDelaysMs.length - 1)] ?? 1_000;
      this.schedule(key, entry, wait);
    }
    this.report();
  }

  private report(): void {
    const next = this.computeStatus();
    const last = this.lastStatus;
    const same =
      next.state === last.state &&
      (next.state !== 'failed' || (last.state === 'failed' && last.message === next.message));
    if (same) return;
    this.lastStatus = next;
    this.onStatus(next);
  }

  private computeStatus(): AutosaveStatus {
    let saving = false;
    let pending = false;
    for (const entry of this.entries.values()) {
      if (entry.failure) return { state: 'failed', message: entry.failure };
      if (entry.inFlight) saving = true;
      else if (entry.next) pending = true;
    }
    if (saving) return { state: 'saving' };
    if (pending) return { state: 'pending' };
    return { state: 'saved' };
  }
}

/** The header's words for a status. */
export function autosaveLabel(status: AutosaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Enregistré';
    case 'pending':
    case 'saving':
      return 'Enregistrement…';
    case 'failed':
      return 'Non enregistré — nouvel essai';
  }
}
