// Content-script loader, the last of the scripts the background injects once
// boot.js found a page we read: starts the wasm in the page (the background
// hands over its bytes, with the UI's messages and the settings; compiled off
// the main thread) and hands the session an engine. A profile is read and
// judged in the extension's own context, on its parts' HTML (snapshot.js);
// lists and the invitation dialog are read here. When the page's CSP forbids
// WebAssembly, everything is read from snapshots; the session and renderer
// do not know the difference. Anything else that fails switches the
// extension off here.
/* global nwStartWasm, nwSnapshot, NW_MSG, startNwSession */
(() => {
  if (globalThis.nwSessionStarted) return; // one session per document
  globalThis.nwSessionStarted = true;
  let module = null; // the wasm exports, when they run in this page
  let loading = null;
  let readHere = null; // the address of the profile this page's wasm last read (the dialog needs it)
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

  function load() {
    loading ??= (async () => {
      const answer = await chrome.runtime.sendMessage({ type: NW_MSG.CS_BG_WASM, profile: PROFILE_PATH.test(location.pathname) });
      if (!answer?.base64) throw new Error(answer?.error ?? 'no answer from the extension');
      i18n = answer.i18n ?? null;
      preloaded = answer.stored ? { stored: answer.stored, judgment: answer.judgment ?? null } : null;
      const b64 = answer.base64;
      const bytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      try {
        module = await nwStartWasm(bytes);
      } catch {
        module = null; // the page forbids WebAssembly: snapshots it is
      }
    })();
    return loading;
  }

  /**
   * The page's view. A profile is read and judged in the extension, from
   * its parts' HTML: compiling and running the reader here costs the page's
   * main thread 8–10 ms on a fresh 10k-element profile, making and sending
   * its parts about 3 ms. If the extension cannot answer, the page reads it
   * itself.
   */
  async function page(context) {
    if (PROFILE_PATH.test(location.pathname)) {
      try {
        return await remote('page', { context, ...nwSnapshot.profile(document) });
      } catch (error) {
        if (!module) throw error;
        // the extension was reloaded under this page, or its reader is gone: read here
      }
      readHere = location.href;
      return module.analyzePage(document, location.href, context);
    }
    return module ? module.analyzePage(document, location.href, context) : remote('page', { context, ...nwSnapshot.whole(document) });
  }

  async function remote(op, payload) {
    const answer = await chrome.runtime.sendMessage({ type: NW_MSG.CS_BG_ANALYZE, op, url: location.href, ...payload });
    if (!answer || answer.error) throw new Error(answer?.error ?? 'no answer from the extension');
    return answer.result;
  }

  startNwSession({
    load,
    /** The settings that came with the wasm, once; null after (or without) them. */
    preloaded() {
      const settings = preloaded;
      preloaded = null;
      return settings;
    },
    page,
    /** Synchronous: the guard decides inside a click handler. */
    dialog(context, onChange) {
      if (module) {
        // Who is invited: the dialog's suggestions name them. On a profile the
        // extension read, the page reads it now, once.
        if (PROFILE_PATH.test(location.pathname) && readHere !== location.href && module.readPage(document, location.href)?.ready) {
          readHere = location.href;
        }
        return module.analyzeDialog(document, location.href, context);
      }
      if (loading && !dialogInFlight) {
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
