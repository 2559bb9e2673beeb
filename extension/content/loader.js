// Content-script loader, the last of the session's scripts (injected by the
// manifest into the pages we read as they load, by the background into a page
// that boot.js saw become one): gets the UI's messages and the settings from
// the background, and hands the session an engine. Profiles and lists are
// read and judged in the extension's own context, on their parts' HTML
// (snapshot.js). The invitation dialog is read here, by the wasm started in
// the page once a click may open one (the background hands over its bytes;
// compiled off the main thread). When the page's CSP forbids WebAssembly,
// everything is read from snapshots; the session and renderer do not know
// the difference. Anything else that fails switches the extension off here.
/* global nwStartWasm, nwSnapshot, NW_MSG, startNwSession */
(() => {
  if (globalThis.nwSessionStarted) return; // one session per document
  globalThis.nwSessionStarted = true;
  let module = null; // the wasm exports, once they run in this page
  let starting = null; // the page's wasm on its way: resolves to the exports, or null where the page forbids WebAssembly
  let forbidden = false; // the page's CSP forbids WebAssembly: snapshots it is
  let loading = null;
  let readHere = null; // the address of the page this page's wasm last read (the dialog needs it)
  let partsMadeFor = null; // the address whose parts were made last (a list's first reading looks for an open dialog)
  let following = null; // { base, follower, view }: the list last handed over whole at this address, followed since (snapshot.js followList), and its last view
  let lastDialog = null; // snapshot mode: the latest dialog reading
  let dialogInFlight = false;
  let i18n = null; // { uiLanguage, messages } from the background, with the wasm
  let preloaded = null; // { stored, judgment }: the settings, read and prepared by the background with the wasm

  /** chrome.i18n.getMessage, from the background's copy once it is here. */
  function message(key, subs = []) {
    const text = i18n?.messages[key];
    if (text == null) return chrome.i18n.getMessage(key, subs);
    const list = Array.isArray(subs) ? subs : [subs];
    return text.replace(/\u0001(\d)/g, (_, n) => String(list[n - 1] ?? ''));
  }

  const PROFILE_PATH = /^\/in\/[^/]+/;
  const LIST_PATH = /^\/(search\/results\/people|mynetwork\/invitation-manager)/;

  async function ask(type, payload = {}) {
    const answer = await chrome.runtime.sendMessage({ type, ...payload });
    if (!answer || answer.error) throw new Error(answer?.error ?? 'no answer from the extension');
    return answer;
  }

  /** The wasm's glue (noteworthy.js, wasm.js) comes with its bytes, into pages that start it. */
  const hasGlue = () => typeof nwStartWasm === 'function';

  function load() {
    loading ??= (async () => {
      const answer = await ask(NW_MSG.CS_BG_START);
      i18n = answer.i18n ?? null;
      preloaded = answer.stored && answer.judgment ? { stored: answer.stored, judgment: answer.judgment } : null;
    })();
    return loading;
  }

  /**
   * The wasm in this page, started once, when a dialog may open (or the
   * extension cannot read the page's parts). Resolves to the exports, or
   * null where the page forbids WebAssembly; rejects (and may be asked
   * again) when the extension cannot send the bytes.
   */
  function pageWasm() {
    starting ??= (async () => {
      const b64 = (await ask(NW_MSG.CS_BG_WASM, { glue: !hasGlue() })).base64;
      const bytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      try {
        module = await nwStartWasm(bytes);
      } catch {
        forbidden = true;
      }
      return module;
    })().catch((error) => {
      starting = null;
      throw error;
    });
    return starting;
  }

  /**
   * The page's view, read and judged in the extension from the page's parts'
   * HTML: compiling and running the reader here costs a fresh 10k-element
   * profile 8–10 ms of the page's main thread, making and sending its parts
   * about 3 ms; on a list, starting the wasm here at all (its bytes, glue and
   * compilation) costs more than reading its cards. Once the page's wasm runs
   * (a dialog may have opened), a list is read here, warm. If the extension
   * cannot answer, the page reads itself.
   */
  async function page(context, ours) {
    const profile = PROFILE_PATH.test(location.pathname);
    const firstReading = partsMadeFor !== location.href;
    partsMadeFor = location.href;
    if (!profile && !firstReading && !module) {
      const view = await readAppended(context);
      if (view) return view;
    }
    following?.follower.stop();
    following = null;
    if (!profile && module) return readInPlace(context);
    const { dialogOpen, ...parts } = profile ? nwSnapshot.profile(document) : nwSnapshot.list(document, { lookForDialog: firstReading });
    // The user opened a dialog before we were here: the wasm that reads it starts before their next click.
    if (dialogOpen) startForDialog(null);
    // A list grows as the user scrolls: from now on, what LinkedIn appends to it can go alone.
    const follower = profile ? null : nwSnapshot.followList(document, ours); // null without <main>: such a list goes whole
    if (follower) following = { base: crypto.randomUUID(), follower };
    const followed = following; // the view that comes back is this base's, whatever is followed by then
    try {
      const view = await remote('page', { context, ...parts, base: followed?.base });
      if (followed) followed.view = view;
      return view;
    } catch (error) {
      // the extension was reloaded under this page, or its reader is gone: read here
      if (!(await pageWasm().catch(() => null))) throw error;
    }
    return readInPlace(context);
  }

  /**
   * A list read again as only what LinkedIn appended to it since it was
   * handed over whole, read and judged with the rest in the extension, which
   * sends back only the new cards' views when the others read as before
   * (snapshot-analysis.js nwNewCardsOnly); null when anything else changed,
   * or the extension no longer keeps the rest: the list then goes whole.
   */
  async function readAppended(context) {
    const followed = following;
    const appended = followed?.follower.appended();
    if (!appended) return null;
    const answer = await ask(NW_MSG.CS_BG_ANALYZE, { op: 'page', url: location.href, context, base: followed.base, appended })
      .catch(() => null);
    if (!answer || answer.stale || !answer.result || following !== followed) return null;
    let view = answer.result;
    if (answer.cardsKept != null) {
      // Only the new cards came: the others are the ones this page holds, unless an answer went missing.
      const kept = followed.view?.cards;
      if (!kept || kept.length !== answer.cardsKept || !Array.isArray(view.cards)) return null;
      view = { ...view, cards: kept.concat(view.cards) };
    }
    followed.view = view;
    return view;
  }

  /** The page read and judged by its own wasm, which remembers it for the dialog. */
  function readInPlace(context) {
    const view = module.analyzePage(document, location.href, context);
    if (view?.ready) readHere = location.href;
    return view;
  }

  /**
   * The page read by its own wasm, which the dialog asks who is invited: a
   * profile read only, a list's cards judged (the invitee is the card the
   * dialog names). Other pages tell the dialog nothing.
   */
  function readForDialog(context) {
    if (LIST_PATH.test(location.pathname)) readInPlace(context);
    else if (PROFILE_PATH.test(location.pathname) && module.readPage(document, location.href)?.ready) readHere = location.href;
  }

  async function remote(op, payload) {
    return (await ask(NW_MSG.CS_BG_ANALYZE, { op, url: location.href, ...payload })).result;
  }

  let lookAgain = null; // the guard's onChange, for when the page's wasm has started
  /** Start the page's wasm (a dialog may open), and have the guard look again once it has. */
  function startForDialog(onChange) {
    if (onChange) lookAgain = onChange;
    pageWasm().then(() => {
      const guardLooks = lookAgain;
      lookAgain = null;
      guardLooks?.();
    }, () => {});
  }

  startNwSession({
    load,
    /** The settings that came with the start, once; null after (or without) them. */
    preloaded() {
      const settings = preloaded;
      preloaded = null;
      return settings;
    },
    settings: () => ask(NW_MSG.CS_BG_STORED),
    record: (what, value) => ask(NW_MSG.CS_BG_RECORD, { what, value }),
    page,
    /** A click may open an invitation dialog: have the wasm ready for it. */
    warmUp: () => startForDialog(null),
    /** Synchronous: the guard decides inside a click handler. */
    dialog(context, onChange) {
      if (module) {
        // Who is invited: the dialog's suggestions name them. On a page the
        // extension read, the page reads it now, once.
        if (readHere !== location.href) readForDialog(context);
        return module.analyzeDialog(document, location.href, context);
      }
      if (!forbidden) {
        // On a profile the wasm starts with the first click that may open a dialog (warmUp);
        // until it runs, which takes a few ms, there is nothing to decide on.
        startForDialog(onChange);
        return null;
      }
      if (!dialogInFlight) {
        dialogInFlight = true;
        remote('dialog', { context, ...nwSnapshot.whole(document) })
          .then((view) => {
            const changed = JSON.stringify(view) !== JSON.stringify(lastDialog);
            lastDialog = view;
            if (changed) onChange();
          })
          .catch(() => {})
          .finally(() => {
            dialogInFlight = false;
          });
      }
      return lastDialog;
    },
  }, {
    followDialog: Boolean(globalThis.nwWoken?.byClick),
    i18n: { message, uiLanguage: () => i18n?.uiLanguage ?? chrome.i18n.getUILanguage() },
  });
})();
