// Options page: shows what NwSettings loaded and saves each change as it is
// made. Every string comes from _locales (data-i18n in the HTML, getMessage
// here); nothing is inline, for the extension pages' CSP.
/* global NwSettings, nwLocalize */
nwLocalize();

const $ = (id) => document.getElementById(id);
const msg = (key, subs) => chrome.i18n.getMessage(key, subs);
const listFormat = (() => {
  try {
    return new Intl.ListFormat(chrome.i18n.getUILanguage(), { type: 'conjunction' });
  } catch {
    return { format: (items) => items.join(', ') };
  }
})();

/** Problem codes from NwSettings, in words (several codes may share one). */
const PROBLEM_WORDS = {
  settings: 'optProblemAll',
  'settings.schema': 'optProblemSchema',
  'settings.migration': 'optProblemAll',
  'settings.goals': 'optProblemGoals',
  'settings.tone': 'optProblemTone',
  'settings.noteLimit': 'optProblemNoteLimit',
  'settings.language': 'optProblemLanguage',
  'settings.guardEnabled': 'optProblemGuard',
  'settings.guardThreshold': 'optProblemGuard',
  'settings.quietMode': 'optProblemQuiet',
  'settings.targetCompanies': 'optProblemCompanies',
  'settings.firstRunDone': 'optProblemFirstRun',
  'storage.sync': 'optProblemStorage',
  'storage.local': 'optProblemStorage',
};

function inWords(problems) {
  const words = problems.map((code) => {
    if (PROBLEM_WORDS[code]) return msg(PROBLEM_WORDS[code]);
    if (code.startsWith('counters')) return msg('optProblemCounters');
    if (code.startsWith('me')) return msg('optProblemMe');
    return msg('optProblemAll');
  });
  return listFormat.format([...new Set(words)]);
}

// ---- status line --------------------------------------------------------------

let statusTimer = 0;
/** One calm line for the outcome of the last action; errors stay until the next one. */
function say(text, { error = false } = {}) {
  const status = $('status');
  clearTimeout(statusTimer);
  status.classList.toggle('error', error);
  // Emptied first so that the same words twice in a row are announced again.
  status.textContent = '';
  statusTimer = setTimeout(() => {
    status.textContent = text;
    if (!error) statusTimer = setTimeout(() => { status.textContent = ''; }, 4000);
  }, 30);
}

// Writes in flight from this page, and a count of all writes started: a
// reload that raced with one of ours is not rendered (it could uncheck a box
// the user just ticked); the write's own change event brings a fresh one.
let writing = 0;
let writesStarted = 0;
let reloadTimer = 0;
const scheduleReload = () => {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(reload, 50);
};

async function write(promise) {
  writing += 1;
  writesStarted += 1;
  try {
    return await promise;
  } finally {
    writing -= 1;
    scheduleReload();
  }
}

async function save(patch) {
  const result = await write(NwSettings.saveSettings(patch));
  if (result.ok) say(msg('optSaved'));
  else say(msg('optSaveFailed'), { error: true });
  state.settings = result.settings ?? state.settings;
  return result;
}

// ---- rendering ------------------------------------------------------------------

let state = { settings: NwSettings.defaultSettings(), counters: NwSettings.defaultCounters(), me: null };

/** Whether re-rendering may overwrite `el` (not while the user is typing in it). */
const mayOverwrite = (el) => document.activeElement !== el;

function renderSettings() {
  const { settings, counters } = state;
  for (const box of document.querySelectorAll('input[name="goal"]')) box.checked = settings.goals.includes(box.value);
  for (const radio of document.querySelectorAll('input[name="tone"]')) radio.checked = radio.value === settings.tone;
  const limit = settings.noteLimit === null ? 'auto' : String(settings.noteLimit);
  for (const radio of document.querySelectorAll('input[name="noteLimit"]')) radio.checked = radio.value === limit;
  $('note-limit-auto').textContent = counters.noteLimitSeen
    ? msg('optNoteLimitAutoDetected', [String(counters.noteLimitSeen)])
    : msg('optNoteLimitAutoUnknown');
  if (mayOverwrite($('notes-remaining'))) {
    $('notes-remaining').value = counters.notesRemaining === null ? '' : String(counters.notesRemaining);
  }
  $('notes-sent').textContent = msg('optNotesSent', [String(counters.notesSent)]);
  for (const radio of document.querySelectorAll('input[name="language"]')) radio.checked = radio.value === settings.language;
  $('guard-enabled').checked = settings.guardEnabled;
  $('guard-threshold').disabled = !settings.guardEnabled;
  if (mayOverwrite($('guard-threshold'))) $('guard-threshold').value = String(settings.guardThreshold);
  $('guard-threshold-value').value = $('guard-threshold').value;
  $('quiet-mode').checked = settings.quietMode;
  if (mayOverwrite($('target-companies'))) $('target-companies').value = settings.targetCompanies.join(', ');
}

