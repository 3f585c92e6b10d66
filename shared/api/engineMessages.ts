import type { Result } from '../result';

/**
 * The messages between the engine (its own process or thread) and its host (Electron's main process, or the
 * browser mode's server). Plain JSON-like values only: they cross a process boundary.
 */

export interface EngineInit {
  type: 'init';
  databasePath: string;
  appVersion: string;
  /** The log file the host writes; the engine reports it in `app.info` and in its error messages. */
  logPath: string | null;
}

export interface EngineRequest {
  type: 'request';
  id: number;
  method: unknown;
  input: unknown;
}

export interface EngineClose {
  type: 'close';
}

/** After a start that failed on a damaged file: put the latest good backup in its place. */
export interface EngineRestoreLatest {
  type: 'restoreLatest';
}

/**
 * A file the user chose in the desktop's « Ouvrir » dialog: the engine reads it from the disk and keeps it as
 * a file sent in pieces (answered with a `response` of the same id: `{ uploadId, fileName }`). Only the main
 * process sends this, with the path its own dialog returned: it is not a method the window can call.
 */
export interface EngineStageFile {
  type: 'stageFile';
  id: number;
  path: string;
  /** What the file is for (`shared/uploads/fileKinds.ts`), which says what it may be. */
  kind: string;
}

export type HostMessage = EngineInit | EngineRequest | EngineStageFile | EngineClose | EngineRestoreLatest;

export type LogLevel = 'info' | 'warn' | 'error';

export interface EngineLogLine {
  type: 'log';
  level: LogLevel;
  message: string;
}

export type EngineMessage =
  | { type: 'ready'; schemaVersion: number; migratedFrom: number | null }
  /** The database could not be opened; `restorable`: a good backup exists and may be put back. */
  | { type: 'failed'; message: string; restorable: boolean }
  | { type: 'restored'; ok: boolean; message: string }
  | { type: 'response'; id: number; result: Result<unknown> }
  | { type: 'closed' }
  | EngineLogLine;
