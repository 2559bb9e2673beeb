// Serves the playground (`make demo`): www/, the wasm package in dist/web,
// the extension's renderer and locales, and the fictional sample pages in
// tests/fixtures. Local only: it listens on 127.0.0.1.

import { createReadStream, existsSync, statSync } from 'node:fs';
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

/** Starts the server; resolves to the port it listens on (0 picks a free one). */
export function startPlayground(port) {
  const server = createServer((req, res) => {
  const file = resolve(req.url);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startPlayground(Number(process.argv[2] ?? 8000));
  console.log(`Playground on http://127.0.0.1:${server.address().port} (Ctrl-C to stop)`);
}
