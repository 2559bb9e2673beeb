// Pages the benchmark loads, generated from the project's fixtures and the
// real G2 capture. Every person, company and post text made up here is
// fictional (seeded generator, same output on every run).
//
//   fullProfile()        the captured G2 profile fragment inside a whole LinkedIn
//                        document (global nav, aside cards, feed posts, messaging
//                        overlay, footer): ~10,000 elements, like a real profile page
//   feedPage()           /feed/: the same surroundings, no profile (idle check)
//   invitationsPage(n)   received invitations with n cards (G2 fixture card markup)
//   searchPage(n)        people search with n results (G3 2026 fixture card markup)
//   navProfiles()        profile pages for the long in-app session (fixtures + full size)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { captured, ownFixtures, servePage } from '../tests/e2e/pages.mjs';

const read = (path) => readFileSync(path, 'utf8');
const fixture = (file) => read(join(ownFixtures, file));
const index = () => JSON.parse(fixture('index.json'));

// ---- fictional people ----------------------------------------------------

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alba', 'Bastien', 'Caio', 'Dagny', 'Eero', 'Fenna', 'Göran', 'Hiroko', 'Ilse', 'Jovan', 'Kalani',
  'Lior', 'Maëlys', 'Nkem', 'Oskar', 'Paz', 'Quillon', 'Rasmus', 'Saoirse', 'Tariq', 'Ulla', 'Vesna', 'Wendell',
  'Xiadani', 'Yusra', 'Zoltan', 'Amara', 'Birgit', 'Cosmin', 'Delphine', 'Emeka', 'Fiorella', 'Gunnar', 'Hana'];
const LAST = ['Abernethy', 'Brookvale', 'Castellane', 'Dunmore', 'Eskelinen', 'Fairweather', 'Grünwald', 'Halloran',
  'Ingleby', 'Jaramillo', 'Kettering', 'Lindqvist', 'Marchbank', 'Nakashima-Orr', 'Ostrander', 'Pellworth',
  'Quenneville', 'Rosewarne', 'Sandoval-Imre', 'Thistlewood', 'Umberfield', 'Vantongeren', 'Whitlock', 'Yarrowby'];
const COMPANIES = ['Lumora Electronics', 'Kestrel Data', 'Brightpath Solutions', 'Northwind Labs', 'Ampliva Energy',
  'Cobaltfern', 'Fjordlight Systems', 'Tidewater Robotics', 'Quillfeather Talent', 'Ledgerlark', 'Pinecrest Media'];
const ROLES = ['Hardware Engineer', 'Product Designer', 'Data Scientist', 'Engineering Manager', 'Firmware Developer',
  'Recruiter', 'Solutions Architect', 'Marketing Lead', 'QA Engineer', 'Site Reliability Engineer', 'Founder'];
const PLACES = ['Hyderabad, Telangana, India', 'Lisbon, Portugal', 'Oslo, Norway', 'Austin, Texas, United States',
  'Munich, Bavaria, Germany', 'Nairobi, Kenya', 'Montréal, Quebec, Canada', 'Seoul, South Korea'];
const WORDS = ('signal board bring-up layout review thermal margin prototype tooling release schedule customer ' +
  'field team hiring mentoring conference lessons shipping quality firmware sensor power budget design system ' +
  'research interview roadmap kickoff retrospective community workshop test bench yield supplier').split(' ');

export function people(seed = 1) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let n = 0;
  return () => {
    n += 1;
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const slug = `${first}-${last}`.normalize('NFD').replace(/[^A-Za-z-]/g, '').toLowerCase() + `-${(n * 7919).toString(16)}`;
    const company = pick(COMPANIES);
    const sentence = (k) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
    return {
      n, first, name, slug, company, place: pick(PLACES), headline: `${pick(ROLES)} at ${company}`,
      degree: pick(['1st', '2nd', '3rd']), sentence, count: (max) => 1 + Math.floor(random() * max),
    };
  };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const icon = (name, size = 16) =>
  `<svg role="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" data-supported-dps="${size}x${size}" data-test-icon="${name}">\n<!---->    \n    <use href="#${name}" width="${size}" height="${size}"></use>\n</svg>`;
const twin = (text) =>
  `<span aria-hidden="true"><!---->${esc(text)}<!----></span><span class="visually-hidden"><!---->${esc(text)}<!----></span>`;
