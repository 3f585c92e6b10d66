import { shell } from 'electron';

/**
 * Links that leave the app (an actor's e-mail address, a national site) open in the user's own mail program
 * or browser, never inside Maillage's window. Only these schemes are handed to the system.
 */
const EXTERNAL_SCHEMES = new Set(['mailto:', 'https:']);

export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
    if (parsed.protocol === 'https:') return parsed.username === '' && parsed.password === '';
    return url.length <= 2_000;
  } catch {
    return false;
  }
}

/** Hands a vetted link to the system; anything else is ignored. */
export function openExternally(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url).catch(() => {});
  return true;
}
