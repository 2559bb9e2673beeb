// extension/shared/settings.js outside the browser: the classic script runs in
// a fresh vm context with a fake chrome.storage backed by Maps, so the
// sanitizers, migrations, month rollover, import/export and counters are
// checked without Chromium.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';

import { repo } from './pages.mjs';

const SOURCE = readFileSync(join(repo, 'extension/shared/settings.js'), 'utf8');

/** A chrome.storage area: values are copied in and out like the real one. */
function fakeArea() {
  const map = new Map();
  const area = {
    map,
    failing: false,
    async get(keys) {
      if (area.failing) throw new Error('storage is broken');
      const list = keys === null || keys === undefined ? [...map.keys()] : [keys].flat();
      const out = {};
      for (const key of list) if (map.has(key)) out[key] = JSON.parse(map.get(key));
      return out;
    },
    async set(items) {
      if (area.failing) throw new Error('storage is broken');
      for (const [key, value] of Object.entries(items)) map.set(key, JSON.stringify(value));
    },
    async remove(keys) {
      if (area.failing) throw new Error('storage is broken');
      for (const key of [keys].flat()) map.delete(key);
    },
    peek: (key) => (map.has(key) ? JSON.parse(map.get(key)) : undefined),
  };
  return area;
}

/** A fresh NwSettings with its own empty storage. */
function load() {
  const sync = fakeArea();
  const local = fakeArea();
  const context = vm.createContext({ chrome: { storage: { sync, local } } });
  vm.runInContext(SOURCE, context, { filename: 'settings.js' });
  return { S: vm.runInContext('NwSettings', context), sync, local };
}

/** Values from the vm's realm, as plain host objects (deepEqual compares prototypes). */
const plain = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

const DEFAULTS = {
  schema: 1, goals: ['networking'], tone: 'warm', noteLimit: null, language: 'auto', guardEnabled: true,
  guardThreshold: 60, quietMode: false, targetCompanies: [], firstRunDone: false,
};
const JUNE = new Date(2026, 5, 15, 12);

test('constants and defaults', () => {
  const { S } = load();
  assert.equal(S.SCHEMA_VERSION, 1);
  assert.deepEqual(plain(S.GOALS), ['networking', 'hiring', 'job-seeking', 'selling', 'learning', 'hosting-events', 'mentoring']);
  assert.deepEqual(plain(S.TONES), ['warm', 'brief', 'formal']);
  assert.deepEqual(plain(S.LANGUAGES), ['auto', 'en', 'fr', 'de', 'es']);
  assert.deepEqual(plain(S.sanitizeSettings(undefined)), { value: DEFAULTS, problems: [] });
  assert.deepEqual(plain(S.sanitizeSettings({})), { value: DEFAULTS, problems: [] });
});

test('sanitizeSettings keeps valid values, drops unknown keys', () => {
  const { S } = load();
  const good = {
    schema: 1, goals: ['mentoring', 'hiring'], tone: 'formal', noteLimit: 300, language: 'de', guardEnabled: false,
    guardThreshold: 72.4, quietMode: true, targetCompanies: ['  Acme  Corp ', 'acme corp', '', 'Globex'], firstRunDone: true,
    somethingElse: 'dropped',
  };
  assert.deepEqual(plain(S.sanitizeSettings(good)), {
    value: {
      schema: 1, goals: ['hiring', 'mentoring'], tone: 'formal', noteLimit: 300, language: 'de', guardEnabled: false,
      guardThreshold: 72, quietMode: true, targetCompanies: ['Acme Corp', 'Globex'], firstRunDone: true,
    },
    problems: [],
  });
});

