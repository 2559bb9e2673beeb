// The playground: loads a page into the frame, runs the same wasm the
// extension runs on it (dist/web) and draws the result with the extension's
// own renderer, so what you see here is what the extension shows on LinkedIn.
/* global createNwRenderer */
import init, { analyzePage } from '/dist/web/noteworthy.js';

const $ = (id) => document.getElementById(id);
const frame = $('page');
const status = (text) => { $('status').textContent = text; };

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

/** The page's own scripts never run here: a CSP in the frame forbids them. */
function inert(html) {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + csp) : csp + html;
}

/** Where a saved page came from: its canonical link, else a profile address. */
function addressOf(doc) {
  const canonical = doc.querySelector('link[rel="canonical"]')?.href ?? doc.querySelector('meta[property="og:url"]')?.content;
  return canonical && canonical.includes('linkedin.com') ? canonical : 'https://www.linkedin.com/in/saved-page/';
}

async function show(html, url) {
  status('Analyzing…');
  await new Promise((resolve) => {
    frame.onload = resolve;
    frame.srcdoc = inert(html);
  });
  const doc = frame.contentDocument;
  const address = url ?? addressOf(doc);
  const started = performance.now();
  let view;
  try {
    view = analyzePage(doc, address);
  } catch (error) {
    status(`Could not read this page: ${error.message}`);
    return;
  }
  const ms = (performance.now() - started).toFixed(2);
  renderer(doc).render(view);
  $('reading').textContent = JSON.stringify(view, null, 2);
  status(view.ready ? `Read ${address} in ${ms} ms.` : `Nothing to show on ${address}: not a page Noteworthy reads, or not one it understands.`);
}

let getMessage;
const renderers = new WeakMap();
function renderer(doc) {
  if (!renderers.has(doc)) renderers.set(doc, createNwRenderer(doc, getMessage));
  return renderers.get(doc);
}

async function main() {
  await init();
  getMessage = await loadMessages();
  const index = await fetch('/fixtures/index.json').then((r) => (r.ok ? r.json() : []));
  const samples = index.filter((entry) => entry.kind === 'profile');
  for (const sample of samples) {
    const option = document.createElement('option');
    option.value = sample.file;
    option.textContent = `${sample.file.replace(/\.html$/, '')} (${sample.generation}, ${sample.language})`;
    $('sample').append(option);
  }
  const load = async () => {
    const sample = samples.find((s) => s.file === $('sample').value);
    if (sample) await show(await (await fetch(`/fixtures/${sample.file}`)).text(), sample.url);
  };
  $('sample').addEventListener('change', load);
  $('file').addEventListener('change', async () => {
    const file = $('file').files[0];
    if (file) await show(await file.text(), null);
  });
  if (samples.length) await load();
  else status('No sample pages found; open a saved LinkedIn page instead.');
}

main();