function schoolsOf(me) {
  const schools = (me.education ?? []).map((e) => e.school).filter(Boolean);
  return [...new Set(schools)];
}

function fill(dd, value) {
  dd.textContent = value || msg('optMeNotSet');
  dd.classList.toggle('unset', !value);
}

function renderMe() {
  const { me } = state;
  $('me-first-run').hidden = me !== null;
  $('me-summary').hidden = me === null;
  $('me-forget').hidden = me === null;
  if (me) {
    fill($('me-name'), me.name);
    fill($('me-headline'), me.headline);
    fill($('me-company'), me.currentCompany || me.experience?.find((e) => e.company && !e.end)?.company);
    fill($('me-schools'), listFormat.format(schoolsOf(me)));
  }
}

/** The first-run line, with the badge's button name in bold wherever the language puts it. */
function renderFirstRunLine() {
  const marker = '\u0001';
  const [before, after = ''] = msg('optMeFirstRun1', [marker]).split(marker);
  const strong = document.createElement('strong');
  strong.textContent = msg('optMeThisIsMe');
  $('me-first-run-how').replaceChildren(before, strong, after);
}

async function reload() {
  const started = writesStarted;
  const loaded = await NwSettings.load();
  if (writing || writesStarted !== started) return loaded; // stale: another reload follows the write
  state = { settings: loaded.settings, counters: loaded.counters, me: loaded.me };
  renderSettings();
  renderMe();
  return loaded;
}

// ---- settings controls --------------------------------------------------------

function onGoalChange(event) {
  const goals = [...document.querySelectorAll('input[name="goal"]:checked')].map((b) => b.value);
  if (!goals.length) {
    event.target.checked = true; // at least one goal stays
    say(msg('optGoalsKeepOne'), { error: true });
    return;
  }
  save({ goals });
}

for (const box of document.querySelectorAll('input[name="goal"]')) box.addEventListener('change', onGoalChange);
for (const radio of document.querySelectorAll('input[name="tone"]')) {
  radio.addEventListener('change', () => save({ tone: radio.value }));
}
for (const radio of document.querySelectorAll('input[name="noteLimit"]')) {
  radio.addEventListener('change', () => save({ noteLimit: radio.value === 'auto' ? null : Number(radio.value) }));
}
for (const radio of document.querySelectorAll('input[name="language"]')) {
  radio.addEventListener('change', () => save({ language: radio.value }));
}
$('guard-enabled').addEventListener('change', (event) => {
  $('guard-threshold').disabled = !event.target.checked;
  save({ guardEnabled: event.target.checked });
});
// The value shows while sliding; it is saved once, when the slider is let go
// (sync storage allows only so many writes a minute).
$('guard-threshold').addEventListener('input', (event) => {
  $('guard-threshold-value').value = event.target.value;
});
$('guard-threshold').addEventListener('change', (event) => save({ guardThreshold: Number(event.target.value) }));
$('quiet-mode').addEventListener('change', (event) => save({ quietMode: event.target.checked }));
$('target-companies').addEventListener('change', async (event) => {
  await save({ targetCompanies: event.target.value.split(',') });
  event.target.value = state.settings.targetCompanies.join(', ');
});

$('notes-remaining').addEventListener('change', async (event) => {
  const text = event.target.value.trim();
  const n = text === '' ? null : Number(text);
  if (n !== null && !(Number.isInteger(n) && n >= 0)) {
    say(msg('optNotesRemainingInvalid'), { error: true });
    return;
  }
  const result = await write(NwSettings.recordLinkedInRemaining(n));
  if (result.ok) {
    state.counters = result.counters;
    say(msg('optSaved'));
  } else {
    say(msg('optSaveFailed'), { error: true });
  }
});

// ---- "me" ---------------------------------------------------------------------

let forgotten = null; // the profile "Forget me" removed, for Undo

