// Background (service worker on Chrome, event page on Firefox): injects the
// content scripts into a LinkedIn page that became one we read after it
// loaded (boot.js says so; the manifest injects them into the pages we read
// as they load), hands them the wasm's bytes, keeps the toolbar in step with
// the page the user is looking at, opens the options page on first install,
// and reads and judges page snapshots (in an offscreen document on Chrome;
// here on Firefox): every profile's and list's parts, off the page's main
// thread, and whole pages whose CSP forbids WebAssembly.
/* global NW_MSG, NwSettings, nwAnalyzeSnapshot, nwAnalyzeInOffscreen, nwLoadSnapshotWasm, nwStartOffscreen */
if (typeof importScripts === 'function') {
  importScripts('shared/messages.js', 'shared/settings.js', 'offscreen/host.js');
}

// The session's scripts, in the order the manifest injects them into the
// pages we read as they load (loader.js, last, starts the session): injected
// the same way into a page that becomes one later.
const CONTENT_SCRIPTS = chrome.runtime.getManifest().content_scripts.find((entry) => entry.js.includes('content/loader.js')).js;
// The wasm's glue, injected with its bytes into a page that starts the wasm
// itself: one where an invitation dialog may open (the pages we read are read
// in the extension).
const WASM_GLUE = ['noteworthy.js', 'shared/wasm.js'];

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

/** Into the document that asked (Chrome names it; Firefox, its frame); each set of files once per document. */
function inject(sender, files) {
  const target = sender.documentId ? { tabId: sender.tab.id, documentIds: [sender.documentId] } : { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };
  return chrome.scripting.executeScript({ target, files, injectImmediately: true });
}

let wasmBase64 = null;

/** The packaged wasm as base64 (messages carry JSON), read once per background lifetime. */
function wasmForContentScript() {
  wasmBase64 ??= fetch(chrome.runtime.getURL('noteworthy_bg.wasm'))
    .then((response) => response.arrayBuffer())
    .then((buffer) => {
      const bytes = new Uint8Array(buffer);
      if (bytes.toBase64) return bytes.toBase64();
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    })
    .catch((error) => {
      wasmBase64 = null;
      throw error;
    });
  return wasmBase64;
}

/** The wasm's bytes for the page that asked, its glue evaluated there first (unless it has it). */
async function wasmWithGlue(sender, glue) {
  const [base64] = await Promise.all([wasmForContentScript(), glue ? inject(sender, WASM_GLUE) : null]);
  return base64;
}

let catalogue = null;

/**
 * Every message in the user's language, with marks where substitutions go
 * (\u0001 and their number), and the UI language: chrome.i18n in a content
 * script costs the page a synchronous round trip to the browser on first use.
 */
function messagesForContentScript() {
  catalogue ??= fetch(chrome.runtime.getURL('_locales/en/messages.json'))
    .then((response) => response.json())
    .then((en) => {
      const marks = Array.from({ length: 9 }, (_, i) => `\u0001${i + 1}`);
      const messages = Object.fromEntries(Object.keys(en).map((key) => [key, chrome.i18n.getMessage(key, marks)]));
      return { uiLanguage: chrome.i18n.getUILanguage(), messages };
    })
    .catch(() => (catalogue = null));
  return catalogue;
}

// Firefox's background page has a DOM and runs the wasm itself; Chrome's
// service worker hands the snapshot to its offscreen document.
const readsHere = typeof nwAnalyzeSnapshot === 'function';

function analyzeSnapshot(message) {
  return readsHere ? nwAnalyzeSnapshot(message) : nwAnalyzeInOffscreen(message);
}

/** The snapshot reader, started before the first parts arrive (the first snapshot tries again if this fails). */
function startSnapshotReader() {
  (readsHere ? nwLoadSnapshotWasm() : nwStartOffscreen()).catch(() => {});
}

/** What the pages we read keep of the settings: NwSettings.load()'s answer, and the judgment's settings made of it. */
async function storedForContentScript() {
  const stored = await NwSettings.load();
  return { stored, judgment: NwSettings.judgmentSettings(stored) };
}

// The pages we read hear of changed settings from here: a storage listener of
// their own would cost each of them about 0.4 ms of LinkedIn's main thread
// as it loads. Tabs with boot.js alone have no listener; that is no error.
NwSettings.onChanged(async () => {
  const [tabs, fresh] = await Promise.all([chrome.tabs.query({ url: 'https://www.linkedin.com/*' }), storedForContentScript()]);
  for (const tab of tabs) chrome.tabs.sendMessage(tab.id, { type: NW_MSG.BG_CS_STORED_CHANGED, ...fresh }).catch(() => {});
});

/** The writes a page makes (CS_BG_RECORD's `what`), each through NwSettings' validation. */
const RECORDS = {
  me: (profile) => NwSettings.saveMe(profile),
  noteSent: () => NwSettings.recordNoteSent(),
  linkedInRemaining: (n) => NwSettings.recordLinkedInRemaining(n),
  noteLimitSeen: (n) => NwSettings.recordNoteLimitSeen(n),
};

/** Answers with what `work` resolves to, or with its failure as `{ error }`; true: the answer comes later. */
function answerLater(reply, work) {
  Promise.resolve()
    .then(work)
    .then(reply, (error) => reply({ error: String(error?.message || error) }));
  return true;
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  // Only our own content scripts talk to us, and only from tabs.
  if (sender.id !== chrome.runtime.id || !sender.tab) return;
  if (message?.type === NW_MSG.CS_BG_WAKE) {
    return answerLater(reply, () => inject(sender, CONTENT_SCRIPTS).then(() => ({ ok: true })));
  } else if (message?.type === NW_MSG.CS_BG_START) {
    // What the page needs to start, read (and the settings turned into the judgment's) here
    // rather than on the page's main thread. The page's parts come next and are read in the
    // extension: the page starts its own wasm later, if ever (a dialog may open).
    startSnapshotReader();
    return answerLater(reply, async () => {
      const [i18n, fresh] = await Promise.all([messagesForContentScript(), storedForContentScript()]);
      return { i18n, ...fresh };
    });
  } else if (message?.type === NW_MSG.CS_BG_STORED) {
    return answerLater(reply, storedForContentScript);
  } else if (message?.type === NW_MSG.CS_BG_RECORD) {
    const record = Object.hasOwn(RECORDS, message.what) ? RECORDS[message.what] : null;
    return answerLater(reply, () => {
      if (!record) throw new Error(`nothing to record as ${String(message.what)}`);
      return record(message.value);
    });
  } else if (message?.type === NW_MSG.CS_BG_WASM) {
    return answerLater(reply, async () => ({ base64: await wasmWithGlue(sender, message.glue) }));
  } else if (message?.type === NW_MSG.CS_BG_VIEW) {
    showOnToolbar(sender.tab.id, message);
  } else if (message?.type === NW_MSG.CS_BG_ANALYZE) {
    return answerLater(reply, () => analyzeSnapshot(message));
  }
});
