// Content-script loader: stays idle on LinkedIn pages we have nothing to say
// about, loads the wasm on the first one we do, waits for LinkedIn to render
// it, and hands what the wasm computed to the renderer.
/* global NOTEWORTHY_WASM_BASE64, wasm_bindgen, NW_MSG, createNwRenderer */
(() => {
  const ui = createNwRenderer(document, (key, subs) => chrome.i18n.getMessage(key, subs));
  const RELEVANT_PATH = /^\/(in\/[^/]+|search\/results\/people|mynetwork\/invitation-manager)/;
  const WAIT_FOR_PAGE_MS = 15000;
  const SETTLE_MS = 120;
  let wasm = null; // Promise of the initialised module
  let switchedOff = false; // after a failure, for this page's lifetime
  let current = { url: null, view: null, observer: null, timer: 0, deadline: 0 };

  function loadWasm() {
    wasm ??= (async () => {
      const b64 = NOTEWORTHY_WASM_BASE64;
      const bytes = Uint8Array.fromBase64
        ? Uint8Array.fromBase64(b64)
        : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      await wasm_bindgen({ module_or_path: bytes }); // compiles off the main thread
      return wasm_bindgen;
    })();
    return wasm;
  }

  function tell(message) {
    try {
      chrome.runtime.sendMessage(message).catch(() => {});
    } catch {
      // The extension was reloaded under this page: nothing to tell any more.
    }
  }

  function stopWaiting() {
    current.observer?.disconnect();
    clearTimeout(current.timer);
    current.observer = null;
  }

  async function analyze() {
    current.timer = 0;
    let view;
    try {
      view = (await loadWasm()).analyzePage(document, location.href);
    } catch (error) {
      // A page we cannot read (or a contained panic) must behave as if we
      // were not installed: stop, clean up, and say so calmly to the popup.
      switchedOff = true;
      stopWaiting();
      ui.clear();
      tell({ type: NW_MSG.CS_BG_VIEW, view: null, error: String(error?.message || error) });
      return;
    }
    if (!view.ready && Date.now() < current.deadline) return; // keep waiting
    stopWaiting();
    current.view = view;
    ui.render(view);
    tell({ type: NW_MSG.CS_BG_VIEW, view });
  }

  function scheduleAnalysis() {
    if (!current.timer) current.timer = setTimeout(analyze, SETTLE_MS);
  }

  function onNavigation() {
    if (switchedOff || location.href === current.url) return;
    stopWaiting();
    ui.clear();
    current = { url: location.href, view: null, observer: null, timer: 0, deadline: 0 };
    if (!RELEVANT_PATH.test(location.pathname)) return; // idle here
    current.deadline = Date.now() + WAIT_FOR_PAGE_MS;
    current.observer = new MutationObserver(scheduleAnalysis);
    current.observer.observe(document.body, { childList: true, subtree: true });
    scheduleAnalysis();
  }

  chrome.runtime.onMessage.addListener((message, _sender, reply) => {
    if (message?.type === NW_MSG.UI_CS_GET_VIEW) reply({ view: current.view, switchedOff });
  });

  // LinkedIn is a single-page app: follow in-app navigation without polling.
  window.navigation?.addEventListener('navigatesuccess', onNavigation);
  addEventListener('popstate', onNavigation);
  new MutationObserver(onNavigation).observe(document.head, {
    childList: true, subtree: true, characterData: true, // the <title> changes on every route
  });
  onNavigation();
})();