const img = (alt, cls = 'EntityPhoto-circle-3') =>
  `<img width="48" src="https://static.licdn.com/aero-v1/sc/h/placeholder" loading="lazy" height="48" alt="${esc(alt)}" class="ivm-view-attr__img--centered ${cls} evi-image lazy-image ember-view">`;

// ---- LinkedIn's surroundings, from the fixtures ---------------------------

const INVITATIONS = 'invitations-g2-received.html';

/** The global nav header and the compact footer of the G2 invitations fixture. */
function chrome() {
  const html = fixture(INVITATIONS);
  const slice = (start, end) => {
    const from = html.indexOf(start);
    return html.slice(from, html.indexOf(end, from) + end.length);
  };
  return {
    nav: slice('<header id="global-nav"', '</header>'),
    footer: slice('<footer class="global-footer-compact"', '</footer>'),
  };
}

/** An aside card of people ("People also viewed"), as in the capture's aside. */
function peopleCard(title, persons) {
  const items = persons.map((p) => `
            <li class="artdeco-list__item OhIkZIVOPVYvyeBOKipHCuUrcVGbjoEik">
    <div class="xfogAhyEgfsoSXbSnmPhXpnWyEJFsBVfdTmis kTjsvJTxBqXDEkwRuQjnpFwDjUKfTzA">
      <div><a data-field="browsemap_card_click" class="optional-action-target-wrapper display-flex" target="_self" href="https://www.linkedin.com/in/${p.slug}">
    <div class="ivm-image-view-model pvs-entity__image"><div class="ivm-view-attr__img-wrapper">${img(p.name)}</div></div></a></div>
      <div class="display-flex flex-column align-self-center flex-grow-1">
        <div class="display-flex flex-row justify-space-between">
        <a data-field="browsemap_card_click" class="optional-action-target-wrapper display-flex flex-column full-width" target="_self" href="https://www.linkedin.com/in/${p.slug}">
            <div class="display-flex flex-wrap align-items-center full-height"><div class="display-flex"><div class="display-flex full-width">
          <div class="display-flex align-items-center mr1 hoverable-link-text t-bold">${twin(p.name)}</div></div></div>
                <span class="pvs-entity__supplementary-info t-14 t-black--light t-normal mr1"><span aria-hidden="true"><!---->· ${p.degree}<!----></span><span class="visually-hidden"><!---->${p.degree} degree connection<!----></span></span></div>
    <div class="display-flex"><div class="display-flex full-width"><div class="t-14 t-normal display-flex align-items-center" dir="ltr">
    <div class="IdnWMVUysOalzPUojLvpTmxeXGfnteFWMcNKo inline-show-more-text--is-collapsed full-width" style="-webkit-line-clamp:2;" dir="ltr" tabindex="-1">${twin(p.headline)}</div></div></div></div></a>
        </div>
    <div class="hndwanEqGWZNWCCFTkDLVOnIuFmvmyxlKgg pvs-entity__sub-components"><ul class="BNmdcVeyxiyveGzZKtEZIBqTSHgXsXIogSCPE"><li>
        <div class="pv-action pv-action__padding"><button aria-label="Invite ${esc(p.name)} to connect" class="artdeco-button artdeco-button--2 artdeco-button--secondary ember-view">${icon('connect-small')}
<span class="artdeco-button__text">Connect</span></button></div></li></ul></div>
      </div></div>
            </li>`).join('');
  return `
          <section class="artdeco-card pv-profile-card break-words mt2" tabindex="-1" data-view-name="profile-card">
    <div class="XQFIsYYYnRlhtObejzXFhyKGwKlAtyBZqkvpY"><div class="pvs-header__top-container--no-stack"><div class="pvs-header__left-container--stack">
              <h2 class="pvs-header__title text-heading-medium">${twin(title)}</h2></div></div></div>
    <div class="hndwanEqGWZNWCCFTkDLVOnIuFmvmyxlKgg"><ul class="BNmdcVeyxiyveGzZKtEZIBqTSHgXsXIogSCPE">${items}
        </ul></div>
    <footer><a class="artdeco-button artdeco-button--muted artdeco-button--3 artdeco-button--fluid" href="https://www.linkedin.com/mynetwork/"><span class="artdeco-button__text">Show all</span></a></footer>
          </section>`;
}

