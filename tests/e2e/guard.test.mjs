// The invite guard and one-click insert, as a user meets them on profile
// pages of every markup generation. LinkedIn's dialog is played by
// linkedin-sim.js, which records every invitation the page sends.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, extensionUi, launch, setStorage } from './browser.mjs';
import { capturedProfile, ownFixture, repo } from './pages.mjs';
import { startServer } from './server.mjs';

/** A fictional "me" who worked at the captured profile's former employer. */
const me = JSON.parse(readFileSync(join(repo, 'tests/golden/me.json'), 'utf8'));

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/** Serves `fixture`, opens it with the extension and "me" set; returns the tools. */
async function open(fixture, { settings } = {}) {
  server.pages.set(fixture.path, { html: fixture.html });
  const browser = await launch(server);
  await setStorage(browser, { local: { me }, sync: settings ? { settings } : undefined });
  const { page } = browser;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fixture.url);
  const ui = extensionUi(page);
  await ui.waitFor('badge');
  const sim = () => page.evaluate(() => ({ sent: window.__sim.sent, errors: window.__sim.errors }));
  return { browser, page, ui, sim, errors };
}

/** LinkedIn's invitation dialog (other dialogs, like Contact info, may be open too). */
const dialog = (page) => page.locator('[role="dialog"].send-invite');

/**
 * LinkedIn's dialog opens as the page loads, before our scripts are there: a
 * script's click on `connect`, which neither boot.js nor the guard follows.
 */
const openDialogAsPageLoads = (page, connect) =>
  page.addInitScript((selector) => addEventListener('DOMContentLoaded', () => document.querySelector(selector).click()), connect);

/** The people search fixture with the extension, "me" set and the guard holding at any score; once its chips show. */
async function openSearch({ beforeLoad = async () => {} } = {}) {
  const fixture = ownFixture('search-g3-2026.html');
  server.pages.set(fixture.path, { html: fixture.html });
  const browser = await launch(server);
  await setStorage(browser, { local: { me }, sync: { settings: { schema: 1, guardThreshold: 0 } } });
  const { page } = browser;
  await beforeLoad(page);
  await page.goto(fixture.url);
  const ui = extensionUi(page);
  await ui.waitFor('chip');
  return { browser, page, ui };
}

test('G2: a no-note send to a valuable profile is held; Insert fills the box and LinkedIn registers it', async () => {
  const { browser, page, ui, sim, errors } = await open(capturedProfile());
  try {
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();

    const nudge = await ui.waitFor('nudge');
    assert.match(nudge.byClass('why').text, /^Harivardhan is worth a note \(\d+\/100\)\. You both worked at Lumora Electronics/);
    assert.match(nudge.byClass('note').text, /^Hi Harivardhan/);
    assert.deepEqual((await sim()).sent, [], 'the held click sent nothing');

    await ui.click('Insert note');
    const box = dialog(page).locator('textarea');
    await eventually(async () => (await box.inputValue()).startsWith('Hi Harivardhan'), { what: 'the note in the box' });
    const note = await box.inputValue();
    // LinkedIn registered the text: its counter moved and Send is enabled.
    assert.equal(await dialog(page).locator('[aria-live]').textContent(), `${note.length}/200`);
    const send = dialog(page).getByRole('button', { name: 'Send invitation' });
    assert.equal(await send.isEnabled(), true);
    assert.deepEqual((await sim()).sent, [], 'the extension never sends');

    await send.click(); // the user's own click
    assert.deepEqual((await sim()).sent, [{ name: 'Harivardhan Sai Kiran Tummala', note }]);
    assert.deepEqual([...errors, ...(await sim()).errors], []);

    // This month's notes: LinkedIn said 3 remaining and the limit is 200; one was sent.
    const worker = browser.context.serviceWorkers()[0];
    const counters = await eventually(async () => {
      const c = await worker.evaluate(async () => (await chrome.storage.local.get('counters')).counters);
      return c?.notesSent === 1 ? c : null;
    }, { what: 'the note counted' });
    assert.equal(counters.notesRemaining, 2, JSON.stringify(counters));
    assert.equal(counters.noteLimitSeen, 200);
  } finally {
    await browser.close();
  }
});

test('G2: a dialog the user opened before the extension came is guarded from their first click in it', async () => {
  const fixture = capturedProfile();
  server.pages.set(fixture.path, { html: fixture.html });
  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me } });
    const { page } = browser;
    // The extension reads the profile in its own context; the page's wasm, which reads the dialog, has not started.
    await openDialogAsPageLoads(page, 'main section[data-member-id] button[aria-label^="Invite "]');
    await page.goto(fixture.url);
    const ui = extensionUi(page);
    await ui.waitFor('badge');
    await page.waitForTimeout(300); // the user reads the dialog
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();
    assert.match((await ui.waitFor('nudge')).byClass('why').text, /^Harivardhan is worth a note/);
    assert.deepEqual(await page.evaluate(() => window.__sim.sent), [], 'the held click sent nothing');
  } finally {
    await browser.close();
  }
});

test('G2: after "Send anyway" the user\'s own click sends exactly once, without a note', async () => {
  const { browser, page, ui, sim } = await open(capturedProfile());
  try {
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    const sendWithout = dialog(page).getByRole('button', { name: 'Send without a note' });
    await sendWithout.click();
    await ui.click('Send anyway');
    await ui.gone('nudge');
    assert.deepEqual((await sim()).sent, []);
    await sendWithout.click();
    assert.deepEqual((await sim()).sent, [{ name: 'Harivardhan Sai Kiran Tummala', note: null }]);
    assert.equal(await ui.find('nudge'), null);
  } finally {
    await browser.close();
  }
});

