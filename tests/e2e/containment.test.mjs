// A failure inside the wasm (a Rust panic traps as a WebAssembly
// RuntimeError) is contained: LinkedIn's page keeps working exactly as
// without the extension, the extension switches itself off for that page,
// and the popup says so calmly. The fault is injected into a copy of the
// built extension, never into the product.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { EXTENSION_DIR, eventually, extensionRoots, extensionUi, launch, openPopup } from './browser.mjs';
import { capturedProfile, ownFixture } from './pages.mjs';
import { startServer } from './server.mjs';

let server;
let trapping;
let readerFails;
let pageReaderTraps;
let offscreenTrapsOnce;

/** A copy of the built extension with `file` patched by `patch`, which must change it. */
function patchedCopy(file, patch, what) {
  const dir = mkdtempSync(join(tmpdir(), 'nw-fault-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const source = readFileSync(join(dir, file), 'utf8');
  const patched = patch(source);
  assert.notEqual(patched, source, what);
  writeFileSync(join(dir, file), patched);
  return dir;
}

/** The popup, once it says the extension switched itself off on the browser's page (it retries for 10 s). */
async function popupOnceSwitchedOff(browser) {
  let popup = null;
  for (let i = 0; i < 40; i += 1) {
    await popup?.close();
    popup = await openPopup(browser);
    if (await popup.locator('#off').isVisible()) return popup;
    await browser.page.waitForTimeout(250);
  }
  await popup.close();
  assert.fail('the popup says the extension switched itself off here');
}

/** The glue, whose readers throw `trapping` (a statement) the way a Rust panic traps. */
function readersTrap(glue, trapping = "throw new WebAssembly.RuntimeError('unreachable');") {
  const trap = (m) => `${m}\n        ${trapping}`;
  return glue.replace(/function analyzePage\(([^)]*)\) \{/, trap).replace(/function readPage\(([^)]*)\) \{/, trap);
}

/** A copy whose page-side glue traps in its readers and whose offscreen document loads `offscreenGlue` instead. */
function pageTrapsCopy(offscreenGlue) {
  const dir = patchedCopy('noteworthy.js', readersTrap, 'the glue still defines analyzePage and readPage');
  writeFileSync(join(dir, 'noteworthy-offscreen.js'), offscreenGlue);
  const offscreen = join(dir, 'offscreen/offscreen.html');
  const html = readFileSync(offscreen, 'utf8').replace('../noteworthy.js', '../noteworthy-offscreen.js');
  assert.ok(html.includes('../noteworthy-offscreen.js'), 'the offscreen document loads the glue');
  writeFileSync(offscreen, html);
  return dir;
}

before(async () => {
  server = await startServer();
  // The same extension, whose reading of a page traps the way a Rust panic does.
  trapping = patchedCopy('noteworthy.js', readersTrap, 'the glue still defines analyzePage and readPage');
  // The same extension, whose own reader of snapshots (a profile's parts) cannot read pages.
  readerFails = patchedCopy('shared/snapshot-analysis.js', (source) => source
    .replace('nw.analyzePage(doc, String(url), context)', 'nw.noSuchExport(doc)'), 'snapshots are still read with analyzePage');
  const glue = readFileSync(join(EXTENSION_DIR, 'noteworthy.js'), 'utf8');
  // The same extension, whose reader traps in the page only: the offscreen document loads an untouched glue.
  pageReaderTraps = pageTrapsCopy(glue);
  // The same, but the offscreen document's readers trap on every call in the first document the offscreen
  // page loads (an instance a trap left unusable), and not in the next.
  offscreenTrapsOnce = pageTrapsCopy(`globalThis.nwFirstDocument = !localStorage.getItem('loaded');\nlocalStorage.setItem('loaded', '1');\n${
    readersTrap(glue, "if (globalThis.nwFirstDocument) throw new WebAssembly.RuntimeError('unreachable');")}`);
});
after(async () => {
  await server.close();
  for (const dir of [trapping, readerFails, pageReaderTraps, offscreenTrapsOnce]) rmSync(dir, { recursive: true, force: true });
});

test('when the extension cannot read a profile\'s parts, the page reads it itself: the same badge', async () => {
  const fixture = capturedProfile();
  server.pages.set(fixture.path, { html: fixture.html });
  const badges = [];
  for (const [dir, label] of [[EXTENSION_DIR, 'as built'], [readerFails, 'snapshot reader failing']]) {
    const browser = await launch(server, { extensionDir: dir });
    try {
      await browser.page.goto(fixture.url);
      const text = (await extensionUi(browser.page).waitFor('badge')).text;
      assert.match(text, /^\d+/, `${label}: a score on the badge`);
      badges.push(text);
    } finally {
      await browser.close();
    }
  }
  assert.equal(badges[1], badges[0], 'the same badge either way');
});

test('when the extension cannot read a list\'s part, the page reads it itself: the same chips', async () => {
  const fixture = ownFixture('search-g3-2026.html');
  server.pages.set(fixture.path, { html: fixture.html });
  const expected = fixture.expected.filter((c) => c.profileUrl).length;
  const chips = [];
  for (const [dir, label] of [[EXTENSION_DIR, 'as built'], [readerFails, 'snapshot reader failing']]) {
    const browser = await launch(server, { extensionDir: dir });
    try {
      await browser.page.goto(fixture.url);
      const found = await eventually(async () => {
        const roots = (await extensionRoots(browser.page)).filter((r) => r.byClass('chip'));
        return roots.length === expected ? roots : null;
      }, { what: `${label}: ${expected} chips` });
      chips.push(found.map((r) => r.byClass('chip').text).sort());
    } finally {
      await browser.close();
    }
  }
  assert.deepEqual(chips[1], chips[0], 'the same scores either way');
});

test('a profile is read in the extension, not in the page: the page\'s own reader is never called', async () => {
  const fixture = capturedProfile();
  server.pages.set(fixture.path, { html: fixture.html });
  const browser = await launch(server, { extensionDir: pageReaderTraps });
  try {
    await browser.page.goto(fixture.url);
    const text = (await extensionUi(browser.page).waitFor('badge')).text;
    assert.match(text, /^\d+/, 'a score on the badge: the reading came from the extension');
  } finally {
    await browser.close();
  }
});

test('a trap in the extension\'s own reader gives it a fresh instance: the next profile is read again', async () => {
  const fixture = capturedProfile();
  server.pages.set(fixture.path, { html: fixture.html });
  const browser = await launch(server, { extensionDir: offscreenTrapsOnce });
  try {
    const { page } = browser;
    await page.goto(fixture.url);
    // The extension's reader traps, and so does the page's: off for this page.
    const popup = await popupOnceSwitchedOff(browser);
    await popup.close();
    // The next load of the profile is read by a fresh instance in the extension.
    await page.reload();
    const text = (await extensionUi(page).waitFor('badge', { timeout: 15000 })).text;
    assert.match(text, /^\d+/, 'a score on the badge');
  } finally {
    await browser.close();
  }
});

test('a trap inside the wasm switches the extension off for the page; LinkedIn keeps working; the popup says so', async () => {
  const fixture = capturedProfile();
  server.pages.set(fixture.path, { html: fixture.html });
  const browser = await launch(server, { extensionDir: trapping });
  try {
    const { page } = browser;
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(fixture.url);
    const popup = await popupOnceSwitchedOff(browser);
    assert.match(await popup.textContent('#off'), /could not read this page and switched itself off/);
    // Nothing of ours in the page, and LinkedIn's own behaviour is intact.
    assert.equal(await extensionUi(page).hosts(), 0);
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await page.locator('[role="dialog"].send-invite').getByRole('button', { name: 'Send without a note' }).click();
    assert.equal((await page.evaluate(() => window.__sim.sent)).length, 1, 'the user\'s send goes through, unguarded');
    assert.deepEqual([...errors, ...(await page.evaluate(() => window.__sim.errors))], []);
  } finally {
    await browser.close();
  }
});