/** One feed update (actor, text with hashtags, image, counts, action bar, two comments). */
function feedPost(p, next, i) {
  const comment = (c) => `
      <article class="comments-comment-entity comments-comment-entity--reply" data-id="urn:li:comment:(activity:${7300000000 + i},${7310000000 + c.n})">
        <div class="comments-comment-meta__container"><a class="comments-comment-meta__image-link" href="https://www.linkedin.com/in/${c.slug}/">
          <div class="ivm-image-view-model"><div class="ivm-view-attr__img-wrapper">${img(c.name, 'EntityPhoto-circle-2')}</div></div></a>
          <div class="comments-comment-meta__description"><a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/${c.slug}/">
            <h3 class="comments-comment-meta__description-title">${esc(c.name)}</h3>
            <div class="comments-comment-meta__description-subtitle">${esc(c.headline)}</div></a>
            <time class="comments-comment-meta__data">${c.count(23)}h</time></div></div>
        <div class="comments-comment-item__main-content feed-shared-main-content--comment t-14 t-black t-normal" dir="ltr">
          <span class="comments-comment-item__main-content"><span dir="ltr">${esc(c.sentence(14))}</span></span></div>
        <div class="comments-comment-social-bar"><button class="comments-comment-social-bar__action-button" aria-label="React Like to ${esc(c.name)}’s comment"><span>Like</span></button>
          <button class="comments-comment-social-bar__action-button" aria-label="Reply to ${esc(c.name)}’s comment"><span>Reply</span></button></div>
      </article>`;
  const action = (label, name) => `
      <span class="artdeco-hoverable-trigger"><button class="artdeco-button artdeco-button--muted artdeco-button--4 artdeco-button--tertiary social-actions-button" aria-label="${label}" type="button">${icon(name, 24)}<span class="artdeco-button__text"><span class="social-action-button__text">${label.split(' ')[0]}</span></span></button></span>`;
  return `
<div class="feed-shared-update-v2 feed-shared-update-v2--minimal-padding full-height relative artdeco-card" data-urn="urn:li:activity:${7300000000 + i}" role="article" aria-label="Feed post number ${i + 1}">
  <div class="update-components-actor display-flex">
    <a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/${p.slug}/">
      <div class="update-components-actor__avatar"><div class="ivm-image-view-model"><div class="ivm-view-attr__img-wrapper">${img(p.name)}</div></div></div>
      <span class="update-components-actor__title"><span class="update-components-actor__name hoverable-link-text t-14 t-bold t-black"><span dir="ltr">${twin(p.name)}</span></span>
        <span class="update-components-actor__supplementary-actor-info t-black--light"><span aria-hidden="true"> • ${p.degree}</span><span class="visually-hidden">${p.degree} degree connection</span></span></span>
      <span class="update-components-actor__description t-black--light t-12 t-normal">${twin(p.headline)}</span>
      <span class="update-components-actor__sub-description t-black--light t-12 t-normal"><span aria-hidden="true">${p.count(6)}d • ${icon('globe-americas-small')}</span><span class="visually-hidden">${p.count(6)} days ago • Visible to anyone on or off LinkedIn</span></span>
    </a>
    <button class="artdeco-button artdeco-button--2 artdeco-button--tertiary update-components-actor__follow-button" aria-label="Follow ${esc(p.name)}" type="button">${icon('add-small')}<span class="artdeco-button__text">Follow</span></button>
  </div>
  <div class="feed-shared-update-v2__description-wrapper"><div class="feed-shared-inline-show-more-text feed-shared-update-v2__description">
    <div class="update-components-text relative update-components-update-v2__commentary" dir="ltr"><span class="break-words tvm-parent-container"><span dir="ltr">${esc(p.sentence(30))}<br><br>${esc(p.sentence(24))} <a class="ember-view" href="https://www.linkedin.com/feed/hashtag/?keywords=hardware"><span aria-hidden="true">#</span>hardware</a> <a class="ember-view" href="https://www.linkedin.com/feed/hashtag/?keywords=engineering"><span aria-hidden="true">#</span>engineering</a></span></span></div>
    <button class="feed-shared-inline-show-more-text__see-more-less-toggle see-more t-14 t-black--light t-normal" aria-label="see more, visually reveals content which is already detected by screen readers" type="button"><span>…more</span></button></div></div>
  <div class="update-components-image update-components-image--single-image"><div class="update-components-image__container"><button class="update-components-image__image-link" aria-label="View image" type="button">
    <div class="ivm-image-view-model"><div class="ivm-view-attr__img-wrapper"><img class="update-components-image__image" src="https://static.licdn.com/aero-v1/sc/h/placeholder" alt="" loading="lazy" width="552" height="310"></div></div></button></div></div>
  <div class="update-v2-social-activity"><div class="social-details-social-activity"><ul class="social-details-social-counts">
    <li class="social-details-social-counts__reactions"><button class="social-details-social-counts__count-value" aria-label="${p.count(900)} reactions" type="button">
      <img class="reactions-icon" src="https://static.licdn.com/aero-v1/sc/h/placeholder" alt="like" width="16" height="16"><img class="reactions-icon" src="https://static.licdn.com/aero-v1/sc/h/placeholder" alt="celebrate" width="16" height="16"><img class="reactions-icon" src="https://static.licdn.com/aero-v1/sc/h/placeholder" alt="insightful" width="16" height="16">
      <span aria-hidden="true" class="social-details-social-counts__reactions-count">${p.count(900)}</span></button></li>
    <li class="social-details-social-counts__comments"><button aria-label="${p.count(40)} comments on ${esc(p.name)}’s post" type="button"><span aria-hidden="true">${p.count(40)} comments</span></button></li>
    <li class="social-details-social-counts__item"><button aria-label="${p.count(12)} reposts of ${esc(p.name)}’s post" type="button"><span aria-hidden="true">${p.count(12)} reposts</span></button></li></ul>
    <div class="feed-shared-social-action-bar feed-shared-social-action-bar--full-width display-flex">${action('React Like', 'thumbs-up-outline-medium')}${action('Comment', 'comment-medium')}${action('Repost', 'repost-medium')}${action('Send in a private message', 'send-privately-medium')}
    </div></div></div>
  <div class="feed-shared-update-v2__comments-container"><div class="comments-comments-list">${comment(next())}${comment(next())}
  </div></div>
</div>`;
}