function openEditor() {
  $('me-editor').hidden = false;
  $('me-edit').setAttribute('aria-expanded', 'true');
  $('me-error').textContent = '';
  $('me-json').value = state.me ? JSON.stringify(state.me, null, 2) : '';
  $('me-json').focus();
}

function closeEditor() {
  $('me-editor').hidden = true;
  $('me-edit').setAttribute('aria-expanded', 'false');
  $('me-error').textContent = '';
  $('me-edit').focus();
}

/** A calm error under the JSON box; what was typed stays exactly as it is. */
function editorError(text) {
  $('me-error').textContent = text;
  $('me-json').setAttribute('aria-invalid', 'true');
}

async function saveEditor() {
  const text = $('me-json').value;
  $('me-json').removeAttribute('aria-invalid');
  $('me-error').textContent = '';
  if (!text.trim()) return editorError(msg('optMeEmpty'));
  let profile;
  try {
    profile = JSON.parse(text);
  } catch (error) {
    return editorError(msg('optMeBadJson', [String(error.message)]));
  }
  if (profile === null || typeof profile !== 'object' || Array.isArray(profile)) {
    return editorError(msg('optMeNotObject'));
  }
  const result = await write(NwSettings.saveMe(profile));
  if (!result.ok) return editorError(msg('optSaveFailed'));
  state.me = result.me;
  forgotten = null;
  $('me-undo').hidden = true;
  renderMe();
  closeEditor();
  const left = [...new Set(result.problems.map((p) => p.replace(/^me\./, '')))];
  say(left.length ? msg('optMeSavedPartly', [left.join(', ')]) : msg('optMeSaved'));
}

$('me-edit').addEventListener('click', () => ($('me-editor').hidden ? openEditor() : closeEditor()));
$('me-cancel').addEventListener('click', closeEditor);
$('me-save').addEventListener('click', saveEditor);
$('me-editor').addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeEditor();
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) saveEditor();
});

$('me-forget').addEventListener('click', async () => {
  const before = state.me;
  const result = await write(NwSettings.saveMe(null));
  if (!result.ok) return say(msg('optSaveFailed'), { error: true });
  forgotten = before;
  state.me = null;
  renderMe();
  $('me-undo').hidden = false;
  $('me-undo').focus();
  say(msg('optMeForgotten'));
});

$('me-undo').addEventListener('click', async () => {
  if (!forgotten) return;
  const result = await write(NwSettings.saveMe(forgotten));
  if (!result.ok) return say(msg('optSaveFailed'), { error: true });
  state.me = result.me;
  forgotten = null;
  $('me-undo').hidden = true;
  renderMe();
  $('me-forget').focus();
  say(msg('optMeSaved'));
});

// ---- backup -------------------------------------------------------------------

$('export').addEventListener('click', async () => {
  const text = await NwSettings.exportJson();
  const name = `noteworthy-settings-${new Date().toISOString().slice(0, 10)}.json`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  say(msg('optExported', [name]));
});

$('import').addEventListener('click', () => $('import-file').click());
$('import-file').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  event.target.value = ''; // the same file can be chosen again
  if (!file) return;
  let text = '';
  try {
    text = await file.text();
  } catch {
    return say(msg('optImportFailed'), { error: true });
  }
  const result = await write(NwSettings.importJson(text));
  if (!result.ok) {
    const key = result.problems.includes('import.not-json') ? 'optImportNotJson'
      : result.problems.includes('import.not-a-backup') ? 'optImportNotBackup' : 'optImportFailed';
    return say(msg(key), { error: true });
  }
  await reload();
  say(result.problems.length ? msg('optImportedPartly', [inWords(result.problems)]) : msg('optImported'));
});

// ---- start --------------------------------------------------------------------

async function start() {
  renderFirstRunLine();
  const loaded = await reload();
  if (loaded.problems.length) {
    $('problems').textContent = msg('optProblems', [inWords(loaded.problems)]);
    $('problems').hidden = false;
  }
  // Opening this page is the first run done; the save also writes back a
  // clean copy of whatever could not be read.
  if (!loaded.settings.firstRunDone || loaded.problems.some((p) => p.startsWith('settings'))) {
    const result = await write(NwSettings.saveSettings({ firstRunDone: true }));
    if (result.ok) state.settings = result.settings;
  }
  // Changes made elsewhere (the badge's "This is me", another window, sync),
  // and our own writes coming back: one reload for a burst of them.
  NwSettings.onChanged(scheduleReload);
  document.body.classList.add('ready');
}

start();
