// Where the time and the bytes go, for the targets `make bench` misses.
// Not part of `make bench`: run `node bench/profile.mjs` after `make build`.
//
//   1. CPU profile (CDP Profiler, 50 µs sampling) of the analysis loop on the
//      full-size profile and of analyzePage on 1,000 invitation cards, with a
//      wasm build that keeps its function names (wasm-bindgen without
//      wasm-opt, so slightly slower than dist/web), summarised by function
//   2. a profile page load with the extension, traced: the extension's
//      main-thread work by kind (content-script evaluation, analysis, layout)
//   3. size: the wasm's sections, and twiggy's biggest items and crates
//
// Writes bench/profile.json and prints a summary.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch, setStorage } from '../tests/e2e/browser.mjs';
import { repo } from '../tests/e2e/pages.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { judgmentContext, labBrowser, mainThreadOf, sleep, startTrace } from './lib.mjs';
import * as pages from './pages.mjs';

const out = {};
const wasmIn = join(repo, 'target/wasm32-unknown-unknown/release/noteworthy.wasm');
const named = mkdtempSync(join(tmpdir(), 'nw-bench-named-'));
execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', named, wasmIn]);
const { me, settings, context } = judgmentContext();

// ---- 1. CPU profiles ---------------------------------------------------------

/** Self time by function, grouped: wasm by Rust module, JS→DOM shims, DOM natives, GC. */
function summarise(profile, top = 25) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const self = new Map();
  const groups = new Map();
  let busy = 0;
  for (const node of profile.nodes) {
    const t = dt.get(node.id) ?? 0;
    const { functionName: fn, url } = node.callFrame;
    if (!t || fn === '(idle)' || fn === '(root)' || fn === '(program)') continue;
    busy += t;
    const name = (fn || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
    const key = url && !url.startsWith('wasm://') ? `${name} (${url.split('/').pop()})` : name;
    self.set(key, (self.get(key) ?? 0) + t);
    let group;
    if (fn.startsWith('__wbg_')) group = 'JS glue: web-sys/js-sys import shims (__wbg_*)';
    else if (url?.endsWith('noteworthy.js')) group = 'JS glue: string passing, objects (noteworthy.js)';
    else if (fn === '(garbage collector)') group = 'GC';
    else if (fn === 'js-to-wasm' || fn === 'wasm-to-js') group = 'JS<->wasm transitions';
    else if (/serde|Serializer|Deserializer|Serialize|Deserialize/.test(fn)) group = 'wasm: serde (JS values <-> Rust)';
    else if (/dlmalloc|alloc::|RawVec|__rust_(alloc|dealloc|realloc)|memcpy|memmove|memset/.test(fn)) group = 'wasm: allocation, copies';
    else if (/noteworthy::/.test(fn)) group = `wasm: ${/noteworthy::[a-z_]+(::[a-z_]+)?/.exec(fn)[0]}`;
    else if (fn.includes('::') || url?.startsWith('wasm://') || /^\$?[a-z_]/.test(fn) && !url) {
      group = url?.startsWith('wasm://') || fn.includes('::') ? 'wasm: core/std (strings, iterators, fmt)' : `DOM/V8 native: ${fn}`;
    } else group = url ? `JS: ${url.split('/').pop()}` : `DOM/V8 native: ${fn}`;
    groups.set(group, (groups.get(group) ?? 0) + t);
  }
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ ms: Number(v.toFixed(2)), share: Number((v / busy).toFixed(3)), what: k }));
  return { busyMs: Number(busy.toFixed(1)), groups: rank(groups).slice(0, 15), functions: rank(self).slice(0, top) };
}

/** Inclusive time (ms) of the named functions: samples with the function anywhere on their stack. */
function inclusive(profile, names) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const outI = Object.fromEntries(names.map((n) => [n, 0]));
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let id = profile.samples[i]; id != null; id = parent.get(id)) {
      const fn = byId.get(id).callFrame.functionName;
      if (fn in outI && !seen.has(fn)) {
        outI[fn] += dt;
        seen.add(fn);
      }
    }
  }
  return Object.fromEntries(Object.entries(outI).map(([k, v]) => [k, Number(v.toFixed(1))]));
}

async function profiled(page, fn, arg) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(fn, arg);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return summarise(profile);
}

