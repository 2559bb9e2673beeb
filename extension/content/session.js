// One page's session: follows LinkedIn's in-app navigation, asks the engine
// (the wasm, wherever it runs) what to show, hands that to the renderer and
// the invite guard, and keeps the toolbar and popup in step. Idle on pages
// we have nothing to say about.

/* exported startNwSession */
/* global NW_MSG, createNwRenderer, createInviteGuard */

/**
 * `i18n`: { message(key, subs), uiLanguage() }, chrome.i18n's two calls (the
 * loader answers them without a round trip to the browser).
 * `followDialog`: started by a click that may open an invitation dialog
 * (boot.js), so the guard follows the dialog from the start.
 * `engine`: { load(): Promise,
 *             preloaded() → { stored: NwSettings.load()'s answer, judgment: NwSettings.judgmentSettings() of it }
 *               if they came with load(), else null,
 *             settings() → Promise of the same, read again,
 *             record(what, value) → Promise: a write ('me', 'noteSent', 'linkedInRemaining', 'noteLimitSeen')
 *               made where the settings live (the page loads none of their code),
 *             page(context, ours) → PageView (or a Promise of it); ours(node): the node is the renderer's,
 *             warmUp(): a dialog may open soon (optional),
 *             dialog(context, onChange) → DialogView|null, synchronous;
 *             an engine that answers later returns its last answer and calls
 *             onChange when a newer one differs }.
 */