/** The messaging overlay with its conversation list (on every LinkedIn page). */
function messaging(persons) {
  const items = persons.map((p) => `
      <li class="msg-conversation-listitem msg-conversations-container__convo-item">
        <div class="msg-conversation-card msg-conversations-container__pillar"><a class="msg-conversation-listitem__link msg-conversations-container__convo-item-link" href="https://www.linkedin.com/messaging/thread/2-${p.n}/">
          <div class="msg-selectable-entity msg-selectable-entity--4"><div class="presence-entity presence-entity--size-4">${img(p.name, 'EntityPhoto-circle-4')}
            <div class="presence-entity__indicator presence-indicator hidden presence-indicator--size-4"><span class="visually-hidden">Status is offline</span></div></div></div>
          <div class="msg-conversation-card__content--selectable"><div class="msg-conversation-card__row msg-conversation-card__title-row">
            <h3 class="msg-conversation-listitem__participant-names msg-conversation-card__participant-names truncate pr1 t-14 t-black t-normal"><span class="truncate">${esc(p.name)}</span></h3>
            <time class="msg-conversation-listitem__time-stamp msg-conversation-card__time-stamp t-14 t-black--light t-normal">${p.count(28)} Oct</time></div>
            <div class="msg-conversation-card__row pr2"><p class="msg-conversation-card__message-snippet msg-conversation-card__message-snippet--v2 m0 t-14">
              <span class="msg-conversation-card__message-snippet-sender">${esc(p.first)}:</span> ${esc(p.sentence(9))}</p></div></div></a>
          <div class="msg-conversation-card__convo-item-container__actions"><div class="artdeco-dropdown"><button class="msg-conversation-card__inline-actions artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--1 artdeco-button--tertiary" aria-label="Open the options list in your conversation with ${esc(p.name)}" type="button">${icon('overflow-web-ios-small')}</button></div></div>
        </div>
      </li>`).join('');
  return `
<aside id="msg-overlay" class="msg-overlay-container" aria-label="Messaging">
  <div class="msg-overlay-list-bubble">
    <header class="msg-overlay-bubble-header"><button class="msg-overlay-bubble-header__button truncate" type="button"><h2 class="msg-overlay-bubble-header__title truncate t-14 t-bold t-black"><span class="truncate">Messaging</span></h2></button>
      <section class="msg-overlay-bubble-header__controls display-flex align-items-center"><button class="msg-overlay-bubble-header__control artdeco-button artdeco-button--circle artdeco-button--1" type="button">${icon('compose-small')}<span class="artdeco-button__text">Compose message</span></button></section></header>
    <div class="msg-overlay-list-bubble__default-conversation-container"><ul class="list-style-none msg-overlay-list-bubble__conversations-list">${items}
    </ul></div>
  </div>
</aside>`;
}

