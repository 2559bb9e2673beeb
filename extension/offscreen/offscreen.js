// Chrome's offscreen document: a DOM and the wasm for pages that forbid
// WebAssembly. Answers only the background.
/* global NW_MSG, nwAnalyzeSnapshot */
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id || message?.type !== NW_MSG.BG_OS_ANALYZE) return;
  nwAnalyzeSnapshot(message).then(reply);
  return true; // answers asynchronously
});
