// Background (service worker on Chrome, event page on Firefox): keeps the
// toolbar in step with the page the user is looking at, opens the options
// page on first install, and analyses page snapshots for pages whose CSP
// forbids WebAssembly (in an offscreen document on Chrome; here on Firefox).
/* global NW_MSG, nwAnalyzeSnapshot, nwAnalyzeInOffscreen */
if (typeof importScripts === 'function') importScripts('shared/messages.js', 'offscreen/host.js');

const TIER_COLOURS = { high: '#057642', medium: '#915907', low: '#666666' };

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') chrome.runtime.openOptionsPage();
});

function showOnToolbar(tabId, message) {
  const badge = message.view?.badge;
  chrome.action.setBadgeText({ tabId, text: badge ? String(badge.value) : message.error ? '!' : '' });
  if (badge) chrome.action.setBadgeBackgroundColor({ tabId, color: TIER_COLOURS[badge.tier] ?? TIER_COLOURS.low });
  chrome.action.setTitle({
    tabId,
    title: badge
      ? chrome.i18n.getMessage('actionTitleFor', [badge.name, String(badge.value)])
      : chrome.i18n.getMessage('actionTitle'),
  });
}

function analyzeSnapshot(message) {
  // Firefox's background page has a DOM and runs the wasm itself; Chrome's
  // service worker hands the snapshot to its offscreen document.
  return typeof nwAnalyzeSnapshot === 'function' ? nwAnalyzeSnapshot(message) : nwAnalyzeInOffscreen(message);
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  // Only our own content scripts talk to us, and only from tabs.
  if (sender.id !== chrome.runtime.id || !sender.tab) return;
  if (message?.type === NW_MSG.CS_BG_VIEW) {
    showOnToolbar(sender.tab.id, message);
  } else if (message?.type === NW_MSG.CS_BG_ANALYZE) {
    analyzeSnapshot(message)
      .then(reply)
      .catch((error) => reply({ error: String(error?.message || error) }));
    return true; // answers asynchronously
  }
});
