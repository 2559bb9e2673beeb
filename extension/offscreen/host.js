// Chrome's service worker side of the offscreen document (the Firefox build
// leaves this folder out: its background page has a DOM of its own).
/* global NW_MSG */
/* exported nwAnalyzeInOffscreen, nwStartOffscreen */

let offscreenReady = null;

/** Chrome: the offscreen document that hosts the wasm (created once, on demand; it starts the wasm as it loads). */
function nwStartOffscreen() {
  offscreenReady ??= (async () => {
    const url = chrome.runtime.getURL('offscreen/offscreen.html');
    const existing = await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (!existing?.length) {
      await chrome.offscreen.createDocument({
        url,
        reasons: ['DOM_PARSER'],
        justification: 'Read LinkedIn profiles from their HTML off the page, and pages that forbid WebAssembly.',
      });
    }
  })().catch((error) => {
    offscreenReady = null;
    throw error;
  });
  return offscreenReady;
}

/** Analyses a page snapshot in the offscreen document. */
async function nwAnalyzeInOffscreen(message) {
  await nwStartOffscreen();
  return chrome.runtime.sendMessage({ ...message, type: NW_MSG.BG_OS_ANALYZE });
}