function startNwSession(engine, { followDialog = false, i18n = null } = {}) {
  const RELEVANT_PATH = /^\/(in\/[^/]+|search\/results\/people|mynetwork\/invitation-manager)/;
  const LIST_PATH = /^\/(search\/results\/people|mynetwork\/invitation-manager)/;
  const WAIT_FOR_PAGE_MS = 15000;
  const SETTLE_MS = 120; // let a burst of LinkedIn's mutations finish first
  const LIST_SETTLE_MS = 400; // lists grow as the user scrolls: re-read at most this often

  const t = i18n?.message ?? ((key, subs) => chrome.i18n.getMessage(key, subs));
  let stored = null; // { settings, counters, me, problems } from NwSettings.load()
  let judgment = null; // NwSettings.judgmentSettings(stored), made with it
  let askedInMonth = null; // the month in which the settings were last asked for again (it turned under this page)
  let switchedOff = null; // why, once something failed on this page
  let current = { url: null, view: null, observer: null, timer: 0, deadline: 0 };

  const quiet = () => Boolean(stored?.settings.quietMode);
  const context = () => {
    // The month turned under an open page: its counters start afresh. This
    // reading uses last month's; the fresh ones (asked for once) read the page again.
    const month = thisMonth();
    if (stored.counters.month !== month && askedInMonth !== month) {
      askedInMonth = month;
      engine.settings().then(storedChanged, () => {});
    }
    const settings = { ...judgment };
    // Reasons speak the browser's language; notes follow the profile's
    // unless the user chose a language for them.
    const noteLanguage = settings.language ?? null;
    settings.language = i18n ? i18n.uiLanguage() : chrome.i18n.getUILanguage();
    return {
      settings,
      noteLanguage,
      me: stored.me,
      guard: { enabled: stored.settings.guardEnabled && !quiet(), threshold: stored.settings.guardThreshold },
    };
  };

  /** 'YYYY-MM' in the user's time zone, as NwSettings.monthOf dates the counters. */
  function thisMonth() {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  }

  /** A note counter to keep (LinkedIn's dialog showed it, or a note went out): if the background cannot, nothing on the page minds. */
  const record = (what, value) => engine.record(what, value).catch(() => {});

  let told = null; // the last view summary the toolbar was told, as JSON

  /** Tells the toolbar what this page shows, when that changed: a list read again as it grows mostly shows the same. */
  function tellView(view) {
    const text = JSON.stringify(view);
    if (text === told) return;
    told = text;
    tell({ type: NW_MSG.CS_BG_VIEW, view });
  }

  function tell(message) {
    try {
      chrome.runtime.sendMessage(message).catch(() => {});
    } catch {
      // The extension was reloaded under this page: nothing to tell any more.
    }
  }

  /** A failure must leave LinkedIn exactly as if we were not installed. */
  function switchOff(error) {
    switchedOff = String(error?.message || error || 'unknown error');
    stopWaiting();
    guard.setEnabled(false);
    ui.clear();
    tell({ type: NW_MSG.CS_BG_VIEW, view: null, error: switchedOff });
  }

  function safely(fn) {
    if (switchedOff) return null;
    try {
      return fn();
    } catch (error) {
      switchOff(error);
      return null;
    }
  }

  // ---- what the user can do ------------------------------------------------

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      ui.showNudge({ why: t('copied') }, null);
    } catch {
      ui.showNudge({ why: t('copyFailed') }, null);
    }
  }

  async function thisIsMe() {
    const profile = current.view?.profile;
    if (!profile?.isSelf) return;
    const saved = await engine.record('me', profile).catch(() => null);
    ui.showNudge({ why: saved?.ok ? t('savedAsMe', [profile.name ?? '']) : t('optSaveFailed') }, null);
  }

  const actions = {
    copy,
    thisIsMe,
    insert: (text) => guard.actions.insert(text),
    replace: () => guard.actions.replace(),
    append: () => guard.actions.append(),
    undo: () => guard.actions.undo(),
    sendAnyway: () => guard.actions.sendAnyway(),
    notNow: () => guard.actions.notNow(),
  };
  const ui = createNwRenderer(document, t, actions);
  const say = (code, args = []) => t(`nudge_${code}`, args.map(String)) || code;
  const guard = createInviteGuard({
    doc: document,
    ui,
    say,
    analyzer: {
      dialog: () => {
        if (switchedOff) return null;
        if (!stored) {
          // A dialog on a page we do not read (the feed, My Network): the
          // guard needs the settings first, then looks at it again.
          prepare().then((ready) => ready && guard.recheck());
          return null;
        }
        prepare(); // a dialog counts as a page we read
        return safely(() => engine.dialog(context(), () => guard.recheck()));
      },
      /** A click may open a dialog: the engine gets ready to read it. */
      warmUp: () => {
        if (!switchedOff) prepare().then((ready) => ready && !switchedOff && engine.warmUp?.());
      },
    },
    onDialogSeen(view) {
      if (view.notesRemaining != null) record('linkedInRemaining', view.notesRemaining);
      if (view.noteLimit != null) record('noteLimitSeen', view.noteLimit);
    },
    onNoteSent: () => record('noteSent'),
    mayOpenDialog: (target) =>
      RELEVANT_PATH.test(location.pathname) || Boolean(target.closest('a[href*="custom-invite"]')),
  });

  // ---- reading the page ----------------------------------------------------

  let preparing = null;
  /** The engine started and the settings read, once for this page: false when that failed (we switched off). */
  function prepare() {
    preparing ??= (async () => {
      try {
        await engine.load();
        if (!stored) {
          ({ stored, judgment } = engine.preloaded?.() ?? (await engine.settings()));
        }
        return true;
      } catch (error) {
        switchOff(error);
        return false;
      }
    })();
    return preparing;
  }

  function stopWaiting() {
    current.observer?.disconnect();
    clearTimeout(current.timer);
    current.observer = null;
    current.timer = 0;
  }

  async function analyze() {
    current.timer = 0;
    if (!(await prepare())) return;
    const asked = current;
    let view;
    try {
      view = await engine.page(context(), ui.owns);
    } catch (error) {
      switchOff(error);
      return;
    }
    if (current !== asked) return; // LinkedIn navigated while the answer was on its way
    if (!view.ready && Date.now() < current.deadline) {
      // LinkedIn is still rendering: read again once it has changed the page.
      // The first time, also read again anyway: it may have changed while
      // this reading was on its way.
      if (!current.observer) {
        watchPage();
        scheduleAnalysis();
      }
      return;
    }
    // Profiles are read once; lists keep growing as the user scrolls.
    if (!LIST_PATH.test(location.pathname)) stopWaiting();
    current.view = view;
    if (quiet()) ui.clear();
    else ui.render(view);
    tellView(summary(view));
  }

  /** What the toolbar needs: who, and the score. */
  const summary = (view) => ({
    kind: view.kind,
    ready: view.ready,
    badge: view.badge && { name: view.badge.name, value: view.badge.value, tier: view.badge.tier },
  });

  function scheduleAnalysis() {
    if (current.timer) return;
    const delay = LIST_PATH.test(location.pathname) && current.view ? LIST_SETTLE_MS : SETTLE_MS;
    current.timer = setTimeout(analyze, delay);
  }

  function onNavigation() {
    if (switchedOff || location.href === current.url) return;
    stopWaiting();
    ui.clear();
    current = { url: location.href, view: null, observer: null, timer: 0, deadline: 0 };
    if (!RELEVANT_PATH.test(location.pathname)) {
      tellView(null);
      return; // idle here
    }
    current.deadline = Date.now() + WAIT_FOR_PAGE_MS;
    // A profile is usually whole by its first reading: it is watched only if
    // not (a page's first mutation observer costs it ~0.4 ms, and every
    // mutation LinkedIn makes while one is registered costs a record). A list
    // grows as the user scrolls: watched from the start.
    if (LIST_PATH.test(location.pathname)) watchPage();
    scheduleAnalysis();
  }

  /** Read again whenever LinkedIn changes the page (settled first), until stopWaiting(). */
  function watchPage() {
    current.observer = new MutationObserver((records) => {
      if (current.timer) return; // a reading is due already: LinkedIn's rendering bursts cost us nothing more
      // Our own chips and badge coming and going are not LinkedIn changing the page.
      const ours = (r) => [...r.addedNodes, ...r.removedNodes].every((node) => ui.owns(node));
      if (!records.every(ours)) scheduleAnalysis();
    });
    current.observer.observe(document.body, { childList: true, subtree: true });
  }

  // ---- the popup and settings ------------------------------------------------

  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (sender.id !== chrome.runtime.id) return;
    if (message?.type === NW_MSG.UI_CS_GET_VIEW) {
      reply({ view: current.view, switchedOff, quiet: quiet(), problems: stored?.problems ?? [] });
    } else if (message?.type === NW_MSG.UI_CS_INSERT && typeof message.text === 'string') {
      guard.actions.insert(message.text);
      reply({ ok: true });
    } else if (message?.type === NW_MSG.BG_CS_STORED_CHANGED && message.stored && message.judgment) {
      storedChanged(message);
    }
  });

  /**
   * Settings, "me" or the counters changed (the background relays storage's
   * news), or the month turned: the page is read again with them. Until then
   * it keeps its view (the popup asks for it meanwhile), and a burst of
   * changes (an invitation dialog records two counters) makes one reading.
   */
  function storedChanged(fresh) {
    ({ stored, judgment } = fresh);
    guard.setEnabled(!switchedOff);
    if (current.view) scheduleAnalysis();
  }

  // LinkedIn is a single-page app: follow in-app navigation without polling.
  // The Navigation API sees every same-document URL change (pushState,
  // replaceState, back and forward); without it, the <title>, which changes
  // on every route, and popstate. As boot.js does.
  if (window.navigation) {
    window.navigation.addEventListener('currententrychange', onNavigation);
  } else {
    addEventListener('popstate', onNavigation);
    new MutationObserver(onNavigation).observe(document.head, { childList: true, subtree: true, characterData: true });
  }
  onNavigation();
  if (followDialog) guard.followDialog();
}
