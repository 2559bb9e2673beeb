// Chrome's offscreen document: a DOM and the wasm, to read snapshots of
// LinkedIn pages (every profile's parts, and pages that forbid WebAssembly).
// Answers only the background.
/* global NW_MSG, nwAnalyzeSnapshot, nwLoadSnapshotWasm */
nwLoadSnapshotWasm().catch(() => {}); // started as the document loads: the first snapshot tries again
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id || message?.type !== NW_MSG.BG_OS_ANALYZE) return;
  nwAnalyzeSnapshot(message).then((answer) => {
    reply(answer);
    // A trap leaves the instance as it was mid-call: a fresh document, a fresh instance. (The page that
    // asked reads itself meanwhile.)
    if (answer.trapped) setTimeout(() => location.reload());
  });
  return true; // answers asynchronously
});