function surroundings({ posts, conversations, asideCards, seed }) {
  const next = people(seed);
  const take = (n) => Array.from({ length: n }, next);
  const { nav, footer } = chrome();
  const cards = [
    peopleCard('People also viewed', take(asideCards)),
    peopleCard('People you may know from Kakatiya Institute of Technology & Science', take(asideCards)),
    peopleCard('You might like', take(asideCards)),
  ].join('');
  const feed = `
          <section class="artdeco-card mt2 scaffold-finite-scroll scaffold-finite-scroll--infinite"><h2 class="visually-hidden">Feed updates</h2>
            <div class="scaffold-finite-scroll__content" data-finite-scroll-hotkey-context="FEED">${Array.from({ length: posts }, (_, i) => feedPost(next(), next, i)).join('')}
            </div></section>`;
  return { nav, footer, cards, feed, messaging: messaging(take(conversations)) };
}

function linkedInDocument({ title, body, lang = 'en' }) {
  return `<!doctype html>
<html lang="${lang}" class="theme theme--mercado artdeco">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application icons-loaded boot-complete">
<div id="ember369" class="application-outlet ember-view"><div class="authentication-outlet">
${body}
</div></div>
<div id="artdeco-modal-outlet" class="ember-view"></div>
</body>
</html>`;
}

/** Start tags: what the browser will count as elements, near enough. */
export const countElements = (html) => (html.match(/<[a-zA-Z][^>]*>/g) ?? []).length;

const PROFILE_PADDING = { posts: 55, conversations: 40, asideCards: 10, seed: 7 };

/**
 * The captured G2 profile at full size: the capture's own main column and
 * aside untouched, our aside cards and feed posts appended to its aside,
 * LinkedIn's nav, footer and messaging overlay around it.
 */
export function fullProfile(padding = PROFILE_PADDING) {
  const expected = JSON.parse(read(join(captured, 'profile-g2-2025-09.expected.json')));
  const capture = read(join(captured, 'profile-g2-2025-09.html'));
  const s = surroundings(padding);
  const at = capture.lastIndexOf('</aside>');
  const fragment = capture.slice(0, at) + s.cards + s.feed + s.footer + capture.slice(at);
  const html = servePage(linkedInDocument({ title: `${expected.name} | LinkedIn`, body: s.nav + fragment + s.messaging }));
  return { url: expected.url, path: new URL(expected.url).pathname, html, expected, elements: countElements(html) };
}

/** /feed/: LinkedIn's surroundings and feed posts, no profile. */
export function feedPage() {
  const s = surroundings({ ...PROFILE_PADDING, posts: 64, seed: 11 });
  const body = `${s.nav}
  <div class="scaffold-layout scaffold-layout--breakpoint-xl scaffold-layout--sidebar-main-aside scaffold-layout--reflow">
    <div class="scaffold-layout__inner scaffold-layout-container"><div class="scaffold-layout__row scaffold-layout__content">
      <main id="main" class="scaffold-layout__main" aria-label="Main Feed">${s.feed}</main>
      <aside class="scaffold-layout__aside">${s.cards}${s.footer}</aside>
    </div></div></div>${s.messaging}`;
  const html = servePage(linkedInDocument({ title: 'Feed | LinkedIn', body }));
  const url = 'https://www.linkedin.com/feed/';
  return { url, path: '/feed/', html, elements: countElements(html) };
}

// ---- lists at scale ------------------------------------------------------

/**
 * `count` cards cut from a fixture list and renamed: the person's name,
 * first name and profile slug become fictional ones, ids stay unique.
 */