test('sanitizeSettings: each corrupt or foreign value falls back to its default and is named', () => {
  const { S } = load();
  const cases = [
    [{ goals: 'everything' }, 'goals'],
    [{ goals: [] }, 'goals'],
    [{ goals: ['networking', 'world-domination'] }, 'goals', ['networking']],
    [{ goals: ['hiring', 7] }, 'goals', ['hiring']],
    [{ tone: 'friendly' }, 'tone'],
    [{ noteLimit: 250 }, 'noteLimit'],
    [{ noteLimit: '300' }, 'noteLimit'],
    [{ language: 'it' }, 'language'],
    [{ guardEnabled: 'yes' }, 'guardEnabled'],
    [{ guardThreshold: 'high' }, 'guardThreshold'],
    [{ guardThreshold: Number.NaN }, 'guardThreshold'],
    [{ guardThreshold: 101 }, 'guardThreshold'],
    [{ guardThreshold: -1 }, 'guardThreshold'],
    [{ quietMode: 1 }, 'quietMode'],
    [{ targetCompanies: 'Acme' }, 'targetCompanies'],
    [{ targetCompanies: ['Acme', { name: 'x' }] }, 'targetCompanies', ['Acme']],
    [{ firstRunDone: 'true' }, 'firstRunDone'],
  ];
  for (const [raw, key, kept] of cases) {
    const { value, problems } = plain(S.sanitizeSettings(raw));
    assert.deepEqual(problems, [`settings.${key}`], JSON.stringify(raw));
    assert.deepEqual(value[key], kept ?? DEFAULTS[key], JSON.stringify(raw));
  }
  assert.deepEqual(plain(S.sanitizeSettings('a string')), { value: DEFAULTS, problems: ['settings'] });
  assert.deepEqual(plain(S.sanitizeSettings([1, 2])), { value: DEFAULTS, problems: ['settings'] });
  const companies = Array.from({ length: 80 }, (_, i) => `Company ${i}`);
  const many = plain(S.sanitizeSettings({ targetCompanies: companies }));
  assert.equal(many.value.targetCompanies.length, 50);
  assert.deepEqual(many.problems, ['settings.targetCompanies']);
});

test('a schema from the future is reported and read best effort', () => {
  const { S } = load();
  const { value, problems } = plain(S.sanitizeSettings({ goals: 'everything', guardThreshold: 'high', schema: 99, tone: 'brief' }));
  assert.deepEqual(problems.sort(), ['settings.goals', 'settings.guardThreshold', 'settings.schema']);
  assert.deepEqual(value, { ...DEFAULTS, tone: 'brief' });
  assert.deepEqual(plain(S.sanitizeSettings({ schema: 'one' })).problems, ['settings.schema']);
});

test('migrate: the v0 prototype shape becomes v1 step by step', () => {
  const { S } = load();
  assert.deepEqual(Object.keys(S.MIGRATIONS), ['0']);
  const v0 = { version: 0, goal: 'hiring', tone: 'friendly' };
  assert.deepEqual(plain(S.migrate(v0)), { value: { schema: 1, goals: ['hiring'], tone: 'warm' }, problems: [] });
  assert.deepEqual(plain(S.sanitizeSettings(v0)), { value: { ...DEFAULTS, goals: ['hiring'] }, problems: [] });
  const fuller = { version: 0, goal: 'selling', tone: 'short', guard: false, threshold: 40, quiet: true, companies: 'Acme, Globex ,' };
  assert.deepEqual(plain(S.sanitizeSettings(fuller)), {
    value: { ...DEFAULTS, goals: ['selling'], tone: 'brief', guardEnabled: false, guardThreshold: 40, quietMode: true, targetCompanies: ['Acme', 'Globex'] },
    problems: [],
  });
  // A v0 value v1 does not know still falls back, named.
  assert.deepEqual(plain(S.sanitizeSettings({ version: 0, goal: 'fame', tone: 'sarcastic' })).problems,
    ['settings.goals', 'settings.tone']);
  // Current objects pass through unchanged.
  const v1 = { schema: 1, tone: 'brief' };
  assert.equal(S.migrate(v1).value, v1);
});

