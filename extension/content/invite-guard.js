// The invite guard and one-click insert: everything the extension does on
// LinkedIn's own invitation dialog. It holds a click only when the wasm said
// so, fills the note box the way LinkedIn registers typing, never overwrites
// what the user typed without asking, and never clicks Send.

/* exported createInviteGuard */

/**
 * `analyzer.dialog()` returns the current DialogView (src/view.rs) or null,
 * `analyzer.warmUp()` says a dialog may open (the engine may start then);
 * `ui` is the renderer; `say(code, subs)` turns a message code into text;
 * `onDialogSeen(view)` and `onNoteSent(view)` keep the note counters;
 * `mayOpenDialog(target)` says whether a click outside a dialog is worth
 * watching for one (so other LinkedIn pages stay idle).
 */
function createInviteGuard({ doc, analyzer, ui, say, onNoteSent, onDialogSeen, mayOpenDialog }) {
  const DIALOG = '[role="dialog"], [role="alertdialog"]';
  const bypassed = new WeakSet(); // dialogs where the user chose "Send anyway"
  let watching = null; // { observer, until }
  let lastInserted = null; // { box, text, previous }
  let pendingText = null; // chosen in the panel before the dialog was open
  let choice = null; // { box, text } while asking Replace / Append
  let enabled = true;

  // ---- finding LinkedIn's dialog (light DOM or the SDUI shadow root) --------

  function dialogRoots() {
    const roots = [doc];
    const outlet = doc.getElementById('interop-outlet');
    if (outlet?.shadowRoot) roots.push(outlet.shadowRoot);
    return roots;
  }

  /**
   * The open invitation dialog: the one holding a button the wasm named as
   * the invitation's own (other dialogs have a Dismiss too).
   */
  function findDialog(view) {
    if (!view) return null;
    const own = new Set(['add-note', 'send-without-note', 'send']);
    for (const root of dialogRoots()) {
      for (const dialog of root.querySelectorAll(DIALOG)) {
        for (const b of dialog.querySelectorAll('button, [role="button"]')) {
          if (own.has(roleOf(b, view))) return dialog;
        }
      }
    }
    return null;
  }

  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const labelOf = (el) => clean(el.getAttribute('aria-label')) || clean(el.textContent);

  /** The wasm named each button by its aria-label, else its visible text. */
  function roleOf(el, view) {
    const label = labelOf(el);
    const text = clean(el.textContent);
    return view?.buttons.find((b) => b.label === label || (!el.hasAttribute('aria-label') && text.includes(b.label)))?.role ?? null;
  }

  function buttonWithRole(dialog, view, role) {
    for (const b of dialog.querySelectorAll('button, [role="button"]')) {
      if (roleOf(b, view) === role) return b;
    }
    return null;
  }

  // ---- holding a send ------------------------------------------------------

  function clickedButton(event) {
    for (const node of event.composedPath()) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.tagName === 'BUTTON' || node.getAttribute('role') === 'button' || node.tagName === 'A') return node;
      if (node === doc.body) break;
    }
    return null;
  }

  /** Capture-phase click on window: runs before any of LinkedIn's handlers. */
  function onClick(event) {
    if (!enabled || !event.isTrusted) return;
    const target = clickedButton(event);
    if (!target) return;
    const dialogEl = target.closest(DIALOG);
    // A Connect, Add a note, … click may open the dialog or change its step.
    if (dialogEl || mayOpenDialog(target)) watchForDialog();
    if (!dialogEl) return;
    const view = analyzer.dialog();
    if (view) onDialogSeen?.(view); // what LinkedIn says now, before counting a send
    const role = roleOf(target, view);
    if (role === 'send' || role === 'send-without-note') {
      if (view?.nudge?.holdRoles.includes(role) && !bypassed.has(dialogEl)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        showNudge(view, dialogEl);
        return;
      }
      if (role === 'send' && view?.noteText?.trim()) onNoteSent?.(view);
      ui.hideNudge();
    }
  }

  /**
   * The press before a click that may open a dialog: the engine may need a
   * few tens of ms to start (on a profile the page's wasm starts only now),
   * and a mouse press comes about 100 ms before its click.
   */
  function onPointerDown(event) {
    if (!enabled || !event.isTrusted) return;
    const target = clickedButton(event);
    if (target && (target.closest(DIALOG) || mayOpenDialog(target))) analyzer.warmUp?.();
  }

  function showNudge(view, dialogEl) {
    const nudge = view.nudge;
    ui.showNudge(
      {
        why: say(nudge.why.code, nudge.why.args),
        suggestion: nudge.suggestion,
        notesUsedUp: nudge.notesUsedUp,
        hold: nudge.holdRoles.length > 0,
      },
      dialogEl.getBoundingClientRect(),
    );
  }

  // ---- watching for the dialog after a click ---------------------------------

  /** For a few seconds after a click, follow the dialog as LinkedIn builds it. */
  function watchForDialog() {
    const until = Date.now() + 4000;
    if (watching) {
      watching.until = until;
      return;
    }
    analyzer.warmUp?.();
    let timer = 0;
    const check = () => {
      timer = 0;
      if (!watching) return; // stopped while this check was pending
      const view = analyzer.dialog();
      const dialogEl = findDialog(view);
      if (view && dialogEl) onDialog(view, dialogEl);
      if (!dialogEl) ui.hideNudge();
      if (watching && Date.now() > watching.until && !dialogEl) stopWatching();
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(check, 60);
    };
    const observer = new MutationObserver(schedule);
    const observed = new Set();
    // SDUI pages attach the dialog's shadow root only when it first opens,
    // and nothing in the light DOM changes then: watch new roots as they come,
    // and look again every few hundred ms while the watch lasts.
    const observeRoots = () => {
      for (const root of dialogRoots()) {
        if (observed.has(root)) continue;
        observed.add(root);
        observer.observe(root === doc ? doc.body : root, { childList: true, subtree: true });
        root.addEventListener('input', schedule, true); // typing changes no DOM node
      }
    };
    observeRoots();
    const interval = setInterval(() => {
      if (watching && Date.now() > watching.until) clearInterval(interval);
      observeRoots();
      schedule();
    }, 300);
    watching = {
      observer,
      until,
      schedule,
      stop() {
        clearTimeout(timer);
        clearInterval(interval);
        for (const root of observed) root.removeEventListener('input', schedule, true);
      },
    };
    check();
  }

  function stopWatching() {
    watching?.observer.disconnect();
    watching?.stop();
    watching = null;
  }

  /** A dialog appeared or changed step. */
  function onDialog(view, dialogEl) {
    onDialogSeen?.(view);
    if (pendingText) {
      const text = pendingText;
      pendingText = null;
      insert(text);
      return;
    }
    // Out of notes: say so once, never push a note LinkedIn will not take.
    if (view.nudge?.notesUsedUp && !ui.nudgeShown) showNudge(view, dialogEl);
  }

  // ---- inserting a note ------------------------------------------------------

  function waitFor(find, timeout = 2500) {
    return new Promise((resolve) => {
      const found = find();
      if (found) return resolve(found);
      const end = Date.now() + timeout;
      const poll = () => {
        const el = find();
        if (el || Date.now() > end) resolve(el ?? null);
        else setTimeout(poll, 50);
      };
      poll();
    });
  }

  /**
   * Sets the note box's value the way LinkedIn (Ember or React) registers
   * typing: the native setter, then input and change events.
   */
  function setBoxValue(box, value) {
    const win = doc.defaultView;
    const setter = Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value').set;
    setter.call(box, value);
    box.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    box.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
  }

  function fill(box, text, { append = false } = {}) {
    const previous = box.value;
    const value = append ? `${previous.replace(/\s+$/, '')}\n${text}` : text;
    setBoxValue(box, value);
    box.focus();
    lastInserted = { box, text: value, previous };
    ui.showNudge({ why: say('inserted'), undo: true }, box.getBoundingClientRect());
  }

  /**
   * One click: opens the note step if needed, then fills the box, asking
   * Replace / Append when it already holds the user's own words.
   */
  async function insert(text) {
    let view = analyzer.dialog();
    let dialogEl = findDialog(view);
    if (!dialogEl) {
      // No dialog open: we never click Connect for the user. Keep the note
      // ready and fill it in when they open the dialog themselves.
      pendingText = text;
      ui.showNudge({ why: say('insertAfterConnect') }, null);
      return;
    }
    if (view.nudge?.notesUsedUp) {
      showNudge(view, dialogEl);
      return;
    }
    let box = dialogEl.querySelector('textarea');
    if (!box) {
      const addNote = buttonWithRole(dialogEl, view, 'add-note');
      if (!addNote) return;
      addNote.click(); // opens the note step; sends nothing
      box = await waitFor(() => {
        view = analyzer.dialog();
        dialogEl = findDialog(view);
        return dialogEl?.querySelector('textarea') ?? null;
      });
      if (!box) return;
    }
    const typed = box.value.trim();
    if (typed && typed !== lastInserted?.text.trim()) {
      ui.showNudge({ why: say('noteBoxHasText'), choice: true }, dialogEl.getBoundingClientRect());
      choice = { box, text };
      return;
    }
    fill(box, text);
  }

  const actions = {
    insert,
    replace() {
      if (choice) fill(choice.box, choice.text);
      choice = null;
    },
    append() {
      if (choice) fill(choice.box, choice.text, { append: true });
      choice = null;
    },
    undo() {
      if (lastInserted?.box.isConnected) setBoxValue(lastInserted.box, lastInserted.previous);
      lastInserted = null;
      ui.hideNudge();
    },
    sendAnyway() {
      // Step aside for this dialog: the user's own next click on LinkedIn's
      // button goes through. We never click it ourselves.
      const dialogEl = findDialog(analyzer.dialog());
      if (dialogEl) bypassed.add(dialogEl);
      ui.hideNudge();
    },
    notNow() {
      choice = null;
      pendingText = null;
      ui.hideNudge();
    },
  };

  doc.defaultView.addEventListener('click', onClick, true);
  doc.defaultView.addEventListener('pointerdown', onPointerDown, true);

  return {
    actions,
    /** The click that may open a dialog came before we were here: follow it now. */
    followDialog() {
      if (enabled) watchForDialog();
    },
    /** A newer reading of the dialog arrived (snapshot mode). */
    recheck() {
      watching?.schedule();
    },
    setEnabled(value) {
      enabled = value;
      if (!value) {
        stopWatching();
        ui.hideNudge();
      }
    },
  };
}
