// The one renderer for what the wasm computed (a PageView, see src/view.rs),
// wherever the wasm ran. It draws inside closed shadow roots on empty hosts
// (no attribute but the badge's popover), so LinkedIn's CSS cannot leak in
// and nothing identifying is written into LinkedIn's DOM. Everything it shows is text
// (textContent), never markup: profiles are written by strangers.

/* exported createNwRenderer */

/**
 * A renderer drawing into `doc` (the page's document in the content script;
 * a sample page's in the playground). `getMessage` is chrome.i18n.getMessage
 * or the playground's equivalent; `actions` are the loader's handlers for
 * what the user clicks: copy(text), insert(text), thisIsMe(), sendAnyway(),
 * notNow(), replace(), append(), undo().
 */
function createNwRenderer(doc, getMessage, actions = {}) {
  const t = (key, subs) => getMessage(key, subs) || key;

  const BASE_STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .box { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2226;
      background: #fff; border: 1px solid #c7d2dd; border-radius: 10px; box-shadow: 0 2px 10px rgba(0,0,0,.18); }
    .dark .box, .box.dark { color: #e9e9e9; background: #1b1f23; border-color: #38434f; }
    button { font: inherit; cursor: pointer; border-radius: 14px; padding: 3px 10px; border: 1px solid #0a66c2;
      background: transparent; color: #0a66c2; }
    button.primary { background: #0a66c2; color: #fff; }
    .dark button { border-color: #71b7fb; color: #71b7fb; }
    .dark button.primary { background: #71b7fb; color: #1b1f23; }
    button:focus-visible, [tabindex]:focus-visible { outline: 2px solid #915907; outline-offset: 2px; }
    .high { --tier: #057642; } .medium { --tier: #915907; } .low { --tier: #666; }
    .dark .high { --tier: #7fc15e; } .dark .medium { --tier: #e7a33e; } .dark .low { --tier: #aaa; }
    .clip { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .wrap { overflow-wrap: anywhere; word-break: break-word; unicode-bidi: plaintext; }
  `;

  const PANEL_STYLE = `
    :host { position: fixed; top: 64px; right: 16px; z-index: 2147483000; }
    .badge { display: flex; gap: 8px; align-items: center; max-width: 300px; padding: 5px 12px 5px 6px;
      border-radius: 18px; font-weight: 600; }
    .score { flex: none; min-width: 30px; height: 24px; padding: 0 6px; border-radius: 12px; display: grid;
      place-items: center; color: #fff; background: var(--tier); font-variant-numeric: tabular-nums; }
    .dark .score { color: #1b1f23; }
    .name { min-width: 0; }
    .degree { flex: none; font-weight: 400; opacity: .75; }
    .panel { margin-top: 6px; width: 340px; max-height: 70vh; overflow: auto; padding: 10px 12px; }
    .panel h2 { font-size: 13px; margin: 8px 0 4px; }
    .panel ul { margin: 0; padding: 0 0 0 16px; }
    .panel li { margin: 0 0 4px; }
    .points { font-variant-numeric: tabular-nums; opacity: .7; }
    .suggestion { border-top: 1px solid #e0e0e0; padding: 6px 0; }
    .dark .suggestion { border-color: #38434f; }
    .row { display: flex; gap: 6px; margin-top: 4px; flex-wrap: wrap; }
    .note { margin: 0; }
    .muted { opacity: .75; margin: 4px 0; }
    .reason, .note { unicode-bidi: isolate; }
    .headline { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
  `;

  const NUDGE_STYLE = `
    .nudge { position: fixed; z-index: 2147483001; width: 320px; padding: 10px 12px; }
    .why { font-weight: 600; margin: 0 0 6px; }
    .note { margin: 0 0 8px; padding: 6px 8px; border-left: 3px solid #0a66c2; }
    .row { display: flex; gap: 6px; flex-wrap: wrap; }
  `;

  const CHIP_STYLE = `
    :host { display: inline-block; margin-inline-start: 6px; vertical-align: middle; }
    .chip { display: inline-flex; gap: 4px; align-items: center; padding: 1px 8px; border-radius: 10px;
      font: 600 12px/1.5 system-ui, sans-serif; color: #fff; background: var(--tier); }
    .dark .chip { color: #1b1f23; }
    .ask { margin-inline-start: 6px; font-size: 12px; padding: 1px 8px; }
  `;

  const isDark = () => {
    const html = doc.documentElement;
    return html.classList.contains('theme--dark') || html.getAttribute('data-theme') === 'dark';
  };

  const sheets = new Map(); // style → its stylesheet, parsed once and shared
  const hosts = new WeakSet(); // every host we attached, so our own insertions can be told apart

  /** An empty, attribute-less host with a closed shadow root and our styles. */
  function makeHost(style) {
    const host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    // A constructed stylesheet: the page's CSP (style-src) does not apply to it.
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(BASE_STYLE + style);
      sheets.set(style, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
    const root = doc.createElement('div');
    shadow.append(root);
    hosts.add(host);
    return { host, shadow, root };
  }

  /**
   * Appends `host` after <body>, as a manual popover where the browser has
   * them: in the top layer, a fixed box is drawn without walking the page's
   * paint properties again (on a 10k-element profile, 7 ms of the frame's
   * 16 ms went to PrePaint with a z-indexed fixed box; 0.1 ms in the top
   * layer). Manual: no light dismiss, Escape stays the page's.
   */
  function showOnTopLayer(host) {
    const popover = typeof host.showPopover === 'function';
    if (popover) host.popover = 'manual';
    doc.documentElement.append(host);
    if (!popover) return;
    try {
      host.showPopover();
    } catch {
      host.removeAttribute('popover'); // shown as a plain fixed box instead
    }
  }

  function el(tag, className, text) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text); // always text, never markup
    return node;
  }

  function button(label, onClick, { primary = false, aria } = {}) {
    const b = el('button', primary ? 'primary' : '', label);
    b.type = 'button';
    if (aria) b.setAttribute('aria-label', aria);
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      onClick?.();
    });
    return b;
  }

  // ---- profile badge and panel --------------------------------------------

  let badgeUi = null;
  let panelOpen = false;
  let lastBadgeKey = '';

  function suggestionList(suggestions, { insert = true } = {}) {
    const list = el('div');
    for (const suggestion of suggestions) {
      const item = el('div', 'suggestion');
      item.append(el('p', 'note wrap', suggestion.text));
      const row = el('div', 'row');
      row.append(button(t('copy'), () => actions.copy?.(suggestion.text), { aria: t('copyNote') }));
      if (insert) row.append(button(t('insert'), () => actions.insert?.(suggestion.text), { primary: true, aria: t('insertNote') }));
      item.append(row);
      list.append(item);
    }
    return list;
  }

  function renderBadge(badge) {
    const key = JSON.stringify(badge) + isDark();
    if (badgeUi?.host.isConnected && key === lastBadgeKey) return; // nothing changed
    lastBadgeKey = key;
    if (!badgeUi || !badgeUi.host.isConnected) {
      badgeUi = makeHost(PANEL_STYLE);
      showOnTopLayer(badgeUi.host);
    }
    const root = badgeUi.root;
    root.replaceChildren();
    root.className = `${badge.tier ?? 'low'}${isDark() ? ' dark' : ''}`;

    const pill = el('div', 'box badge');
    pill.setAttribute('role', 'button');
    pill.tabIndex = 0;
    pill.setAttribute('aria-expanded', String(panelOpen));
    const degree = badge.degree ? t('degree' + badge.degree) : '';
    const scoreText = badge.value == null ? '–' : String(badge.value);
    pill.setAttribute('aria-label', t('badgeLabel', [badge.name, scoreText, t('tier_' + (badge.tier ?? 'low'))]));
    pill.title = badge.headline || badge.name;
    pill.append(el('span', 'score', scoreText), el('span', 'name clip', badge.name));
    if (degree) pill.append(el('span', 'degree', degree));
    const toggle = () => {
      panelOpen = !panelOpen;
      lastBadgeKey = '';
      renderBadge(badge);
      badgeUi.root.querySelector('.badge')?.focus();
    };
    pill.addEventListener('click', toggle);
    pill.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle();
      } else if (event.key === 'Escape' && panelOpen) {
        toggle();
      }
    });
    root.append(pill);
    if (!panelOpen) return;

    const panel = el('div', 'box panel');
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-label', t('panelLabel', [badge.name]));
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') toggle();
    });
    if (badge.headline) panel.append(el('p', 'muted wrap headline', badge.headline));
    if (badge.isSelf) {
      panel.append(el('p', 'muted', t('thisIsMeHint')));
      panel.append(button(t('thisIsMe'), () => actions.thisIsMe?.(), { primary: true }));
    }
    if (badge.reasons?.length) {
      panel.append(el('h2', '', t('whyScore')));
      const list = el('ul');
      for (const reason of badge.reasons) {
        // Isolated: a stranger's unclosed bidi override must not flip our points.
        const item = el('li', 'wrap');
        item.append(el('span', 'reason', reason.text));
        if (reason.points) item.append(' ', el('span', 'points', (reason.points > 0 ? '+' : '') + reason.points));
        list.append(item);
      }
      panel.append(list);
    }
    if (badge.suggestions?.length) {
      panel.append(el('h2', '', t('suggestedNotes')));
      panel.append(suggestionList(badge.suggestions, { insert: badge.canInsert !== false }));
    }
    root.append(panel);
  }

  function clearBadge() {
    badgeUi?.host.remove();
    badgeUi = null;
    panelOpen = false;
    lastBadgeKey = '';
  }

  // ---- chips on search results and received invitations --------------------

  const chips = new Map(); // profileUrl -> { host, anchor, card }: the card view it shows

  /**
   * A profile address's slug, remembered by address: a list is read again
   * every time it grows, its links and cards mostly the same.
   */
  const slugs = new Map(); // href -> slug
  const slugOf = (href) => {
    let slug = slugs.get(href);
    if (slug !== undefined) return slug;
    try {
      slug = decodeURIComponent(href.split('/in/')[1]?.split(/[/?#]/)[0] ?? '');
    } catch {
      slug = '';
    }
    if (slugs.size >= 4000) slugs.clear(); // a long session's lists: kept to about one long list's worth
    slugs.set(href, slug);
    return slug;
  };

  /** Links seen with text, by the href they had then: their text is not asked again while it stays. */
  const namedLinks = new WeakMap(); // link -> href

  /**
   * Each profile's first named link in the page's <main> (where lists' cards
   * are read; the whole page without one), where its card's chip goes: one
   * pass, which a growing list makes at every reading (LinkedIn's navigation,
   * side panels and messaging are about as many elements as 300 cards).
   */
  function profileLinks() {
    const links = new Map();
    for (const link of (doc.querySelector('main') ?? doc).querySelectorAll('a[href*="/in/"]')) {
      const href = link.getAttribute('href') ?? '';
      if (namedLinks.get(link) !== href) {
        // A link without text yet (a picture's) is asked again next time: its name may come later.
        if (!link.textContent.trim()) continue;
        namedLinks.set(link, href);
      }
      const slug = slugOf(href);
      if (slug && !links.has(slug)) links.set(slug, link);
    }
    return links;
  }

  /**
   * Whether two card views draw the same chip: what it shows, field by field
   * (asked at every reading of a growing list, for every card: cheaper than
   * a JSON key of each).
   */
  function sameChip(a, b) {
    if (a.value !== b.value || a.tier !== b.tier || a.name !== b.name || a.reply?.text !== b.reply?.text) return false;
    const ra = a.reasons ?? [];
    const rb = b.reasons ?? [];
    return ra.length === rb.length && ra.every((r, i) => r.text === rb[i].text);
  }

  function renderChips(cards) {
    const wanted = new Set();
    const links = profileLinks();
    for (const card of cards) {
      if (!card.profileUrl || card.value == null) continue;
      wanted.add(card.profileUrl);
      const anchor = links.get(slugOf(card.profileUrl));
      if (!anchor) continue;
      const existing = chips.get(card.profileUrl);
      if (existing?.host.isConnected && existing.anchor === anchor && sameChip(existing.card, card)) continue;
      existing?.host.remove();
      const ui = makeHost(CHIP_STYLE);
      ui.root.className = `${card.tier}${isDark() ? ' dark' : ''}`;
      const chip = el('span', 'chip', card.value);
      chip.setAttribute('role', 'img');
      chip.setAttribute('aria-label', t('chipLabel', [String(card.value), t('tier_' + card.tier)]));
      chip.title = card.reasons?.map((r) => r.text).join('\n') ?? '';
      ui.root.append(chip);
      if (card.reply) {
        const ask = button(t('askForContext'), () => actions.copy?.(card.reply.text), { aria: t('askForContextLabel', [card.name ?? '']) });
        ask.className = 'ask';
        ui.root.append(ask);
      }
      anchor.after(ui.host);
      chips.set(card.profileUrl, { host: ui.host, anchor, card });
    }
    for (const [url, chip] of chips) {
      if (!wanted.has(url)) {
        chip.host.remove();
        chips.delete(url);
      }
    }
  }

  function clearChips() {
    for (const chip of chips.values()) chip.host.remove();
    chips.clear();
  }

  // ---- the invite guard's nudge --------------------------------------------

  let nudgeUi = null;

  /**
   * Shows `nudge` ({why, suggestion, notesUsedUp, choice, undo}) beside
   * `anchorRect` (the dialog's box).
   */
  function showNudge(nudge, anchorRect) {
    hideNudge();
    nudgeUi = makeHost(NUDGE_STYLE);
    const box = el('div', 'box nudge' + (isDark() ? ' dark' : ''));
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', t('nudgeLabel'));
    box.append(el('p', 'why wrap', nudge.why));
    const row = el('div', 'row');
    if (nudge.choice) {
      // The note box holds the user's own words: never overwrite silently.
      box.append(el('p', 'muted', t('noteBoxHasText')));
      row.append(button(t('replace'), () => actions.replace?.(), { primary: true }));
      row.append(button(t('append'), () => actions.append?.()));
      row.append(button(t('notNow'), () => actions.notNow?.()));
    } else if (nudge.undo) {
      row.append(button(t('undo'), () => actions.undo?.(), { primary: true }));
      row.append(button(t('close'), () => actions.notNow?.()));
    } else {
      if (nudge.suggestion) box.append(el('p', 'note wrap', nudge.suggestion.text));
      if (nudge.suggestion && !nudge.notesUsedUp) {
        row.append(button(t('insertNote'), () => actions.insert?.(nudge.suggestion.text), { primary: true }));
      }
      if (nudge.hold) row.append(button(t('sendAnyway'), () => actions.sendAnyway?.()));
      row.append(button(nudge.hold ? t('notNow') : t('close'), () => actions.notNow?.()));
    }
    box.append(row);
    nudgeUi.root.append(box);
    doc.documentElement.append(nudgeUi.host);
    place(box, anchorRect);
    nudgeUi.root.querySelector('button')?.focus();
  }

  /**
   * Beside the dialog when there is room, else below or above it, else in the
   * bottom corner. Positions go on the box inside our shadow root, never on
   * LinkedIn's DOM.
   */
  function place(box, rect) {
    const view = doc.defaultView;
    const width = 332;
    const height = box.getBoundingClientRect().height || 180;
    const style = box.style;
    const at = (left, top) => {
      style.left = `${Math.max(8, left)}px`;
      style.top = `${Math.max(8, top)}px`;
    };
    if (!rect) {
      style.right = '16px';
      style.bottom = '16px';
    } else if (view.innerWidth - rect.right >= width + 12) {
      at(rect.right + 12, rect.top);
    } else if (rect.left >= width + 12) {
      at(rect.left - width - 12, rect.top);
    } else if (view.innerHeight - rect.bottom >= height + 8) {
      at(rect.left, rect.bottom + 8);
    } else if (rect.top >= height + 8) {
      at(rect.left, rect.top - height - 8);
    } else {
      style.right = '16px';
      style.bottom = '16px';
    }
  }

  function hideNudge() {
    nudgeUi?.host.remove();
    nudgeUi = null;
  }

  /** Shows `view`, or removes everything when it has nothing to show. */
  function render(view) {
    if (view?.badge) renderBadge(view.badge);
    else clearBadge();
    if (view?.cards?.length) renderChips(view.cards);
    else clearChips();
  }

  function clear() {
    clearBadge();
    clearChips();
    hideNudge();
  }

  /** The node is one of our hosts (a mutation we caused, not LinkedIn). */
  const owns = (node) => hosts.has(node);

  return { render, clear, showNudge, hideNudge, owns, get nudgeShown() { return nudgeUi !== null; } };
}
