import type { BackendContext } from '../context';

/**
 * The engine's one SQLite connection is shared by every call, and a transaction on it is seen by every
 * statement run meanwhile. No transaction spans event-loop turns (the import writes within one turn); the
 * gate keeps it so: a call that writes has the connection alone, and a call arriving while one holds it
 * waits instead of joining its transaction.
 *
 * - `shared`: any number at once, as long as no exclusive holder runs or waits before them.
 * - `exclusive`: alone, once every shared call already running has answered.
 *
 * Waiters are served in arrival order, so an import does not starve behind a stream of reads, and a
 * call that arrives after the import asked for the gate waits until its transaction has ended.
 */
export class DatabaseGate {
  private sharedHolders = 0;
  private exclusiveHeld = false;
  private readonly waiting: { exclusive: boolean; grant: () => void }[] = [];

  /** True while a long transaction holds the connection alone. */
  get isExclusive(): boolean {
    return this.exclusiveHeld;
  }

  async shared<T>(work: () => T | Promise<T>): Promise<T> {
    await this.acquire(false);
    try {
      return await work();
    } finally {
      this.sharedHolders--;
      this.serve();
    }
  }

  async exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    await this.acquire(true);
    try {
      return await work();
    } finally {
      this.exclusiveHeld = false;
      this.serve();
    }
  }

  private acquire(exclusive: boolean): Promise<void> {
    return new Promise((grant) => {
      this.waiting.push({ exclusive, grant });
      this.serve();
    });
  }

  private serve(): void {
    while (this.waiting.length > 0 && !this.exclusiveHeld) {
      const next = this.waiting[0]!;
      if (next.exclusive && this.sharedHolders > 0) return;
      this.waiting.shift();
      if (next.exclusive) this.exclusiveHeld = true;
      else this.sharedHolders++;
      next.grant();
    }
  }
}

const gates = new WeakMap<BackendContext, DatabaseGate>();

/** The gate of one engine (one database connection). */
export function gateOf(ctx: BackendContext): DatabaseGate {
  let gate = gates.get(ctx);
  if (!gate) {
    gate = new DatabaseGate();
    gates.set(ctx, gate);
  }
  return gate;
}
