import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appHandlers } from '../../electron/backend/app/handlers';
import { createRouter } from '../../electron/backend/router/router';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/backend/web/server';
import { contextIn } from './support/context';
import { useTempDir } from './support/tempDir';

const tempDir = useTempDir();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const TOKEN = 'jeton-de-test-0123456789';

async function serve(): Promise<WebServer> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Maillage</title>');
  writeFileSync(join(dir, 'secret.txt'), 'ne doit pas sortir');
  const { ctx, close } = contextIn(dir);
  const router = createRouter(ctx);
  router.register(appHandlers);
  const server = await startWebServer({ router, staticDir, token: TOKEN });
  cleanups.push(async () => {
    await server.close();
    await close();
  });
  return server;
}

/** A raw HTTP request, so that the Host header can be forged like a DNS-rebinding page would. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (port: number, token: string | null, host = `127.0.0.1:${port}`) =>
  send(port, {
    method: 'POST',
    path: '/api/app.info',
    headers: {
      host,
      'content-type': 'application/json',
      ...(token === null ? {} : { [TOKEN_HEADER]: token }),
    },
    body: '{}',
  });

describe('browser mode web host', () => {
  it('listens on 127.0.0.1 only and prints an address carrying the token', async () => {
    const server = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#jeton=${TOKEN}`);
    await expect(
      new Promise((resolve, reject) => {
        const req = request({ host: '::1', port: server.port, path: '/' }, resolve);
        req.on('error', reject);
        req.end();
      }),
    ).rejects.toThrow();
  });

  it('answers API calls that carry the per-run token', async () => {
    const server = await serve();
    const response = await apiCall(server.port, TOKEN);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: { version: 'test' } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const server = await serve();
    for (const token of [null, '', 'jeton-de-test-0123456788', `${TOKEN}x`]) {
      const response = await apiCall(server.port, token);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.message).toMatch(/Jeton de session/);
    }
  });

  it('refuses requests naming another host (DNS rebinding) even with the token', async () => {
    const server = await serve();
    const response = await apiCall(server.port, TOKEN, `evil.example:${server.port}`);
    expect(response.status).toBe(421);
    const page = await send(server.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('refuses a cross-origin call and a non-JSON body', async () => {
    const server = await serve();
    const crossOrigin = await send(server.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: {
        host: `127.0.0.1:${server.port}`,
        origin: 'http://evil.example',
        [TOKEN_HEADER]: TOKEN,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(crossOrigin.status).toBe(403);
    const form = await send(server.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: TOKEN, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('serves the app with a strict Content-Security-Policy and never a file outside it', async () => {
    const server = await serve();
    const host = { host: `127.0.0.1:${server.port}` };
    const page = await send(server.port, { path: '/', headers: host });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await send(server.port, { path, headers: host });
      expect(response.body).not.toContain('ne doit pas sortir');
    }
  });
});
