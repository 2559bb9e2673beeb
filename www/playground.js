// The playground: loads a page into the frame, runs the same wasm the
// extension runs on it (dist/web) and draws the result with the extension's
// own renderer and invite guard, so what you see here is what the extension
// does on LinkedIn. Sample pages come with LinkedIn's stand-in script: click
// Connect, then "Send without a note", to meet the guard.
/* global createNwRenderer, createInviteGuard */
import init, { analyzeDialog, analyzePage } from '/dist/web/noteworthy.js';

const $ = (id) => document.getElementById(id);
const frame = $('page');
const status = (text) => {
  $('status').textContent = text;
};
/** What the extension would know about you: nothing yet (no "me"). */
const context = { guard: { enabled: true, threshold: 40 } };

/** chrome.i18n.getMessage's behaviour, from the extension's English locale. */
async function loadMessages() {
  const messages = await (await fetch('/extension/_locales/en/messages.json')).json();
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const args = Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\w+)\$/g, (_, name) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n) => args[Number(n) - 1] ?? '');
    });
  };
}

/** A saved page's own scripts never run here: a CSP in the frame forbids them. */
function inert(html) {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + csp) : csp + html;
}

/** Where a saved page came from: its canonical link, else a profile address. */
function addressOf(doc) {
  const canonical = doc.querySelector('link[rel="canonical"]')?.href ?? doc.querySelector('meta[property="og:url"]')?.content;
  return canonical && canonical.includes('linkedin.com') ? canonical : 'https://www.linkedin.com/in/saved-page/';
}

let getMessage;

/** The extension's renderer and guard, attached to the frame's document. */
function attach(doc, url) {
  const actions = {};
  const ui = createNwRenderer(doc, getMessage, actions);
  const guard = createInviteGuard({
    doc,
    ui,
    say: (code, args = []) => getMessage(`nudge_${code}`, args.map(String)) || code,
    analyzer: { dialog: () => analyzeDialog(doc, url, context) },
    mayOpenDialog: () => true,
  });
  Object.assign(actions, guard.actions, {
    copy: (text) => navigator.clipboard.writeText(text).then(() => status('Copied.'), () => status('Could not copy.')),
    thisIsMe: () => status('In the extension, this saves the profile as "me".'),
  });
  return ui;
}

/** Loads the frame (`src` for samples, `srcdoc` for saved pages) and analyzes it. */
async function show({ src, srcdoc, url }) {
  status('Analyzing…');
  await new Promise((resolve) => {
    frame.onload = resolve;
    if (src) frame.src = src;
    else frame.srcdoc = srcdoc;
  });
  const doc = frame.contentDocument;
  const address = url ?? addressOf(doc);
  const started = performance.now();
  let view;
  try {
    view = analyzePage(doc, address, context);
  } catch (error) {
    status(`Could not read this page: ${error.message}`);
    return;
  }
  const ms = (performance.now() - started).toFixed(2);
  attach(doc, address).render(view);
  $('reading').textContent = JSON.stringify(view, null, 2);
  status(view.ready
    ? `Read ${address} in ${ms} ms.${src ? ' Try Connect, then “Send without a note”.' : ''}`
    : `Nothing to show on ${address}: not a page Noteworthy reads, or not one it understands.`);
}

async function main() {
  await init();
  getMessage = await loadMessages();
  const index = await fetch('/fixtures/index.json').then((r) => (r.ok ? r.json() : []));
  const samples = index.filter((entry) => ['profile', 'search', 'invitations'].includes(entry.kind));
  for (const sample of samples) {
    const option = document.createElement('option');
    option.value = sample.file;
    option.textContent = `${sample.file.replace(/\.html$/, '')} (${sample.generation}, ${sample.language})`;
    $('sample').append(option);
  }
  const load = async () => {
    const sample = samples.find((s) => s.file === $('sample').value);
    if (sample) await show({ src: `/sample/${sample.file}`, url: sample.url });
  };
  $('sample').addEventListener('change', load);
  $('file').addEventListener('change', async () => {
    const file = $('file').files[0];
    if (file) await show({ srcdoc: inert(await file.text()), url: null });
  });
  if (samples.length) await load();
  else status('No sample pages found; open a saved LinkedIn page instead.');
}

main();