test('G2: a generic note is held; Insert asks before touching typed text; Append and Undo keep it', async () => {
  const { browser, page, ui, sim } = await open(capturedProfile());
  try {
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await dialog(page).getByRole('button', { name: 'Add a note' }).click();
    const box = dialog(page).locator('textarea');
    const typed = "I'd like to add you to my professional network.";
    await box.pressSequentially(typed);
    await dialog(page).getByRole('button', { name: 'Send invitation' }).click();

    const nudge = await ui.waitFor('nudge');
    assert.match(nudge.byClass('why').text, /^This note could go to anyone\./);
    assert.deepEqual((await sim()).sent, []);

    await ui.click('Insert note');
    const choice = await ui.waitFor('nudge');
    assert.match(choice.text, /already has your words/);
    assert.equal(await box.inputValue(), typed, 'nothing overwritten before the user chose');
    await ui.click('Append');
    await eventually(async () => (await box.inputValue()).startsWith(`${typed}\nHi Harivardhan`), { what: 'appended note' });

    await ui.click('Undo');
    await eventually(async () => (await box.inputValue()) === typed, { what: 'the typed text back' });
    assert.deepEqual((await sim()).sent, []);
  } finally {
    await browser.close();
  }
});

test('G2: out of notes, the guard says so and never pushes a note; sending still works', async () => {
  const fixture = capturedProfile({ outOfNotes: true });
  const { browser, page, ui, sim } = await open(fixture);
  try {
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await dialog(page).getByRole('button', { name: 'Add a note' }).click();
    const nudge = await ui.waitFor('nudge');
    assert.match(nudge.text, /No personalized notes left this month/);
    assert.equal(await ui.button('Insert note'), null);
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();
    assert.deepEqual((await sim()).sent, [{ name: 'Harivardhan Sai Kiran Tummala', note: null }]);
  } finally {
    await browser.close();
  }
});

test('guard off in the options: a no-note send goes straight through', async () => {
  const { browser, page, ui, sim } = await open(capturedProfile(), { settings: { schema: 1, guardEnabled: false } });
  try {
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();
    assert.deepEqual((await sim()).sent, [{ name: 'Harivardhan Sai Kiran Tummala', note: null }]);
    assert.equal(await ui.find('nudge'), null);
  } finally {
    await browser.close();
  }
});

test('G1: the guard holds and Insert fills the box', async () => {
  const fixture = ownFixture('profile-g1-en-complete.html');
  const { browser, page, ui, sim } = await open(fixture, { settings: { schema: 1, guardThreshold: 0 } });
  try {
    await page.locator('main [aria-label^="Invite "][aria-label$=" to connect"]').first().click();
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();
    await ui.waitFor('nudge');
    assert.deepEqual((await sim()).sent, []);
    await ui.click('Insert note');
    await eventually(async () => (await dialog(page).locator('textarea').inputValue()).startsWith('Hi Jonah'), { what: 'the note' });
    assert.equal(await dialog(page).getByRole('button', { name: 'Send invitation' }).isEnabled(), true);
  } finally {
    await browser.close();
  }
});

test('G3: the dialog inside #interop-outlet\'s shadow root is guarded and filled the same way', async () => {
  const fixture = ownFixture('profile-g3-en-sdui.html', { g3: true });
  const { browser, page, ui, sim } = await open(fixture, { settings: { schema: 1, guardThreshold: 0 } });
  try {
    await page.click('a[href="/preload/custom-invite/?vanityName=amara-okonkwo-hale"] >> nth=0');
    // Playwright's locators pierce open shadow roots, like the user's eyes.
    const inShadow = page.locator('#interop-outlet [role="dialog"].send-invite');
    await inShadow.getByRole('button', { name: 'Send without a note' }).click();
    await ui.waitFor('nudge');
    assert.deepEqual((await sim()).sent, []);
    await ui.click('Insert note');
    const box = inShadow.locator('textarea');
    await eventually(async () => (await box.inputValue()).startsWith('Hi Amara'), { what: 'the note' });
    await inShadow.getByRole('button', { name: 'Send invitation' }).click();
    const sent = (await sim()).sent;
    assert.equal(sent.length, 1);
    assert.match(sent[0].note, /^Hi Amara/);
  } finally {
    await browser.close();
  }
});

test('people search: a no-note send to a result is held with what her card says, and Insert names her', async () => {
  const { browser, page, ui } = await openSearch();
  try {
    // The list was read in the extension: the page reads it when the dialog opens, to know who is invited.
    await page.click('[aria-label="Invite Ysolde Martens to connect"]');
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();
    const nudge = await ui.waitFor('nudge');
    assert.match(nudge.byClass('why').text, /^Ysolde is worth a note \(\d+\/100\)\. You have 14 mutual connections, including Jonah Whitcombe/);
    assert.deepEqual(await page.evaluate(() => window.__sim.sent), [], 'the held click sent nothing');
    await ui.click('Insert note');
    await eventually(async () => (await dialog(page).locator('textarea').inputValue()).startsWith('Hi Ysolde'), { what: 'the note' });
  } finally {
    await browser.close();
  }
});

test('people search: a dialog the user opened before the extension came is guarded from their first click in it', async () => {
  const { browser, page, ui } = await openSearch({
    beforeLoad: (page) => openDialogAsPageLoads(page, '[aria-label="Invite Ysolde Martens to connect"]'),
  });
  try {
    await page.waitForTimeout(300); // the user reads the dialog
    await dialog(page).getByRole('button', { name: 'Send without a note' }).click();
    assert.match((await ui.waitFor('nudge')).byClass('why').text, /^Ysolde is worth a note/);
    assert.deepEqual(await page.evaluate(() => window.__sim.sent), [], 'the held click sent nothing');
  } finally {
    await browser.close();
  }
});
