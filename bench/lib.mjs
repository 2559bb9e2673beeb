// Shared by bench/run.mjs and bench/profile.mjs: statistics, CDP metrics,
// and the "lab" browser that serves benchmark pages cross-origin isolated.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch } from '../tests/e2e/browser.mjs';
import { repo } from '../tests/e2e/pages.mjs';
import { LINKEDIN_CSP } from '../tests/e2e/server.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- statistics -------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);

/** Median (mean of the two middle values for an even count). */
export function median(xs) {
  const s = sorted(xs);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs, p) {
  const s = sorted(xs);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The summary every figure in results.json carries. */
export function summary(xs, digits = 3) {
  const r = (x) => (x == null ? null : Number(x.toFixed(digits)));
  return { n: xs.length, median: r(median(xs)), p95: r(percentile(xs, 95)), mean: r(mean(xs)), min: r(Math.min(...xs)), max: r(Math.max(...xs)) };
}

// ---- CDP --------------------------------------------------------------------

/** Performance.getMetrics as an object; durations in ms, sizes in bytes. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  for (const key of Object.keys(m)) if (key.endsWith('Duration')) m[key] *= 1000;
  return m;
}

/** Used JS heap after two forced full GCs (page and extension worlds share the isolate). */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const perf = await metrics(cdp);
  return { usedSize: usage.usedSize, backingStorageSize: usage.backingStorageSize ?? null, JSHeapUsedSize: perf.JSHeapUsedSize };
}

/**
 * bench/floor-extension, unpacked into a temporary directory with the JS
 * floor of section 2 as a classic content script (floor.js is a module).
 */
export function floorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'nw-bench-floor-'));
  cpSync(join(repo, 'bench/floor-extension'), dir, { recursive: true });
  writeFileSync(join(dir, 'floor.js'), readFileSync(join(repo, 'bench/floor.js'), 'utf8').replace(/^export function /m, 'function '));
  return dir;
}

// ---- the lab browser --------------------------------------------------------

const assetFiles = (webDir) => ({
  'noteworthy.js': [join(webDir, 'noteworthy.js'), 'text/javascript'],
  'noteworthy_bg.wasm': [join(webDir, 'noteworthy_bg.wasm'), 'application/wasm'],
  'in-page.js': [join(repo, 'bench/in-page.js'), 'text/javascript'],
  'floor.js': [join(repo, 'bench/floor.js'), 'text/javascript'],
  // The extension's own classic scripts and wasm, for start-up exactly as the loader does it.
  'noteworthy-classic.js': [join(repo, 'dist/chrome/noteworthy.js'), 'text/javascript'],
  'wasm.js': [join(repo, 'dist/chrome/shared/wasm.js'), 'text/javascript'],
  'snapshot.js': [join(repo, 'dist/chrome/content/snapshot.js'), 'text/javascript'],
  'extension.wasm': [join(repo, 'dist/chrome/noteworthy_bg.wasm'), 'application/octet-stream'],
});

/**
 * Chromium without the extension, for measurements inside a page. Documents
 * put in `docs` (path → html) are answered at their https://www.linkedin.com
 * address with LinkedIn's CSP plus COOP/COEP (cross-origin isolation: 5 µs
 * timers instead of 100 µs); /bench-assets/ serves dist/web, the extension's
 * scripts and bench/*.js (`webDir` replaces dist/web, e.g. with a build that
 * keeps function names for profiling). Everything else goes to the local server.
 * `args`: more Chromium switches (diagnostics such as V8 flags).
 */
export async function labBrowser(server, { webDir = join(repo, 'dist/web'), args = [] } = {}) {
  const browser = await launch(server, { extension: false, args });
  const docs = new Map();
  const assets = new Map(Object.entries(assetFiles(webDir)).map(([name, [file, type]]) => [name, { body: readFileSync(file), type }]));
  await browser.context.route(/^https:\/\/www\.linkedin\.com\//, async (route) => {
    const url = new URL(route.request().url());
    const asset = url.pathname.startsWith('/bench-assets/') && assets.get(url.pathname.slice('/bench-assets/'.length));
    if (asset) {
      await route.fulfill({ status: 200, contentType: asset.type, body: asset.body, headers: { 'cache-control': 'no-store' } });
    } else if (route.request().resourceType() === 'document' && docs.has(url.pathname)) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': LINKEDIN_CSP,
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
          'cache-control': 'no-store',
        },
        body: docs.get(url.pathname),
      });
    } else {
      await route.continue();
    }
  });
  return { ...browser, docs };
}

