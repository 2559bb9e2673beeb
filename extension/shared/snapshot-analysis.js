// Runs the wasm on a snapshot of a LinkedIn page, in the extension's own
// context (Chrome's offscreen document, Firefox's background page): every
// profile's parts, and pages whose CSP forbids WebAssembly. Same wasm, same
// results as in the page: the content script renders them with the same
// renderer.
/* global nwStartWasm, nwSnapshot */
/* exported nwAnalyzeSnapshot, nwLoadSnapshotWasm */

let nwSnapshotWasm = null;

function nwLoadSnapshotWasm() {
  nwSnapshotWasm ??= nwStartWasm().catch((error) => {
    nwSnapshotWasm = null;
    throw error;
  });
  return nwSnapshotWasm;
}

/**
 * Lists' parts as parsed, by the `base` the page gave them, so that the cards
 * LinkedIn appends as the user scrolls come alone (nwSnapshot.followList).
 * A few: one per list tab the user has open, about.
 */
const nwListParts = new Map();
const NW_LIST_PARTS_KEPT = 3;

function nwParse(html) {
  return Document.parseHTMLUnsafe ? Document.parseHTMLUnsafe(String(html)) : new DOMParser().parseFromString(String(html), 'text/html');
}

/**
 * The document a message describes: its HTML parsed (kept as `base` when it
 * has one), or the kept `base` with `appended` applied; null when that is
 * not kept (or does not fit): the page then hands it over whole.
 */
function nwSnapshotDocument({ html, base, appended }) {
  if (appended) {
    const doc = nwListParts.get(base);
    if (!doc || !nwSnapshot.append(doc, appended)) return null;
    nwListParts.delete(base); // the most recently used last
    nwListParts.set(base, doc);
    return doc;
  }
  const doc = nwParse(html);
  if (base) {
    nwListParts.set(String(base), doc);
    for (const old of nwListParts.keys()) if (nwListParts.size > NW_LIST_PARTS_KEPT) nwListParts.delete(old);
  }
  return doc;
}

/**
 * `{op, html, url, fields, context}` → `{result}`, `{stale}` or `{error, trapped}`
 * (`trapped`: the wasm trapped, as a Rust panic does, and this instance
 * should not be trusted any more; `stale`: the list part `base` that
 * `appended` adds to is not kept here); `fields`
 * are the values of the page's note boxes, in document order. The snapshot
 * keeps the invitation dialog's shadow root as declarative shadow DOM, which
 * `Document.parseHTMLUnsafe` turns back into a shadow root. A list's part
 * may come with a `base` (kept), or as `appended` to one.
 */
async function nwAnalyzeSnapshot({ op, html, url, fields, context, base, appended }) {
  try {
    const nw = await nwLoadSnapshotWasm();
    const doc = nwSnapshotDocument({ html, base, appended });
    if (!doc) return { stale: true };
    // Note boxes hold what the user typed in their value, not in the HTML.
    const outlet = doc.getElementById('interop-outlet')?.shadowRoot;
    const boxes = [...doc.querySelectorAll('textarea'), ...(outlet ? outlet.querySelectorAll('textarea') : [])];
    boxes.forEach((box, i) => {
      if (typeof fields?.[i] === 'string') box.value = fields[i];
    });
    const result = op === 'dialog' ? nw.analyzeDialog(doc, String(url), context) : nw.analyzePage(doc, String(url), context);
    return { result };
  } catch (error) {
    return { error: String(error?.message || error), trapped: error instanceof WebAssembly.RuntimeError };
  }
}
