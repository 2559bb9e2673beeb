// The privacy and safety promises of README.md, each tested: no network
// request of the extension's own over a session of several pages (badge,
// panel, dialog, insert, popup, options), nothing LinkedIn can probe or
// read (no web-accessible resources, no extension URL, id or name written
// into its DOM, no trace in its storage or globals), the fewest
// permissions, and extension pages that cannot load remote code.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, extensionUi, launch, setStorage } from './browser.mjs';
import { capturedProfile, ownFixture, repo } from './pages.mjs';
import { startServer } from './server.mjs';

const me = JSON.parse(readFileSync(join(repo, 'tests/golden/me.json'), 'utf8'));
const BUILDS = ['chrome', 'firefox'];
const manifestOf = (browser) => JSON.parse(readFileSync(join(repo, 'dist', browser, 'manifest.json'), 'utf8'));

/** A session over several kinds of pages, in every markup generation. */
const PAGES = [
  capturedProfile(),
  ownFixture('profile-g3-en-sdui.html'),
  ownFixture('profile-g2-fr.html'),
  ownFixture('search-g3-2026.html'),
  ownFixture('invitations-g2-received.html'),
  ownFixture('invite-g3-shadow-gate.html'),
];

let server;
before(async () => {
  server = await startServer();
  for (const p of PAGES) server.pages.set(p.path, { html: p.html });
});
after(() => server.close());

const unique = (list) => [...new Set(list)].sort();

/** What LinkedIn's page itself can observe about its environment. */
const pageView = () => ({
  globals: Object.getOwnPropertyNames(window).sort(),
  localStorage: Object.keys(localStorage).sort(),
  sessionStorage: Object.keys(sessionStorage).sort(),
  cookie: document.cookie,
  styleSheets: document.styleSheets.length,
  adoptedStyleSheets: document.adoptedStyleSheets.length,
  htmlChildren: [...document.documentElement.children].map((e) => e.tagName),
});

/** Visits every page the same way; returns what was requested and what each page could see. */
async function session(browser, { interact = async () => {} } = {}) {
  const seen = [];
  const served = server.requests.length;
  for (const p of PAGES) {
    await browser.page.goto(p.url, { waitUntil: 'load' });
    await browser.page.waitForTimeout(1500);
    const view = await browser.page.evaluate(pageView);
    // Our hosts are the only elements we add, after <body>: count them apart.
    view.htmlChildren = view.htmlChildren.filter((t) => t !== 'DIV');
    seen.push(view);
    await interact(p);
  }
  return {
    seen,
    served: unique(server.requests.slice(served).map((r) => `${r.host}${r.path}`)),
  };
}

test('no request of its own: the same addresses as without the extension, over six pages and the popup and options', async () => {
  const alone = await launch(server, { extension: false });
  let baseline;
  try {
    baseline = await session(alone);
    baseline.requests = unique(alone.requests.map((r) => r.url));
  } finally {
    await alone.close();
  }

  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me } });
    const own = `chrome-extension://${browser.extensionId}/`;
    const before = browser.requests.length;
    const run = await session(browser, {
      // On the profile, use the extension fully: panel, the guard, Insert.
      async interact(p) {
        if (p !== PAGES[0]) return;
        const ui = extensionUi(browser.page);
        await (await ui.waitFor('badge')).click(browser.page);
        await ui.waitFor('panel');
      },
    });
    const popup = await browser.context.newPage();
    await popup.goto(`${own}popup/popup.html`);
    await popup.goto(`${own}options/options.html`);
    await popup.waitForTimeout(500);
    await popup.close();

    const requests = browser.requests.slice(before);
    // Every request that is not the extension reading its own package…
    const others = requests.filter((r) => !r.url.startsWith(own));
    assert.deepEqual(unique(others.map((r) => r.url)), baseline.requests);
    // …comes from LinkedIn's pages (or is our navigation to one); the
    // extension's pages and worker ask the network for nothing.
    const navigations = new Set(PAGES.map((p) => p.url));
    const notLinkedIn = others.filter((r) => !r.page?.startsWith('https://www.linkedin.com/') && !navigations.has(r.url));
    assert.deepEqual(notLinkedIn.map((r) => `${r.page} → ${r.url}`), []);
    // LinkedIn's frames never request an extension URL (no web-accessible resource to probe).
    const fromLinkedIn = requests.filter((r) => r.page?.startsWith('https://www.linkedin.com/'));
    assert.ok(fromLinkedIn.length > 0);
    assert.deepEqual(fromLinkedIn.filter((r) => /^(chrome|moz)-extension:/.test(r.url)).map((r) => r.url), []);
    // The server saw exactly the same requests.
    assert.deepEqual(run.served, baseline.served);
    // And no page could tell the difference: same globals, storage, cookies, style sheets.
    assert.deepEqual(run.seen, baseline.seen);
  } finally {
    await browser.close();
  }
});

