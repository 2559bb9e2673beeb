// The one renderer for what the wasm computed (a PageView, see src/view.rs).
// It draws inside a closed shadow root on an attribute-less host, so LinkedIn's
// CSS cannot leak in and nothing identifying is written into LinkedIn's DOM.

/* exported createNwRenderer */

/**
 * A renderer drawing into `doc` (the page's document in the content script;
 * a sample page's in the playground), with strings from `getMessage`
 * (`chrome.i18n.getMessage` or the playground's equivalent).
 */
function createNwRenderer(doc, getMessage) {
  const t = (key, subs) => getMessage(key, subs) || key;

  const STYLE = `
    :host { all: initial; position: fixed; top: 64px; right: 16px; z-index: 2147483000; }
    .badge { font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      display: flex; gap: 8px; align-items: center; max-width: 280px; padding: 6px 10px;
      border-radius: 16px; border: 1px solid #c7d2dd; background: #ffffff; color: #1d2226;
      box-shadow: 0 1px 4px rgba(0,0,0,.15); cursor: default; }
    .badge.dark { background: #1b1f23; color: #e9e9e9; border-color: #38434f; }
    .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .degree { flex: none; font-weight: 400; opacity: .75; }
    .headline { display: none; }
  `;

  let host = null;
  let shadow = null;

  function ensureHost() {
    if (host && host.isConnected) return shadow;
    host = doc.createElement('div');
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    shadow.append(style);
    doc.documentElement.append(host);
    return shadow;
  }

  function clear() {
    if (host) host.remove();
    host = null;
    shadow = null;
  }

  const isDark = () => doc.documentElement.classList.contains('theme--dark');

  function el(tag, className, text) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text; // always text, never markup
    return node;
  }

  function renderBadge(badge) {
    const root = ensureHost();
    root.querySelector('.badge')?.remove();
    const box = el('div', 'badge' + (isDark() ? ' dark' : ''));
    box.setAttribute('role', 'status');
    box.tabIndex = 0;
    const degree = badge.degree ? t('degree' + badge.degree) : '';
    box.setAttribute('aria-label', t('badgeLabel', [badge.name, degree || t('degreeNone')]));
    box.title = badge.headline || badge.name;
    box.append(el('span', 'name', badge.name));
    if (degree) box.append(el('span', 'degree', degree));
    if (badge.headline) box.append(el('span', 'headline', badge.headline));
    root.append(box);
  }

  /** Shows `view`, or removes everything when it has nothing to show. */
  function render(view) {
    if (view && view.badge) renderBadge(view.badge);
    else clear();
  }

  return { render, clear };
}
