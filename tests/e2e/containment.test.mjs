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

import { EXTENSION_DIR, extensionUi, launch, openPopup } from './browser.mjs';
import { capturedProfile } from './pages.mjs';
import { startServer } from './server.mjs';

let server;
let trapping;
before(async () => {
  server = await startServer();
  // The same extension, whose analyzePage traps the way a Rust panic does.
  trapping = mkdtempSync(join(tmpdir(), 'nw-trap-'));
  cpSync(EXTENSION_DIR, trapping, { recursive: true });
  const glue = join(trapping, 'noteworthy.js');
  const source = readFileSync(glue, 'utf8');
  const patched = source.replace(/function analyzePage\(([^)]*)\) \{/, (m) => `${m}\n        throw new WebAssembly.RuntimeError('unreachable');`);
  assert.notEqual(patched, source, 'the glue still defines analyzePage');
  writeFileSync(glue, patched);
});
after(async () => {
  await server.close();
  rmSync(trapping, { recursive: true, force: true });
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
    let popup = null;
    let off = false;
    for (let i = 0; i < 40 && !off; i += 1) {
      await popup?.close();
      popup = await openPopup(browser);
      off = await popup.locator('#off').isVisible();
      if (!off) await page.waitForTimeout(250);
    }
    assert.ok(off, 'the popup says the extension switched itself off here');
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