const server = await startServer();
try {
  const lab = await labBrowser(server, { webDir: named });
  try {
    const full = pages.fullProfile();
    lab.docs.set(full.path, full.html);
    await lab.page.goto(full.url);
    // Warm up (tier-up), then profile the steady state.
    const loop = async (o) => (await import('/bench-assets/in-page.js')).analysis(o);
    await lab.page.evaluate(loop, { iterations: 100, warmup: 0, me, settings, context });
    const timed = await lab.page.evaluate(loop, { iterations: 200, warmup: 0, me, settings, context });
    out.analysisNamedBuildMedianMs = {
      chain: timed.times.chain.sort((a, b) => a - b)[100], floor: timed.times.floor.sort((a, b) => a - b)[100],
    };
    out.readProfile = await profiled(lab.page, async (o) => {
      const nw = await import('/bench-assets/noteworthy.js');
      const url = location.href.split('?')[0];
      for (let i = 0; i < o.n; i += 1) nw.readProfile(document, url);
    }, { n: 400 });
    out.scoreAndSuggest = await profiled(lab.page, async (o) => {
      const nw = await import('/bench-assets/noteworthy.js');
      const p = nw.readProfile(document, location.href.split('?')[0]);
      for (let i = 0; i < o.n; i += 1) {
        nw.scoreProfile(p, o.me, o.settings);
        nw.suggestNotes(p, o.me, o.settings);
      }
    }, { n: 400, me, settings });
    // Which selectors: querySelector(All)/closest wrapped on the prototypes, timed per call.
    out.readProfileSelectors = await lab.page.evaluate(async (n) => {
      const nw = await import('/bench-assets/noteworthy.js');
      const url = location.href.split('?')[0];
      const stats = new Map();
      const scope = (x) => (x instanceof Document ? 'document' : x instanceof ShadowRoot ? 'shadow root'
        : `${x.tagName.toLowerCase()}${x.id ? `#${x.id}` : ''} (${x.getElementsByTagName('*').length} descendants)`);
      const restore = [];
      for (const proto of [Document.prototype, Element.prototype]) {
        for (const method of ['querySelector', 'querySelectorAll', 'closest', 'getElementById']) {
          const original = proto[method];
          if (!original) continue;
          restore.push(() => (proto[method] = original));
          proto[method] = function timed(selector) {
            const t0 = performance.now();
            const result = original.call(this, selector);
            const key = `${method}|${scope(this)}|${selector}`;
            const s = stats.get(key) ?? { ms: 0, calls: 0 };
            s.ms += performance.now() - t0;
            s.calls += 1;
            stats.set(key, s);
            return result;
          };
        }
      }
      try {
        for (let i = 0; i < n; i += 1) nw.readProfile(document, url);
      } finally {
        for (const r of restore) r();
      }
      const all = [...stats].map(([key, s]) => {
        const [method, on, selector] = key.split('|');
        return { msPerRead: Number((s.ms / n).toFixed(4)), callsPerRead: s.calls / n, method, on, selector: selector.slice(0, 160) };
      });
      const total = all.reduce((sum, s) => sum + s.msPerRead, 0);
      return { totalMsPerRead: Number(total.toFixed(3)), calls: all.sort((a, b) => b.msPerRead - a.msPerRead).slice(0, 20) };
    }, 50);
    // Search results grow faster than linearly: time per card of readSearchResults, and of
    // one per-card query the reader makes (a descendant selector whose class is absent in G3).
    out.searchScaling = [];
    for (const n of [250, 1000, 2000]) {
      const list = pages.searchPage(n);
      lab.docs.set(list.path, list.html);
      await lab.page.goto(`${list.url}&scaling=${n}`);
      const r = await lab.page.evaluate(async () => {
        const { load } = await import('/bench-assets/in-page.js');
        await load();
        const nw = await import('/bench-assets/noteworthy.js');
        const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
        const cards = [...document.querySelectorAll("[data-view-name='people-search-result']")];
        const read = [];
        const descendant = [];
        const simple = [];
        for (let i = 0; i < 9; i += 1) {
          let t = performance.now();
          nw.readSearchResults(document);
          if (i >= 2) read.push(performance.now() - t);
          t = performance.now();
          for (const c of cards) c.querySelector(".entity-result__badge-text span[aria-hidden='true']");
          descendant.push(performance.now() - t);
          t = performance.now();
          for (const c of cards) c.querySelector('.entity-result__badge-text');
          simple.push(performance.now() - t);
        }
        return { readMs: med(read), descendantMs: med(descendant), simpleMs: med(simple) };
      });
      out.searchScaling.push({ cards: n, readMsPerCard: Number((r.readMs / n).toFixed(4)),
        descendantQueryUsPerCard: Number((1000 * r.descendantMs / n).toFixed(2)), simpleQueryUsPerCard: Number((1000 * r.simpleMs / n).toFixed(2)) });
    }
    const inv = pages.invitationsPage(1000);
    lab.docs.set(inv.path, inv.html);
    await lab.page.goto(inv.url);
    out.invitations1000 = await profiled(lab.page, async (o) => {
      const { load } = await import('/bench-assets/in-page.js');
      await load();
      const nw = await import('/bench-assets/noteworthy.js');
      for (let i = 0; i < o.n; i += 1) nw.analyzePage(document, location.href, o.context);
    }, { n: 8, context });
  } finally {
    await lab.close();
  }

  // ---- 2. a profile load with and without the extension, traced ----------------------
  /** Median over `n` fresh-tab loads of main-thread time by kind: top-level script events, layout, style. */
  async function loadKinds(browser, url, n) {
    const kinds = [];
    for (let i = 0; i < n; i += 1) {
      const tab = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(tab);
      const trace = await startTrace(cdp);
      await tab.goto(`${url}?kinds=${i}`, { waitUntil: 'load' });
      await sleep(800);
      const events = await trace.stop();
      await tab.close();
      const thread = mainThreadOf(events, `?kinds=${i}`);
      const on = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.ts >= thread.from)
        .sort((a, b) => a.ts - b.ts);
      const k = {};
      const add = (key, dur) => (k[key] = (k[key] ?? 0) + dur / 1000);
      let end = -1;
      for (const e of on) {
        if (!['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'v8.callFunction'].includes(e.name)) continue;
        if (e.ts < end) continue; // nested in the previous one
        end = e.ts + e.dur;
        const src = e.args?.data?.url ?? '';
        add(e.name === 'EvaluateScript' ? `evaluate ${src.startsWith('chrome-extension://') ? src.split('/').slice(3).join('/') : 'page script'}` : e.name, e.dur);
      }
      for (const e of on) if (['Layout', 'UpdateLayoutTree', 'Paint'].includes(e.name)) add(e.name, e.dur);
      kinds.push(k);
    }
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const keys = [...new Set(kinds.flatMap(Object.keys))];
    return Object.fromEntries(keys.map((key) => [key, Number(med(kinds.map((k) => k[key] ?? 0)).toFixed(2))]));
  }
  const full = pages.fullProfile();
  const feed = pages.feedPage();
  server.pages.set(full.path, { html: full.html });
  server.pages.set(feed.path, { html: feed.html });
  const plain = await launch(server, { extension: false });
  const without = { profile: await loadKinds(plain, full.url, 5), feed: await loadKinds(plain, feed.url, 5) };
  await plain.close();
  const browser = await launch(server);
  const compareKinds = (a, b) => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])]
    .map((key) => [key, { with: a[key] ?? 0, without: b[key] ?? 0, added: Number(((a[key] ?? 0) - (b[key] ?? 0)).toFixed(2)) }])
    .sort((x, y) => y[1].added - x[1].added));
  try {
    await setStorage(browser, { local: { me } });
    out.extensionProfileLoad = compareKinds(await loadKinds(browser, full.url, 5), without.profile);
    out.extensionFeedLoad = compareKinds(await loadKinds(browser, feed.url, 5), without.feed);
    // The content script on 1,000 received invitations, CPU-profiled from before the load.
    const inv = pages.invitationsPage(1000);
    server.pages.set(inv.path, { html: inv.html });
    const tab = await browser.context.newPage();
    await tab.goto('https://www.linkedin.com/robots.txt'); // same renderer for the profiled load
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await tab.goto(`${inv.url}?cpu`, { waitUntil: 'load' });
    await sleep(12000);
    const { profile } = await cdp.send('Profiler.stop');
    await tab.close();
    out.extensionInvitations1000 = {
      inclusiveMs: inclusive(profile, ['analyze', 'analyzePage', 'render', 'renderChips', 'anchorFor', 'makeHost', 'replaceSync', 'querySelectorAll', 'stringify']),
      ...summarise(profile, 15),
    };
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}

