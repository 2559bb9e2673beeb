// Where the extension's main-thread time goes on one profile load: a CPU
// profile (CDP Profiler, 50 µs sampling) of fresh-tab loads of the full-size
// profile with dist/chrome, from the navigation until 500 ms after `load`
// (the window `make bench` measures), summarised by script and by function.
// Not part of `make bench`: `node bench/load-breakdown.mjs [loads]` after
// `make build`. Prints JSON. For A/B on a shared machine compare
// 'extension script, thread CPU' (TRACE_ONLY=1 EXT_DIRS=old,new): wall times
// swing by 10 ms and more with other processes' load, thread CPU much less.
// EXT_DIRS=floor,dist/chrome sets ours beside the floor extension (make
// bench, section 1): the least an extension could run to show a badge.

import { rmSync } from 'node:fs';

import { launch, setStorage } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { floorExtension, judgmentContext, mainThreadOf, median, scriptTime, sleep, startTrace } from './lib.mjs';
import * as pages from './pages.mjs';

const TRACE_ONLY = Boolean(process.env.TRACE_ONLY); // the profiler itself changes script evaluation
const LOADS = Number(process.argv[2] ?? 7);
const TOP = Number(process.env.TOP ?? 1); // TOP=3: three times as many functions listed
// Main-thread script events, as bench/lib.mjs counts them.
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'TimerFire',
  'FireIdleCallback', 'FireAnimationFrame', 'v8.run', 'V8.Execute', 'v8.evaluateModule', 'EventDispatch']);

/**
 * Thread CPU time (trace `tdur`) of the outermost script events from the
 * first extension script on: the extension's share, which other processes on
 * a busy machine do not inflate the way they inflate wall time.
 */
function extensionThreadCpu(events, thread) {
  const mine = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.ts >= thread.from);
  const first = Math.min(...mine.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://')).map((e) => e.ts));
  let cpu = 0;
  let end = -Infinity;
  for (const e of mine.filter((e) => SCRIPT_EVENTS.has(e.name) && e.ts >= first).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue; // nested in the one counted
    end = e.ts + (e.dur ?? 0);
    cpu += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return cpu;
}
const { me } = judgmentContext();

function breakdown(profile) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const file = (url) => (url.startsWith('chrome-extension://') ? url.split('/').slice(3).join('/') : url.startsWith('wasm://') ? 'wasm' : url ? 'page' : '');
  const bySelfScript = {};
  const bySelfFunction = {};
  const byTopScript = {}; // the outermost extension script on the stack: who caused the work
  const inclusiveFn = {};
  const add = (m, k, dt) => (m[k] = (m[k] ?? 0) + dt);
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i]);
    const { functionName: fn, url } = leaf.callFrame;
    if (fn === '(idle)' || fn === '(root)') continue;
    const stack = [];
    for (let id = leaf.id; id != null; id = parent.get(id)) stack.push(byId.get(id).callFrame);
    const ext = stack.filter((f) => f.url.startsWith('chrome-extension://') || f.url.startsWith('wasm://'));
    const outer = ext.at(-1);
    const extensionSample = Boolean(outer);
    if (!extensionSample && fn !== '(garbage collector)' && fn !== '(program)') {
      add(bySelfScript, `not extension: ${file(url) || fn}`, dt);
      continue;
    }
    if (!extensionSample) {
      add(bySelfScript, fn, dt);
      continue;
    }
    add(bySelfScript, file(url) || `native ${fn}`, dt);
    add(bySelfFunction, `${fn || '(anonymous)'} ${file(url)}`.trim(), dt);
    add(byTopScript, `${file(outer.url)} ${outer.functionName || '(top level)'}`, dt);
    const seen = new Set();
    for (const f of ext) {
      const k = `${f.functionName || '(anonymous)'} ${file(f.url)}`;
      if (!seen.has(k)) add(inclusiveFn, k, dt);
      seen.add(k);
    }
  }
  return { bySelfScript, bySelfFunction, byTopScript, inclusiveFn };
}

