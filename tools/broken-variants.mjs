// Broken LinkedIn pages, derived in memory from every fixture page
// (tests/fixtures/*.html and the anonymized G2 capture): what the extension
// meets when LinkedIn ships new markup, an A/B test, or a half-rendered page.
// Each variant applies one or more of:
//   remove-section   whole cards/sections gone (About, Experience, the top card…)
//   rename-attrs     hooks renamed: id, data-view-name, componentkey, aria-label
//   duplicate        an element repeated (two h1, two top cards, two dialogs…)
//   empty-text       elements kept, their text emptied
//   delete-random    random subtrees deleted
// Seeded (mulberry32, per fixture and variant number), so a variant's number
// always names the same page. Nothing is written unless asked:
//   node tools/broken-variants.mjs [--per 8] [--out DIR]
//
// The small HTML tokenizer below keeps every byte it does not change, so
// serialize(parse(html)) === html; a variant is the original page with only
// the mutated parts different. The browser re-parses whatever comes out.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(root, 'tests/fixtures');
export const CAPTURE = join(root, '../shared/fixtures/captured/profile-g2-2025-09.html');

// ---- parsing and serializing, byte for byte ------------------------------------

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * A tree of { type: 'root'|'element'|'text'|'other', … }. Elements keep their
 * start tag's pieces (`name`, `attrs` [{ name, raw }], `tail`), `children`, and
 * whether the source closed them (`closed`).
 */
export function parse(html) {
  const top = { type: 'root', children: [] };
  const stack = [top];
  const current = () => stack[stack.length - 1];
  let i = 0;
  const pushText = (text) => text && current().children.push({ type: 'text', text });
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    pushText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      current().children.push({ type: 'other', text: html.slice(lt, stop) });
      i = stop;
    } else if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const stop = html.indexOf('>', lt) + 1 || html.length;
      current().children.push({ type: 'other', text: html.slice(lt, stop) });
      i = stop;
    } else if (html[lt + 1] === '/') {
      const m = /^<\/([a-zA-Z][^\s/>]*)[^>]*>/.exec(html.slice(lt, lt + 200));
      if (!m) {
        pushText('<');
        i = lt + 1;
        continue;
      }
      const name = m[1].toLowerCase();
      const at = stack.findLastIndex((n) => n.type === 'element' && n.name === name);
      if (at > 0) {
        stack[at].closed = m[0];
        stack.length = at;
      } else {
        current().children.push({ type: 'other', text: m[0] }); // a stray end tag, kept as it was
      }
      i = lt + m[0].length;
    } else if (/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      const tag = startTag(html, lt);
      const element = { type: 'element', name: tag.name, source: tag.source, attrs: tag.attrs, tail: tag.tail, children: [], closed: null };
      current().children.push(element);
      i = tag.end;
      if (RAW_TEXT.has(element.name)) {
        const close = html.toLowerCase().indexOf(`</${element.name}`, i);
        const stop = close < 0 ? html.length : close;
        pushTextTo(element, html.slice(i, stop));
        i = stop;
        const m = /^<\/[^>]*>/.exec(html.slice(i));
        if (m) {
          element.closed = m[0];
          i += m[0].length;
        }
      } else if (!VOID.has(element.name) && !tag.tail.includes('/')) {
        stack.push(element);
      }
    } else {
      pushText('<');
      i = lt + 1;
    }
  }
  return top;
}

function pushTextTo(element, text) {
  if (text) element.children.push({ type: 'text', text });
}