test('sanitizeCounters: same month kept, a new month starts afresh, garbage named', () => {
  const { S } = load();
  const june = { schema: 1, month: '2026-06', notesSent: 4, notesRemaining: 11, noteLimitSeen: 300 };
  assert.deepEqual(plain(S.sanitizeCounters(june, JUNE)), { value: june, problems: [] });
  const july = new Date(2026, 6, 1, 0, 5);
  assert.deepEqual(plain(S.sanitizeCounters(june, july)), {
    value: { schema: 1, month: '2026-07', notesSent: 0, notesRemaining: null, noteLimitSeen: 300 },
    problems: [],
  });
  assert.deepEqual(plain(S.sanitizeCounters(undefined, JUNE)),
    { value: { schema: 1, month: '2026-06', notesSent: 0, notesRemaining: null, noteLimitSeen: null }, problems: [] });
  assert.deepEqual(plain(S.sanitizeCounters('7', JUNE)).problems, ['counters']);
  const bad = plain(S.sanitizeCounters({ month: '2026-06', notesSent: -3, notesRemaining: 'many', noteLimitSeen: 250 }, JUNE));
  assert.deepEqual(bad.problems.sort(), ['counters.noteLimitSeen', 'counters.notesRemaining', 'counters.notesSent']);
  assert.deepEqual(bad.value, { schema: 1, month: '2026-06', notesSent: 0, notesRemaining: null, noteLimitSeen: null });
  assert.deepEqual(plain(S.sanitizeCounters({ month: 'June', notesSent: 3 }, JUNE)).problems, ['counters.month']);
});

test('sanitizeMe keeps the known, valid profile fields', () => {
  const { S } = load();
  assert.deepEqual(plain(S.sanitizeMe(null)), { value: null, problems: [] });
  assert.deepEqual(plain(S.sanitizeMe('Ana')), { value: null, problems: ['me'] });
  assert.deepEqual(plain(S.sanitizeMe([{}])), { value: null, problems: ['me'] });
  const me = {
    name: 'Ana Silva', firstName: 'Ana', headline: 'Rust at Acme', currentCompany: 'Acme', location: null,
    experience: [{ title: 'Engineer', company: 'Acme', start: 'Jan 2020', end: null }],
    education: [{ school: 'EPFL', degree: 'MSc' }],
    mutualConnections: { count: 2, names: ['Bo'] },
    links: [{ kind: 'blog', url: 'https://ana.example' }],
    skills: ['dropped: not in the model'],
  };
  const { value, problems } = plain(S.sanitizeMe(me));
  assert.deepEqual(problems, []);
  assert.deepEqual(value, {
    name: 'Ana Silva', firstName: 'Ana', headline: 'Rust at Acme', location: null, currentCompany: 'Acme',
    experience: [{ title: 'Engineer', company: 'Acme', start: 'Jan 2020' }],
    education: [{ school: 'EPFL', degree: 'MSc' }],
    mutualConnections: { count: 2, names: ['Bo'] },
    links: [{ kind: 'blog', url: 'https://ana.example' }],
  });
  const odd = plain(S.sanitizeMe({ name: 42, experience: 'lots', degree: 7, headline: 'ok' }));
  assert.deepEqual(odd.value, { headline: 'ok' });
  assert.deepEqual(odd.problems.sort(), ['me.degree', 'me.experience', 'me.name']);
});

test('load gives defaults on empty storage, and never throws when storage fails', async () => {
  const { S, sync, local } = load();
  const empty = plain(await S.load());
  assert.deepEqual(empty.settings, DEFAULTS);
  assert.equal(empty.me, null);
  assert.equal(empty.counters.notesSent, 0);
  assert.deepEqual(empty.problems, []);

  sync.failing = true;
  local.failing = true;
  const broken = plain(await S.load());
  assert.deepEqual(broken.settings, DEFAULTS);
  assert.equal(broken.me, null);
  assert.deepEqual(broken.problems, ['storage.sync', 'storage.local']);
  assert.deepEqual(plain(await S.saveSettings({ tone: 'brief' })), { ok: false, problems: ['storage.sync'] });
  assert.equal((await S.recordNoteSent()).ok, false);

  // The queue keeps working after failures.
  sync.failing = false;
  assert.equal((await S.saveSettings({ tone: 'brief' })).ok, true);
});

