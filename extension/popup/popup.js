// Popup: shows what the content script computed for the active LinkedIn tab.
/* global NW_MSG, nwLocalize */
nwLocalize();

async function show() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  let answer = null;
  try {
    answer = await chrome.tabs.sendMessage(tab.id, { type: NW_MSG.UI_CS_GET_VIEW });
  } catch {
    return; // not a LinkedIn tab: the "open a profile" line stays
  }
  if (answer?.switchedOff) {
    document.getElementById('empty').hidden = true;
    document.getElementById('off').hidden = false;
    return;
  }
  const badge = answer?.view?.badge;
  if (!badge) return;
  document.getElementById('empty').hidden = true;
  document.getElementById('person').hidden = false;
  document.getElementById('name').textContent = badge.name;
  document.getElementById('headline').textContent = badge.headline ?? '';
  document.getElementById('degree').textContent = badge.degree ? chrome.i18n.getMessage('degree' + badge.degree) : '';
}
show();
