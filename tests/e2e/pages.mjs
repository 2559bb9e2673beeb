// Fixture pages as LinkedIn would serve them. Captures are outerHTML
// fragments: wrap them in a document with LinkedIn's title and language, and a
// small page script standing in for LinkedIn's own behaviour, so a test can
// check that the page still works with the extension installed.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '../..');
export const captured = join(repo, '../shared/fixtures/captured');
export const ownFixtures = join(repo, 'tests/fixtures');

/**
 * LinkedIn's stand-in behaviour: a "More" button that toggles its menu, and a
 * record of every error the page sees.
 */
const PAGE_SCRIPT = `
  window.__pageErrors = [];
  addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
  document.addEventListener('click', (e) => {
    const more = e.target.closest && e.target.closest('button[aria-label="More actions"]');
    if (more) more.setAttribute('aria-expanded', more.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
  });
`;

export function wrapFragment(fragment, { title, lang = 'en' }) {
  if (/^\s*(<!doctype|<html)/i.test(fragment)) return fragment;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
    `<script>${PAGE_SCRIPT}</script></head><body>${fragment}</body></html>`;
}

/** The anonymized G2 profile capture, served at its real address. */
export function capturedProfile() {
  const expected = JSON.parse(readFileSync(join(captured, 'profile-g2-2025-09.expected.json'), 'utf8'));
  const html = wrapFragment(readFileSync(join(captured, 'profile-g2-2025-09.html'), 'utf8'), {
    title: `${expected.name} | LinkedIn`,
  });
  return { url: expected.url, path: new URL(expected.url).pathname, html, expected };
}
