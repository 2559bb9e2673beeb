// What a user meets around the guard: the badge and its panel (keyboard,
// theme, "This is me"), in-app navigation, quiet mode, chips on search
// results and received invitations, the popup, and the first run.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, extensionRoots, extensionUi, launch, openPopup, setStorage } from './browser.mjs';
import { capturedProfile, ownFixture, repo, servePage } from './pages.mjs';
import { startServer } from './server.mjs';

const me = JSON.parse(readFileSync(join(repo, 'tests/golden/me.json'), 'utf8'));

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

function serve(fixture) {
  server.pages.set(fixture.path, { html: fixture.html });
  return fixture;
}

/**
 * The captured profile, opened with the extension and "me" set, once its badge is there; with `watch`,
 * the extension's scripts the page parses from before it loads (`parsed`, `cdp`: watchScripts).
 */
async function openCapturedProfile({ watch = false } = {}) {
  const fixture = serve(capturedProfile());
  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me } });
    const watched = watch ? await watchScripts(browser.page) : {};
    await browser.page.goto(fixture.url);
    const ui = extensionUi(browser.page);
    return { browser, page: browser.page, ui, badge: await ui.waitFor('badge'), ...watched };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

test('the badge opens a keyboard-reachable panel with reasons and suggestions', async () => {
  const { browser, page, ui, badge } = await openCapturedProfile();
  try {
    assert.equal(badge.attributes['aria-expanded'], 'false');
    // Keyboard: focus the badge and press Enter.
    await badge.click(page);
    await ui.waitFor('panel');
    await page.keyboard.press('Escape');
    await ui.gone('panel');
    await page.keyboard.press('Enter');
    const panel = await ui.waitFor('panel');
    assert.match(panel.text, /Why this score/);
    assert.match(panel.text, /You both worked at Lumora Electronics \(2019–2022\)\.\s?\+\d+/);
    const suggestions = panel.findAll((n) => n.classes.includes('suggestion'));
    assert.equal(suggestions.length, 3);
    assert.ok(suggestions.every((s) => /^Hi Harivardhan/.test(s.byClass('note').text)));
    assert.ok(await ui.button('Copy') && await ui.button('Insert'));
  } finally {
    await browser.close();
  }
});

test('Insert from the panel with no dialog open waits for the user to click Connect', async () => {
  const { browser, page, ui, badge } = await openCapturedProfile();
  try {
    await badge.click(page);
    await ui.click('Insert');
    assert.match((await ui.waitFor('nudge')).text, /Click Connect/);
    assert.equal(await page.evaluate(() => window.__sim.dialogsOpened), 0, 'we never click Connect');
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    const box = page.locator('[role="dialog"].send-invite textarea');
    await eventually(async () => (await box.count()) === 1 && (await box.inputValue()).startsWith('Hi Harivardhan'), { what: 'the note' });
    assert.deepEqual(await page.evaluate(() => window.__sim.sent), []);
  } finally {
    await browser.close();
  }
});

/** The toolbar button's badge and tooltip in the LinkedIn tab. */
async function toolbar(browser) {
  return browser.context.serviceWorkers()[0].evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
}

/** The toolbar, once it shows what the in-page badge shows. */
async function toolbarShowing(browser, badge) {
  const score = badge.byClass('score').text.match(/\d+/)[0];
  const name = badge.byClass('name').text;
  return eventually(async () => {
    const shown = await toolbar(browser);
    return shown.text === score && shown.title.includes(name) ? shown : null;
  }, { what: `the toolbar showing ${name}'s ${score}` });
}

/** The badge, once it names `name`. */
function badgeNaming(ui, name) {
  return eventually(async () => {
    const shown = await ui.find('badge');
    return shown?.byClass('name').text === name ? shown : null;
  }, { what: `the badge naming ${name}` });
}

