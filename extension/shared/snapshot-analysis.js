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
 * LinkedIn appends as the user scrolls come alone (nwSnapshot.followList),
 * each with its cards' last views (`cards`, as JSON) so that only the new
 * cards' views go back. A few: one per list tab the user has open, about.
 */
const nwListParts = new Map();
const NW_LIST_PARTS_KEPT = 3;

function nwParse(html) {
  return Document.parseHTMLUnsafe ? Document.parseHTMLUnsafe(String(html)) : new DOMParser().parseFromString(String(html), 'text/html');
}

/**
 * The part a message describes, `{doc, cards}`: its HTML parsed (kept as
 * `base` when it has one), or the kept `base` with `appended` applied; null
 * when that is not kept (or does not fit): the page then hands it over whole.
 */
function nwSnapshotPart({ html, base, appended }) {
  if (appended) {
    const part = nwListParts.get(base);
    if (!part || !nwSnapshot.append(part.doc, appended)) return null;
    nwListParts.delete(base); // the most recently used last
    nwListParts.set(base, part);
    return part;
  }
  const part = { doc: nwParse(html), cards: null };
  if (base) {
    nwListParts.set(String(base), part);
    for (const old of nwListParts.keys()) if (nwListParts.size > NW_LIST_PARTS_KEPT) nwListParts.delete(old);
  }
  return part;
}

/**
 * A list's view read again after cards were appended, as `{result, cardsKept}`:
 * the cards the page was last sent (`part.cards`) that read the same are
 * left out, and the page keeps its own copy of them (a growing list's view
 * would otherwise cross to the page whole at every reading: 300 cards, 110 KB).
 * Anything else that changed (a setting, a card read otherwise) sends it whole.
 */
function nwNewCardsOnly(part, view) {
  const cards = (view?.cards ?? []).map((card) => JSON.stringify(card));
  const before = part.cards;
  part.cards = cards;
  if (!before || before.length > cards.length || before.some((card, i) => card !== cards[i])) return { result: view };
  return { result: { ...view, cards: view.cards.slice(before.length) }, cardsKept: before.length };
}

/**
 * `{op, html, url, fields, context}` → `{result}`, `{stale}` or `{error, trapped}`
 * (`trapped`: the wasm trapped, as a Rust panic does, and this instance
 * should not be trusted any more; `stale`: the list part `base` that
 * `appended` adds to is not kept here; `{result, cardsKept}`: after
 * `appended`, the view's cards past the first `cardsKept`, which read as the
 * page was last told, nwNewCardsOnly); `fields`
 * are the values of the page's note boxes, in document order. The snapshot
 * keeps the invitation dialog's shadow root as declarative shadow DOM, which
 * `Document.parseHTMLUnsafe` turns back into a shadow root. A list's part
 * may come with a `base` (kept), or as `appended` to one.
 */
async function nwAnalyzeSnapshot({ op, html, url, fields, context, base, appended }) {
  try {
    const nw = await nwLoadSnapshotWasm();
    const part = nwSnapshotPart({ html, base, appended });
    if (!part) return { stale: true };
    const { doc } = part;
    // Note boxes hold what the user typed in their value, not in the HTML.
    const outlet = doc.getElementById('interop-outlet')?.shadowRoot;
    const boxes = [...doc.querySelectorAll('textarea'), ...(outlet ? outlet.querySelectorAll('textarea') : [])];
    boxes.forEach((box, i) => {
      if (typeof fields?.[i] === 'string') box.value = fields[i];
    });
    if (op === 'dialog') return { result: nw.analyzeDialog(doc, String(url), context) };
    const result = nw.analyzePage(doc, String(url), context);
    return base ? nwNewCardsOnly(part, result) : { result };
  } catch (error) {
    return { error: String(error?.message || error), trapped: error instanceof WebAssembly.RuntimeError };
  }
}
