// What the page hands the extension to read in its own context: the page's
// markup as HTML, which the same wasm parses back into a Document there.
// Profiles and lists are read that way on every page (the page then runs no
// reading code of its own: on a fresh 10k-element profile that was 8–10 ms
// of its main thread, against about 3 ms for making and sending its parts);
// on a page whose CSP forbids WebAssembly, everything is.
/* exported nwSnapshot */
const nwSnapshot = (() => {
  /** The top card, as src/dom/profile.rs TOP_CARD finds it. */
  const TOP_CARD =
    "[componentkey^='com.linkedin.sdui.profile.card.ref'][componentkey$='Topcard' i], section[data-member-id], " +
    "section.pv-top-card, .pv-top-card, [data-view-name='profile-top-card']";
  /**
   * What the profile reader reads outside <main> (src/dom/profile.rs): the
   * contact info overlay (G1 by its heading's id, G2 in the modal outlet),
   * dialogs, and menus G3 renders at the end of <body>. One query each: a
   * list of selectors costs the page a slow match of every element.
   */
  const OUTSIDE_MAIN = ['#pv-contact-info', '#artdeco-modal-outlet', "[role='dialog']", "[role='menu']"];

  /** An open dialog, as the invite guard finds it (invite-guard.js dialogRoots). */
  const DIALOG = "[role='dialog'], [role='alertdialog']";
  const dialogIn = (root) => Boolean(root?.querySelector(DIALOG));
  /** G3 renders the invitation dialog in #interop-outlet's (small) shadow root. */
  const sduiDialogIn = (doc) => dialogIn(doc.getElementById('interop-outlet')?.shadowRoot);
  const anyDialogIn = (doc) => dialogIn(doc) || sduiDialogIn(doc);

  /** Elements whose text the HTML parser takes as written, character references included. */
  const RAW_TEXT = 'script, style, xmp, iframe, noembed, noframes, noscript, plaintext';

  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  /**
   * Every character beyond ASCII as a character reference: the same document
   * once parsed, and a string the page hands to the extension about four
   * times faster (0.9–1.4 against 3.2–5 ms for the 63 KB of the captured
   * profile's parts, which hold 14 such characters; V8 keeps a string
   * holding any of them as UTF-16).
   */
  const asAscii = (html) =>
    /[^\x00-\x7f]/.test(html) ? html.replace(/[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g, (c) => `&#${c.codePointAt(0)};`) : html;

  function documentHtml(doc, body) {
    const lang = escapeText(doc.documentElement.lang).replace(/"/g, '&quot;');
    return `<!doctype html><html lang="${lang}"><head><title>${escapeText(doc.title)}</title></head><body>${body}</body></html>`;
  }

  /** `html`, made of `elements`, as ASCII unless one of them holds text the parser takes as written. */
  const asciiUnlessRaw = (elements, html) => (elements.some((el) => el.querySelector(RAW_TEXT)) ? html : asAscii(html));

  /** A document of `parts` (elements, in page order). */
  const partsHtml = (doc, parts) => asciiUnlessRaw(parts, documentHtml(doc, parts.map((el) => el.outerHTML).join('')));

  /**
   * The whole page, with the invitation dialog's shadow root as declarative
   * shadow DOM, and what the user typed in its note boxes (not in the HTML).
   */
  function whole(doc) {
    const outlet = doc.getElementById('interop-outlet');
    const shadowRoots = outlet?.shadowRoot ? [outlet.shadowRoot] : [];
    const body = doc.body.getHTML ? doc.body.getHTML({ shadowRoots }) : doc.body.innerHTML;
    const boxes = [...doc.querySelectorAll('textarea'), ...shadowRoots.flatMap((root) => [...root.querySelectorAll('textarea')])];
    return { html: documentHtml(doc, body), fields: boxes.map((box) => box.value) };
  }

  /**
   * A profile page's parts the reader reads, in page order: <main> and what
   * it reads outside it. A page whose top card is not inside <main> (or that
   * has no <main>) is one we do not know: all of it, then. `dialogOpen`: a
   * dialog was open already (one the user opened before we were here), from
   * the queries the parts make anyway and the small SDUI dialog root.
   */
  function profile(doc) {
    const main = doc.querySelector('main');
    if (!main || (!main.querySelector(TOP_CARD) && doc.querySelector(TOP_CARD))) {
      return { ...whole(doc), dialogOpen: anyDialogIn(doc) };
    }
    const found = [main];
    for (const selector of OUTSIDE_MAIN) found.push(...doc.querySelectorAll(selector));
    found.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const parts = [];
    for (const el of found) if (!parts.some((part) => part.contains(el))) parts.push(el);
    const dialogOpen = found.some((el) => el.getAttribute('role') === 'dialog') || sduiDialogIn(doc);
    return { html: partsHtml(doc, parts), fields: [], dialogOpen };
  }

  /**
   * A list's part (people search, received invitations): its <main>, where
   * src/dom/cards.rs reads the cards; all of the page if it has none.
   * `dialogOpen` as for a profile, looked for only when `lookForDialog`: a
   * list is read again as it grows, and after its first reading a dialog
   * opens with a click the guard follows (the query is ~0.4 ms on a
   * 10k-element page).
   */
  function list(doc, { lookForDialog = true } = {}) {
    const main = doc.querySelector('main');
    const dialogOpen = lookForDialog && anyDialogIn(doc);
    return main ? { html: partsHtml(doc, [main]), fields: [], dialogOpen } : { ...whole(doc), dialogOpen };
  }

  /**
   * Follows a list's part from the moment it was handed over whole. LinkedIn
   * grows a list as the user scrolls, and every growth is read again: handing
   * all of it over each time costs the page ~0.1 ms per card (300 cards:
   * 28 ms), though only the new cards changed. `appended()` is what to hand
   * over next instead: `{ path, count, html }`, the elements LinkedIn added
   * since at the end of one element of the part (`path`: element-child index
   * and tag name at each step down from <main>; `count`: its element children
   * before), or null when anything else changed (hand it all over again).
   * Our own chips (`ours`) and what no reader reads (images) do not count.
   */
  function followList(doc, ours) {
    const main = doc.querySelector('main');
    if (!main) return null;
    // What changed since the last hand-over, kept as it comes (not the records: LinkedIn may change a
    // lot between two readings): the one element appended to, what was appended, or that it must go whole.
    let since = { parent: null, added: [], whole: false };
    const observer = new MutationObserver((records) => {
      if (!note(since, records, ours)) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true, attributes: true, characterData: true });
    return {
      appended() {
        const whole = !note(since, observer.takeRecords(), ours) || doc.querySelector('main') !== main;
        const found = whole ? null : appendedTo(main, since);
        if (found) since = { parent: null, added: [], whole: false };
        else observer.disconnect(); // whole it goes, and the loader follows the list anew
        return found;
      },
      stop: () => observer.disconnect(),
    };
  }

  /** Adds `records` to `since`; false once the list must go whole. */
  function note(since, records, ours) {
    if (since.whole) return false;
    const inAdded = (node) => since.added.some((el) => el.contains(node));
    // Blank text between elements reads the same wherever it is.
    const blank = (node) => node.nodeType === Node.TEXT_NODE && !node.data.trim();
    const theirs = (node) => !ours(node) && !blank(node);
    for (const r of records) {
      if (inAdded(r.target)) continue; // it goes over as it is when read
      if (r.type !== 'childList') {
        if (r.target.nodeName === 'IMG') continue;
        since.whole = true; // an attribute or a text that a reading may read
      } else if ([...r.removedNodes].some(theirs)) {
        since.whole = true;
      } else {
        const elements = [...r.addedNodes].filter(theirs);
        if (!elements.length) continue;
        since.whole = elements.some((node) => node.nodeType !== Node.ELEMENT_NODE) || (since.parent !== null && r.target !== since.parent);
        since.parent = r.target;
        since.added.push(...elements);
      }
      if (since.whole) return false;
    }
    return true;
  }

  /** `since` as what to hand over: null if what was appended is not all of its element's end any more. */
  function appendedTo(main, { parent, added }) {
    if (!parent) return { path: [], count: main.childElementCount, html: '' };
    const children = [...parent.children];
    const tail = children.slice(Math.max(0, children.length - added.length));
    if (tail.length !== added.length || !added.every((el) => tail.includes(el))) return null;
    const path = [];
    for (let el = parent; el !== main; el = el.parentElement) {
      if (!el?.parentElement || !main.contains(el)) return null;
      path.unshift([[...el.parentElement.children].indexOf(el), el.tagName]);
    }
    return { path, count: children.length - tail.length, html: asciiUnlessRaw(tail, tail.map((el) => el.outerHTML).join('')) };
  }

  /**
   * Applies `appended()`'s answer to the part as the extension parsed it:
   * false if that is not where it goes (the parser may have built the part
   * otherwise than the page did), and the part must come whole.
   */
  function append(doc, { path, count, html }) {
    let el = doc.querySelector('main');
    for (const [index, tag] of path) {
      el = el?.children[index];
      if (el?.tagName !== tag) return false;
    }
    if (!el || el.childElementCount !== count) return false;
    if (!html) return true;
    // Parsed inside an element like the one it goes into, as the page's own parser would have.
    const tag = el.localName;
    const holder = new DOMParser().parseFromString(`<body><${tag}>${html}</${tag}>`, 'text/html').body.firstElementChild;
    if (holder?.localName !== tag) return false;
    el.append(...holder.childNodes);
    return true;
  }

  return Object.freeze({ whole, profile, list, followList, append });
})();
