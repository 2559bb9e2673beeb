// Profiles written by hostile strangers (tests/fixtures/hostile/): script and
// markup payloads, bidi overrides, zero-width and ZWJ characters,
// 10,000-character fields and unbroken words, in G2 and G3 markup. Whatever
// a member writes, the extension shows it as text, runs none of it, keeps
// the badge and panel inside their boxes and the viewport, keeps every
// suggestion within the note limit, and the page sees no error.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { eventually, extensionRoots, extensionUi, launch, setStorage } from './browser.mjs';
import { ownFixtures, servePage } from './pages.mjs';
import { startServer } from './server.mjs';

const hostileDir = join(ownFixtures, 'hostile');
const fixtures = JSON.parse(readFileSync(join(hostileDir, 'index.json'), 'utf8'));

/** A "me" who worked at every hostile profile's company: reasons and notes then cite those names. */
const me = {
  url: 'https://www.linkedin.com/in/sam-rivera-example/',
  isSelf: true,
  name: 'Sam Rivera',
  firstName: 'Sam',
  headline: 'Engineering Manager',
  language: 'en',
  experience: fixtures.map((f) => ({ title: 'Engineer', company: f.currentCompany, start: 'Jan 2018', end: null })),
};

/** The tags and attributes the renderer creates; anything else came from a payload. */
const OUR_TAGS = new Set(['DIV', 'SPAN', 'P', 'H2', 'UL', 'LI', 'BUTTON']);
const OUR_ATTRIBUTES = new Set(['class', 'role', 'tabindex', 'aria-expanded', 'aria-label', 'title', 'type', 'style']);
const NOTE_LIMIT = 200; // LinkedIn's free-account limit, the default setting

