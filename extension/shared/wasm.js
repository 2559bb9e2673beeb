// The one way to start the wasm, for the content script, Chrome's offscreen
// document and Firefox's background page alike.
/* global wasm_bindgen */
/* exported nwStartWasm */

/**
 * Instantiates the module (compiled off the main thread) from `bytes` where
 * given — content scripts cannot fetch extension files, the background hands
 * them the bytes — else from the packaged noteworthy_bg.wasm. Resolves to
 * the exports.
 */
async function nwStartWasm(bytes) {
  await wasm_bindgen({ module_or_path: bytes ?? chrome.runtime.getURL('noteworthy_bg.wasm') });
  return wasm_bindgen;
}