// ---- 3. size -------------------------------------------------------------------------

function sections(file) {
  const buf = execFileSync('cat', [file]);
  let p = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    let b;
    do {
      b = buf[p++];
      r |= (b & 0x7f) << s;
      s += 7;
    } while (b & 0x80);
    return r >>> 0;
  };
  const ids = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
  const outS = {};
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    outS[ids[id]] = (outS[ids[id]] ?? 0) + size;
    p += size;
  }
  return outS;
}
out.size = { distSections: sections(join(repo, 'dist/web/noteworthy_bg.wasm')) };
const twiggy = join(homedir(), '.cargo/bin/twiggy');
try {
  const csv = execFileSync(twiggy, ['top', '-n', '4000', '-f', 'csv', join(named, 'noteworthy_bg.wasm')], { encoding: 'utf8' });
  const crates = new Map();
  const items = [];
  for (const line of csv.trim().split('\n').slice(1)) {
    const m = /^(.*),(\d+),([\d.]+),/.exec(line);
    if (!m) continue;
    const name = m[1].replace(/^"|"$/g, '').replace(/""/g, '"');
    const bytes = Number(m[2]);
    if (name.includes('function names')) continue; // not shipped: wasm-opt strips it
    items.push({ bytes, name: name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '') });
    const bare = name.replace(/^<+/, '').replace(/\[[0-9a-f]+\]/g, '');
    let crate = /^([a-z_0-9]+)::/.exec(bare)?.[1] ?? (name.startsWith('data') ? 'data (.rodata: strings, tables)' : 'other');
    if (crate === 'noteworthy') crate = /serde|Serialize|Deserialize/.test(name) ? 'noteworthy (serde derives)' : `noteworthy::${bare.split('::')[1]}`;
    if (crate === 'core' || crate === 'alloc') crate = `${crate}::${bare.split('::')[1]}`;
    crates.set(crate, (crates.get(crate) ?? 0) + bytes);
  }
  out.size.twiggyNamedBuild = {
    note: 'wasm-bindgen output before wasm-opt (dist/web is this after wasm-opt -Oz, ~10% smaller); name section excluded',
    byCrate: [...crates].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([what, bytes]) => ({ bytes, what })),
    top: items.sort((a, b) => b.bytes - a.bytes).slice(0, 25),
  };
} catch (error) {
  out.size.twiggy = `twiggy failed: ${error.message}`;
}
rmSync(named, { recursive: true, force: true });