test('in-app navigation from one profile to another updates the badge and the toolbar; leaving profiles removes them', async () => {
  const second = serve(ownFixture('profile-g2-de.html'));
  const { browser, page, ui, badge } = await openCapturedProfile();
  try {
    assert.equal(badge.byClass('name').text, 'Harivardhan Sai Kiran Tummala');
    await toolbarShowing(browser, badge);
    await navigateInApp(page, second);
    const secondBadge = await badgeNaming(ui, second.expected.name);
    assert.equal(await ui.hosts(), 1, 'never duplicated');
    await toolbarShowing(browser, secondBadge);
    await page.evaluate(() => {
      document.body.replaceChildren();
      history.pushState({}, '', '/feed/');
      document.title = 'Feed | LinkedIn';
    });
    await ui.gone('badge');
    assert.equal(await ui.hosts(), 0, 'nothing left behind');
    await eventually(async () => (await toolbar(browser)).text === '', { what: 'the toolbar cleared on the feed' });
  } finally {
    await browser.close();
  }
});

/**
 * Holds the extension's readings in its worker until released: `held()` how
 * many wait, `release()` lets the oldest through.
 */
async function holdReadings(browser) {
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() => {
    const read = globalThis.nwAnalyzeInOffscreen;
    globalThis.heldReadings = [];
    globalThis.nwAnalyzeInOffscreen = (message) => new Promise((resolve) => globalThis.heldReadings.push(() => resolve(read(message))));
  });
  return {
    held: () => worker.evaluate(() => globalThis.heldReadings.length),
    release: () => worker.evaluate(() => globalThis.heldReadings.shift()()),
  };
}

test('a profile read after the user moved on never shows, in the page or on the toolbar: not on the next profile, not on the feed', async () => {
  const second = serve(ownFixture('profile-g2-de.html'));
  const third = serve(ownFixture('profile-g2-fr.html'));
  const { browser, page, ui, badge } = await openCapturedProfile();
  try {
    await toolbarShowing(browser, badge);
    const readings = await holdReadings(browser);
    await navigateInApp(page, second);
    await eventually(async () => (await readings.held()) === 1, { what: 'the second profile on its way' });
    await navigateInApp(page, third);
    await eventually(async () => (await readings.held()) === 2, { what: 'the third profile on its way' });
    await readings.release(); // the second profile's reading comes back: the page is on the third
    await page.waitForTimeout(500);
    assert.notEqual((await ui.find('badge'))?.byClass('name').text, second.expected.name, 'a profile the user left, in the page');
    assert.ok(!(await toolbar(browser)).title.includes(second.expected.name), 'a profile the user left, on the toolbar');
    await readings.release();
    await toolbarShowing(browser, await badgeNaming(ui, third.expected.name));

    await navigateInApp(page, second);
    await eventually(async () => (await readings.held()) === 1, { what: 'the second profile on its way again' });
    await page.evaluate(() => {
      document.body.replaceChildren();
      history.pushState({}, '', '/feed/');
      document.title = 'Feed | LinkedIn';
    });
    await eventually(async () => (await toolbar(browser)).text === '', { what: 'the toolbar cleared on the feed' });
    await readings.release();
    await page.waitForTimeout(500);
    assert.deepEqual(await toolbar(browser), { text: '', title: 'Noteworthy' }, 'the feed shows nothing');
  } finally {
    await browser.close();
  }
});

/** The extension's scripts (by path) and wasm modules as the page parses them, in order. */
async function watchScripts(page) {
  const cdp = await page.context().newCDPSession(page);
  const parsed = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) parsed.push(new URL(e.url).pathname);
    if (e.scriptLanguage === 'WebAssembly' || e.url.startsWith('wasm://')) parsed.push('wasm');
  });
  await cdp.send('Debugger.enable');
  return { parsed, cdp };
}

/** LinkedIn's router: new content, new address, new title; no reload. */
async function navigateInApp(page, { html, url }) {
  await page.evaluate(({ html, url }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceWith(doc.body);
    history.pushState({}, '', url);
    document.title = doc.title;
  }, { html, url });
}

