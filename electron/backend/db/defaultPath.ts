import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the desktop app keeps its file (Electron's userData for an app named « Maillage »), so that the
 * browser mode opens the same directory by default.
 */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(appData, 'Maillage', 'maillage.sqlite');
}
