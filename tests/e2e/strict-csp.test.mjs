// A page whose CSP forbids WebAssembly: the page is unaffected, and the user
// still gets the badge, the guard and insert — the same wasm runs in the
// extension's offscreen document on a snapshot, and the same renderer shows it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, extensionUi, launch, setStorage } from './browser.mjs';
import { capturedProfile, ownFixture, repo } from './pages.mjs';
import { STRICT_CSP, startServer } from './server.mjs';

const me = JSON.parse(readFileSync(join(repo, 'tests/golden/me.json'), 'utf8'));

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const cases = [
  { generation: 'G1', fixture: () => ownFixture('profile-g1-en-complete.html'), connect: 'main [aria-label^="Invite "][aria-label$=" to connect"] >> nth=0', greeting: /^Hi Jonah/ },
  { generation: 'G2', fixture: () => capturedProfile(), connect: 'main section[data-member-id] button[aria-label^="Invite "]', greeting: /^Hi Harivardhan/ },
  { generation: 'G3', fixture: () => ownFixture('profile-g3-en-sdui.html', { g3: true }), connect: 'a[href="/preload/custom-invite/?vanityName=amara-okonkwo-hale"] >> nth=0', greeting: /^Hi Amara/ },
];

for (const { generation, fixture: make, connect, greeting } of cases) {
  test(`${generation} under a CSP without wasm: badge, guard and insert work from a snapshot`, async () => {
    const fixture = make();
    server.pages.set(fixture.path, { html: fixture.html, csp: STRICT_CSP });
    const browser = await launch(server);
    try {
      await setStorage(browser, { local: { me }, sync: { settings: { schema: 1, guardThreshold: 0 } } });
      const { page } = browser;
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(fixture.url);
      // The page really forbids WebAssembly.
      assert.equal(await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', () => 'refused')), 'refused');

      const ui = extensionUi(page);
      const badge = await ui.waitFor('badge', { timeout: 15000 });
      assert.equal(badge.byClass('name').text, fixture.expected.name);
      assert.match(badge.byClass('score').text, /^\d+$/);

      await page.click(connect);
      const dialog = page.locator('[role="dialog"].send-invite');
      const sendWithout = dialog.getByRole('button', { name: 'Send without a note' });
      await sendWithout.waitFor();
      // A person reads the dialog before clicking; the snapshot's answer
      // arrives within that time (the guard has nothing to go on before it).
      await page.waitForTimeout(700);
      await sendWithout.click();
      await ui.waitFor('nudge');
      assert.deepEqual(await page.evaluate(() => window.__sim.sent), [], 'held');
      await ui.click('Insert note');
      const box = dialog.locator('textarea');
      await eventually(async () => (await box.count()) === 1 && greeting.test(await box.inputValue()), { what: 'the note', timeout: 15000 });
      assert.equal(await dialog.getByRole('button', { name: 'Send invitation' }).isEnabled(), true);
      assert.deepEqual([...errors, ...(await page.evaluate(() => window.__sim.errors))], []);
    } finally {
      await browser.close();
    }
  });
}