test('nothing identifying in LinkedIn\'s DOM: badge, panel and nudge open, a note inserted', async () => {
  const profile = PAGES[0];
  const browser = await launch(server);
  try {
    await setStorage(browser, { local: { me } });
    const { page, extensionId } = browser;
    await page.goto(profile.url);
    const ui = extensionUi(page);
    await (await ui.waitFor('badge')).click(page);
    await ui.waitFor('panel');
    // Insert from the panel, then the user's own click on Connect: the note goes in.
    await ui.click('Insert');
    await ui.waitFor('nudge');
    await page.click('main section[data-member-id] button[aria-label^="Invite "]');
    const box = page.locator('[role="dialog"].send-invite textarea');
    await eventually(async () => (await box.inputValue()).startsWith('Hi Harivardhan'), { what: 'the inserted note' });
    await ui.waitFor('nudge'); // "Inserted" with Undo
    assert.ok((await ui.hosts()) >= 2, 'badge and nudge hosts are in the page');

    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const needles = new RegExp(`chrome-extension://|moz-extension://|${escape(extensionId)}|noteworthy`, 'gi');
    const found = [...html.matchAll(needles)].map((m) => html.slice(Math.max(0, m.index - 60), m.index + 40));
    assert.deepEqual(found, [], 'an extension URL, our id or our name in LinkedIn\'s DOM');
    // Our hosts: empty <div>s after <body>, attribute-less but for the badge's manual popover (the top
    // layer); nothing else outside LinkedIn's own.
    const hosts = await page.evaluate(() =>
      [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).map((e) => e.outerHTML));
    assert.ok(hosts.length >= 2);
    assert.deepEqual(unique(hosts).sort(), ['<div popover="manual"></div>', '<div></div>']);
    // No attribute of ours anywhere in LinkedIn's elements (or in the dialog's shadow root).
    const ours = await page.evaluate(() => {
      const found = [];
      const scan = (root) => {
        for (const el of root.querySelectorAll('*')) {
          for (const a of el.attributes) if (/noteworthy|^data-nw|extension/i.test(`${a.name}=${a.value}`)) found.push(`${el.tagName} ${a.name}`);
          if (el.shadowRoot) scan(el.shadowRoot);
        }
      };
      scan(document);
      return found;
    });
    assert.deepEqual(ours, []);
  } finally {
    await browser.close();
  }
});

test('no web_accessible_resources in either build', () => {
  for (const browser of BUILDS) {
    const manifest = manifestOf(browser);
    assert.equal(manifest.web_accessible_resources, undefined, browser);
    assert.equal(manifest.externally_connectable, undefined, `${browser}: web pages cannot message the extension`);
  }
});

/**
 * `scripting` injects the content scripts into a LinkedIn page that becomes one we read after it loaded
 * (the manifest injects them into those pages as they load, content/boot.js into every other); Chrome
 * also needs `offscreen`: the wasm runs there on pages whose CSP forbids it (README, Permissions).
 */
const PERMISSIONS = { chrome: ['storage', 'scripting', 'offscreen'], firefox: ['storage', 'scripting'] };

test('permissions exactly storage and scripting (+ offscreen on Chrome), host permission and content scripts on LinkedIn only, no optional permissions', () => {
  for (const browser of BUILDS) {
    const manifest = manifestOf(browser);
    assert.deepEqual(manifest.permissions, PERMISSIONS[browser], browser);
    // The same host as the content scripts': no install warning beyond theirs.
    assert.deepEqual(manifest.host_permissions, ['https://www.linkedin.com/*'], browser);
    assert.equal(manifest.optional_permissions, undefined, browser);
    assert.equal(manifest.optional_host_permissions, undefined, browser);
    // Every content script on LinkedIn only: boot.js on its pages but the ones we read, the session on those.
    const onLinkedIn = (pattern) => pattern.startsWith('https://www.linkedin.com/');
    assert.deepEqual(manifest.content_scripts.map((c) => c.js.at(-1)), ['content/boot.js', 'content/loader.js'], browser);
    assert.ok(manifest.content_scripts.every((c) => c.matches.every(onLinkedIn) && (c.exclude_matches ?? []).every(onLinkedIn)), browser);
    assert.deepEqual(manifest.content_scripts[0].matches, ['https://www.linkedin.com/*'], browser);
    assert.deepEqual(manifest.content_scripts[0].exclude_matches, manifest.content_scripts[1].matches, `${browser}: one or the other, never both`);
  }
});

test('one install warning, the same as the content scripts alone give: read and change your data on www.linkedin.com', async () => {
  const browser = await launch(server);
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    const warnings = await page.evaluate((manifest) => chrome.management.getPermissionWarningsByManifest(manifest),
      JSON.stringify(manifestOf('chrome')));
    assert.deepEqual(warnings, ['Read and change your data on www.linkedin.com']);
  } finally {
    await browser.close();
  }
});

test('extension pages cannot load remote code: CSP default-src \'none\', script-src \'self\' \'wasm-unsafe-eval\' only', () => {
  for (const browser of BUILDS) {
    const csp = manifestOf(browser).content_security_policy?.extension_pages;
    assert.equal(typeof csp, 'string', browser);
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values];
    }));
    assert.deepEqual(directives.get('default-src'), ["'none'"], browser);
    assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'"], browser);
    assert.deepEqual(directives.get('object-src'), ["'none'"], browser);
    assert.equal(directives.has('script-src-elem') || directives.has('script-src-attr') || directives.has('worker-src'), false, browser);
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'|'unsafe-inline'|data:|blob:/, browser);
    // And the pages use only packaged scripts: no remote or inline <script>.
    const dir = join(repo, 'dist', browser);
    const pages = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    assert.ok(pages.length >= 2, `${browser}: popup and options`);
    for (const file of pages) {
      const html = readFileSync(join(dir, String(file)), 'utf8');
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
        assert.ok(src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src), `${browser}/${file}: script ${src ?? '(inline)'}`);
        assert.equal(body.trim(), '', `${browser}/${file}: inline script`);
      }
    }
  }
});
