// Profiles and lists are read in the extension's own context from the parts
// of the page that content/snapshot.js hands over, not from the page itself:
// both readings must be the same, on every profile and list we have, and the
// parts must be what a reader of unknown markup needs (all of the page).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launch } from './browser.mjs';
import { captured, capturedProfile, ownFixture, ownFixtures, repo, servePage } from './pages.mjs';
import { startServer } from './server.mjs';

const SNAPSHOT_JS = readFileSync(join(repo, 'extension/content/snapshot.js'), 'utf8');
const ANALYSIS_JS = readFileSync(join(repo, 'extension/shared/snapshot-analysis.js'), 'utf8');
const ASSETS = {
  'noteworthy.js': ['text/javascript', join(repo, 'dist/web/noteworthy.js')],
  'noteworthy_bg.wasm': ['application/wasm', join(repo, 'dist/web/noteworthy_bg.wasm')],
};

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch(server, { extension: false });
  // dist/web at LinkedIn's address: the page's CSP lets its own scripts and wasm run.
  await browser.context.route(/^https:\/\/www\.linkedin\.com\/nw-test\//, (route) => {
    const [type, file] = ASSETS[new URL(route.request().url()).pathname.split('/').pop()];
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
});
after(async () => {
  await browser.close();
  await server.close();
});

/**
 * The page's reading and the reading of its snapshot, by the same wasm, in
 * the page: a profile's parts read as a profile, a list's as its cards.
 */
async function readBothWays(fixture, prepare = () => {}) {
  server.pages.set(fixture.path, { html: fixture.html });
  const page = await browser.context.newPage();
  try {
    await page.goto(fixture.url);
    await page.evaluate(prepare);
    return await page.evaluate(async (snapshotJs) => {
      const nwSnapshot = new Function(`${snapshotJs}; return nwSnapshot;`)();
      const nw = await import('/nw-test/noteworthy.js');
      await nw.default({ module_or_path: '/nw-test/noteworthy_bg.wasm' });
      const path = location.pathname;
      const [parts, read] = path.startsWith('/in/') ? [nwSnapshot.profile, (doc) => nw.readProfile(doc, location.href)]
        : path.startsWith('/search/') ? [nwSnapshot.list, (doc) => nw.readSearchResults(doc)]
        : [nwSnapshot.list, (doc) => nw.readInvitations(doc)];
      const { html } = parts(document);
      const parsed = Document.parseHTMLUnsafe(html);
      return {
        ascii: /^[\x00-\x7f]*$/.test(html),
        page: JSON.stringify(read(document)),
        snapshot: JSON.stringify(read(parsed)),
        wholePage: html.length >= document.body.innerHTML.length,
      };
    }, SNAPSHOT_JS);
  } finally {
    await page.close();
  }
}

const index = JSON.parse(readFileSync(join(ownFixtures, 'index.json'), 'utf8'));
const profiles = [capturedProfile(), ...index.filter((e) => e.file.startsWith('profile-')).map((e) => ownFixture(e.file))];

test('every profile reads the same from its parts as from the page', async () => {
  assert.ok(profiles.length >= 15, 'all profile fixtures');
  for (const fixture of profiles) {
    const read = await readBothWays(fixture);
    assert.equal(read.snapshot, read.page, fixture.file ?? 'the capture');
    assert.ok(!read.wholePage, `${fixture.file ?? 'the capture'}: only its parts`);
    assert.ok(read.ascii, `${fixture.file ?? 'the capture'}: handed over as ASCII`);
  }
});

/** The two captured people searches (no <main> in the capture), at a search address. */
const capturedSearches = ['search-people-2024-01', 'search-people-2025-01'].map((name, i) => ({
  file: `${name}.html`,
  url: `https://www.linkedin.com/search/results/people/?keywords=captured-${i}`,
  path: '/search/results/people/',
  html: servePage(readFileSync(join(captured, `${name}.html`), 'utf8'), { title: 'Search | LinkedIn' }),
  expected: JSON.parse(readFileSync(join(captured, `${name}.expected.json`), 'utf8')),
}));
const lists = [...index.filter((e) => /^(search|invitations)-/.test(e.file)).map((e) => ownFixture(e.file)), ...capturedSearches];

