// Fixture pages as LinkedIn would serve them. Captures are outerHTML
// fragments: wrap them in a document with LinkedIn's title and language. Every
// page gets a script standing in for LinkedIn's own behaviour, so a test can
// check that the page still works with the extension installed.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { withLinkedInStandIn } from '../../www/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '../..');
export const captured = join(repo, '../shared/fixtures/captured');
export const ownFixtures = join(repo, 'tests/fixtures');

/**
 * A page as LinkedIn would serve it: fragments (the captures) get a document
 * with LinkedIn's title and language; every page gets the stand-in script.
 */
export const servePage = withLinkedInStandIn;

/** One of our own fictional fixtures (tests/fixtures/index.json), served with the stand-in. */
export function ownFixture(file, sim = {}) {
  const index = JSON.parse(readFileSync(join(ownFixtures, 'index.json'), 'utf8'));
  const entry = index.find((e) => e.file === file);
  if (!entry) throw new Error(`no fixture ${file} in tests/fixtures/index.json`);
  const html = servePage(readFileSync(join(ownFixtures, file), 'utf8'), { sim });
  const expectedFile = join(ownFixtures, file.replace(/\.html$/, '.expected.json'));
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
  return { ...entry, path: new URL(entry.url).pathname, html, expected };
}

/** The anonymized G2 profile capture, served at its real address. */
export function capturedProfile(sim = {}) {
  const expected = JSON.parse(readFileSync(join(captured, 'profile-g2-2025-09.expected.json'), 'utf8'));
  const html = servePage(readFileSync(join(captured, 'profile-g2-2025-09.html'), 'utf8'), {
    title: `${expected.name} | LinkedIn`,
    sim,
  });
  return { url: expected.url, path: new URL(expected.url).pathname, html, expected };
}
