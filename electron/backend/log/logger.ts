import type { LogLevel } from '../../../shared/api/engineMessages';
import { describeError } from './rotatingLog';

/**
 * Where the engine's log lines go. In its own process the engine hands them to its host (which owns the
 * file); in tests and tools they go to the console.
 */
type Sink = (level: LogLevel, message: string) => void;

let sink: Sink = (level, message) =>
  (level === 'info' ? console.log : console.error)(`[maillage] ${message}`);

export function setLogSink(next: Sink): void {
  sink = next;
}

export function logInfo(message: string): void {
  sink('info', message);
}

export function logError(message: string, error?: unknown): void {
  sink('error', error === undefined ? message : `${message} — ${describeError(error)}`);
}
