// The Firefox build as addons.mozilla.org will see it: `web-ext lint`
// (Mozilla's addons-linter, npm web-ext pinned in package.json) on
// dist/firefox, and the store archives `make package` writes.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';

import { repo } from './pages.mjs';

const bin = (name) => join(repo, 'node_modules/.bin', name);
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(repo, 'Cargo.toml'), 'utf8'))[1];

/** addons-linter's JSON report; it exits non-zero on errors, so read stdout either way. */
function lintJson(cmd, args) {
  let out;
  try {
    out = execFileSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    out = error.stdout;
  }
  return JSON.parse(out.slice(out.indexOf('{')));
}

const brief = (messages) => messages.map((m) => `${m.code} (${m.file ?? '-'}): ${m.message}`);

let report;
function lint() {
  report ??= lintJson(bin('web-ext'), ['lint', '--source-dir', join(repo, 'dist/firefox'), '--output', 'json', '--no-config-discovery']);
  return report;
}

test('web-ext lint: dist/firefox has no errors', () => {
  const { errors, summary } = lint();
  assert.deepEqual(brief(errors), []);
  assert.equal(summary.errors, 0);
  assert.equal(lint().metadata.manifestVersion, 3);
});

test('web-ext lint: dist/firefox has no warnings', () => {
  const { warnings, summary } = lint();
  assert.deepEqual(brief(warnings), []);
  assert.equal(summary.warnings, 0);
});

/** Every file under `dir`, relative, with forward slashes, sorted. */
const listing = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();

test('make package: store-ready zips named with the Cargo.toml version, holding exactly dist/<browser>', () => {
  const out = mkdtempSync(join(tmpdir(), 'nw-package-'));
  try {
    execFileSync('node', [join(repo, 'tools/package.mjs'), '--out', out], { cwd: repo, stdio: 'pipe' });
    assert.deepEqual(readdirSync(out).sort(), [`noteworthy-chrome-${version}.zip`, `noteworthy-firefox-${version}.zip`]);
    for (const browser of ['chrome', 'firefox']) {
      const archive = join(out, `noteworthy-${browser}-${version}.zip`);
      // Python's zipfile checks every CRC and size; then the exact entry list and bytes.
      execFileSync('python3', ['-m', 'zipfile', '-t', archive], { stdio: 'pipe' });
      const unpacked = join(out, browser);
      execFileSync('python3', ['-m', 'zipfile', '-e', archive, unpacked], { stdio: 'pipe' });
      const dir = join(repo, 'dist', browser);
      assert.deepEqual(listing(unpacked), listing(dir));
      for (const file of listing(dir)) {
        assert.ok(readFileSync(join(unpacked, file)).equals(readFileSync(join(dir, file))), `${browser}: ${file} differs`);
      }
      assert.equal(JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')).version, version);
    }
    // The archive AMO receives lints like the directory.
    const zipped = lintJson(bin('addons-linter'), ['--output', 'json', join(out, `noteworthy-firefox-${version}.zip`)]);
    assert.deepEqual(brief(zipped.errors), []);
    // Reproducible: the same input gives the same bytes.
    const again = mkdtempSync(join(tmpdir(), 'nw-package-'));
    execFileSync('node', [join(repo, 'tools/package.mjs'), '--out', again], { cwd: repo, stdio: 'pipe' });
    for (const name of readdirSync(again)) {
      assert.ok(readFileSync(join(again, name)).equals(readFileSync(join(out, name))), `${name} is not reproducible`);
    }
    rmSync(again, { recursive: true, force: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
