import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The planned rows' contents kept in a file while the plan waits for its import, instead of in the engine's
 * memory: at 100,000 rows they are ≈ 110 MB of text (≈ 220 MB in the heap, the JSON of a row holding a « ’ »
 * is stored two bytes a character), and the heap grows half as much again past what it holds. The texts are
 * written in blocks as the plan is made and read back in blocks, in order, by the import. The file is the
 * engine's alone (mode 600), next to the database (the OS's temporary folder for a database in memory), and
 * removed when the plan is dropped (`close`); one left by a crash is removed at the next start (`sweepSpools`).
 */

const BLOCK_BYTES = 1 << 20;
/** What a spool file's name ends with (`sweepSpools`). */
export const SPOOL_SUFFIX = '.import-en-attente';

export interface SpooledText {
  spool: PlanSpool;
  at: number;
  size: number;
}

export class PlanSpool {
  readonly path: string;
  private fd: number | null;
  /** Written texts not yet in the file. */
  private pending = Buffer.allocUnsafe(BLOCK_BYTES);
  private pendingBytes = 0;
  private fileBytes = 0;
  /** The last block read back, from `readAt` in the file. */
  private read: Buffer | null = null;
  private readAt = 0;
  private readBytes = 0;

  constructor(databasePath: string) {
    const folder = databasePath === ':memory:' ? tmpdir() : dirname(databasePath);
    this.path = join(folder, `${randomUUID()}${SPOOL_SUFFIX}`);
    this.fd = openSync(this.path, 'wx+', 0o600);
  }

  put(text: string): SpooledText {
    // A UTF-16 unit is at most three UTF-8 bytes: room for that is room enough.
    const most = text.length * 3;
    if (this.pendingBytes + most > this.pending.length) this.flush();
    if (most > this.pending.length) {
      const bytes = Buffer.from(text, 'utf8');
      writeSync(this.open(), bytes, 0, bytes.length, this.fileBytes);
      this.fileBytes += bytes.length;
      return { spool: this, at: this.fileBytes - bytes.length, size: bytes.length };
    }
    const size = this.pending.write(text, this.pendingBytes, 'utf8');
    const at = this.fileBytes + this.pendingBytes;
    this.pendingBytes += size;
    return { spool: this, at, size };
  }

  get({ at, size }: SpooledText): string {
    if (this.pendingBytes > 0) this.flush();
    if (this.read === null || at < this.readAt || at + size > this.readAt + this.readBytes) {
      const length = Math.max(BLOCK_BYTES, size);
      if (this.read === null || this.read.length < length) this.read = Buffer.allocUnsafe(length);
      this.readBytes = readSync(this.open(), this.read, 0, length, at);
      this.readAt = at;
      if (this.readBytes < size) throw new Error(`Plan d’import incomplet\u00a0: ${this.path}`);
    }
    return this.read.toString('utf8', at - this.readAt, at - this.readAt + size);
  }

  /** Removes the file; the texts can no longer be read. Called again, does nothing. */
  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    this.read = null;
    rmSync(this.path, { force: true });
  }

  private open(): number {
    if (this.fd === null) throw new Error('Plan d’import déjà abandonné.');
    return this.fd;
  }

  private flush(): void {
    writeSync(this.open(), this.pending, 0, this.pendingBytes, this.fileBytes);
    this.fileBytes += this.pendingBytes;
    this.pendingBytes = 0;
  }
}

/** Removes the plans' files a crash left next to the database (none for a database in memory). */
export function sweepSpools(databasePath: string): void {
  if (databasePath === ':memory:') return;
  const folder = dirname(databasePath);
  for (const name of readdirSync(folder))
    if (name.endsWith(SPOOL_SUFFIX)) rmSync(join(folder, name), { force: true });
}
