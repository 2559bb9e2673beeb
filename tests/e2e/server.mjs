// A local HTTPS server that plays www.linkedin.com (and every other host:
// Chromium maps them all here), serving fixture pages at their real addresses
// with LinkedIn's CSP header, and logging every request it receives so a test
// can prove the extension made none of its own.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** LinkedIn's historic header: wasm compiles in content scripts under it. */
export const LINKEDIN_CSP =
  "script-src 'unsafe-inline' 'unsafe-eval' 'self' static-src.linkedin.com *.licdn.com; object-src 'none'; worker-src blob: 'self'";
/** A page that forbids WebAssembly (no 'unsafe-eval' / 'wasm-unsafe-eval'). */
export const STRICT_CSP = "script-src 'unsafe-inline' 'self'; object-src 'none'";

function selfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), 'nw-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=www.linkedin.com', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
  { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/**
 * Starts the server. `pages` maps a path ("/in/ana/") to
 * `{ html, csp? }`; anything else is a 404 (images, probes, …).
 */
export async function startServer() {
  const pages = new Map();
  const requests = [];
  const server = createServer(selfSignedCert(), (req, res) => {
    const host = req.headers.host ?? '';
    requests.push({ host, path: req.url, method: req.method });
    const page = host.startsWith('www.linkedin.com') ? pages.get(req.url.split('?')[0]) : null;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': page.csp ?? LINKEDIN_CSP,
      'cache-control': 'no-store',
    });
    res.end(page.html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    pages,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
