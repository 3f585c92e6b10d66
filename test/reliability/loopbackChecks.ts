import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebProcess } from './webProcess';

/**
 * Campaign 3: the loopback boundary of the built browser mode, request by request, as a hostile page or a
 * local program would try it: no token or a wrong one, another Host (DNS rebinding), another Origin,
 * look-alike content types, a GET on the API, a malformed method name, nested JSON, files outside the app.
 * Each check says the status it expects; the count of those that held is printed.
 */

export interface LoopbackCheck {
  label: string;
  held: boolean;
  detail: string;
}

interface Sent {
  method?: string;
  path: string;
  host?: string;
  token?: string | null;
  origin?: string;
  contentType?: string;
  body?: string;
}

function send(port: number, token: string, sent: Sent): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { host: sent.host ?? `127.0.0.1:${port}` };
  const given = sent.token === undefined ? token : sent.token;
  if (given !== null) headers['x-maillage-jeton'] = given;
  if (sent.origin) headers.origin = sent.origin;
  if (sent.contentType) headers['content-type'] = sent.contentType;
  return new Promise((resolve, reject) => {
    // One connection per check (`agent: false`): a refused request never spoils the next one's socket.
    const options = {
      host: '127.0.0.1',
      port,
      method: sent.method ?? 'POST',
      path: sent.path,
      headers,
      agent: false,
    };
    const req = request(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(sent.body);
  });
}

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const json = 'application/json';

/** [label, request, expected status, text the answer must not contain] */
function checks(port: number, token: string): [string, Sent, number, string?][] {
  const api = { path: '/api/app.info', contentType: json, body: '{}' };
  return [
    ['Appel en règle', api, 200],
    ['Sans jeton', { ...api, token: null }, 401],
    ['Jeton vide', { ...api, token: '' }, 401],
    [
      'Jeton faux d’un caractère',
      { ...api, token: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` },
      401,
    ],
    ['Jeton allongé', { ...api, token: `${token}x` }, 401],
    ['Host étranger (DNS rebinding), API', { ...api, host: `evil.example:${port}` }, 421],
    ['Host étranger, page', { method: 'GET', path: '/', host: 'evil.example' }, 421],
    ['Host sans port', { ...api, host: '127.0.0.1' }, 421],
    ['Origin étrangère', { ...api, origin: 'http://evil.example' }, 403],
    ['Origin null', { ...api, origin: 'null' }, 403],
    ['Origin sur un autre port', { ...api, origin: `http://127.0.0.1:${port + 1}` }, 403],
    ['Origin de l’application', { ...api, origin: `http://127.0.0.1:${port}` }, 200],
    ['Type text/plain', { ...api, contentType: 'text/plain' }, 415],
    ['Type application/jsonpwned', { ...api, contentType: 'application/jsonpwned' }, 415],
    [
      'Type application/json; charset=latin1',
      { ...api, contentType: 'application/json; charset=latin1' },
      415,
    ],
    ['Type multipart/form-data', { ...api, contentType: 'multipart/form-data' }, 415],
    ['Sans type', { ...api, contentType: undefined }, 415],
    ['GET sur l’API', { ...api, method: 'GET', body: undefined }, 405],
    ['Nom d’action mal encodé', { ...api, path: '/api/actors.%E0%A4%A' }, 400],
    ['Action inconnue', { ...api, path: '/api/x.y' }, 200, '"ok":true'],
    ['JSON illisible', { ...api, body: '{"a":' }, 400],
    ['JSON imbriqué sur 5 000 niveaux', { ...api, path: '/api/actors.create', body: nested(5_000) }, 400],
    ['JSON imbriqué sur 100 000 niveaux', { ...api, path: '/api/actors.create', body: nested(100_000) }, 400],
    [
      'Objet à la place d’un texte',
      { ...api, path: '/api/actors.create', body: '{"name":{"toString":1}}' },
      200,
      '"ok":true',
    ],
    [
      'Clés __proto__ et constructor',
      {
        ...api,
        path: '/api/actors.list',
        body: '{"__proto__":{"limit":1e9},"constructor":{"prototype":{}}}',
      },
      200,
      'internal',
    ],
    ['Remontée de dossier ../', { method: 'GET', path: '/../package.json' }, 404, '"name"'],
    ['Remontée encodée %2e%2e', { method: 'GET', path: '/%2e%2e/package.json' }, 404, '"name"'],
    ['Remontée encodée ..%2f', { method: 'GET', path: '/..%2fpackage.json' }, 404, '"name"'],
    ['POST sur une page', { method: 'POST', path: '/', contentType: json, body: '{}' }, 405],
  ];
}

export async function loopbackChecks(): Promise<LoopbackCheck[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bouclage-'));
  const app = await startWebProcess(join(dir, 'maillage.sqlite'));
  const port = Number(new URL(app.origin).port);
  const results: LoopbackCheck[] = [];
  try {
    for (const [label, sent, status, forbidden] of checks(port, app.token)) {
      let answer: { status: number; body: string };
      try {
        answer = await send(port, app.token, sent);
      } catch (error) {
        answer = { status: 0, body: `pas de réponse : ${(error as Error).message}` };
      }
      const held = answer.status === status && (forbidden === undefined || !answer.body.includes(forbidden));
      results.push({ label, held, detail: `${answer.status} ${answer.body.slice(0, 160)}` });
    }
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