let server;
let browser;
before(async () => {
  server = await startServer();
  for (const f of fixtures) {
    server.pages.set(new URL(f.url).pathname, { html: servePage(readFileSync(join(hostileDir, f.file), 'utf8')) });
  }
  browser = await launch(server);
  await setStorage(browser, { local: { me } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** How UiNode.text and a reader see text: whitespace runs collapsed (JS's \s). */
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** Every node of our closed shadow roots: elements and text, with their CDP ids. */
function nodesOf(root) {
  const out = [];
  const walk = (node, inClip) => {
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const attrs = {};
      for (let i = 0; i < (child.attributes ?? []).length; i += 2) attrs[child.attributes[i]] = child.attributes[i + 1];
      const clip = inClip || (attrs.class ?? '').split(/\s+/).includes('clip');
      out.push({ node: child, attrs, inClip: clip });
      if (child.nodeName !== 'STYLE') walk(child, clip);
    }
  };
  walk(root.node, false);
  return out;
}

/** [left, right] of a node's border box (elements) or of its line boxes (text). */
async function horizontalExtent(cdp, node) {
  if (node.nodeType === 3) {
    const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId: node.backendNodeId });
    if (!quads.length) return null;
    const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
    return [Math.min(...xs), Math.max(...xs)];
  }
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
  const [x1, , x2] = model.border;
  return [x1, x2];
}

/** Opens `fixture`, waits for the badge and opens the panel; returns what a user and the page see. */
async function visit(fixture) {
  const { page } = browser;
  const errors = [];
  const onError = (e) => errors.push(e.message);
  page.on('pageerror', onError);
  try {
    await page.goto(fixture.url);
    const ui = extensionUi(page);
    const badge = await ui.waitFor('badge', { timeout: 15000 });
    await badge.click(page);
    await ui.waitFor('panel');
    await eventually(async () => (await ui.find('panel'))?.findAll((n) => n.classes.includes('suggestion')).length > 0, {
      what: 'suggestions in the panel',
    });
    await page.waitForTimeout(300); // anything a payload could trigger (onerror, onload) has fired
    return { page, ui, errors };
  } finally {
    page.off('pageerror', onError);
  }
}

for (const fixture of fixtures) {
  test(`${fixture.file}: everything shown is text, nothing runs, nothing overflows, notes fit`, async () => {
    const { page, errors } = await visit(fixture);
    const roots = await extensionRoots(page);
    try {
      assert.equal(roots.length, 1, 'one host: the badge and its panel');
      const [root] = roots;
      const nodes = nodesOf(root);

      // Only our own elements and attributes: no <img>, <script>, <svg>, <a>, no on* handler.
      for (const { node, attrs } of nodes.filter((n) => n.node.nodeType === 1)) {
        assert.ok(OUR_TAGS.has(node.nodeName), `<${node.nodeName.toLowerCase()}> in our UI`);
        for (const name of Object.keys(attrs)) assert.ok(OUR_ATTRIBUTES.has(name), `attribute ${name} on <${node.nodeName}>`);
      }

      // The payloads are there, as text.
      const badge = root.byClass('badge');
      assert.equal(badge.byClass('name').text, collapse(fixture.name));
      const panel = root.byClass('panel');
      const notes = panel.findAll((n) => n.classes.includes('note')).map((n) => n.text);
      assert.ok(notes.length >= 3, `${notes.length} suggestions`);
      if (/[<>{]/.test(fixture.name)) {
        assert.match(badge.attributes['aria-label'], /<|\{/, 'the payload in the label, verbatim');
      }
      if (/[<>{]/.test(fixture.headline)) assert.equal(panel.findAll((n) => n.classes.includes('muted'))[0].text, collapse(fixture.headline));

      // Nothing ran, in the page or anywhere it could reach.
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(errors, []);
      assert.deepEqual(await page.evaluate(() => window.__sim.errors), []);

      // Suggestions within LinkedIn's note limit, counted as the textarea does (UTF-16 units).
      for (const note of notes) assert.ok(note.length <= NOTE_LIMIT, `${note.length} > ${NOTE_LIMIT}: ${note.slice(0, 80)}…`);

      // Boxes: the badge and the panel inside the viewport and their own max widths;
      // every line of text inside its box (the name is clipped with an ellipsis).
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const [bl, br] = await horizontalExtent(root.cdp, badge.node);
      const [pl, pr] = await horizontalExtent(root.cdp, panel.node);
      assert.ok(bl >= 0 && br <= width, `badge ${bl}..${br} outside 0..${width}`);
      assert.ok(pl >= 0 && pr <= width, `panel ${pl}..${pr} outside 0..${width}`);
      assert.ok(br - bl <= 300.5, `badge ${br - bl}px wide (max 300)`);
      assert.ok(pr - pl <= 340.5, `panel ${pr - pl}px wide (340)`);
      const inside = (box, [l, r]) => l >= box[0] - 0.5 && r <= box[1] + 0.5;
      const within = (id) => {
        const badgeIds = new Set(nodesOf(badge).map((n) => n.node.backendNodeId));
        return badgeIds.has(id) ? [bl, br] : [pl, pr];
      };
      for (const { node, inClip } of nodes) {
        if (node.nodeName === 'STYLE' || (inClip && node.nodeType === 3)) continue;
        if (node.nodeType === 3 && !node.nodeValue.trim()) continue;
        const extent = await horizontalExtent(root.cdp, node);
        if (!extent) continue;
        const box = within(node.backendNodeId);
        const what = node.nodeType === 3 ? `text ${JSON.stringify(node.nodeValue.slice(0, 40))}` : `<${node.nodeName}>`;
        assert.ok(inside(box, extent), `${what} at ${extent.map(Math.round)} overflows its box ${box.map(Math.round)}`);
      }
    } finally {
      await Promise.all(roots.map((r) => r.detach()));
    }
  });
}

test('a bidi override in a member\'s text does not reorder our own words (a reason\'s points)', async () => {
  const moved = [];
  for (const fixture of fixtures) {
    const { page } = await visit(fixture);
    const [root] = await extensionRoots(page);
    try {
      for (const li of root.byClass('panel').findAll((n) => n.node.nodeName === 'LI')) {
        const points = li.byClass('points');
        const text = li.node.children.find((c) => c.nodeType === 3) ?? li.byClass('reason')?.node.children?.[0];
        if (!points || !text) continue;
        const { model } = await root.cdp.send('DOM.getBoxModel', { backendNodeId: points.node.backendNodeId });
        const [left, top, , , , bottom] = model.border;
        const { quads } = await root.cdp.send('DOM.getContentQuads', { backendNodeId: text.backendNodeId });
        // On the points' own line, every piece of the sentence comes before them.
        const sameLine = quads.filter((q) => q[1] < bottom && q[5] > top);
        if (sameLine.some((q) => Math.max(q[0], q[2]) > left + 0.5)) moved.push(`${fixture.file}: ${li.text.slice(0, 60)}`);
      }
    } finally {
      await root.detach();
    }
  }
  assert.deepEqual(moved, []);
});

test('a huge headline does not push the reasons and suggestions out of the panel\'s first screen', async () => {
  const buried = [];
  for (const fixture of fixtures) {
    const { page } = await visit(fixture);
    const [root] = await extensionRoots(page);
    try {
      const panel = root.byClass('panel');
      const heading = panel.findAll((n) => n.node.nodeName === 'H2')[0];
      const box = async (n) => (await root.cdp.send('DOM.getBoxModel', { backendNodeId: n.node.backendNodeId })).model.border;
      const [, panelTop, , , , panelBottom] = await box(panel);
      const [, headingTop] = await box(heading);
      if (headingTop > panelTop + (panelBottom - panelTop) / 2) buried.push(`${fixture.file}: "${heading.text}" at ${Math.round(headingTop - panelTop)}px`);
    } finally {
      await root.detach();
    }
  }
  assert.deepEqual(buried, []);
});
