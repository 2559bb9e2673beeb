// Runs inside a benchmark page (served by bench/run.mjs at a LinkedIn address,
// cross-origin isolated so performance.now() has 5 µs resolution). Imports
// the playground build (dist/web) the way any page would.

import init, * as nw from './noteworthy.js';
import { readProfileFloor } from './floor.js';

let ready = null;
export const load = () => (ready ??= init({ module_or_path: new URL('./noteworthy_bg.wasm', import.meta.url) }));

const now = () => performance.now();

/** Times `fn` once, in ms. */
function time(fn) {
  const t0 = now();
  const out = fn();
  return [now() - t0, out];
}

/**
 * The analysis loop on the profile this page shows: readProfile +
 * scoreProfile + suggestNotes (and each part), analyzePage (what the content
 * script calls), and the hand-written JS floor, interleaved so drift and GC
 * hit all of them alike; the order alternates every iteration.
 */
export async function analysis({ iterations, warmup, me, settings, context }) {
  await load();
  const url = location.href.split('?')[0];
  const t = { chain: [], read: [], score: [], suggest: [], floor: [], analyzePage: [] };
  const wasmChain = () => {
    const [read, profile] = time(() => nw.readProfile(document, url));
    const [score] = time(() => nw.scoreProfile(profile, me, settings));
    const [suggest] = time(() => nw.suggestNotes(profile, me, settings));
    return { read, score, suggest, chain: read + score + suggest };
  };
  const floor = () => time(() => readProfileFloor(document, url))[0];
  const page = () => time(() => nw.analyzePage(document, url, context))[0];
  for (let i = 0; i < warmup + iterations; i += 1) {
    const steps = [
      () => wasmChain(),
      () => ({ floor: floor() }),
      () => ({ analyzePage: page() }),
    ];
    if (i % 2) steps.reverse();
    for (const step of steps) {
      const got = step();
      if (i < warmup) continue;
      for (const [key, value] of Object.entries(got)) t[key].push(value);
    }
  }
  const profile = nw.readProfile(document, url);
  return {
    times: t,
    profile,
    floorProfile: readProfileFloor(document, url),
    score: nw.scoreProfile(profile, me, settings),
    suggestions: nw.suggestNotes(profile, me, settings).length,
    elements: document.getElementsByTagName('*').length,
    isolated: globalThis.crossOriginIsolated,
  };
}

/**
 * analyzePage on lists of every size in this one page, each size's <body>
 * put in turn where the page's is (`bodies`: size → the page's HTML at that
 * size; `order`: the sizes, visit by visit): one wasm instance, in the same
 * tier and heap for every size, so that the sizes' times differ by their
 * cards alone. A first visit on the largest is not timed (the wasm's code
 * moves up V8's tiers there). Returns each size's times.
 */
export async function listSizes({ bodies, order, iterations, warmup, context }) {
  await load();
  const url = location.href;
  const parsed = Object.fromEntries(Object.entries(bodies).map(([n, html]) => [n, new DOMParser().parseFromString(html, 'text/html').body]));
  const times = Object.fromEntries(Object.keys(bodies).map((n) => [n, []]));
  const largest = Math.max(...Object.keys(bodies).map(Number));
  const cards = {};
  for (const [visit, n] of [largest, ...order].entries()) {
    document.body.replaceWith(parsed[n].cloneNode(true));
    for (let i = 0; i < warmup[n] + iterations[n]; i += 1) {
      const [a, view] = time(() => nw.analyzePage(document, url, context));
      if (visit > 0 && i >= warmup[n]) times[n].push(a);
      cards[n] = view.cards.length;
    }
  }
  return { times, cards };
}

/** analyzePage on a list page (search or invitations), and the readers alone. */
export async function lists({ iterations, warmup, context, kind }) {
  await load();
  const url = location.href;
  const reader = kind === 'search' ? nw.readSearchResults : nw.readInvitations;
  const t = { analyzePage: [], read: [] };
  for (let i = 0; i < warmup + iterations; i += 1) {
    const [a] = time(() => nw.analyzePage(document, url, context));
    const [r] = time(() => reader(document));
    if (i >= warmup) {
      t.analyzePage.push(a);
      t.read.push(r);
    }
  }
  const view = nw.analyzePage(document, url, context);
  return { times: t, cards: view.cards.length, scored: view.cards.filter((c) => c.value != null).length,
    elements: document.getElementsByTagName('*').length };
}