/** What the content script passes to analyzePage (session.js context()), with `me` set. */
export function judgmentContext() {
  const me = JSON.parse(readFileSync(join(repo, 'tests/golden/me.json'), 'utf8'));
  // NwSettings.judgmentSettings() of the default settings, UI language English.
  const settings = { noteLimit: 200, goals: ['networking'], tone: 'warm', notesRemaining: null, targetCompanies: [], context: null, language: 'en' };
  return { me, settings, context: { settings, noteLanguage: null, me, guard: { enabled: true, threshold: 60 } } };
}

// ---- tracing: script time that Performance.getMetrics cannot see -------------
//
// Performance.getMetrics' ScriptDuration leaves out microtasks (measured: a
// 50 ms busy loop in a promise callback adds 0.07 ms to it), and the content
// script does all its real work after an `await`. So script time comes from a
// light trace instead: the union of the page's main-thread script events.

export const TRACE_CATEGORIES = 'devtools.timeline,v8.execute';
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'TimerFire',
  'FireIdleCallback', 'FireAnimationFrame', 'v8.run', 'V8.Execute', 'v8.evaluateModule', 'EventDispatch']);

/** Starts a trace on `cdp`; `stop()` resolves to its events. */
export async function startTrace(cdp, categories = TRACE_CATEGORIES) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/** The main thread of the renderer that committed a document whose URL contains `marker`. */
export function mainThreadOf(events, marker) {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url?.includes(marker) && e.args.data.isMainFrame !== false);
  if (!commit) return null;
  return { pid: commit.pid, tid: commit.tid, from: commit.ts };
}

/** Merged intervals of script events on one thread (those `keep` keeps), clipped to [from, to) µs. */
function scriptIntervals(events, { pid, tid }, from = -Infinity, to = Infinity, keep = () => true) {
  const list = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && SCRIPT_EVENTS.has(e.name) && e.ts < to && e.ts + (e.dur ?? 0) > from && keep(e))
    .map((e) => ({ start: Math.max(e.ts, from), end: Math.min(e.ts + (e.dur ?? 0), to) }))
    .sort((a, b) => a.start - b.start);
  const merged = [];
  for (const e of list) {
    const last = merged.at(-1);
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else merged.push({ ...e });
  }
  return merged;
}

const total = (intervals) => intervals.reduce((sum, i) => sum + i.end - i.start, 0) / 1000;

/**
 * Script time (ms) on the page's main thread; the part spent evaluating the
 * extension's content scripts (parse + compile + top level); and what the
 * extension ran besides evaluating `content/boot.js` (script events that
 * name one of its files: evaluations, listeners, timers).
 */
export function scriptTime(events, thread, from = thread.from, to = Infinity) {
  const isOurs = (e) => e.args?.data?.url?.startsWith('chrome-extension://');
  const contentScripts = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.name === 'EvaluateScript'
    && e.ts >= from && e.ts < to && isOurs(e));
  const boot = contentScripts.filter((e) => e.args.data.url.endsWith('/content/boot.js'));
  const inBoot = (e) => boot.some((b) => e.ts >= b.ts && e.ts + (e.dur ?? 0) <= b.ts + b.dur);
  return {
    script: total(scriptIntervals(events, thread, from, to)),
    contentScriptEval: contentScripts.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    extensionBesidesBoot: total(scriptIntervals(events, thread, from, to, (e) => isOurs(e) && !inBoot(e))),
  };
}

/** `console.timeStamp(label)` marks on a thread, in order: [{label, ts}]. */
export function marks(events, { pid, tid }) {
  return events.filter((e) => e.name === 'TimeStamp' && e.pid === pid && e.tid === tid)
    .map((e) => ({ label: e.args?.data?.message, ts: e.ts })).sort((a, b) => a.ts - b.ts);
}
