// The floor for the page overhead (`make bench`, section 1): the least an
// extension could run on a profile load to show what Noteworthy shows. One
// content script, injected by the browser on profile addresses only: it reads
// the profile with the hand-written JS floor (floor.js, as in section 2), makes
// up a score from it, and draws a badge the way content/render.js does (an
// empty host with a closed shadow root and a constructed stylesheet, in the
// top layer). No messages, no settings, no wasm, no judgment, no in-app
// navigation, no invitation dialog, other markup or languages.
/* global readProfileFloor */
(() => {
  const profile = readProfileFloor(document, location.href);
  const score = Math.min(100, 20 + 5 * profile.experience.length + 5 * profile.education.length +
    (profile.about ? 10 : 0) + Math.min(20, profile.mutualConnections?.count ?? 0));

  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { all: initial; position: fixed; top: 64px; right: 16px; }
    .badge { display: flex; gap: 8px; align-items: center; padding: 5px 12px 5px 6px; border-radius: 18px;
      font: 600 13px/1.4 system-ui, sans-serif; background: #fff; border: 1px solid #c7d2dd; }
    .score { min-width: 30px; height: 24px; border-radius: 12px; display: grid; place-items: center;
      color: #fff; background: #057642; }
  `);
  shadow.adoptedStyleSheets = [sheet];
  const badge = document.createElement('div');
  badge.className = 'badge';
  const value = document.createElement('span');
  value.className = 'score';
  value.textContent = String(score);
  const name = document.createElement('span');
  name.textContent = profile.name ?? '';
  badge.append(value, name);
  shadow.append(badge);
  host.popover = 'manual';
  document.documentElement.append(host);
  host.showPopover();
})();
