// Stand-in for LinkedIn's own page scripts, on the playground's sample pages
// and the end-to-end fixtures (never part of the extension).
// It builds the invitation dialog the way LinkedIn's Ember app does — in the
// page for G1/G2, inside the open shadow root of div#interop-outlet for G3 —
// registers typing from 'input' events (counter, Send enabled), and records
// what the page sent, so tests can prove what the extension did and did not do.
// Configure with window.__simConfig = { notesRemaining, premium, outOfNotes, g3 }.
(() => {
  const config = Object.assign({ notesRemaining: 3, premium: false, outOfNotes: false }, window.__simConfig);
  const sim = (window.__sim = { sent: [], errors: [], dialogsOpened: 0, handledClicks: 0 });
  addEventListener('error', (e) => sim.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => sim.errors.push(String(e.reason)));

  const limit = config.premium ? 300 : 200;
  const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  let overlay = null;

  function dialogRoot() {
    let outlet = document.getElementById('interop-outlet');
    if (!outlet && config.g3) {
      // SDUI pages keep the old Ember dialogs in this open shadow root.
      outlet = document.createElement('div');
      outlet.id = 'interop-outlet';
      outlet.setAttribute('data-testid', 'interop-shadowdom');
      document.body.append(outlet);
    }
    if (!outlet) return document.body;
    return outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
  }

  function close() {
    overlay?.remove();
    overlay = null;
  }

  function gate(name) {
    return `
      <div class="artdeco-modal__header ember-view"><h2 id="send-invite-modal" class="t-20">Add a note to your invitation?</h2></div>
      <div class="artdeco-modal__content ember-view"><p class="display-flex">Personalize your invitation to <strong>${escapeHtml(name)}</strong> by adding a note. LinkedIn members are more likely to accept invitations that include a note.</p></div>
      <div class="artdeco-modal__actionbar ember-view text-align-right">
        <button aria-label="Add a note" class="artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--secondary ember-view mr1" type="button"><span class="artdeco-button__text">Add a note</span></button>
        <button aria-label="Send without a note" class="artdeco-button artdeco-button--2 artdeco-button--primary ember-view ml1" type="button"><span class="artdeco-button__text">Send without a note</span></button>
      </div>`;
  }

  function noteStep() {
    if (config.outOfNotes) {
      return `
        <div class="artdeco-modal__header ember-view"><h2 id="send-invite-modal" class="t-20">Add a note to your invitation</h2></div>
        <div class="artdeco-modal__content ember-view">
          <p>You’ve used all your free personalized invitations for this month.</p>
          <a href="https://www.linkedin.com/premium/products/?upsellOrderOrigin=premium_custom_invite" class="artdeco-button artdeco-button--premium">Try Premium for $0</a>
        </div>
        <div class="artdeco-modal__actionbar ember-view text-align-right">
          <button aria-label="Send without a note" class="artdeco-button artdeco-button--2 artdeco-button--primary ember-view ml1" type="button"><span class="artdeco-button__text">Send without a note</span></button>
        </div>`;
    }
    const remaining = config.premium ? '' : `<p class="t-12 t-black--light">${config.notesRemaining} personalized invitations remaining for this month.</p>`;
    return `
      <div class="artdeco-modal__header ember-view"><h2 id="send-invite-modal" class="t-20">Add a note to your invitation</h2></div>
      <div class="artdeco-modal__content ember-view">
        <div class="relative">
          <textarea name="message" id="custom-message" minlength="1" maxlength="${limit}" placeholder="Ex: We know each other from…" class="ember-text-area ember-view connect-button-send-invite__custom-message mb3"></textarea>
          <div class="t-14 t-black--light flex-1 text-align-right" aria-live="polite">0/${limit}</div>
        </div>
        ${remaining}
      </div>
      <div class="artdeco-modal__actionbar ember-view text-align-right">
        <button aria-label="Cancel adding a note" class="artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--secondary ember-view mr1" type="button"><span class="artdeco-button__text">Cancel</span></button>
        <button aria-label="Send invitation" disabled class="artdeco-button artdeco-button--2 artdeco-button--primary ember-view ml1" type="button"><span class="artdeco-button__text">Send</span></button>
      </div>`;
  }

  function open(name, connectEl) {
    close();
    sim.dialogsOpened += 1;
    overlay = document.createElement('div');
    overlay.setAttribute('data-test-modal-id', 'send-invite-modal');
    overlay.className = 'artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer';
    // LinkedIn's stylesheet is not here: just enough to look like its modal.
    overlay.style.cssText = 'position:fixed;inset:0;z-index:1000;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.55)';
    overlay.innerHTML = `
      <div role="dialog" tabindex="-1" aria-labelledby="send-invite-modal" class="artdeco-modal artdeco-modal--layer-default send-invite">
        <button aria-label="Dismiss" data-test-modal-close-btn class="artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view artdeco-modal__dismiss" type="button"><span>×</span></button>
        <div class="body">${gate(name)}</div>
      </div>`;
    const dialog = overlay.querySelector('[role="dialog"]');
    dialog.style.cssText = 'width:552px;max-width:90vw;background:#fff;border-radius:8px;padding:16px 24px;font:14px/1.4 system-ui,sans-serif';
    const body = overlay.querySelector('.body');
    // Ember-style handlers on the dialog itself (bubble phase).
    dialog.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      sim.handledClicks += 1;
      const label = button.getAttribute('aria-label');
      if (label === 'Dismiss' || label === 'Cancel adding a note') close();
      else if (label === 'Add a note') {
        body.innerHTML = noteStep();
        const box = body.querySelector('textarea');
        box?.addEventListener('input', () => {
          body.querySelector('[aria-live]').textContent = `${box.value.length}/${limit}`;
          body.querySelector('button[aria-label="Send invitation"]').disabled = box.value.trim().length === 0;
        });
      } else if (label === 'Send without a note' || label === 'Send invitation') {
        if (button.disabled) return;
        const box = body.querySelector('textarea');
        sim.sent.push({ name, note: box ? box.value : null });
        if (box && !config.premium && !config.outOfNotes) config.notesRemaining -= 1;
        close();
        if (connectEl) connectEl.setAttribute('aria-label', `Pending, click to withdraw invitation sent to ${name}`);
      }
    });
    dialogRoot().append(overlay);
  }

  /** Connect buttons and links in every generation. */
  document.addEventListener('click', (event) => {
    const more = event.target.closest?.('button[aria-label="More actions"]');
    if (more) more.setAttribute('aria-expanded', more.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    const connect = event.target.closest?.(
      '[aria-label^="Invite "][aria-label$=" to connect"], a[href*="/preload/custom-invite/"], a[href*="/preload/search-custom-invite/"]',
    );
    if (!connect) return;
    event.preventDefault();
    const label = connect.getAttribute('aria-label');
    const name = label?.startsWith('Invite ')
      ? label.slice('Invite '.length, -' to connect'.length)
      : document.title.split(' | ')[0];
    open(name, connect);
  });
})();