test('LinkedIn\'s own order in-app: the address changes first and the profile renders later; the badge waits for it and names the new person', async () => {
  const second = serve(ownFixture('profile-g2-de.html'));
  const { browser, page, ui, badge: first } = await openCapturedProfile();
  try {
    assert.equal(first.byClass('name').text, 'Harivardhan Sai Kiran Tummala');
    // The router moves to the new address, shows a skeleton, then the profile.
    await page.evaluate(({ url }) => {
      history.pushState({}, '', url);
      document.querySelector('main').replaceChildren(Object.assign(document.createElement('div'), { className: 'skeleton' }));
    }, { url: second.url });
    await page.waitForTimeout(700);
    await page.evaluate(({ html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceChildren(...doc.body.childNodes);
      document.title = doc.title;
    }, { html: second.html });
    await toolbarShowing(browser, await badgeNaming(ui, second.expected.name));
    assert.equal(await ui.hosts(), 1, 'never duplicated');
  } finally {
    await browser.close();
  }
});

test('a page we do not read runs only the small boot script; an in-app navigation from it to a profile brings the badge; the wasm comes to the page with a click that may open a dialog', async () => {
  const profile = serve(capturedProfile());
  server.pages.set('/feed/', { html: '<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><main><h1>Feed</h1></main></body></html>' });
  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me } });
    const { page } = browser;
    const { parsed, cdp } = await watchScripts(page);
    await page.goto('https://www.linkedin.com/feed/');
    await page.waitForTimeout(1500);
    assert.deepEqual(parsed, ['/content/boot.js'], 'nothing but boot.js on the feed');
    await navigateInApp(page, profile);
    const ui = extensionUi(page);
    assert.equal((await ui.waitFor('badge')).byClass('name').text, 'Harivardhan Sai Kiran Tummala');
    assert.ok(parsed.includes('/content/session.js'), 'the rest came with the profile');
    // The profile was read in the extension: the page has neither the wasm nor its glue yet, and
    // never the settings' code (the background keeps them).
    assert.ok(!parsed.includes('wasm') && !parsed.includes('/noteworthy.js'), `read in the extension: ${parsed}`);
    assert.ok(!parsed.includes('/shared/settings.js'), `settings kept by the background: ${parsed}`);
    await page.click('main button[aria-label^="Invite"]');
    await eventually(() => parsed.includes('/noteworthy.js') && parsed.includes('wasm'), { what: 'the wasm started in the page for the dialog' });
    assert.equal(parsed.filter((p) => p === '/content/session.js').length, 1, 'injected once');
    assert.equal(parsed.filter((p) => p === '/noteworthy.js').length, 1, 'the glue, once');
    await cdp.detach();
  } finally {
    await browser.close();
  }
});

test('a profile loaded directly has the session from the manifest: no boot.js, no wasm, the badge', async () => {
  const manifest = JSON.parse(readFileSync(join(repo, 'dist/chrome/manifest.json'), 'utf8'));
  const session = manifest.content_scripts.find((c) => c.js.includes('content/loader.js')).js.map((file) => `/${file}`);
  const { browser, ui, parsed, cdp } = await openCapturedProfile({ watch: true });
  try {
    await toolbarShowing(browser, await badgeNaming(ui, 'Harivardhan Sai Kiran Tummala'));
    // No waking round trip: the browser injected the session as the page loaded, read in the extension.
    assert.deepEqual(parsed, session, 'the session\'s scripts, once each, and nothing else');
    await cdp.detach();
  } finally {
    await browser.close();
  }
});

