import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogLevel } from '../../../shared/api/engineMessages';

/**
 * Maillage's log file, for the day something goes wrong on a laptop without IT support: one line per event
 * (start, migrations, errors with their stack), never the user's data. When the file passes `maxBytes` it
 * becomes `maillage.1.log` (the older ones shift up to `keep`), so that the folder never grows past a few MB.
 */
export interface RotatingLog {
  readonly path: string;
  write(level: LogLevel, message: string): void;
}

const LABELS: Record<LogLevel, string> = { info: 'INFO', warn: 'ATTENTION', error: 'ERREUR' };
/** A single line stays readable; a runaway message cannot fill the disk. */
const MAX_LINE_CHARS = 8_000;

export function openRotatingLog(path: string, maxBytes = 1_000_000, keep = 3): RotatingLog {
  const rotated = (n: number) => path.replace(/\.log$/, '') + `.${n}.log`;

  function rotateIfFull(): void {
    if (!existsSync(path) || statSync(path).size < maxBytes) return;
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(path, rotated(1));
  }

  return {
    path,
    write(level, message) {
      try {
        mkdirSync(dirname(path), { recursive: true });
        rotateIfFull();
        const text = message.length > MAX_LINE_CHARS ? `${message.slice(0, MAX_LINE_CHARS)} […]` : message;
        appendFileSync(path, `${new Date().toISOString()} ${LABELS[level]} ${text}\n`, 'utf8');
      } catch {
        // A log that cannot be written (full disk, read-only folder) must never stop the app.
      }
    },
  };
}

/** An error as one log entry: its message and stack, nothing else it may carry. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