writeFileSync(join(repo, 'bench/profile.json'), JSON.stringify(out, null, 2) + '\n');
const show = (title, s) => {
  console.log(`\n${title}: ${s.busyMs} ms busy`);
  for (const g of s.groups.slice(0, 10)) console.log(`  ${(100 * g.share).toFixed(1).padStart(5)}%  ${g.what}`);
  console.log('  top functions (self):');
  for (const f of s.functions.slice(0, 15)) console.log(`  ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.what.slice(0, 110)}`);
};
console.log('named build, medians: read+score+suggest', out.analysisNamedBuildMedianMs.chain.toFixed(2), 'ms; floor', out.analysisNamedBuildMedianMs.floor.toFixed(2), 'ms');
show('readProfile x400 (full-size profile)', out.readProfile);
console.log(`\nreadProfile's DOM queries (timed one by one): ${out.readProfileSelectors.totalMsPerRead} ms per read`);
for (const c of out.readProfileSelectors.calls.slice(0, 12)) {
  console.log(`  ${c.msPerRead.toFixed(3).padStart(7)} ms  x${c.callsPerRead}  ${c.method} on ${c.on}: ${c.selector.slice(0, 90)}`);
}
show('scoreProfile + suggestNotes x400', out.scoreAndSuggest);
show('analyzePage x8 on 1,000 invitation cards', out.invitations1000);
console.log('\nsearch scaling (readSearchResults per card; one per-card descendant query vs the simple one):');
for (const s of out.searchScaling) {
  console.log(`  ${String(s.cards).padStart(5)} cards: ${s.readMsPerCard.toFixed(3)} ms/card; ".entity-result__badge-text span[aria-hidden]" ${s.descendantQueryUsPerCard} µs/card, ".entity-result__badge-text" ${s.simpleQueryUsPerCard} µs/card`);
}
for (const [title, kinds] of [['full-size profile', out.extensionProfileLoad], ['/feed/', out.extensionFeedLoad]]) {
  console.log(`\n${title} load, main thread by kind (traced, median of 5 fresh tabs, ms): with / without / added`);
  for (const [k, v] of Object.entries(kinds)) {
    console.log(`  ${v.with.toFixed(2).padStart(8)} ${v.without.toFixed(2).padStart(8)} ${v.added.toFixed(2).padStart(8)}  ${k}`);
  }
}
console.log('\nextension on 1,000 received invitations (CPU profile, inclusive ms):', JSON.stringify(out.extensionInvitations1000.inclusiveMs));
console.log('\nwasm sections (dist/web):', JSON.stringify(out.size.distSections));
if (out.size.twiggyNamedBuild) {
  console.log('size by crate (named build, before wasm-opt):');
  for (const c of out.size.twiggyNamedBuild.byCrate.slice(0, 18)) console.log(`  ${String(c.bytes).padStart(8)}  ${c.what}`);
}
console.log('\nbench/profile.json written');
