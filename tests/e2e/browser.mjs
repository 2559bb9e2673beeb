// Debian's Chromium driven by playwright-core, with dist/chrome loaded
// unchanged and every host mapped to the local fixture server.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { repo } from './pages.mjs';

export const EXTENSION_DIR = join(repo, 'dist/chrome');

/**
 * Launches Chromium. `extension: false` gives the page alone, for
 * side-by-side comparisons; `extensionDir` loads another build of it.
 * `userDataDir` lets a test restart the browser on the same profile
 * (settings persistence). `args`: more Chromium switches (bench diagnostics).
 */
export async function launch(server, { extension = true, userDataDir, locale = 'en-US', extensionDir = EXTENSION_DIR, args: extraArgs = [] } = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'nw-profile-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
    extension ? `--disable-extensions-except=${extensionDir}` : '--disable-extensions',
    ...extraArgs,
  ];
  if (extension) args.push(`--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    locale,
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from LANGUAGE.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args,
  });
  // Every request the browser makes, and who made it: the extension's own
  // worker or pages loading their packaged files is not network traffic.
  const requests = [];
  context.on('request', (request) => {
    let page = null;
    try {
      page = request.serviceWorker() ? null : request.frame().url();
    } catch {
      // a request without a frame (worker, navigation of a closed page)
    }
    requests.push({ url: request.url(), page });
  });
  let extensionId = null;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // On install the extension opens its options page; let it settle first so
    // it neither takes over the test's tab nor races the test's own storage.
    const isOptions = (p) => p.url().endsWith('/options/options.html');
    const options = context.pages().find(isOptions) ??
      (await context.waitForEvent('page', { predicate: isOptions, timeout: 3000 }).catch(() => null));
    await options?.waitForLoadState('load').catch(() => {});
  }
  return {
    context,
    requests,
    extensionId,
    // A page of our own: the extension opens its options page on first run.
    page: await context.newPage(),
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's in-page UI lives in a closed shadow root that page scripts
 * (and Playwright's selectors) cannot reach; DevTools can. Returns the roots
 * of every closed shadow root attached under <html>, as plain trees.
 */
export async function extensionRoots(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const found = [];
    const walk = (node) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') found.push(shadow);
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    return found.map((shadow) => new UiNode(shadow, cdp));
  } catch (error) {
    await cdp.detach();
    throw error;
  }
}

/** A node of a DevTools DOM snapshot, with the few queries tests need. */
export class UiNode {
  constructor(node, cdp) {
    this.node = node;
    this.cdp = cdp;
  }
  get attributes() {
    const list = this.node.attributes ?? [];
    const out = {};
    for (let i = 0; i < list.length; i += 2) out[list[i]] = list[i + 1];
    return out;
  }
  get classes() {
    return (this.attributes.class ?? '').split(/\s+/).filter(Boolean);
  }
  /** Every descendant element (shadow roots included) matching `predicate`. */
  findAll(predicate) {
    const out = [];
    const walk = (node) => {
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const ui = new UiNode(child, this.cdp);
        if (child.nodeType === 1 && predicate(ui)) out.push(ui);
        walk(child);
      }
    };
    walk(this.node);
    return out;
  }
  byClass(name) {
    return this.findAll((n) => n.classes.includes(name))[0] ?? null;
  }
  get text() {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === 3) parts.push(node.nodeValue);
      if (node.nodeName === 'STYLE') return;
      for (const child of node.children ?? []) walk(child);
    };
    walk(this.node);
    return parts.join('').replace(/\s+/g, ' ').trim();
  }
  /** Clicks the element's centre like a user would. */
  async click(page) {
    const { model } = await this.cdp.send('DOM.getBoxModel', { backendNodeId: this.node.backendNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
  async detach() {
    await this.cdp.detach().catch(() => {});
  }
}

/** Polls `fn` until it returns something truthy. */
export async function eventually(fn, { timeout = 10000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/**
 * The extension's UI on `page`, read fresh from DevTools on every call:
 * `find(className)` → UiNode|null, `button(text)` → UiNode|null,
 * `waitFor(className)`, `waitForButton(text)`, `gone(className)`, `hosts()`.
 */
export function extensionUi(page) {
  async function snapshot(pick) {
    const roots = await extensionRoots(page);
    let found = null;
    for (const root of roots) {
      found = pick(root);
      if (found) break;
    }
    return { found, roots };
  }
  const byText = (text) => (root) =>
    root.findAll((n) => n.node.nodeName === 'BUTTON' && n.text === text)[0] ?? null;
  return {
    async find(className) {
      return (await snapshot((root) => root.byClass(className))).found;
    },
    async button(text) {
      return (await snapshot(byText(text))).found;
    },
    waitFor(className, options) {
      return eventually(() => this.find(className), { what: `.${className}`, ...options });
    },
    waitForButton(text, options) {
      return eventually(() => this.button(text), { what: `button "${text}"`, ...options });
    },
    async gone(className) {
      await eventually(async () => !(await this.find(className)), { what: `.${className} to go` });
    },
    /** How many closed shadow roots we attached to the page. */
    async hosts() {
      return (await extensionRoots(page)).length;
    },
    async click(text) {
      const b = await this.waitForButton(text);
      await b.click(page);
    },
  };
}

/** Writes extension storage from one of the extension's own pages. */
export async function setStorage(browser, { sync, local }) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    await page.evaluate(async ({ sync, local }) => {
      if (sync) await chrome.storage.sync.set(sync);
      if (local) await chrome.storage.local.set(local);
    }, { sync, local });
  } finally {
    await page.close();
  }
}

/**
 * The popup, opened as a page of its own. The real popup asks for the active
 * tab; here the popup is a tab itself, so it is pointed at the LinkedIn tab:
 * the one whose content script answers (the extension may not read tab URLs).
 */
export async function openPopup(browser) {
  const popup = await browser.context.newPage();
  await popup.addInitScript(() => {
    const query = chrome.tabs.query.bind(chrome.tabs);
    chrome.tabs.query = async (q) => {
      if (!q.active) return query(q);
      for (const tab of await query({})) {
        try {
          if (await chrome.tabs.sendMessage(tab.id, { type: 'ui-cs-get-view' })) return [tab];
        } catch {
          // no content script in that tab
        }
      }
      return [];
    };
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
  return popup;
}