test('a click in a dialog on a page we do not read brings the session (the invite guard follows dialogs); it then follows navigation', async () => {
  const profile = serve(capturedProfile());
  server.pages.set('/messaging/', { html: '<!doctype html><html lang="en"><head><title>Messaging | LinkedIn</title></head><body><main><div role="dialog"><button type="button">Dismiss</button></div></main></body></html>' });
  const browser = await launch(server);
  try {
    const { page } = browser;
    const { parsed, cdp } = await watchScripts(page);
    await page.goto('https://www.linkedin.com/messaging/');
    await page.waitForTimeout(500);
    assert.deepEqual(parsed, ['/content/boot.js']);
    await page.click('[role="dialog"] button');
    await eventually(() => parsed.includes('/content/session.js'), { what: 'the session, injected' });
    await navigateInApp(page, profile);
    assert.equal((await extensionUi(page).waitFor('badge')).byClass('name').text, 'Harivardhan Sai Kiran Tummala');
    assert.equal(parsed.filter((p) => p === '/content/session.js').length, 1, 'injected once');
    await cdp.detach();
  } finally {
    await browser.close();
  }
});

test('an invitation dialog on a page we do not read: the note the user sends counts in this month\'s notes', async () => {
  // My Network's "People you may know": LinkedIn's Connect opens the same dialog.
  const grow = '<main><ul><li><p>Ana Ruiz · Product designer</p>'
    + '<button aria-label="Invite Ana Ruiz to connect" type="button">Connect</button></li></ul></main>';
  server.pages.set('/mynetwork/grow/', { html: servePage(grow, { title: 'Grow | LinkedIn' }) });
  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me } });
    const { page } = browser;
    await page.goto('https://www.linkedin.com/mynetwork/grow/');
    await page.click('button[aria-label="Invite Ana Ruiz to connect"]');
    const dialog = page.locator('[role="dialog"].send-invite');
    await dialog.getByRole('button', { name: 'Add a note' }).click();
    await dialog.locator('textarea').fill('Hi Ana, we met at the Lisbon design meetup in May.');
    await page.waitForTimeout(600); // the user types; the session came with the click
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    assert.equal((await page.evaluate(() => window.__sim.sent)).length, 1, 'the user\'s click sent it, once');
    const worker = browser.context.serviceWorkers()[0];
    await eventually(async () => {
      const c = await worker.evaluate(async () => (await chrome.storage.local.get('counters')).counters);
      return c?.notesSent === 1;
    }, { what: 'the note counted' });
  } finally {
    await browser.close();
  }
});

test('quiet mode leaves LinkedIn\'s DOM untouched; the popup still has the score and suggestions', async () => {
  const fixture = serve(capturedProfile());
  const alone = await launch(server, { extension: false });
  await alone.page.goto(fixture.url);
  const baseline = await alone.page.evaluate(() => document.documentElement.outerHTML);
  await alone.close();

  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me }, sync: { settings: { schema: 1, quietMode: true } } });
    const { page } = browser;
    await page.goto(fixture.url);
    const popup = await eventually(async () => {
      const p = await openPopup(browser);
      if (await p.locator('#person').isVisible()) return p;
      await p.close();
      return null;
    }, { what: 'the popup with a reading' });
    assert.match(await popup.textContent('#name'), /Harivardhan/);
    assert.match(await popup.textContent('#score'), /^\d+$/);
    assert.equal(await popup.locator('#suggestions .suggestion').count(), 3);
    assert.match(await popup.textContent('#reasons'), /Lumora Electronics/);

    // Not one node added, removed or changed in LinkedIn's page.
    assert.equal(await extensionUi(page).hosts(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), baseline);

    // The guard is off too: nothing is held or shown in the page.
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await page.locator('[role="dialog"].send-invite').getByRole('button', { name: 'Send without a note' }).click();
    assert.equal((await page.evaluate(() => window.__sim.sent)).length, 1);
  } finally {
    await browser.close();
  }
});

test('a change of settings reaches an open profile at once: quiet mode on takes the badge away, off brings it back', async () => {
  const { browser, ui } = await openCapturedProfile();
  try {
    await setStorage(browser, { sync: { settings: { schema: 1, quietMode: true } } });
    await eventually(async () => (await ui.hosts()) === 0, { what: 'the badge gone in quiet mode' });
    await setStorage(browser, { sync: { settings: { schema: 1, quietMode: false } } });
    await ui.waitFor('badge');
  } finally {
    await browser.close();
  }
});