test('every list reads the same cards from its part as from the page: only <main> where it has one', async () => {
  assert.ok(lists.length >= 5, 'all list fixtures');
  for (const fixture of lists) {
    const read = await readBothWays(fixture);
    assert.equal(read.snapshot, read.page, fixture.file);
    assert.equal(JSON.parse(read.page).length, fixture.expected.length, `${fixture.file}: every card`);
    assert.equal(read.wholePage, !fixture.html.includes('<main'), `${fixture.file}: the part, or all of a page without <main>`);
    if (!read.wholePage) assert.ok(read.ascii, `${fixture.file}: handed over as ASCII`);
  }
});

test('a list that grows: what LinkedIn appended, added to the part the extension has, reads as the page; any other change sends it whole', async () => {
  const grown = lists.filter((fixture) => fixture.html.includes('<main'));
  assert.ok(grown.length >= 3, 'the list fixtures with <main>');
  for (const fixture of grown) {
    server.pages.set(fixture.path, { html: fixture.html });
    const page = await browser.context.newPage();
    try {
      await page.goto(fixture.url);
      const read = await page.evaluate(async (snapshotJs) => {
        const nwSnapshot = new Function(`${snapshotJs}; return nwSnapshot;`)();
        const nw = await import('/nw-test/noteworthy.js');
        await nw.default({ module_or_path: '/nw-test/noteworthy_bg.wasm' });
        const read = location.pathname.startsWith('/search/') ? nw.readSearchResults : nw.readInvitations;
        const parsed = Document.parseHTMLUnsafe(nwSnapshot.list(document).html);
        const follower = nwSnapshot.followList(document, () => false);
        // LinkedIn appends two more cards (other people) to the list: the element with the most children.
        const list = [...document.querySelector('main').querySelectorAll('*')].reduce((a, b) => (b.childElementCount > a.childElementCount ? b : a));
        const more = [...list.children].slice(-2).map((card) => card.outerHTML.replaceAll('/in/', '/in/grown-')).join('');
        list.insertAdjacentHTML('beforeend', more);
        const appended = follower.appended();
        const applied = Boolean(appended) && nwSnapshot.append(parsed, appended);
        const readings = { page: JSON.stringify(read(document)), snapshot: JSON.stringify(read(parsed)) };
        // Then it changes a card already handed over.
        list.firstElementChild.querySelector('a, span').append(' (edited)');
        return {
          applied,
          share: appended ? appended.html.length / document.querySelector('main').outerHTML.length : 1,
          ...readings,
          afterChange: follower.appended(),
        };
      }, SNAPSHOT_JS);
      assert.ok(read.applied, `${fixture.file}: the appended cards go alone`);
      assert.ok(read.share < 0.5, `${fixture.file}: only they (${read.share.toFixed(2)} of the part)`);
      assert.equal(JSON.parse(read.page).length, fixture.expected.length + 2, `${fixture.file}: two cards more`);
      assert.equal(read.snapshot, read.page, fixture.file);
      assert.equal(read.afterChange, null, `${fixture.file}: a changed card sends the list whole`);
    } finally {
      await page.close();
    }
  }
});