test('load reports corrupt stored values without writing anything back', async () => {
  const { S, sync, local } = load();
  await sync.set({ settings: { goals: 'everything', guardThreshold: 'high', schema: 99 } });
  await local.set({ me: 'not a profile', counters: [] });
  const { settings, me, problems } = plain(await S.load());
  assert.deepEqual(settings, DEFAULTS);
  assert.equal(me, null);
  assert.deepEqual(problems.sort(), ['counters', 'me', 'settings.goals', 'settings.guardThreshold', 'settings.schema']);
  assert.deepEqual(sync.peek('settings'), { goals: 'everything', guardThreshold: 'high', schema: 99 });
});

test('saveSettings merges a patch, refuses invalid values, keeps quick changes', async () => {
  const { S, sync } = load();
  const saved = plain(await S.saveSettings({ goals: ['hiring', 'learning'], guardThreshold: 35, bogus: 1, schema: 5 }));
  assert.equal(saved.ok, true);
  assert.deepEqual(sync.peek('settings'), { ...DEFAULTS, goals: ['hiring', 'learning'], guardThreshold: 35 });

  const refused = plain(await S.saveSettings({ goals: [], tone: 'shouty', quietMode: true }));
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.problems, ['settings.goals', 'settings.tone']);
  assert.deepEqual(sync.peek('settings'), { ...DEFAULTS, goals: ['hiring', 'learning'], guardThreshold: 35, quietMode: true });

  // Changes made in quick succession all land (no lost read-modify-write).
  await Promise.all([S.saveSettings({ tone: 'formal' }), S.saveSettings({ language: 'fr' }), S.saveSettings({ noteLimit: 300 })]);
  const after = sync.peek('settings');
  assert.deepEqual([after.tone, after.language, after.noteLimit], ['formal', 'fr', 300]);
});

test('saveMe stores a sanitized profile in local storage, null forgets it', async () => {
  const { S, local, sync } = load();
  const result = plain(await S.saveMe({ name: 'Ana', experience: 'oops', headline: 'Rust' }));
  assert.deepEqual(result, { ok: true, me: { name: 'Ana', headline: 'Rust' }, problems: ['me.experience'] });
  assert.deepEqual(local.peek('me'), { name: 'Ana', headline: 'Rust' });
  assert.equal(sync.peek('me'), undefined);
  assert.equal((await S.saveMe('Ana')).ok, false);
  assert.deepEqual(local.peek('me'), { name: 'Ana', headline: 'Rust' });
  assert.equal((await S.saveMe(null)).ok, true);
  assert.equal(local.peek('me'), undefined);
});

test('recordNoteSent, recordLinkedInRemaining, recordNoteLimitSeen and the month rollover', async () => {
  const { S, local } = load();
  const month = S.monthOf(new Date());
  assert.deepEqual(plain((await S.recordNoteSent()).counters),
    { schema: 1, month, notesSent: 1, notesRemaining: null, noteLimitSeen: null });
  await S.recordLinkedInRemaining(2);
  await S.recordNoteSent();
  assert.deepEqual(local.peek('counters'), { schema: 1, month, notesSent: 2, notesRemaining: 1, noteLimitSeen: null });
  await S.recordNoteSent();
  await S.recordNoteSent();
  assert.deepEqual(local.peek('counters'), { schema: 1, month, notesSent: 4, notesRemaining: 0, noteLimitSeen: null });
  assert.equal((await S.recordLinkedInRemaining(-1)).ok, false);
  assert.equal((await S.recordLinkedInRemaining('5')).ok, false);
  assert.equal((await S.recordNoteLimitSeen(250)).ok, false);
  assert.equal((await S.recordNoteLimitSeen(300)).ok, true);
  assert.equal(local.peek('counters').notesRemaining, 0);
  assert.equal((await S.recordLinkedInRemaining(null)).counters.notesRemaining, null);

  // Stored counters from an earlier month are reset before counting.
  await local.set({ counters: { schema: 1, month: '1999-12', notesSent: 40, notesRemaining: 3, noteLimitSeen: 300 } });
  assert.deepEqual(plain((await S.load()).counters), { schema: 1, month, notesSent: 0, notesRemaining: null, noteLimitSeen: 300 });
  await S.recordNoteSent();
  assert.deepEqual(local.peek('counters'), { schema: 1, month, notesSent: 1, notesRemaining: null, noteLimitSeen: 300 });
});

