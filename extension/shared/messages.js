// Message kinds, one table per direction (content script → background,
// popup → content script, …). Every message is `{ type, ...payload }`.
// Classic script: shared by content scripts, the service worker
// (importScripts) and the extension pages.

/* exported NW_MSG */
const NW_MSG = Object.freeze({
  // content script → background
  // boot.js (which spells it out itself): this page became one we read, inject the session's scripts here.
  CS_BG_WAKE: 'cs-bg-wake',
  // → { i18n: { uiLanguage, messages }, stored, judgment }: the UI's messages (chrome.i18n costs the page a
  // synchronous call to the browser), NwSettings.load()'s answer and NwSettings.judgmentSettings() of it. The page's
  // parts follow (CS_BG_ANALYZE): the background starts their reader now.
  CS_BG_START: 'cs-bg-start',
  // { glue: whether the page lacks the wasm's glue (noteworthy.js, wasm.js: injected first, then) }
  // → { base64 }: the wasm's bytes (content scripts cannot fetch extension files), for a page that starts its wasm:
  // when an invitation dialog may open, or the extension could not read its parts
  CS_BG_WASM: 'cs-bg-wasm',
  CS_BG_VIEW: 'cs-bg-view', // { view }: what the page shows now (badge count, popup)
  // → { stored, judgment }: as CS_BG_START carried them, read again (the month turned under an open page)
  CS_BG_STORED: 'cs-bg-stored',
  // { what: 'me'|'noteSent'|'linkedInRemaining'|'noteLimitSeen', value } → NwSettings' answer ({ ok, … }): the
  // page's few writes are made by the background, so the pages we read load no settings code (0.6 ms each)
  CS_BG_RECORD: 'cs-bg-record',
  // Read and judge this snapshot in the extension (nwSnapshot in content/snapshot.js): a profile's or a list's parts,
  // off the page's main thread; anything, on a page that forbids WebAssembly. The result is what analyzePage or
  // analyzeDialog would have returned in the page.
  CS_BG_ANALYZE: 'cs-bg-analyze', // { op: 'page'|'dialog', html, fields, url, context } → { result } | { error }
  // background → offscreen document (Chrome; Firefox's background page analyses itself)
  BG_OS_ANALYZE: 'bg-os-analyze', // same payload and answer as CS_BG_ANALYZE
  // background → content script
  // { stored, judgment }, as CS_BG_STORED answers: settings, "me" or the note counters changed in storage (from
  // any page). Relayed by the background, so that the pages we read register no storage listener of their own.
  BG_CS_STORED_CHANGED: 'bg-cs-stored-changed',
  // popup → content script
  UI_CS_GET_VIEW: 'ui-cs-get-view', // → { view, switchedOff, quiet, problems }
  UI_CS_INSERT: 'ui-cs-insert', // { text } → { ok }: fill LinkedIn's note box
});
