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
 * side-by-side comparisons. `userDataDir` lets a test restart the browser on
 * the same profile (settings persistence).
 */
export async function launch(server, { extension = true, userDataDir, locale = 'en-US' } = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'nw-profile-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
    extension ? `--disable-extensions-except=${EXTENSION_DIR}` : '--disable-extensions',
  ];
  if (extension) args.push(`--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    locale,
    args,
  });
  // Every request the browser makes, and whether the extension's own service
  // worker made it (loading its packaged files is not network traffic).
  const requests = [];
  context.on('request', (request) =>
    requests.push({ url: request.url(), byWorker: request.serviceWorker() !== null }));
  let extensionId = null;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    requests,
    extensionId,
    page: context.pages()[0] ?? (await context.newPage()),
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
