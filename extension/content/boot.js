// The content script the browser injects into every LinkedIn page but the
// ones we read (those get the session's scripts from the manifest as they
// load): it does nothing but wait for one of LinkedIn's in-app navigations
// to a profile, people search or received invitations, or a click that may
// open or change an invitation dialog, and then asks the background for the
// rest (once per document); everywhere else the page never runs anything
// more of ours.
(() => {
  // NW_MSG.CS_BG_WAKE in messages.js.
  const WAKE = 'cs-bg-wake';
  const off = [];
  let asking = false;

  function wake(byClick) {
    if (asking) return;
    asking = true;
    // The session reads this when it starts: a click asks it to follow the dialog at once.
    globalThis.nwWoken = { byClick };
    const failed = () => {
      asking = false; // the background could not start us: try again on the next sign
    };
    try {
      chrome.runtime.sendMessage({ type: WAKE }).then((answer) => (answer?.ok ? stop() : failed()), failed);
    } catch {
      stop(); // the extension was reloaded under this page
    }
  }

  const stop = () => {
    for (const f of off.splice(0)) f();
  };

  /** RELEVANT_PATH in session.js, without compiling a RegExp on every LinkedIn page. */
  const relevant = (path) =>
    (path.startsWith('/in/') && path.length > 4 && path[4] !== '/') ||
    path.startsWith('/search/results/people') || path.startsWith('/mynetwork/invitation-manager');

  const onNavigation = () => {
    if (relevant(location.pathname)) wake(false);
  };

  /** The invite guard's own test (invite-guard.js onClick), without reading anything. */
  function onClick(event) {
    if (!event.isTrusted) return;
    for (const node of event.composedPath()) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.tagName === 'BUTTON' || node.getAttribute('role') === 'button' || node.tagName === 'A') {
        if (node.closest('[role="dialog"], [role="alertdialog"], a[href*="custom-invite"]')) wake(true);
        return;
      }
      if (node === document.body) return;
    }
  }

  // LinkedIn is a single-page app: follow its navigation without polling.
  // The Navigation API sees every same-document URL change (pushState,
  // replaceState, back and forward); without it, the <title>, which changes
  // on every route, and popstate.
  const nav = window.navigation;
  if (nav) {
    nav.addEventListener('currententrychange', onNavigation);
    off.push(() => nav.removeEventListener('currententrychange', onNavigation));
  } else {
    const titles = new MutationObserver(onNavigation);
    titles.observe(document.head, { childList: true, subtree: true, characterData: true });
    addEventListener('popstate', onNavigation);
    off.push(() => titles.disconnect(), () => removeEventListener('popstate', onNavigation));
  }
  addEventListener('click', onClick, true);
  off.push(() => removeEventListener('click', onClick, true));
  onNavigation();
})();
