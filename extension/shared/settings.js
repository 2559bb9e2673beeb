// Settings, the user's own profile ("me") and the monthly note counters: how
// they are stored, validated, migrated and handed to the wasm judgment.
// Classic script shared by the extension pages (<script>) and the background
// (importScripts); the pages we read on LinkedIn get what they need from the
// background (CS_BG_START, CS_BG_RECORD). No DOM: the pure functions are
// tested in node (tests/e2e/settings.test.mjs).
//
// Storage layout
//   chrome.storage.sync  settings  {schema, goals, tone, noteLimit, language, guardEnabled,
//                                   guardThreshold, quietMode, targetCompanies, firstRunDone}
//   chrome.storage.local me        a Profile (src/model.rs, camelCase) or null; local because it
//                                   can exceed sync's 8 KB per-item quota
//   chrome.storage.local counters  {schema, month: 'YYYY-MM', notesSent, notesRemaining, noteLimitSeen}
//
// Nothing read from storage is trusted: every value goes through sanitize*(),
// which keeps what is valid, puts the default in place of what is not and
// names it in `problems` ('settings.goals', 'me.experience', 'storage.sync', …).
// Reading never writes back, so a newer version's data synced from another
// device is not clobbered by merely looking at it; the next save repairs it.

/* exported NwSettings */
const NwSettings = (() => {
  const SCHEMA_VERSION = 1;
  const GOALS = Object.freeze(['networking', 'hiring', 'job-seeking', 'selling', 'learning', 'hosting-events', 'mentoring']);
  const TONES = Object.freeze(['warm', 'brief', 'formal']);
  const LANGUAGES = Object.freeze(['auto', 'en', 'fr', 'de', 'es']);
  const NOTE_LIMITS = Object.freeze([200, 300]);
  /** Keeps `settings` well under sync's 8 KB per item. */
  const MAX_COMPANIES = 50;
  const MAX_COMPANY_LENGTH = 100;
  const MAX_TEXT_LENGTH = 10000;
  const MAX_LIST_LENGTH = 200;
  const MAX_COUNT = 1000000;
  const EXPORT_FORMAT = 'noteworthy-settings';

  const DEFAULT_SETTINGS = Object.freeze({
    schema: SCHEMA_VERSION,
    goals: Object.freeze(['networking']),
    tone: 'warm',
    noteLimit: null, // null: as detected from LinkedIn's counter; else 200 or 300
    language: 'auto', // suggestions follow the profile's language
    guardEnabled: true,
    guardThreshold: 60, // 0..100
    quietMode: false,
    targetCompanies: Object.freeze([]),
    firstRunDone: false,
  });

  const defaultSettings = () => JSON.parse(JSON.stringify(DEFAULT_SETTINGS));

  function defaultCounters(now = new Date()) {
    return { schema: SCHEMA_VERSION, month: monthOf(now), notesSent: 0, notesRemaining: null, noteLimitSeen: null };
  }

  // ---- small helpers --------------------------------------------------------

  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const own = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  const isCount = (v, max = MAX_COUNT) => Number.isInteger(v) && v >= 0 && v <= max;

  /** 'YYYY-MM' in the user's own time zone: the month they would say it is. */
  function monthOf(now) {
    const date = now instanceof Date ? now : new Date(now);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  }

  const INVALID = Symbol('invalid');

  /** Picks `raw[key]` if `valid`, else the default, naming the problem. Missing keys are not a problem. */
  function field(raw, key, fallback, valid, problems, prefix) {
    if (!own(raw, key) || raw[key] === undefined) return fallback;
    const checked = valid(raw[key]);
    if (checked === INVALID) {
      problems.push(`${prefix}.${key}`);
      return fallback;
    }
    return checked;
  }

  // ---- migrations -------------------------------------------------------------

  /**
   * One step per schema version: MIGRATIONS[n] turns a version-n object into
   * a version-(n+1) object. Only v1 exists; v0 is the prototype's shape,
   * kept as the worked example of how a future v2 will be added:
   *   v0 {version: 0, goal: 'hiring', tone: 'friendly'|'short'|'formal',
   *       guard: bool, threshold: 0..100, quiet: bool, companies: 'Acme, Globex'}
   */
  const MIGRATIONS = Object.freeze({
    0(v0) {
      const tones = { friendly: 'warm', warm: 'warm', short: 'brief', brief: 'brief', formal: 'formal', professional: 'formal' };
      const v1 = { schema: 1 };
      if (typeof v0.goal === 'string') v1.goals = [v0.goal];
      else if (Array.isArray(v0.goals)) v1.goals = v0.goals;
      if (own(v0, 'tone')) v1.tone = tones[v0.tone] ?? v0.tone;
      if (own(v0, 'guard')) v1.guardEnabled = v0.guard;
      if (own(v0, 'threshold')) v1.guardThreshold = v0.threshold;
      if (own(v0, 'quiet')) v1.quietMode = v0.quiet;
      if (typeof v0.companies === 'string') v1.targetCompanies = v0.companies.split(',');
      else if (own(v0, 'companies')) v1.targetCompanies = v0.companies;
      return v1;
    },
  });

  /**
   * Brings a stored settings object up to SCHEMA_VERSION, step by step.
   * Its version is `schema` (v1+) or `version` (v0); an object with neither is
   * read as current. A version from the future is read as current, best
   * effort, and reported ('settings.schema').
   */
  function migrate(raw) {
    const problems = [];
    if (!isObject(raw)) return { value: raw, problems };
    let version = own(raw, 'schema') ? raw.schema : own(raw, 'version') ? raw.version : SCHEMA_VERSION;
    if (!Number.isInteger(version) || version < 0 || version > SCHEMA_VERSION) {
      problems.push('settings.schema');
      return { value: { ...raw, schema: SCHEMA_VERSION }, problems };
    }
    let value = raw;
    while (version < SCHEMA_VERSION) {
      try {
        value = MIGRATIONS[version](value);
      } catch {
        problems.push('settings.migration');
        return { value: {}, problems };
      }
      version += 1;
    }
    return { value, problems };
  }

  // ---- sanitizers (pure) ------------------------------------------------------

  function cleanCompanies(list) {
    if (!Array.isArray(list)) return INVALID;
    const seen = new Set();
    const out = [];
    let dropped = false;
    for (const item of list) {
      if (typeof item !== 'string') {
        dropped = true;
        continue;
      }
      const name = item.replace(/\s+/g, ' ').trim().slice(0, MAX_COMPANY_LENGTH);
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push(name);
    }
    if (out.length > MAX_COMPANIES) dropped = true;
    return dropped ? { partial: out.slice(0, MAX_COMPANIES) } : out;
  }

  /**
   * `{value, problems}`: a complete, valid settings object whatever `raw` is.
   * Unknown keys are dropped; invalid ones take their default.
   */
  function sanitizeSettings(raw) {
    const problems = [];
    const value = defaultSettings();
    if (raw === undefined || raw === null) return { value, problems };
    if (!isObject(raw)) return { value, problems: ['settings'] };
    const migrated = migrate(raw);
    problems.push(...migrated.problems);
    const src = isObject(migrated.value) ? migrated.value : {};
    const P = 'settings';

    if (own(src, 'goals') && src.goals !== undefined) {
      if (!Array.isArray(src.goals)) {
        problems.push('settings.goals');
      } else {
        const goals = GOALS.filter((g) => src.goals.includes(g)); // canonical order, no duplicates
        if (!goals.length || goals.length !== new Set(src.goals).size) problems.push('settings.goals');
        if (goals.length) value.goals = goals;
      }
    }
    value.tone = field(src, 'tone', value.tone, (v) => (TONES.includes(v) ? v : INVALID), problems, P);
    value.noteLimit = field(src, 'noteLimit', value.noteLimit,
      (v) => (v === null || NOTE_LIMITS.includes(v) ? v : INVALID), problems, P);
    value.language = field(src, 'language', value.language, (v) => (LANGUAGES.includes(v) ? v : INVALID), problems, P);
    value.guardEnabled = field(src, 'guardEnabled', value.guardEnabled,
      (v) => (typeof v === 'boolean' ? v : INVALID), problems, P);
    value.guardThreshold = field(src, 'guardThreshold', value.guardThreshold,
      (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100 ? Math.round(v) : INVALID), problems, P);
    value.quietMode = field(src, 'quietMode', value.quietMode, (v) => (typeof v === 'boolean' ? v : INVALID), problems, P);
    if (own(src, 'targetCompanies') && src.targetCompanies !== undefined) {
      const companies = cleanCompanies(src.targetCompanies);
      if (companies === INVALID) problems.push('settings.targetCompanies');
      else if (companies.partial) {
        problems.push('settings.targetCompanies');
        value.targetCompanies = companies.partial;
      } else value.targetCompanies = companies;
    }
    value.firstRunDone = field(src, 'firstRunDone', value.firstRunDone,
      (v) => (typeof v === 'boolean' ? v : INVALID), problems, P);
    return { value, problems };
  }

  /**
   * `{value, problems}` for the monthly counters as of `now`: a new month
   * starts from zero with LinkedIn's "remaining" unknown again (that is not a
   * problem, just time passing). The note limit seen is kept: it belongs to
   * the account, not the month.
   */
  function sanitizeCounters(raw, now = new Date()) {
    const problems = [];
    const value = defaultCounters(now);
    if (raw === undefined || raw === null) return { value, problems };
    if (!isObject(raw)) return { value, problems: ['counters'] };
    const P = 'counters';
    if (own(raw, 'schema') && raw.schema !== SCHEMA_VERSION) problems.push('counters.schema');
    value.noteLimitSeen = field(raw, 'noteLimitSeen', null,
      (v) => (v === null || NOTE_LIMITS.includes(v) ? v : INVALID), problems, P);
    const month = field(raw, 'month', null,
      (v) => (typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : INVALID), problems, P);
    if (month !== value.month) return { value, problems }; // another (or an unreadable) month: start afresh
    value.notesSent = field(raw, 'notesSent', 0, (v) => (isCount(v) ? v : INVALID), problems, P);
    value.notesRemaining = field(raw, 'notesRemaining', null,
      (v) => (v === null || isCount(v) ? v : INVALID), problems, P);
    return { value, problems };
  }

  const str = (v) => (typeof v === 'string' ? v.slice(0, MAX_TEXT_LENGTH) : v === null ? null : INVALID);
  const strOrAbsent = (v) => (v === null || v === undefined ? undefined : typeof v === 'string' ? v.slice(0, MAX_TEXT_LENGTH) : INVALID);

  /** An object of optional string fields (`Experience`, `Education`), or INVALID. */
  const record = (keys) => (v) => {
    if (!isObject(v)) return INVALID;
    const out = {};
    for (const key of keys) {
      const s = strOrAbsent(v[key]);
      if (s === INVALID) return INVALID;
      if (s !== undefined) out[key] = s;
    }
    return out;
  };
  const list = (item) => (v) => {
    if (!Array.isArray(v)) return INVALID;
    const out = v.slice(0, MAX_LIST_LENGTH).map(item);
    return out.includes(INVALID) ? INVALID : out;
  };
  const oneOf = (values) => (v) => (values.includes(v) ? v : INVALID);
  const countOrNull = (v) => (v === null || isCount(v) ? v : INVALID);

  /** Profile fields (src/model.rs) and how each is checked. */
  const PROFILE_FIELDS = Object.freeze({
    url: str,
    isSelf: (v) => (typeof v === 'boolean' ? v : INVALID),
    name: str,
    firstName: str,
    headline: str,
    location: str,
    degree: (v) => (v === null || [1, 2, 3].includes(v) ? v : INVALID),
    currentCompany: str,
    experience: list(record(['title', 'company', 'start', 'end'])),
    education: list(record(['school', 'degree', 'start', 'end'])),
    mutualConnections: (v) => {
      if (v === null) return null;
      if (!isObject(v) || !isCount(v.count)) return INVALID;
      const names = v.names === undefined ? [] : list((n) => (typeof n === 'string' ? n : INVALID))(v.names);
      return names === INVALID ? INVALID : { count: v.count, names };
    },
    about: str,
    followers: countOrNull,
    connections: countOrNull,
    links: list((v) => {
      if (!isObject(v) || typeof v.url !== 'string') return INVALID;
      const kind = oneOf(['website', 'blog', 'twitter', 'other'])(v.kind ?? 'other');
      return kind === INVALID ? INVALID : { kind, url: v.url.slice(0, MAX_TEXT_LENGTH) };
    }),
    recommendationsReceived: countOrNull,
    recentActivity: list(record(['text', 'when'])),
    connectAvailable: oneOf(['primary', 'more-menu', 'pending', 'none']),
    language: str,
  });

  /**
   * `{value, problems}` for "me": null (not set) or a Profile holding only
   * the known fields that passed their check; a field that did not is left
   * out and named ('me.experience').
   */
  function sanitizeMe(raw) {
    if (raw === undefined || raw === null) return { value: null, problems: [] };
    if (!isObject(raw)) return { value: null, problems: ['me'] };
    const problems = [];
    const value = {};
    for (const [key, check] of Object.entries(PROFILE_FIELDS)) {
      if (!own(raw, key) || raw[key] === undefined) continue;
      const checked = check(raw[key]);
      if (checked === INVALID) problems.push(`me.${key}`);
      else value[key] = checked;
    }
    return { value, problems };
  }

  // ---- storage ------------------------------------------------------------------

  function area(name) {
    const store = globalThis.chrome?.storage?.[name];
    if (!store) throw new Error(`chrome.storage.${name} is not available`);
    return store;
  }

  async function read(name, key) {
    return (await area(name).get(key))?.[key];
  }

  async function write(name, key, value) {
    await area(name).set({ [key]: value });
  }

  // Read-modify-write steps run one after the other within this context, so
  // two quick changes cannot overwrite each other.
  let queue = Promise.resolve();
  function serial(fn) {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  }

  /** Everything stored, sanitized. Never throws: an unreadable area gives defaults and a problem. */
  function load() {
    return serial(async () => {
      const problems = [];
      let rawSettings;
      let rawLocal = {};
      try {
        rawSettings = await read('sync', 'settings');
      } catch {
        problems.push('storage.sync');
      }
      try {
        rawLocal = (await area('local').get(['me', 'counters'])) ?? {};
      } catch {
        problems.push('storage.local');
      }
      const settings = sanitizeSettings(rawSettings);
      const counters = sanitizeCounters(rawLocal.counters, new Date());
      const me = sanitizeMe(rawLocal.me);
      problems.push(...settings.problems, ...counters.problems, ...me.problems);
      return { settings: settings.value, counters: counters.value, me: me.value, problems };
    });
  }

  async function guarded(fn, storageProblem) {
    try {
      return await fn();
    } catch {
      return { ok: false, problems: [storageProblem] };
    }
  }

  /**
   * Merges `patch` into the stored settings and writes the whole, sanitized
   * object. Invalid values in the patch are refused (the stored value stays)
   * and named in `problems`. → `{ok, settings, problems}`
   */
  function saveSettings(patch) {
    return serial(() => guarded(async () => {
      const current = sanitizeSettings(await read('sync', 'settings')).value;
      if (!isObject(patch)) return { ok: false, settings: current, problems: ['settings'] };
      const problems = [];
      const merged = { ...current };
      for (const key of Object.keys(patch)) {
        if (key === 'schema' || !own(DEFAULT_SETTINGS, key)) continue;
        const checked = sanitizeSettings({ [key]: patch[key] });
        if (checked.problems.length) problems.push(...checked.problems);
        else merged[key] = checked.value[key];
      }
      await write('sync', 'settings', merged);
      return { ok: problems.length === 0, settings: merged, problems };
    }, 'storage.sync'));
  }

  /** Stores the user's own profile (sanitized), or forgets it with null. → `{ok, me, problems}` */
  function saveMe(profile) {
    return serial(() => guarded(async () => {
      const { value, problems } = sanitizeMe(profile);
      if (profile !== null && value === null) return { ok: false, me: null, problems };
      if (value === null) await area('local').remove('me');
      else await write('local', 'me', value);
      return { ok: true, me: value, problems };
    }, 'storage.local'));
  }

  /** Read, change, write the counters of the current month. → `{ok, counters}` */
  function updateCounters(change) {
    return serial(() => guarded(async () => {
      const counters = sanitizeCounters(await read('local', 'counters'), new Date()).value;
      if (change(counters) === false) return { ok: false, counters, problems: ['counters'] };
      await write('local', 'counters', counters);
      return { ok: true, counters, problems: [] };
    }, 'storage.local'));
  }

  /** A note went out with our help: one more sent, one fewer remaining (if known, never below 0). */
  function recordNoteSent() {
    return updateCounters((c) => {
      c.notesSent = Math.min(c.notesSent + 1, MAX_COUNT);
      if (c.notesRemaining !== null) c.notesRemaining = Math.max(0, c.notesRemaining - 1);
    });
  }

  /** LinkedIn said "N personalized invitations remaining": it knows better than our count. null = unknown. */
  function recordLinkedInRemaining(n) {
    return updateCounters((c) => {
      if (n !== null && !isCount(n)) return false;
      c.notesRemaining = n;
    });
  }

  /** The note box's counter said "/200" or "/300". */
  function recordNoteLimitSeen(n) {
    return updateCounters((c) => {
      if (!NOTE_LIMITS.includes(n)) return false;
      c.noteLimitSeen = n;
    });
  }

  /** Settings and "me" as a pretty JSON backup. */
  async function exportJson() {
    const { settings, me } = await load();
    return JSON.stringify({ format: EXPORT_FORMAT, schema: SCHEMA_VERSION, settings, me }, null, 2) + '\n';
  }

  /**
   * Restores a backup made by exportJson(). Anything that is not one is
   * refused before anything is written ('import.not-json',
   * 'import.not-a-backup'); within a backup every value is sanitized, so
   * only valid values are ever written. `me` replaces the stored one when the
   * backup has one, and is left alone otherwise. `firstRunDone` is this
   * browser's, not the backup's. → `{ok, problems}`
   */
  function importJson(text) {
    let data;
    try {
      data = JSON.parse(String(text));
    } catch {
      return Promise.resolve({ ok: false, problems: ['import.not-json'] });
    }
    if (!isObject(data) || data.format !== EXPORT_FORMAT || !isObject(data.settings)) {
      return Promise.resolve({ ok: false, problems: ['import.not-a-backup'] });
    }
    const settings = sanitizeSettings(data.settings);
    const me = sanitizeMe(data.me);
    const problems = [...settings.problems, ...me.problems];
    if (data.me !== null && data.me !== undefined && me.value === null) {
      return Promise.resolve({ ok: false, problems });
    }
    return serial(async () => {
      try {
        const current = sanitizeSettings(await read('sync', 'settings')).value;
        await write('sync', 'settings', { ...settings.value, firstRunDone: current.firstRunDone });
      } catch {
        return { ok: false, problems: [...problems, 'storage.sync'] };
      }
      try {
        if (me.value) await write('local', 'me', me.value);
      } catch {
        return { ok: false, problems: [...problems, 'storage.local'] };
      }
      return { ok: true, problems };
    });
  }

  /**
   * What the wasm judgment takes, from loaded settings and counters.
   * `extra` is the caller's context (which page, what it shows), passed
   * through as `context`. `language` is left out when suggestions follow
   * the profile's language.
   */
  function judgmentSettings({ settings, counters } = {}, extra = null) {
    const s = sanitizeSettings(settings).value;
    const c = sanitizeCounters(counters, new Date()).value;
    const out = {
      noteLimit: s.noteLimit ?? c.noteLimitSeen ?? 200,
      goals: [...s.goals],
      tone: s.tone,
      notesRemaining: c.notesRemaining,
      targetCompanies: [...s.targetCompanies],
      context: extra ?? null,
    };
    if (s.language !== 'auto') out.language = s.language;
    return out;
  }

  /**
   * Calls `listener(changedKeys)` ('settings', 'me', 'counters') when another
   * page, a content script or sync changes what is stored. Returns a function
   * that stops listening.
   */
  function onChanged(listener) {
    const onStorage = (changes, areaName) => {
      const keys = Object.keys(changes).filter((k) =>
        (areaName === 'sync' && k === 'settings') || (areaName === 'local' && (k === 'me' || k === 'counters')));
      if (keys.length) listener(keys);
    };
    globalThis.chrome?.storage?.onChanged?.addListener(onStorage);
    return () => globalThis.chrome?.storage?.onChanged?.removeListener(onStorage);
  }

  return Object.freeze({
    SCHEMA_VERSION, GOALS, TONES, LANGUAGES, NOTE_LIMITS, MIGRATIONS, DEFAULT_SETTINGS,
    defaultSettings, defaultCounters, monthOf,
    migrate, sanitizeSettings, sanitizeCounters, sanitizeMe,
    load, saveSettings, saveMe, recordNoteSent, recordLinkedInRemaining, recordNoteLimitSeen,
    exportJson, importJson, judgmentSettings, onChanged,
  });
})();
