import { app, session, type WebContents, type WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../backend/security/contentSecurityPolicy';

/** The one page the app shows; anything else is foreign. */
export function isAppUrl(url: string, indexUrl: string): boolean {
  try {
    const target = new URL(url);
    const index = new URL(indexUrl);
    return target.protocol === index.protocol && target.pathname === index.pathname;
  } catch {
    return false;
  }
}

/** IPC is accepted only from the app's own top-level page (VS Code's sender check). */
export function isTrustedSender(frame: WebFrameMain | null, indexUrl: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, indexUrl);
}

/** Session-wide rules: CSP header, no permission ever granted, no navigation or new window. */
export function hardenSessions(indexUrl: string): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No remote content: every request that is not the app's own file is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith('file:') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:') ||
      details.url.startsWith('devtools:');
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, indexUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
