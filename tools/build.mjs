// Turns the release wasm into the three outputs of `make build`:
//   dist/web/     wasm-bindgen --target web package, wasm-opt'ed (playground, any page)
//   dist/chrome/  unpacked Manifest V3 extension for Chromium/Chrome
//   dist/firefox/ the same for Firefox
// The extension ships the wasm as a file, not web-accessible (LinkedIn probes
// web_accessible_resources to fingerprint extensions): the background hands
// its bytes to the content scripts, which run only in the pages it reads
// (the manifest injects them as those load; content/boot.js, on every other
// LinkedIn page, has the background inject them when one becomes such a page).
// Each step is logged with its time; sizes are printed at the end.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const wasmIn = join(root, 'target/wasm32-unknown-unknown/release/noteworthy.wasm');
const glueDir = join(root, 'target/wasm-glue');
const started = Date.now();

function step(label, fn) {
  const t0 = Date.now();
  fn();
  console.log(`  ${label.padEnd(44)} ${Date.now() - t0} ms`);
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];

rmSync(dist, { recursive: true, force: true });
rmSync(glueDir, { recursive: true, force: true });

step('wasm-bindgen --target web', () =>
  run('wasm-bindgen', ['--target', 'web', '--out-dir', join(dist, 'web'), wasmIn]));

// Reference types and bulk memory are what wasm-bindgen emits; the rest are
// on in every browser we support and let wasm-opt shrink more.
// A function named `…_apart` stays a function of its own (Rust's
// `#[inline(never)]`, which wasm-opt would undo for a function with one
// caller): V8 compiles each wasm function the first time it runs, on the
// page's main thread, so code a page does not exercise is never compiled, and
// smaller functions compile faster (Liftoff's time grows faster than size).
step('wasm-opt -Oz', () =>
  run(join(root, 'node_modules/.bin/wasm-opt'), ['--no-inline=*_apart*', '-Oz', '--strip-debug', '--strip-producers',
    '--enable-reference-types', '--enable-bulk-memory', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-multivalue',
    join(dist, 'web/noteworthy_bg.wasm'), '-o', join(dist, 'web/noteworthy_bg.wasm')]));

// Content scripts are classic scripts: the same wasm needs the no-modules glue.
step('wasm-bindgen --target no-modules', () =>
  run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', glueDir, wasmIn]));

const wasmBytes = readFileSync(join(dist, 'web/noteworthy_bg.wasm'));

const manifestSource = JSON.parse(readFileSync(join(root, 'extension/manifest.json'), 'utf8'));

/** Per-browser differences, applied to the one manifest source. */
const flavours = {
  chrome(manifest) {
    manifest.background = { service_worker: 'background.js' };
    // The offscreen document runs the wasm on pages whose CSP forbids it.
    manifest.permissions.push('offscreen');
    return manifest;
  },
  firefox(manifest) {
    // The background page has a DOM: it runs the wasm itself (no offscreen).
    manifest.background = {
      scripts: ['noteworthy.js', 'shared/wasm.js', 'shared/messages.js', 'shared/settings.js', 'content/snapshot.js', 'shared/snapshot-analysis.js', 'background.js'],
    };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'noteworthy@noteworthy.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android knows data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
    return manifest;
  },
};

for (const [browser, patch] of Object.entries(flavours)) {
  step(`assemble dist/${browser}`, () => {
    const out = join(dist, browser);
    mkdirSync(out, { recursive: true });
    cpSync(join(root, 'extension'), out, {
      recursive: true,
      filter: (src) => !(src.endsWith('manifest.json') && dirname(src) === join(root, 'extension')) &&
        !(browser === 'firefox' && src.includes('/offscreen')),
    });
    cpSync(join(glueDir, 'noteworthy.js'), join(out, 'noteworthy.js'));
    cpSync(join(dist, 'web/noteworthy_bg.wasm'), join(out, 'noteworthy_bg.wasm'));
    const manifest = patch(structuredClone({ ...manifestSource, version }));
    if (manifest.web_accessible_resources) throw new Error('web_accessible_resources must stay empty');
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  });
}

function dirSize(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath ?? e.path, e.name)).size, 0);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`  wasm ${kb(wasmBytes.length)} raw, ${kb(gzipSync(wasmBytes, { level: 9 }).length)} gzip;` +
  ` dist/chrome ${kb(dirSize(join(dist, 'chrome')))} unpacked; built in ${Date.now() - started} ms` +
  ` (${relative(root, dist)}/web, chrome, firefox; version ${version})`);