function scaled(html, { listStart, listEnd, cardStart, person }, count, seed) {
  const open = html.indexOf(listStart);
  const body = html.indexOf('>', open) + 1;
  const close = html.indexOf(listEnd, body);
  const templates = html.slice(body, close).split(cardStart).slice(1).map((c) => cardStart + c)
    .map((card) => ({ card, who: person(card) })).filter((t) => t.who);
  const next = people(seed);
  let ember = 100000;
  let cards = '';
  for (let i = 0; i < count; i += 1) {
    const { card, who } = templates[i % templates.length];
    const p = next();
    let out = card.split(who.name).join(p.name).split(who.slug).join(p.slug);
    if (who.first) out = out.split(`to ${who.first}<`).join(`to ${p.first}<`);
    out = out.replace(/id="ember\d+"/g, () => `id="ember${(ember += 1)}"`)
      .replace(/id="mini-update-a11y-description-ember\d+"/g, () => `id="bench-${(ember += 1)}"`)
      .replace(/componentkey="[^"]+"/g, () => `componentkey="bench-card-${i}"`);
    cards += out.trimEnd() + '\n';
  }
  return html.slice(0, body) + '\n' + cards + html.slice(close);
}

/** Received invitations (G2 markup) with `count` person cards. */
export function invitationsPage(count) {
  const entry = index().find((e) => e.file === INVITATIONS);
  const html = scaled(fixture(INVITATIONS), {
    listStart: '<ul class="artdeco-list mn-invitation-list"',
    listEnd: '                  </ul>',
    cardStart: '        <li class="invitation-card',
    person(card) {
      if (!card.includes('invitation-card__link')) return null; // a company page's invitation
      const name = /invitation-card__title[^>]*>\s*([^<]+?)\s*</.exec(card)?.[1];
      const slug = /\/in\/([^/?"]+)/.exec(card)?.[1];
      return name && slug ? { name, slug, first: name.split(' ')[0] } : null;
    },
  }, count, 100 + count);
  return { url: entry.url, path: new URL(entry.url).pathname, html: servePage(html), cards: count };
}

/**
 * Received invitations that grow as the user scrolls: the page holds the
 * first `first` of `count` cards, and `rest` holds the others' HTML, for the
 * bench to append `step` at a time, as LinkedIn does.
 */
export function growingInvitations(count, first = 10) {
  const whole = invitationsPage(count);
  const cardStart = '        <li class="invitation-card';
  const open = whole.html.indexOf(cardStart);
  const close = whole.html.indexOf('                  </ul>', open);
  const cards = whole.html.slice(open, close).split(cardStart).slice(1).map((c) => cardStart + c);
  const html = whole.html.slice(0, open) + cards.slice(0, first).join('') + whole.html.slice(close);
  return { ...whole, html, cards: count, first, rest: cards.slice(first), listSelector: 'ul.mn-invitation-list' };
}

/** People search (G3 2026 markup) with `count` results. */
export function searchPage(count) {
  const file = 'search-g3-2026.html';
  const entry = index().find((e) => e.file === file);
  const html = scaled(fixture(file), {
    listStart: '<div role="list"',
    listEnd: '\n    </div>\n    <nav aria-label="Pagination"',
    cardStart: '<div role="listitem" componentkey=',
    person(card) {
      const link = /data-view-name="search-result-lockup-title" href="https:\/\/www\.linkedin\.com\/in\/([^/?"]+)[^"]*"[^>]*>([^<]+)</.exec(card);
      return link ? { name: link[2], slug: link[1] } : null;
    },
  }, count, 200 + count);
  return { url: entry.url, path: new URL(entry.url).pathname, html: servePage(html), cards: count };
}

// ---- profiles for a long session -------------------------------------------

/** Every fixture profile that shows a name (so it gets a badge), and the full-size page. */
export function navProfiles() {
  const out = [];
  for (const entry of index().filter((e) => e.kind === 'profile')) {
    const expected = JSON.parse(fixture(entry.file.replace(/\.html$/, '.expected.json')));
    if (!expected.name || expected.isSelf) continue;
    out.push({ url: entry.url, html: servePage(fixture(entry.file)), name: expected.name });
  }
  const full = fullProfile();
  out.push({ url: full.url, html: full.html, name: full.expected.name });
  return out;
}