test('export then import restores settings and me; junk is refused without writing', async () => {
  const first = load();
  await first.S.saveSettings({ goals: ['selling', 'mentoring'], tone: 'formal', guardThreshold: 80, quietMode: true,
    targetCompanies: ['Acme'], language: 'es', firstRunDone: true });
  await first.S.saveMe({ name: 'Ana Silva', education: [{ school: 'EPFL' }] });
  const text = await first.S.exportJson();
  const backup = JSON.parse(text);
  assert.equal(backup.format, 'noteworthy-settings');
  assert.equal(backup.schema, 1);
  assert.match(text, /\n {2}"settings": \{\n/); // pretty
  assert.equal(backup.counters, undefined);

  const second = load();
  await second.S.saveMe({ name: 'Someone else' });
  for (const junk of ['not json at all', '', '{"settings":', '[1,2]', '{"format":"other","settings":{}}', '42', 'null']) {
    const result = plain(await second.S.importJson(junk));
    assert.equal(result.ok, false, junk);
    assert.match(result.problems[0], /^import\.not-(json|a-backup)$/, junk);
  }
  // A backup whose "me" is unusable is refused as a whole.
  const badMe = plain(await second.S.importJson(JSON.stringify({ ...backup, me: 'Ana' })));
  assert.deepEqual(badMe, { ok: false, problems: ['me'] });
  assert.equal(second.sync.peek('settings'), undefined);
  assert.deepEqual(second.local.peek('me'), { name: 'Someone else' });

  assert.deepEqual(plain(await second.S.importJson(text)), { ok: true, problems: [] });
  const restored = plain(await second.S.load());
  assert.deepEqual(restored.settings, { ...plain(backup.settings), firstRunDone: false }); // firstRunDone is per browser
  assert.deepEqual(restored.me, { name: 'Ana Silva', education: [{ school: 'EPFL' }] });

  // Values inside a backup are sanitized like stored ones.
  const messy = JSON.stringify({ format: 'noteworthy-settings', schema: 1, settings: { tone: 'loud', goals: ['hiring'] } });
  assert.deepEqual(plain(await second.S.importJson(messy)), { ok: true, problems: ['settings.tone'] });
  const after = plain(await second.S.load());
  assert.equal(after.settings.tone, 'warm');
  assert.deepEqual(after.settings.goals, ['hiring']);
  assert.deepEqual(after.me, { name: 'Ana Silva', education: [{ school: 'EPFL' }] }); // no "me" in the file: kept
});

test('judgmentSettings builds what the wasm judgment takes', () => {
  const { S } = load();
  const counters = { schema: 1, month: S.monthOf(new Date()), notesSent: 3, notesRemaining: 7, noteLimitSeen: 300 };
  const settings = { ...DEFAULTS, goals: ['hiring'], tone: 'brief', targetCompanies: ['Acme'] };
  assert.deepEqual(plain(S.judgmentSettings({ settings, counters }, { page: 'profile' })), {
    noteLimit: 300, goals: ['hiring'], tone: 'brief', notesRemaining: 7, targetCompanies: ['Acme'], context: { page: 'profile' },
  });
  const explicit = plain(S.judgmentSettings({ settings: { ...settings, noteLimit: 200, language: 'fr' }, counters }));
  assert.equal(explicit.noteLimit, 200);
  assert.equal(explicit.language, 'fr');
  assert.equal(explicit.context, null);
  const nothing = plain(S.judgmentSettings({ settings: DEFAULTS, counters: undefined }));
  assert.equal(nothing.noteLimit, 200);
  assert.equal(nothing.notesRemaining, null);
  assert.equal('language' in nothing, false);
});
