// Serves the playground (`make demo`): www/, the wasm package in dist/web,
// the extension's renderer, guard and locales, and the fictional sample pages
// in tests/fixtures (under /sample/ with LinkedIn's stand-in script, so the
// guard can be tried). Local only: it listens on 127.0.0.1.

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** URL prefix → folder. Nothing outside these is served. */
const mounts = [
  ['/dist/web/', join(root, 'dist/web')],
  ['/extension/', join(root, 'extension')],
  ['/fixtures/', join(root, 'tests/fixtures')],
  ['/', join(root, 'www')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png',
};

/**
 * `html` with LinkedIn's stand-in script (www/linkedin-sim.js) and its
 * settings; a fragment (the captures) gets a whole document around it.
 */
export function withLinkedInStandIn(html, { title = 'LinkedIn', lang = 'en', sim = {} } = {}) {
  const standIn = readFileSync(join(root, 'www/linkedin-sim.js'), 'utf8');
  const script = `<script>window.__simConfig = ${JSON.stringify(sim)};</script><script>${standIn}</script>`;
  if (/^\s*(<!doctype|<html)/i.test(html)) {
    return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${script}</head>`) : script + html;
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
    `${script}</head><body>${html}</body></html>`;
}

/** The file a URL path names inside one of the mounts, or null. */
export function resolve(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(dir)) return null; // no escaping the mount
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  if (typeof body === 'string') res.end(body);
  else body.pipe(res);
}

/** Starts the server; resolves to it (port 0 picks a free one). */
export function startPlayground(port) {
  const server = createServer((req, res) => {
    if (req.url.startsWith('/sample/')) {
      const file = resolve(`/fixtures/${req.url.slice('/sample/'.length)}`);
      if (!file?.endsWith('.html')) return send(res, 404, 'text/plain', 'not found');
      const html = readFileSync(file, 'utf8');
      // SDUI pages keep the invitation dialog in #interop-outlet's shadow root.
      return send(res, 200, types['.html'], withLinkedInStandIn(html, { sim: { g3: html.includes('componentkey=') } }));
    }
    const file = resolve(req.url);
    if (!file) return send(res, 404, 'text/plain', 'not found');
    return send(res, 200, types[extname(file)] ?? 'application/octet-stream', createReadStream(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startPlayground(Number(process.argv[2] ?? 8000));
  console.log(`Playground on http://127.0.0.1:${server.address().port} (Ctrl-C to stop)`);
}
