// Background (service worker on Chrome, event page on Firefox): keeps the
// toolbar in step with the page the user is looking at.
/* global NW_MSG */
if (typeof importScripts === 'function') importScripts('shared/messages.js');

chrome.runtime.onMessage.addListener((message, sender) => {
  // Only our own content scripts talk to us, and only from LinkedIn tabs.
  if (sender.id !== chrome.runtime.id || !sender.tab) return;
  if (message?.type === NW_MSG.CS_BG_VIEW) {
    const tabId = sender.tab.id;
    const badge = message.view?.badge;
    chrome.action.setBadgeText({ tabId, text: badge?.degree ? String(badge.degree) : '' });
    chrome.action.setTitle({
      tabId,
      title: badge ? chrome.i18n.getMessage('actionTitleFor', [badge.name]) : chrome.i18n.getMessage('actionTitle'),
    });
  }
});
