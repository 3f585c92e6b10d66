import { app, session, type WebContents, type WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../backend/security/contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from './appProtocol';
import { openExternally } from './externalLinks';

/** The app's own pages: `app://maillage/…`; anything else is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const target = new URL(url);
    return target.protocol === `${APP_SCHEME}:` && target.host === APP_HOST;
  } catch {
    return false;
  }
}

/** IPC is accepted only from the app's own top-level page (VS Code's sender check). */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** What the window may load: its own scheme, and the data/blob URLs it makes itself (images, downloads). */
function isAllowedRequest(url: string, withDevTools: boolean): boolean {
  if (isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  return withDevTools && url.startsWith('devtools:');
}

/** Session-wide rules: CSP header, no permission ever granted, no navigation or new window, no remote content. */
export function hardenSessions(withDevTools: boolean): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, withDevTools) });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      openExternally(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
  });
}