/** The start tag at `at`: its name, attributes (each with its exact source), and what ends it. */
function startTag(html, at) {
  const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(at, at + 100));
  const source = nameMatch[1];
  let i = at + nameMatch[0].length;
  const attrs = [];
  for (;;) {
    const m = /^(\s+)([^\s=/>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/.exec(html.slice(i, i + 20000));
    if (!m) break;
    attrs.push({ name: m[2].toLowerCase(), raw: m[0] });
    i += m[0].length;
  }
  const end = html.indexOf('>', i);
  const stop = end < 0 ? html.length : end + 1;
  return { name: source.toLowerCase(), source, attrs, tail: html.slice(i, stop), end: stop };
}

export function serialize(node) {
  switch (node.type) {
    case 'root':
      return node.children.map(serialize).join('');
    case 'text':
    case 'other':
      return node.text;
    default:
      return `<${node.source}${node.attrs.map((a) => a.raw).join('')}${node.tail}${node.children.map(serialize).join('')}${node.closed ?? ''}`;
  }
}

// ---- walking and mutating ------------------------------------------------------------

function* walk(node, parent = null) {
  for (const child of node.children ?? []) {
    yield { node: child, parent };
    if (child.type === 'element') yield* walk(child, child);
  }
}

/** Elements a page's content lives in: under <body> (a fragment has none), no scripts or styles. */
function contentElements(tree) {
  const body = [...walk(tree)].find((e) => e.node.type === 'element' && e.node.name === 'body')?.node ?? tree;
  const out = [];
  for (const entry of walk(body, body)) {
    if (entry.node.type === 'element' && !['script', 'style', 'template'].includes(entry.node.name)) out.push(entry);
  }
  return out;
}

const attr = (el, name) => el.attrs.find((a) => a.name === name);
const attrValue = (el, name) => {
  const raw = attr(el, name)?.raw;
  if (!raw) return null;
  const m = /=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(raw);
  return m ? (m[1] ?? m[2] ?? m[3]) : '';
};

const clone = (node) => structuredClone(node);

function remove({ node, parent }) {
  const list = parent.children;
  const at = list.indexOf(node);
  if (at >= 0) list.splice(at, 1);
}

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick(list) {
      return list[Math.floor(next() * list.length)];
    },
  };
}

function hash(text) {
  let h = 0x811c9dc5;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
  return h;
}

const HOOKS = ['id', 'data-view-name', 'componentkey', 'aria-label'];

/** The operators: each changes `tree` and says what it did. */
const OPERATORS = {
  'remove-section'(tree, r) {
    const sections = contentElements(tree).filter(({ node }) =>
      node.name === 'section' || attr(node, 'componentkey') || /^profile-card/.test(attrValue(node, 'data-view-name') ?? '')
      || node.name === 'main' || node.name === 'aside' || attrValue(node, 'role') === 'dialog');
    if (!sections.length) return null;
    const gone = [];
    for (let k = 1 + r.int(3); k > 0 && sections.length; k--) {
      const [pick] = sections.splice(r.int(sections.length), 1);
      remove(pick);
      gone.push(describe(pick.node));
    }
    return `removed ${gone.join(', ')}`;
  },
  'rename-attrs'(tree, r) {
    const elements = contentElements(tree);
    const present = HOOKS.filter((h) => elements.some(({ node }) => attr(node, h)));
    if (!present.length) return null;
    const hook = r.pick(present);
    const share = r.pick([1, 0.5]);
    const having = elements.map(({ node }) => attr(node, hook)).filter(Boolean);
    let chosen = having.filter(() => r.next() < share);
    if (!chosen.length) chosen = [r.pick(having)];
    for (const a of chosen) {
      a.raw = a.raw.replace(/^(\s+)[^\s=]+/, `$1data-renamed-${hook}`);
      a.name = `data-renamed-${hook}`;
    }
    return `renamed ${chosen.length} of ${having.length} × ${hook}`;
  },
  duplicate(tree, r) {
    const candidates = contentElements(tree).filter(({ node }) =>
      ['h1', 'h2', 'section', 'main', 'li', 'button', 'a', 'p'].includes(node.name) || attrValue(node, 'role') === 'dialog');
    if (!candidates.length) return null;
    const n = 1 + r.int(3);
    const done = [];
    for (let k = 0; k < n; k++) {
      const { node, parent } = r.pick(candidates);
      const at = parent.children.indexOf(node);
      if (at < 0) continue;
      parent.children.splice(at + 1, 0, clone(node));
      done.push(describe(node));
    }
    return `duplicated ${done.join(', ')}`;
  },
  'empty-text'(tree, r) {
    const candidates = contentElements(tree).filter(({ node }) =>
      ['h1', 'h2', 'h3', 'p', 'span', 'a', 'button', 'strong', 'li', 'textarea'].includes(node.name));
    if (!candidates.length) return null;
    const n = 3 + r.int(25);
    for (let k = 0; k < n; k++) {
      for (const { node } of walk(r.pick(candidates).node)) if (node.type === 'text') node.text = '';
    }
    // The document title too, now and then: readers fall back on it.
    if (r.next() < 0.5) {
      const title = [...walk(tree)].find((e) => e.node.type === 'element' && e.node.name === 'title')?.node;
      if (title) title.children = [];
    }
    return `emptied the text of ${n} elements`;
  },
  'delete-random'(tree, r) {
    const n = 1 + r.int(8);
    const gone = [];
    for (let k = 0; k < n; k++) {
      const all = contentElements(tree);
      if (!all.length) break;
      // Half the time a subtree with some content, not just an icon's <path>.
      const big = all.filter(({ node }) => [...walk(node)].length >= 8);
      const pick = r.pick(big.length && r.next() < 0.5 ? big : all);
      remove(pick);
      gone.push(describe(pick.node));
    }
    return `deleted ${gone.join(', ')}`;
  },
};
export const KINDS = Object.keys(OPERATORS);

