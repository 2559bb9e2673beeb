// Runs the wasm on a snapshot of a LinkedIn page, in the extension's own
// context (Chrome's offscreen document, Firefox's background page): every
// profile's parts, and pages whose CSP forbids WebAssembly. Same wasm, same
// results as in the page: the content script renders them with the same
// renderer.
/* global nwStartWasm */
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
 * `{op, html, url, fields, context}` → `{result}` or `{error, trapped}`
 * (`trapped`: the wasm trapped, as a Rust panic does, and this instance
 * should not be trusted any more); `fields`
 * are the values of the page's note boxes, in document order. The snapshot
 * keeps the invitation dialog's shadow root as declarative shadow DOM, which
 * `Document.parseHTMLUnsafe` turns back into a shadow root.
 */
async function nwAnalyzeSnapshot({ op, html, url, fields, context }) {
  try {
    const nw = await nwLoadSnapshotWasm();
    const doc = Document.parseHTMLUnsafe
      ? Document.parseHTMLUnsafe(String(html))
      : new DOMParser().parseFromString(String(html), 'text/html');
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
