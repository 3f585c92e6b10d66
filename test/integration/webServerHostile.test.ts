import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/backend/web/server';
import { expectWellFormedAnswer } from './support/answerShape';

/** The browser mode's HTTP host, over the whole real backend, against requests no renderer would send. */
const TOKEN = 'jeton-de-test-0123456789';
let dir: string;
let backend: Backend;
let server: WebServer;

beforeAll(async () => {
  // One folder for the whole file (the shared helper empties its folders after each test).
  dir = mkdtempSync(join(tmpdir(), 'maillage-web-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Maillage</title>');
  backend = createBackend({ databasePath: join(dir, 'maillage.sqlite') });
  server = await startWebServer({ router: backend.router, staticDir: join(dir, 'renderer'), token: TOKEN });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(path: string, body: string, contentType = 'application/json') {
  return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path,
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': contentType, [TOKEN_HEADER]: TOKEN },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const nestedJson = (depth: number, open: string, close: string) =>
  `${open.repeat(depth)}1${close.repeat(depth)}`;

describe('browser mode host against hostile requests (issue 11, item 5)', () => {
  it('takes application/json, with a UTF-8 charset at most, and refuses look-alikes with 415', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset=UTF-8',
    ]) {
      const answer = await post('/api/app.info', '{}', type);
      expect(answer.status, type).toBe(200);
      expect(answer.json).toMatchObject({ ok: true });
    }
    for (const type of [
      'application/jsonpwned',
      'application/json-patch+json',
      'application/json; charset=latin1',
      'application/json; boundary=x',
      'text/plain; application/json',
      'text/plain',
      'multipart/form-data',
    ]) {
      const answer = await post('/api/app.info', '{}', type);
      expect(answer.status, type).toBe(415);
      expect(answer.json).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: 'Les données doivent être envoyées en JSON.' },
      });
    }
  });

  it('refuses a malformed % escape in the method name in French, and still decodes good ones', async () => {
    for (const path of ['/api/%', '/api/actors.%E0%A4%A', '/api/%zz', '/api/%C0%80']) {
      const answer = await post(path, '{}');
      expect(answer.status, path).toBe(400);
      expect(answer.json).toEqual({
        ok: false,
        error: {
          code: 'unknown_method',
          message: 'Action inconnue\u00a0: son nom est mal encodé dans l’adresse.',
        },
      });
    }
    expect((await post('/api/app%2Einfo', '{}')).json).toMatchObject({ ok: true });
  });

  it('refuses 5,000- and 100,000-level nested JSON with a 400 in French, never a 500', async () => {
    for (const body of [
      nestedJson(5_000, '[', ']'),
      nestedJson(100_000, '[', ']'),
      `{"name":"x","labels":${nestedJson(5_000, '[', ']')}}`,
      nestedJson(5_000, '{"a":', '}'),
    ]) {
      const answer = await post('/api/actors.create', body);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'Saisie refusée\u00a0: les données sont imbriquées sur plus de 64 niveaux.',
        },
      });
    }
  });

  it('answers objects where strings are expected and hostile keys with a French refusal', async () => {
    for (const [method, body] of [
      ['referential.searchEpci', '{"query":{"toString":1}}'],
      ['actors.create', '{"name":"x","publics":[{"toString":1}]}'],
      ['actors.list', '{"__proto__":{"limit":1e9},"constructor":{"prototype":{}}}'],
      ['actors.get', '{"id":{"valueOf":1}}'],
    ]) {
      const answer = await post(`/api/${method}`, body!);
      expect(answer.status, body).toBe(200);
      expectWellFormedAnswer(answer.json);
    }
  });

  it('never answers 500, nor a non-French refusal, to arbitrary bodies, methods and content types', async () => {
    const methods = [
      'app.info',
      'actors.create',
      'actors.list',
      'roadmap.setRole',
      'import.progress',
      'x.y',
      '%',
    ];
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 40 }),
      fc.integer({ min: 60, max: 3_000 }).map((depth) => nestedJson(depth, '[', ']')),
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/jsonx',
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), body, contentType, async (method, text, type) => {
        const answer = await post(`/api/${method}`, text, type);
        expect(answer.status).not.toBe(500);
        expectWellFormedAnswer(answer.json);
        expect(answer.json).not.toMatchObject({ error: { code: 'internal' } });
      }),
      { seed: 20_260_405, numRuns: 150 },
    );
  });
});
