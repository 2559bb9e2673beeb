// The options page of the built extension, as a user meets it: changes save
// themselves and survive a browser restart, unreadable stored values are
// reset calmly, backups round-trip and junk files are refused, the "me" JSON
// editor never loses what was typed, and the page speaks the browser's
// language.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, launch } from './browser.mjs';
import { repo } from './pages.mjs';
import { startServer } from './server.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/** Opens the options page and waits until it has loaded what is stored. */
async function openOptions(browser) {
  const { page } = browser;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
  await page.waitForSelector('body.ready');
  return { page, errors };
}

const storedSettings = (page) => page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
const storedMe = (page) => page.evaluate(async () => (await chrome.storage.local.get('me')).me ?? null);
const checkedGoals = (page) =>
  page.$$eval('input[name="goal"]:checked', (boxes) => boxes.map((b) => b.value));
const checkedValue = (page, name) => page.$eval(`input[name="${name}"]:checked`, (r) => r.value);
const statusText = (page) => page.textContent('#status');

test('options persist across a browser restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nw-options-'));
  try {
    const first = await launch(server, { userDataDir: dir });
    try {
      const { page, errors } = await openOptions(first);
      assert.deepEqual(await checkedGoals(page), ['networking']);
      await page.check('input[name="goal"][value="hiring"]');
      await page.check('input[name="goal"][value="mentoring"]');
      await page.uncheck('input[name="goal"][value="networking"]');
      await page.check('input[name="tone"][value="formal"]');
      // The slider: a value dropped in, then one step with the keyboard.
      await page.$eval('#guard-threshold', (slider) => {
        slider.value = '35';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        slider.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.focus('#guard-threshold');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.textContent('#guard-threshold-value'), '34');
      await page.check('#quiet-mode');
      await eventually(async () => (await storedSettings(page))?.quietMode === true, { what: 'quiet mode saved' });
      await eventually(async () => (await statusText(page)) === 'Saved', { what: 'the "Saved" line' });
      const saved = await storedSettings(page);
      assert.deepEqual(saved.goals, ['hiring', 'mentoring']);
      assert.equal(saved.tone, 'formal');
      assert.equal(saved.guardThreshold, 34);
      assert.equal(saved.firstRunDone, true);
      assert.deepEqual(errors, []);
    } finally {
      await first.close({ keepProfile: true });
    }

    const second = await launch(server, { userDataDir: dir });
    try {
      const { page, errors } = await openOptions(second);
      assert.deepEqual(await checkedGoals(page), ['hiring', 'mentoring']);
      assert.equal(await checkedValue(page, 'tone'), 'formal');
      assert.equal(await page.inputValue('#guard-threshold'), '34');
      assert.equal(await page.textContent('#guard-threshold-value'), '34');
      assert.equal(await page.isChecked('#quiet-mode'), true);
      assert.equal(await page.isChecked('#guard-enabled'), true);
      assert.equal(await page.isHidden('#problems'), true);
      assert.deepEqual(errors, []);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corrupt stored settings: one calm line, working defaults, no page error', async () => {
  const browser = await launch(server);
  try {
    const { page, errors } = await openOptions(browser);
    await page.evaluate(() => chrome.storage.sync.set({ settings: { goals: 'everything', guardThreshold: 'high', schema: 99 } }));
    await page.reload();
    await page.waitForSelector('body.ready');

    const line = await page.textContent('#problems');
    assert.equal(await page.isVisible('#problems'), true);
    assert.match(line, /^Some saved settings could not be read and were reset to defaults: /);
    for (const words of ['goals', 'invite guard', 'settings version']) assert.ok(line.includes(words), `${words} in: ${line}`);
    assert.doesNotMatch(line, /settings\.|guardThreshold|undefined/); // words, not codes

    assert.deepEqual(await checkedGoals(page), ['networking']);
    assert.equal(await page.inputValue('#guard-threshold'), '60');
    assert.equal(await page.textContent('#guard-threshold-value'), '60');
    // The page works: a change saves a clean, current object.
    await page.check('input[name="goal"][value="selling"]');
    await eventually(async () => (await storedSettings(page))?.goals?.includes('selling'), { what: 'the goal saved' });
    const repaired = await storedSettings(page);
    assert.equal(repaired.schema, 1);
    assert.equal(repaired.guardThreshold, 60);
    assert.deepEqual(repaired.goals, ['networking', 'selling']);
    // Once repaired, the line is gone.
    await page.reload();
    await page.waitForSelector('body.ready');
    assert.equal(await page.isHidden('#problems'), true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('importing a file that is not JSON is refused calmly and changes nothing', async () => {
  const browser = await launch(server);
  try {
    const { page, errors } = await openOptions(browser);
    await page.check('input[name="tone"][value="brief"]');
    await page.fill('#target-companies', 'Acme, Globex');
    await page.press('#target-companies', 'Tab');
    await eventually(async () => (await storedSettings(page))?.targetCompanies?.length === 2, { what: 'companies saved' });
    const before = await storedSettings(page);

    await page.setInputFiles('#import-file', {
      name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('this is { not json'),
    });
    await eventually(async () => /not JSON/.test(await statusText(page)), { what: 'the import error' });
    assert.equal(await statusText(page), 'This file is not JSON, so it is not a Noteworthy backup. Nothing was changed.');
    assert.ok(await page.$eval('#status', (s) => s.getAttribute('aria-live') === 'polite'));
    assert.deepEqual(await storedSettings(page), before);
    assert.equal(await checkedValue(page, 'tone'), 'brief');
    assert.equal(await page.inputValue('#target-companies'), 'Acme, Globex');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('export then import restores settings and "me"', async () => {
  const browser = await launch(server);
  try {
    const { page, errors } = await openOptions(browser);
    await page.check('input[name="goal"][value="learning"]');
    await page.check('input[name="tone"][value="formal"]');
    await page.check('input[name="language"][value="de"]');
    await page.check('input[name="noteLimit"][value="300"]');
    await page.uncheck('#guard-enabled');
    await page.fill('#target-companies', 'Initech');
    await page.press('#target-companies', 'Tab');
    await page.click('#me-edit');
    await page.fill('#me-json', JSON.stringify({ name: 'Ana Silva', education: [{ school: 'EPFL' }] }));
    await page.click('#me-save');
    await eventually(async () => (await storedSettings(page))?.targetCompanies?.[0] === 'Initech', { what: 'settings saved' });
    const wanted = await storedSettings(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    assert.match(download.suggestedFilename(), /^noteworthy-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(backup.format, 'noteworthy-settings');
    assert.equal(backup.schema, 1);
    assert.deepEqual(backup.settings, wanted);
    assert.deepEqual(backup.me, { name: 'Ana Silva', education: [{ school: 'EPFL' }] });

    // Change everything, then restore.
    await page.check('input[name="tone"][value="warm"]');
    await page.check('input[name="language"][value="auto"]');
    await page.check('#guard-enabled');
    await page.uncheck('input[name="goal"][value="learning"]');
    await page.fill('#target-companies', '');
    await page.press('#target-companies', 'Tab');
    await page.click('#me-forget');
    await eventually(async () => (await storedMe(page)) === null, { what: 'me forgotten' });
    await eventually(async () => (await storedSettings(page))?.targetCompanies?.length === 0, { what: 'changes saved' });
    assert.notDeepEqual(await storedSettings(page), wanted);

    await page.setInputFiles('#import-file', file);
    await eventually(async () => (await statusText(page)) === 'Settings imported.', { what: 'the import' });
    assert.deepEqual(await storedSettings(page), wanted);
    assert.deepEqual(await storedMe(page), { name: 'Ana Silva', education: [{ school: 'EPFL' }] });
    assert.deepEqual(await checkedGoals(page), ['networking', 'learning']);
    assert.equal(await checkedValue(page, 'tone'), 'formal');
    assert.equal(await checkedValue(page, 'language'), 'de');
    assert.equal(await checkedValue(page, 'noteLimit'), '300');
    assert.equal(await page.isChecked('#guard-enabled'), false);
    assert.equal(await page.inputValue('#target-companies'), 'Initech');
    assert.equal(await page.textContent('#me-name'), 'Ana Silva');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the "me" editor rejects bad JSON without losing what was typed', async () => {
  const browser = await launch(server);
  try {
    const { page, errors } = await openOptions(browser);
    // No "me" yet: the two first-run lines, with the badge's button named.
    assert.equal(await page.isVisible('#me-first-run'), true);
    assert.match(await page.textContent('#me-first-run-how'), /click This is me on the Noteworthy badge/);
    assert.equal(await page.textContent('#me-first-run-how strong'), 'This is me');
    assert.equal(await page.isHidden('#me-summary'), true);

    // Keyboard only: open the editor, type, save.
    await page.focus('#me-edit');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'me-json');
    const typed = '{\n  "name": "Ana Silva",\n  "headline": "Rust at Acme",\n  "education": [{"school": "EPFL"}\n';
    await page.keyboard.insertText(typed);
    await page.click('#me-save');
    assert.match(await page.textContent('#me-error'), /^This is not valid JSON \(.+\)\. Nothing was saved, and your text is still here\.$/);
    assert.equal(await page.inputValue('#me-json'), typed);
    assert.equal(await page.getAttribute('#me-json', 'aria-invalid'), 'true');
    assert.equal(await page.isVisible('#me-editor'), true);
    assert.equal(await storedMe(page), null);

    await page.fill('#me-json', '["Ana"]');
    await page.click('#me-save');
    assert.match(await page.textContent('#me-error'), /one JSON object/);
    assert.equal(await page.inputValue('#me-json'), '["Ana"]');
    assert.equal(await storedMe(page), null);

    // Fixed, it saves; the summary replaces the first-run lines.
    await page.fill('#me-json', `${typed}], "currentCompany": "Acme"}`);
    await page.click('#me-save');
    await eventually(async () => (await storedMe(page))?.name === 'Ana Silva', { what: 'me saved' });
    assert.equal(await page.isHidden('#me-editor'), true);
    assert.equal(await page.isHidden('#me-first-run'), true);
    assert.equal(await page.textContent('#me-name'), 'Ana Silva');
    assert.equal(await page.textContent('#me-headline'), 'Rust at Acme');
    assert.equal(await page.textContent('#me-company'), 'Acme');
    assert.equal(await page.textContent('#me-schools'), 'EPFL');

    // Forget me, then Undo.
    await page.click('#me-forget');
    await eventually(async () => (await storedMe(page)) === null, { what: 'me forgotten' });
    assert.equal(await page.isVisible('#me-first-run'), true);
    await page.click('#me-undo');
    await eventually(async () => (await storedMe(page))?.name === 'Ana Silva', { what: 'me restored' });
    assert.equal(await page.textContent('#me-name'), 'Ana Silva');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the page speaks the browser language (fr-FR)', async () => {
  const browser = await launch(server, { locale: 'fr-FR' });
  try {
    const { page, errors } = await openOptions(browser);
    assert.equal(await page.title(), 'Réglages de Noteworthy');
    assert.equal(await page.textContent('#goals legend'), 'Objectifs');
    assert.equal(await page.textContent('#tone legend'), 'Ton des notes suggérées');
    assert.equal(await page.textContent('label:has(input[value="job-seeking"])'), 'Chercher un emploi');
    assert.equal(await page.textContent('#me-first-run-how strong'), 'C’est moi');
    assert.match(await page.textContent('#note-limit-auto'), /^Automatique/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr-FR');
    await page.check('input[name="goal"][value="hiring"]');
    await eventually(async () => (await statusText(page)) === 'Enregistré', { what: '"Enregistré"' });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('every string the options page uses exists in en, fr, de and es, with a description', () => {
  const html = readFileSync(join(repo, 'extension/options/options.html'), 'utf8');
  const js = readFileSync(join(repo, 'extension/options/options.js'), 'utf8');
  const used = new Set([
    ...[...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)].map((m) => m[1]),
    ...[...js.matchAll(/'(opt[A-Z][A-Za-z0-9]*)'/g)].map((m) => m[1]),
  ]);
  assert.ok(used.size > 60, `only ${used.size} keys found`);
  const english = JSON.parse(readFileSync(join(repo, 'extension/_locales/en/messages.json'), 'utf8'));
  for (const lang of ['en', 'fr', 'de', 'es']) {
    const messages = JSON.parse(readFileSync(join(repo, `extension/_locales/${lang}/messages.json`), 'utf8'));
    for (const key of used) {
      assert.ok(messages[key]?.message, `${lang}: ${key} missing`);
      assert.ok(messages[key].description, `${lang}: ${key} has no description`);
    }
    for (const [key, entry] of Object.entries(messages)) {
      assert.ok(english[key], `${lang}: ${key} is not in en`);
      assert.deepEqual(Object.keys(entry.placeholders ?? {}), Object.keys(english[key].placeholders ?? {}), `${lang}: ${key}`);
    }
  }
  // The manifest opens the page in a tab.
  const manifest = JSON.parse(readFileSync(join(repo, 'extension/manifest.json'), 'utf8'));
  assert.deepEqual(manifest.options_ui, { page: 'options/options.html', open_in_tab: true });
});