test('while a change of settings is read again, the page keeps its view: the popup never finds it empty', async () => {
  const { browser } = await openCapturedProfile();
  try {
    // What the popup asks (UI_CS_GET_VIEW), as fast as the page answers, from the change on.
    const seen = await browser.context.serviceWorkers()[0].evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
      const ask = async () => (await chrome.tabs.sendMessage(tab.id, { type: 'ui-cs-get-view' }))?.view?.badge ?? null;
      const before = await ask();
      await chrome.storage.sync.set({ settings: { schema: 1, tone: 'brief' } });
      const badges = [];
      for (const until = Date.now() + 1500; Date.now() < until;) badges.push(await ask());
      return { before, badges };
    });
    assert.ok(seen.badges.every(Boolean), `a view every time: ${seen.badges.filter((b) => !b).length} of ${seen.badges.length} empty`);
    assert.notDeepEqual(seen.badges.at(-1).suggestions, seen.before.suggestions, 'read again in the new tone');
  } finally {
    await browser.close();
  }
});

test('the popup inserts a suggestion into an open dialog', async () => {
  const { browser, page } = await openCapturedProfile();
  try {
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    await page.locator('[role="dialog"].send-invite').getByRole('button', { name: 'Add a note' }).click();
    const popup = await openPopup(browser);
    await popup.locator('#suggestions .suggestion').first().waitFor();
    const text = await popup.locator('#suggestions .suggestion p').first().textContent();
    await popup.locator('#suggestions button:has-text("Insert")').first().click();
    const box = page.locator('[role="dialog"].send-invite textarea');
    await eventually(async () => (await box.inputValue()) === text, { what: 'the popup\'s note in the box' });
  } finally {
    await browser.close();
  }
});

test('on my own profile the badge offers "This is me", and it is saved', async () => {
  const fixture = serve(ownFixture('profile-g2-en-self.html'));
  const browser = await launch(server);
  try {
    const { page } = browser;
    await page.goto(fixture.url);
    const ui = extensionUi(page);
    await (await ui.waitFor('badge')).click(page);
    await ui.click('This is me');
    assert.match((await ui.waitFor('nudge')).text, new RegExp(`Saved ${fixture.expected.name} as you`));
    const worker = browser.context.serviceWorkers()[0];
    const stored = await eventually(() => worker.evaluate(async () => (await chrome.storage.local.get('me')).me));
    assert.equal(stored.name, fixture.expected.name);
    assert.equal(stored.isSelf, true);
  } finally {
    await browser.close();
  }
});

test('received invitations get score chips and an "Ask for context" reply for those without a note', async () => {
  const fixture = serve(ownFixture('invitations-g2-received.html'));
  const browser = await launch(server);
  try {
    const { page, context } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    await page.goto(fixture.url);
    const ui = extensionUi(page);
    const withNote = fixture.expected.filter((c) => c.hasNote).length;
    const chips = await eventually(async () => {
      const roots = await extensionRoots(page);
      const found = roots.filter((r) => r.byClass('chip'));
      return found.length === fixture.expected.filter((c) => c.profileUrl).length ? found : null;
    }, { what: 'a chip per invitation' });
    const asks = chips.filter((r) => r.findAll((n) => n.node.nodeName === 'BUTTON').length);
    assert.equal(asks.length, fixture.expected.length - withNote);
    await ui.click('Ask for context');
    const copied = await eventually(() => page.evaluate(() => navigator.clipboard.readText()));
    assert.match(copied, /\?/, 'a friendly question');
  } finally {
    await browser.close();
  }
});

