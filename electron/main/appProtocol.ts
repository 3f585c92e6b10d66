import { protocol } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../backend/security/contentSecurityPolicy';
import { readStaticFile } from '../backend/web/staticFiles';

/**
 * The window loads the app from `app://maillage/`, a scheme that serves the built renderer and nothing else:
 * no `file:` URL is ever needed, so every `file:` request can be refused.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'maillage';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
export const RENDERER_DIR = join(import.meta.dirname, '../renderer');

/** Must run before the app is ready: the scheme behaves like https (origin, CSP 'self', fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `app://maillage/<path>` from the built renderer; anything outside it is « introuvable ». */
export function serveAppScheme(rendererDir = RENDERER_DIR): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file)
      return new Response('Introuvable.', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
