// `make demo`'s playground: the same wasm and renderer on a page the user
// opens, in a plain browser (no extension).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { startPlayground } from '../../www/serve.mjs';
import { eventually, extensionRoots, launch } from './browser.mjs';
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

test('a saved LinkedIn page opened in the playground gets the badge', async () => {
  const { page } = browser;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://localhost:${playground.address().port}/`);
  await page.setInputFiles('#file', join(captured, 'profile-g2-2025-09.html'));
  await eventually(async () => (await page.textContent('#status')).startsWith('Read '), { what: 'the reading' });
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
