import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import { refuseInputShape } from '../router/inputShape';
import type { Router } from '../router/router';
import { readStaticFile } from './staticFiles';

export const TOKEN_HEADER = 'x-maillage-jeton';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebServerOptions {
  /** The engine's router, or its relay to the engine's worker thread. */
  router: Pick<Router, 'dispatch'>;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Per-run secret: every API call must carry it. */
  token: string;
  port?: number;
}

export interface WebServer {
  port: number;
  /** The address to open, token included (in the fragment, so it never reaches a log or a Referer). */
  url: string;
  close(): Promise<void>;
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

/** JSON and nothing else: `application/json`, with at most a UTF-8 charset (`application/jsonpwned` is not JSON). */
const JSON_CONTENT_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

/** `actors.list` from `actors.list` or `actors%2Elist`; null for a malformed escape (`%E0%A4%A`). */
function methodName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The browser mode: the same renderer and router as the desktop app, on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = options.port ?? 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    void handle(req, res).catch((error) => {
      console.error('[maillage] erreur du serveur web', error);
      if (!res.headersSent) sendJson(res, 500, refusal('internal', 'Erreur interne du serveur local.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: only our own address may be named in Host.
    if (!allowedHosts().has(req.headers.host ?? '')) {
      sendJson(
        res,
        421,
        refusal(
          'unauthorized',
          'Adresse refusée\u00a0: ouvrez Maillage par l’adresse 127.0.0.1 affichée au démarrage.',
        ),
      );
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      await handleApi(req, res, url.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, refusal('unauthorized', 'Méthode refusée.'));
      return;
    }
    const file = await readStaticFile(options.staticDir, url);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Introuvable.');
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': file.contentType.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, refusal('unauthorized', 'Les appels se font en POST.'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      sendJson(res, 403, refusal('unauthorized', 'Origine refusée.'));
      return;
    }
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, options.token)) {
      sendJson(
        res,
        401,
        refusal(
          'unauthorized',
          'Jeton de session absent ou faux\u00a0: rouvrez l’adresse affichée au démarrage de Maillage.',
        ),
      );
      return;
    }
    if (!JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) {
      sendJson(res, 415, refusal('invalid_input', 'Les données doivent être envoyées en JSON.'));
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, refusal('invalid_input', 'Envoi trop volumineux (64\u00a0Mo au plus).'));
      return;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      sendJson(res, 400, refusal('invalid_input', 'Données illisibles (JSON invalide).'));
      return;
    }
    const name = methodName(method);
    if (name === null) {
      sendJson(
        res,
        400,
        refusal('unknown_method', 'Action inconnue\u00a0: son nom est mal encodé dans l’adresse.'),
      );
      return;
    }
    // Checked here too: the engine may run in another process, and sending a 5,000-level nested value there
    // would exhaust the stack of the serialiser before the router could refuse it.
    const shapeRefusal = refuseInputShape(input);
    if (shapeRefusal !== null) {
      sendJson(res, 400, refusal('invalid_input', shapeRefusal));
      return;
    }
    let result: unknown;
    try {
      result = await options.router.dispatch(name, input);
    } catch (error) {
      console.error('[maillage] le moteur n’a pas répondu', error);
      result = refusal(
        'internal',
        'Le moteur de Maillage n’a pas répondu à cette action\u00a0: réessayez, et redémarrez Maillage si cela revient.',
      );
    }
    sendJson(res, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/#jeton=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
