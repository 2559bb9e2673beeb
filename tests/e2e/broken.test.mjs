// Broken pages: every fixture (and the G2 capture) with sections removed,
// hooks renamed, elements duplicated, text emptied and random subtrees
// deleted (tools/broken-variants.mjs, seeded, in memory), served one after
// another in one browser. Whatever LinkedIn ships, our code throws nothing
// into the page, LinkedIn's own page keeps working, and the extension shows
// a proper badge or nothing — never a broken one.
//
// BROKEN_PER=<n> changes the number of variants per page (default 8).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { allVariants } from '../../tools/broken-variants.mjs';
import { extensionRoots, launch, setStorage } from './browser.mjs';
import { repo, servePage } from './pages.mjs';
import { startServer } from './server.mjs';

const PER_PAGE = Number(process.env.BROKEN_PER ?? 8);
const SETTLE_MS = 600; // the content script reads 120 ms after the page settles
const me = JSON.parse(readFileSync(join(repo, 'tests/golden/me.json'), 'utf8'));

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch(server);
  await setStorage(browser, { local: { me } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const BROKEN_WORDS = /\b(NaN|undefined|null|\[object Object\])\b/;

/** Everything our closed shadow roots show or say: texts and attribute values. */
function uiFacts(roots) {
  const texts = [];
  const attributes = [];
  for (const root of roots) {
    texts.push(root.text);
    for (const el of root.findAll(() => true)) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (name !== 'class' && name !== 'style') attributes.push(`${name}=${value}`);
      }
    }
  }
  return { texts, attributes };
}

/** What is wrong with our UI on this page, if anything. */
async function brokenUi(page, roots) {
  const problems = [];
  const { texts, attributes } = uiFacts(roots);
  for (const s of [...texts, ...attributes]) if (BROKEN_WORDS.test(s)) problems.push(`shows ${JSON.stringify(s.slice(0, 80))}`);
  for (const root of roots) {
    const badge = root.byClass('badge');
    if (badge) {
      const name = badge.byClass('name')?.text ?? '';
      if (!name) problems.push('a badge without a name');
      if (!/^(\d{1,3}|–)$/.test(badge.byClass('score')?.text ?? '')) problems.push(`badge score ${JSON.stringify(badge.byClass('score')?.text)}`);
      // The name is one the page shows (text, title or an attribute), not an invention.
      const shown = await page.evaluate((wanted) => {
        const all = [document.title, document.documentElement.textContent];
        for (const el of document.querySelectorAll('*')) for (const a of el.attributes) all.push(a.value);
        return all.join(' \n ').replace(/\s+/g, ' ').includes(wanted);
      }, name);
      if (name && !shown) problems.push(`badge name ${JSON.stringify(name)} is nowhere on the page`);
    }
    for (const chip of root.findAll((n) => n.classes.includes('chip'))) {
      if (!/^\d{1,3}$/.test(chip.text)) problems.push(`chip ${JSON.stringify(chip.text)}`);
    }
  }
  return problems;
}

/**
 * Where a user would click `selector` (the first visible match, scrolled
 * into view), or why they could not: covered by a dialog the page already
 * shows (not our business), or by our own UI (a failure).
 */
async function spotFor(page, selector) {
  // Scroll first and let lazy images settle: a click must land where it was aimed.
  const found = await page.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.getClientRects().length);
    if (!el) return null;
    const y = scrollY;
    el.scrollIntoView({ block: 'nearest' });
    return { scrolled: scrollY !== y };
  }, selector);
  if (!found) return null;
  if (found.scrolled) await page.waitForTimeout(150);
  return page.evaluate((sel) => {
    for (const el of document.querySelectorAll(sel)) {
      if (!el.getClientRects().length) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = document.elementFromPoint(x, y);
      if (top && (top === el || el.contains(top))) return { x, y };
      const ours = top?.parentElement === document.documentElement && top.tagName === 'DIV'
        && [...top.attributes].every((a) => a.name === 'popover');
      return { covered: ours ? 'our UI' : 'the page' };
    }
    return null;
  }, selector);
}

/** LinkedIn's own More and Connect (played by linkedin-sim.js) still respond to a user's click. */
async function pageStillWorks(page) {
  const problems = [];
  const more = await spotFor(page, 'button[aria-label="More actions"]');
  if (more?.covered === 'our UI') problems.push('our UI covers More');
  if (more?.x) {
    const state = () => page.evaluate(() => [...document.querySelectorAll('button[aria-label="More actions"]')].map((b) => b.getAttribute('aria-expanded')).join());
    const before = await state();
    await page.mouse.click(more.x, more.y);
    if ((await state()) === before) problems.push('More did not respond');
  }
  const connect = await spotFor(page, '[aria-label^="Invite "][aria-label$=" to connect"], a[href*="/preload/custom-invite/"]');
  if (connect?.covered === 'our UI') problems.push('our UI covers Connect');
  if (connect?.x) {
    const opened = await page.evaluate(() => window.__sim.dialogsOpened);
    await page.mouse.click(connect.x, connect.y);
    if ((await page.evaluate(() => window.__sim.dialogsOpened)) !== opened + 1) problems.push('Connect did not open the dialog');
  }
  return problems;
}

test(`broken pages (${PER_PAGE} variants of every fixture): a badge or nothing, never a broken one; the page keeps working`, async (t) => {
  const variants = allVariants({ per: PER_PAGE });
  const { page } = browser;
  let pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const failures = [];
  const shown = { badge: 0, chips: 0, nothing: 0 };
  const started = Date.now();
  for (const [n, v] of variants.entries()) {
    const url = new URL(v.page.url);
    url.searchParams.set('broken', String(n)); // a fresh navigation for every variant
    const html = v.page.capture ? servePage(v.html, { title: v.page.title }) : servePage(v.html);
    server.pages.set(url.pathname, { html });
    pageErrors = [];
    const label = `${v.name} #${v.number} (${v.applied.join('; ') || 'unchanged'})`;
    try {
      await page.goto(url.href, { waitUntil: 'load' });
      // Wait for our UI to appear, or long enough to know it will not.
      const end = Date.now() + SETTLE_MS;
      let roots = await extensionRoots(page);
      while (!roots.length && Date.now() < end) {
        await page.waitForTimeout(100);
        roots = await extensionRoots(page);
      }
      if (roots.length && v.page.kind !== 'profile' && v.page.kind !== 'invite') {
        await page.waitForTimeout(450); // lists are re-read after 400 ms of quiet
        await Promise.all(roots.map((r) => r.detach()));
        roots = await extensionRoots(page);
      }
      const problems = await brokenUi(page, roots);
      if (roots.some((r) => r.byClass('badge'))) shown.badge += 1;
      else if (roots.length) shown.chips += 1;
      else shown.nothing += 1;
      await Promise.all(roots.map((r) => r.detach()));
      problems.push(...(await pageStillWorks(page)));
      const simErrors = await page.evaluate(() => window.__sim.errors);
      problems.push(...simErrors.map((e) => `page error: ${e}`), ...pageErrors.map((e) => `uncaught: ${e}`));
      if (problems.length) failures.push(`${label}: ${problems.join(' | ')}`);
    } catch (error) {
      failures.push(`${label}: ${error.message.split('\n')[0]}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = `${variants.length} broken variants of ${variants.length / PER_PAGE} pages in ${seconds} s: ` +
    `${shown.badge} with a badge, ${shown.chips} with chips only, ${shown.nothing} with nothing shown, ${failures.length} failing`;
  t.diagnostic(summary);
  console.log(summary);
  assert.deepEqual(failures, []);
});