test('a list read again after LinkedIn appended cards: only the new cards\' views come back, and with the ones the page holds they are the whole view', async () => {
  const fixture = ownFixture('invitations-g2-received.html');
  server.pages.set(fixture.path, { html: fixture.html });
  const page = await browser.context.newPage();
  try {
    await page.goto(fixture.url);
    const got = await page.evaluate(async ([snapshotJs, analysisJs]) => {
      const nw = await import('/nw-test/noteworthy.js');
      await nw.default({ module_or_path: '/nw-test/noteworthy_bg.wasm' });
      // The extension's side (snapshot-analysis.js), with this page's wasm as its own.
      const { nwSnapshot, nwAnalyzeSnapshot } = new Function('nwStartWasm', `${snapshotJs}; ${analysisJs}; return { nwSnapshot, nwAnalyzeSnapshot };`)(async () => nw);
      const url = location.href;
      const context = { me: { name: 'Sam Rivera', experience: [{ title: 'Engineer', company: 'Kestrel Data' }] } };
      const list = document.querySelector('li.invitation-card').parentElement;
      const appendTwo = (prefix) => {
        const more = [...list.children].slice(-2).map((card) => card.outerHTML.replaceAll('/in/', `/in/${prefix}-`)).join('');
        list.insertAdjacentHTML('beforeend', more);
      };
      const follower = nwSnapshot.followList(document, () => false);
      const whole = await nwAnalyzeSnapshot({ op: 'page', url, context, base: 'b', html: nwSnapshot.list(document).html });
      appendTwo('grown');
      const grown = await nwAnalyzeSnapshot({ op: 'page', url, context, base: 'b', appended: follower.appended() });
      const pageView = nw.analyzePage(document, url, context);
      // The user changes a setting: every card may read otherwise, all of them come back.
      appendTwo('again');
      const changed = { ...context, guard: { enabled: true, threshold: 10 }, settings: { goals: ['hiring'] } };
      const again = await nwAnalyzeSnapshot({ op: 'page', url, context: changed, base: 'b', appended: follower.appended() });
      return {
        whole: { kept: whole.cardsKept, cards: whole.result.cards.length },
        grown: { kept: grown.cardsKept, cards: grown.result.cards.length },
        merged: JSON.stringify({ ...grown.result, cards: whole.result.cards.concat(grown.result.cards) }),
        pageView: JSON.stringify(pageView),
        again: { kept: again.cardsKept, cards: again.result.cards.length },
        againPage: JSON.stringify(nw.analyzePage(document, url, changed)),
        againView: JSON.stringify(again.result),
      };
    }, [SNAPSHOT_JS, ANALYSIS_JS]);
    const cards = JSON.parse(got.pageView).cards.length;
    assert.equal(cards, fixture.expected.length + 2);
    assert.deepEqual(got.whole, { kept: undefined, cards: cards - 2 }, 'the first reading: all of it');
    assert.deepEqual(got.grown, { kept: cards - 2, cards: 2 }, 'then only the two new cards');
    assert.equal(got.merged, got.pageView, 'the cards the page holds and the new ones: the page\'s own view');
    assert.deepEqual(got.again, { kept: undefined, cards: cards + 2 }, 'another context: every card again');
    assert.equal(got.againView, got.againPage);
  } finally {
    await page.close();
  }
});

test('what the reader finds outside <main> comes with the parts: contact info, menus', async () => {
  const fixture = capturedProfile();
  // LinkedIn opens these at the end of <body>: an overlay with a website, and a "More" menu.
  const read = await readBothWays(fixture, () => {
    const outlet = document.createElement('div');
    outlet.id = 'artdeco-modal-outlet';
    outlet.innerHTML = '<section class="pv-contact-info"><a href="https://blog.example.org/">Blog</a></section>';
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.innerHTML = '<a href="/preload/custom-invite/?vanityName=nobody-else">Connect</a>';
    document.body.append(outlet, menu);
  });
  assert.equal(read.snapshot, read.page);
  assert.match(read.page, /blog\.example\.org/, 'the overlay is read');
});

test('a top card outside <main> is markup we do not know: the whole page is read', async () => {
  const fixture = capturedProfile();
  const read = await readBothWays(fixture, () => {
    const main = document.querySelector('main');
    const wrapper = document.createElement('div');
    wrapper.append(...main.childNodes);
    main.replaceWith(wrapper);
    document.body.prepend(document.createElement('main'));
  });
  assert.equal(read.snapshot, read.page);
  assert.ok(read.wholePage);
  assert.match(read.page, new RegExp(fixture.expected.name));
});

test('text the parser takes as written (a script in <main>) is handed over as written', async () => {
  const fixture = ownFixture('profile-g2-fr.html');
  const read = await readBothWays(fixture, () => {
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = '{"ville":"Montréal"}';
    document.querySelector('main').append(data);
  });
  assert.equal(read.snapshot, read.page);
  assert.ok(!read.ascii, 'not rewritten: a character reference would stay as written in a script');
});