function describe(el) {
  const id = attrValue(el, 'id');
  const key = attrValue(el, 'componentkey') ?? attrValue(el, 'data-view-name');
  return `<${el.name}${id ? `#${id}` : ''}${key ? `[${key.slice(-40)}]` : ''}>`;
}

/**
 * `count` broken variants of `html`: number k applies one operator (cycling
 * through them) for k < 5, and two or three mixed operators after.
 */
export function variantsOf(html, { name, count = 8 } = {}) {
  const out = [];
  for (let k = 0; k < count; k++) {
    const r = rng(hash(`${name}#${k}`));
    const tree = parse(html);
    const kinds = k < KINDS.length ? [KINDS[k]] : Array.from({ length: 2 + r.int(2) }, () => r.pick(KINDS));
    const applied = [];
    for (const kind of kinds) {
      const what = OPERATORS[kind](tree, r);
      if (what) applied.push(`${kind}: ${what}`);
    }
    out.push({ name, number: k, kinds, applied, html: serialize(tree) });
  }
  return out;
}

/** Every fixture page the variants come from: { name, url, html, capture }. */
export function sourcePages() {
  const index = JSON.parse(readFileSync(join(FIXTURES_DIR, 'index.json'), 'utf8'));
  const pages = readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const entry = index.find((e) => e.file === file);
      if (!entry) throw new Error(`${file} is not in tests/fixtures/index.json`);
      return { name: file, url: entry.url, kind: entry.kind, html: readFileSync(join(FIXTURES_DIR, file), 'utf8'), capture: false };
    });
  const expected = JSON.parse(readFileSync(CAPTURE.replace(/\.html$/, '.expected.json'), 'utf8'));
  pages.push({ name: 'captured/profile-g2-2025-09.html', url: expected.url, kind: 'profile', html: readFileSync(CAPTURE, 'utf8'), capture: true, title: `${expected.name} | LinkedIn` });
  return pages;
}

/** `per` variants of every source page, in a stable order. */
export function allVariants({ per = 8 } = {}) {
  return sourcePages().flatMap((page) => variantsOf(page.html, { name: page.name, count: per }).map((v) => ({ ...v, page })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (flag, fallback) => {
    const at = process.argv.indexOf(flag);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const per = Number(arg('--per', 8));
  const out = arg('--out', null);
  for (const page of sourcePages()) {
    if (serialize(parse(page.html)) !== page.html) throw new Error(`${page.name} does not round-trip`);
  }
  const variants = allVariants({ per });
  for (const v of variants) {
    console.log(`${v.name} #${v.number}  ${v.applied.join('; ') || '(unchanged)'}`);
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${v.name.replace(/[/]/g, '_').replace(/\.html$/, '')}--${v.number}.html`), v.html);
    }
  }
  console.log(`${variants.length} variants of ${variants.length / per} pages`);
}