test('received invitations: cards LinkedIn adds as the user scrolls get their chips too, and a card it reuses is read anew', async () => {
  const fixture = serve(ownFixture('invitations-g2-received.html'));
  const browser = await launch(server);
  try {
    const { page } = browser;
    await page.goto(fixture.url);
    const chipCount = async () => (await extensionRoots(page)).filter((r) => r.byClass('chip')).length;
    const first = fixture.expected.filter((c) => c.profileUrl).length;
    await eventually(async () => (await chipCount()) === first, { what: `${first} chips` });
    // LinkedIn appends the next page of invitations: two more fictional people.
    await page.evaluate((html) => {
      const card = new DOMParser().parseFromString(html, 'text/html').querySelector('li.invitation-card');
      const list = document.querySelector('li.invitation-card').parentElement;
      for (const [name, slug] of [['Ilse Vandermeer', 'ilse-vandermeer'], ['Rafe Okafor', 'rafe-okafor-ops']]) {
        const more = document.importNode(card, true);
        for (const link of more.querySelectorAll('a[href*="/in/"]')) link.href = `https://www.linkedin.com/in/${slug}/`;
        more.querySelector('.invitation-card__title').textContent = name;
        list.append(more);
      }
    }, fixture.html);
    await eventually(async () => (await chipCount()) === first + 2, { what: `${first + 2} chips` });
    // Only the new cards went to the extension. Now LinkedIn reuses the first card, in place, for a
    // company's invitation: nothing was appended, so the list goes whole again, and its chip goes.
    await page.evaluate(() => {
      const card = document.querySelector('li.invitation-card');
      for (const link of card.querySelectorAll('a[href*="/in/"]')) link.href = 'https://www.linkedin.com/company/northwind-quarry/';
      card.querySelector('.invitation-card__title').textContent = 'Northwind Quarry';
    });
    await eventually(async () => (await chipCount()) === first + 1, { what: `${first + 1} chips: none on the company` });
  } finally {
    await browser.close();
  }
});

test('search results get a score chip per person, read in the extension: the page starts no wasm', async () => {
  const fixture = serve(ownFixture('search-g3-2026.html'));
  const browser = await launch(server);
  try {
    const { page } = browser;
    const { parsed, cdp } = await watchScripts(page);
    await page.goto(fixture.url);
    const expected = fixture.expected.filter((c) => c.profileUrl).length;
    await eventually(async () => {
      const roots = await extensionRoots(page);
      return roots.filter((r) => r.byClass('chip')).length === expected;
    }, { what: `${expected} chips` });
    assert.ok(!parsed.includes('wasm') && !parsed.includes('/noteworthy.js'), `read in the extension: ${parsed}`);
    await cdp.detach();
  } finally {
    await browser.close();
  }
});

test('from a profile, an in-app navigation to people search brings a chip per person (both read in the extension)', async () => {
  const search = serve(ownFixture('search-g3-2026.html'));
  const { browser, page, parsed, cdp } = await openCapturedProfile({ watch: true });
  try {
    await navigateInApp(page, search);
    const expected = search.expected.filter((c) => c.profileUrl).length;
    await eventually(async () => {
      const roots = await extensionRoots(page);
      return roots.filter((r) => r.byClass('chip')).length === expected && !roots.some((r) => r.byClass('badge'));
    }, { what: `${expected} chips and no badge` });
    assert.ok(!parsed.includes('wasm'), `the list was read in the extension too: ${parsed}`);
    await cdp.detach();
  } finally {
    await browser.close();
  }
});

test('the badge follows LinkedIn\'s dark theme', async () => {
  const fixture = serve(ownFixture('profile-g2-en-first-degree.html'));
  const browser = await launch(server);
  try {
    await browser.page.goto(fixture.url);
    const badge = await extensionUi(browser.page).waitFor('badge');
    assert.ok(badge.classes.includes('box'));
    const roots = await extensionRoots(browser.page);
    assert.ok(roots.some((r) => r.findAll((n) => n.classes.includes('dark')).length > 0));
  } finally {
    await browser.close();
  }
});

test('first run opens the options page, which explains how to set "me"', async () => {
  const browser = await launch(server);
  try {
    const options = await eventually(
      () => browser.context.pages().find((p) => p.url().endsWith('/options/options.html')),
      { what: 'the options page' },
    );
    await options.waitForLoadState();
    assert.equal(await options.isVisible('#me-first-run'), true);
  } finally {
    await browser.close();
  }
});
