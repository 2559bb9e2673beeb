// `make demo`'s playground: the same wasm and renderer on a page the user
// opens, in a plain browser (no extension).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { startPlayground } from '../../www/serve.mjs';
import { eventually, extensionRoots, extensionUi, launch } from './browser.mjs';
import { captured } from './pages.mjs';

let playground;
let browser;

before(async () => {
  playground = await startPlayground(0);
  browser = await launch({ port: playground.address().port }, { extension: false });
});
after(async () => {
  await browser.close();
  playground.close();
});

const readingName = async (page) => {
  const text = await page.textContent('#reading');
  return text ? JSON.parse(text).badge?.name ?? null : null;
};

test('the playground reads a fictional sample, then a saved LinkedIn page', async () => {
  const { page } = browser;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://localhost:${playground.address().port}/`);
  // The first sample loads by itself: a fictional G1 profile.
  assert.equal(await eventually(() => readingName(page), { what: 'the sample' }), 'Jonah Whitcombe');
  assert.ok((await page.$$('#sample option')).length >= 10);

  await page.setInputFiles('#file', join(captured, 'profile-g2-2025-09.html'));
  await eventually(async () => (await readingName(page)) === 'Harivardhan Sai Kiran Tummala', { what: 'the saved page' });
  const reading = JSON.parse(await page.textContent('#reading'));
  assert.equal(reading.kind, 'profile');
  assert.equal(reading.badge.name, 'Harivardhan Sai Kiran Tummala');
  const badge = await eventually(async () => {
    for (const root of await extensionRoots(page)) {
      const found = root.byClass('badge');
      if (found) return found;
    }
    return null;
  }, { what: 'the badge in the frame' });
  assert.match(badge.text, /Harivardhan Sai Kiran Tummala/);
  assert.deepEqual(errors, []);
});

test('in the playground the guard holds a no-note send on a sample and Insert fills the box', async () => {
  const { page } = browser;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://localhost:${playground.address().port}/`);
  await eventually(() => readingName(page), { what: 'the first sample' });
  const frame = page.frameLocator('#page');
  await frame.locator('main [aria-label^="Invite "][aria-label$=" to connect"]').first().click();
  const dialog = frame.locator('[role="dialog"].send-invite');
  await dialog.getByRole('button', { name: 'Send without a note' }).click();
  const ui = extensionUi(page);
  const nudge = await ui.waitFor('nudge');
  assert.match(nudge.byClass('why').text, /^Jonah is worth a note/);
  await ui.click('Insert note');
  await eventually(async () => (await dialog.locator('textarea').inputValue()).startsWith('Hi Jonah'), { what: 'the note' });
  const sent = await page.frames()[1].evaluate(() => window.__sim.sent);
  assert.deepEqual(sent, []);
  assert.deepEqual(errors, []);
});
