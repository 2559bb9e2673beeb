// Fills `data-i18n` keys in extension pages from _locales (the browser picks
// the language) and sets the page direction for right-to-left locales.
/* exported nwLocalize */
function nwLocalize(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = chrome.i18n.getMessage(node.dataset.i18n);
  }
  for (const attr of ['title', 'placeholder', 'aria-label']) {
    for (const node of root.querySelectorAll(`[data-i18n-${attr}]`)) {
      node.setAttribute(attr, chrome.i18n.getMessage(node.getAttribute(`data-i18n-${attr}`)));
    }
  }
  document.documentElement.lang = chrome.i18n.getUILanguage();
  document.documentElement.dir = chrome.i18n.getMessage('@@bidi_dir') || 'ltr';
}
