// Content-script loader: compiles the embedded wasm only when a page needs
// it (off the main thread), and hands a synchronous analyzer to the session.
// Any failure — a CSP that forbids WebAssembly, a page we cannot read, a
// contained Rust panic — switches the extension off for this page.
/* global NOTEWORTHY_WASM_BASE64, wasm_bindgen, startNwSession */
(() => {
  let module = null; // the initialised wasm exports
  let loading = null;

  function load() {
    loading ??= (async () => {
      const b64 = NOTEWORTHY_WASM_BASE64;
      const bytes = Uint8Array.fromBase64
        ? Uint8Array.fromBase64(b64)
        : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      await wasm_bindgen({ module_or_path: bytes });
      module = wasm_bindgen;
      return module;
    })();
    return loading;
  }

  startNwSession({
    load,
    // Synchronous once loaded: the guard decides inside a click handler.
    page: (context) => module.analyzePage(document, location.href, context),
    dialog: (context, known) => (module ? module.analyzeDialog(document, context, known) : null),
  });
})();
