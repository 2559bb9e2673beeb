// Content-script loader, the last of the scripts the background injects once
// boot.js found a page we read: compiles the wasm only when the page needs it
// (the background hands over its bytes, with the UI's messages and the
// settings; compiled off the main thread) and hands the session an engine.
// When the page's CSP forbids WebAssembly, the same wasm runs in the
// extension's own context on a snapshot of the page; the session and
// renderer do not know the difference. Anything else that fails switches the
// extension off here.
/* global nwStartWasm, NW_MSG, startNwSession */
(() => {
  if (globalThis.nwSessionStarted) return; // one session per document
  globalThis.nwSessionStarted = true;
  let module = null; // the wasm exports, when they run in this page
  let loading = null;
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

  function load() {
    loading ??= (async () => {
      const answer = await chrome.runtime.sendMessage({ type: NW_MSG.CS_BG_WASM });
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

  /** The page as HTML, with the dialog's shadow root as declarative shadow DOM. */
  function snapshot() {
    const outlet = document.getElementById('interop-outlet');
    const shadowRoots = outlet?.shadowRoot ? [outlet.shadowRoot] : [];
    const body = document.body.getHTML ? document.body.getHTML({ shadowRoots }) : document.body.innerHTML;
    const title = document.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const boxes = [...document.querySelectorAll('textarea'), ...shadowRoots.flatMap((r) => [...r.querySelectorAll('textarea')])];
    return {
      html: `<!doctype html><html lang="${document.documentElement.lang}"><head><title>${title}</title></head><body>${body}</body></html>`,
      fields: boxes.map((box) => box.value), // what the user typed is not in the HTML
    };
  }

  /**
   * The page's view with the wasm in this page. A profile is read here and
   * judged in the background: compiling and running the judgment cost the
   * page's main thread about 5 ms on a first profile. Lists are read and judged
   * here (sending 1,000 cards would cost the page more than judging them).
   * If the background cannot judge, the same judgment runs here.
   */
  async function pageHere(context) {
    const read = module.readPage(document, location.href);
    if (!read) return module.analyzePage(document, location.href, context);
    if (!read.ready) return read;
    try {
      const answer = await chrome.runtime.sendMessage({ type: NW_MSG.CS_BG_JUDGE, profile: read.profile, context });
      if (answer?.view) return answer.view;
    } catch {
      // the extension was reloaded under this page, or the background is gone: judged here
    }
    return module.profileView(read.profile, context);
  }

  async function remote(op, payload) {
    const answer = await chrome.runtime.sendMessage({ type: NW_MSG.CS_BG_ANALYZE, op, url: location.href, ...snapshot(), ...payload });
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
    page: (context) => (module ? pageHere(context) : remote('page', { context })),
    /** Synchronous: the guard decides inside a click handler. */
    dialog(context, onChange) {
      if (module) return module.analyzeDialog(document, location.href, context);
      if (loading && !dialogInFlight) {
        dialogInFlight = true;
        remote('dialog', { context })
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