const server = await startServer();
// PAGE=feed: idle; PAGE=invitations-10, search-100, …: a list of that many cards (SLEEP=1500: its chips come later).
const [pageKind, cards] = (process.env.PAGE ?? '').split('-');
const full = pageKind === 'feed' ? pages.feedPage() : pageKind === 'invitations' ? pages.invitationsPage(Number(cards))
  : pageKind === 'search' ? pages.searchPage(Number(cards)) : pages.fullProfile();
server.pages.set(full.path, { html: full.html });
// EXT_DIRS=a,b,… compares builds, loads alternating between them (the machine is shared: noise drifts).
const dirs = (process.env.EXT_DIRS || process.env.EXT_DIR || '').split(',').filter(Boolean);
const browsers = [];
// 'none': Chromium without any extension, the baseline; 'floor': the floor extension, which keeps no settings.
const floorDir = dirs.includes('floor') ? floorExtension() : null;
const launchOptions = (dir) => (dir === 'none' ? { extension: false } : dir === 'floor' ? { extensionDir: floorDir } : { extensionDir: dir });
for (const dir of dirs.length ? dirs : [undefined]) browsers.push(await launch(server, launchOptions(dir)));
const runsOf = browsers.map(() => []);
try {
  for (const [k, browser] of browsers.entries()) if (browser.extensionId && dirs[k] !== 'floor') await setStorage(browser, { local: { me } });
  for (let i = 0; i < LOADS; i += 1) {
    for (const [k, browser] of browsers.entries()) {
      const tab = await browser.context.newPage();
      await tab.goto('https://linkedin.com/robots.txt'); // same site, same renderer; no content script there
      const cdp = await browser.context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      const trace = await startTrace(cdp);
      if (!TRACE_ONLY) await cdp.send('Profiler.start');
      await tab.goto(`${full.url}?cpu=${i}-${k}`, { waitUntil: 'load' });
      await sleep(Number(process.env.SLEEP ?? 500));
      const { profile } = TRACE_ONLY ? { profile: { nodes: [], samples: [], timeDeltas: [] } } : await cdp.send('Profiler.stop');
      const events = await trace.stop();
      await tab.close();
      const thread = mainThreadOf(events, `?cpu=${i}-${k}`);
      const evaluate = {};
      for (const e of events) {
        if (e.ph !== 'X' || e.pid !== thread.pid || e.tid !== thread.tid || e.ts < thread.from) continue;
        const url = e.args?.data?.url ?? '';
        if (e.name === 'EvaluateScript' && url.startsWith('chrome-extension://')) {
          const key = `evaluate ${url.split('/').slice(3).join('/')}`;
          evaluate[key] = (evaluate[key] ?? 0) + e.dur / 1000;
        }
      }
      evaluate['script (traced, as make bench)'] = scriptTime(events, thread).script;
      evaluate['extension script, thread CPU'] = extensionThreadCpu(events, thread);
      runsOf[k].push({ ...breakdown(profile), evaluate });
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
  if (floorDir) rmSync(floorDir, { recursive: true, force: true });
}
const report = (runs) => {
  const med = (key) => {
    const keys = [...new Set(runs.flatMap((r) => Object.keys(r[key])))];
    return Object.fromEntries(keys.map((k) => [k, Number(median(runs.map((r) => r[key][k] ?? 0)).toFixed(2))]).filter(([, v]) => v >= 0.05).sort((a, b) => b[1] - a[1]));
  };
  const top = (o, n) => Object.fromEntries(Object.entries(o).slice(0, n));
  return { traced: med('evaluate'), selfByScript: med('bySelfScript'), byOuterExtensionFunction: top(med('byTopScript'), 25 * TOP),
    inclusiveByFunction: top(med('inclusiveFn'), 40 * TOP), selfByFunction: top(med('bySelfFunction'), 30 * TOP) };
};
console.log(JSON.stringify({ loads: LOADS, elements: full.elements,
  medianMs: Object.fromEntries(runsOf.map((runs, k) => [dirs[k] ?? 'dist/chrome', report(runs)])) }, null, 1));
