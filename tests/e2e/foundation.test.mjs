// The first vertical slice: on the anonymized G2 capture served at its real
// address, the extension reads name, headline and degree through web-sys and
// shows them in a small badge, without changing the page or the network.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { eventually, extensionRoots, launch } from './browser.mjs';
import { capturedProfile } from './pages.mjs';
import { startServer } from './server.mjs';

let server;
const profile = capturedProfile();

before(async () => {
  server = await startServer();
  server.pages.set(profile.path, { html: profile.html });
});
after(() => server.close());

const unique = (list) => [...new Set(list)].sort();

/** Loads the profile and records what a user and the page itself would see. */
async function visit(browser) {
  const pageErrors = [];
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
  const served = server.requests.length;
  await browser.page.goto(profile.url, { waitUntil: 'load' });
  return {
    pageErrors,
    served: () => unique(server.requests.slice(served).map((r) => `${r.host}${r.path}`)),
    body: () => browser.page.evaluate(() => document.body.outerHTML),
  };
}

async function findBadge(page) {
  return eventually(async () => {
    for (const root of await extensionRoots(page)) {
      const badge = root.byClass('badge');
      if (badge) return badge;
      await root.detach();
    }
    return null;
  }, { what: 'the badge' });
}

test('badge shows name and degree from the G2 capture; page and network unchanged', async () => {
  const alone = await launch(server, { extension: false });
  const baseline = await visit(alone);
  await alone.page.waitForTimeout(1500); // as long as the extension gets below
  const baselineBody = await baseline.body();
  const baselineServed = baseline.served();
  const baselineRequests = unique(alone.requests.map((r) => r.url));
  await alone.close();

  const withExt = await launch(server);
  try {
    const visit2 = await visit(withExt);
    const badge = await findBadge(withExt.page);
    assert.equal(badge.byClass('name').text, profile.expected.name);
    assert.equal(badge.byClass('degree').text, '2nd');
    assert.equal(badge.attributes.title, profile.expected.headline);
    assert.match(badge.byClass('score').text, /^\d{1,3}$/);
    assert.equal(badge.attributes.role, 'button');
    assert.equal(badge.attributes.tabindex, '0');
    assert.match(badge.attributes['aria-label'], /^Noteworthy: Harivardhan Sai Kiran Tummala, worth \d+ out of 100/);
    await badge.detach();
    await withExt.page.waitForTimeout(1500);

    // The page's own DOM is untouched (our host sits outside <body>), its
    // script still works, and it saw no errors.
    assert.equal(await visit2.body(), baselineBody);
    await withExt.page.click('main button[aria-label="More actions"]');
    assert.equal(await withExt.page.getAttribute('main button[aria-label="More actions"]', 'aria-expanded'), 'true');
    assert.deepEqual(await withExt.page.evaluate(() => window.__sim.errors), []);
    assert.deepEqual(visit2.pageErrors, []);

    // No request of its own: the same addresses were asked for as without it
    // (lazy images may be asked for more than once; that is the page's doing).
    assert.deepEqual(visit2.served(), baselineServed);
    const own = (r) => r.url.startsWith(`chrome-extension://${withExt.extensionId}/`);
    assert.deepEqual(unique(withExt.requests.filter((r) => !own(r)).map((r) => r.url)), baselineRequests);
    // The only extension URLs are the extension's own worker and pages
    // reading its package; LinkedIn's page never asks for one.
    const fromLinkedIn = withExt.requests.filter((r) => r.page?.startsWith('https://www.linkedin.com/'));
    assert.ok(fromLinkedIn.length > 0);
    assert.deepEqual(fromLinkedIn.filter((r) => !r.url.startsWith('https://')), []);
  } finally {
    await withExt.close();
  }
});
