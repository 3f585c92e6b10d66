import type { LogLevel } from '../../shared/api/engineMessages';
import { describeError } from '../backend/log/rotatingLog';

/** The main process never dies silently: what escapes is written to the log. */
export function installCrashHandlers(log: (level: LogLevel, message: string) => void): void {
  process.on('uncaughtException', (error) =>
    log('error', `Erreur non rattrapée (fenêtre) — ${describeError(error)}`),
  );
  process.on('unhandledRejection', (reason) =>
    log('error', `Promesse rejetée sans traitement (fenêtre) — ${describeError(reason)}`),
  );
}
