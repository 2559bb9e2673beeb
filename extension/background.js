// Background (service worker on Chrome, event page on Firefox): keeps the
// toolbar in step with the page the user is looking at, and opens the
// options page on first install.
/* global NW_MSG */
if (typeof importScripts === 'function') importScripts('shared/messages.js');

const TIER_COLOURS = { high: '#057642', medium: '#915907', low: '#666666' };

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') chrome.runtime.openOptionsPage();
});

chrome.runtime.onMessage.addListener((message, sender) => {
  // Only our own content scripts talk to us, and only from tabs.
  if (sender.id !== chrome.runtime.id || !sender.tab) return;
  if (message?.type !== NW_MSG.CS_BG_VIEW) return;
  const tabId = sender.tab.id;
  const badge = message.view?.badge;
  chrome.action.setBadgeText({ tabId, text: badge ? String(badge.value) : message.error ? '!' : '' });
  if (badge) chrome.action.setBadgeBackgroundColor({ tabId, color: TIER_COLOURS[badge.tier] ?? TIER_COLOURS.low });
  chrome.action.setTitle({
    tabId,
    title: badge
      ? chrome.i18n.getMessage('actionTitleFor', [badge.name, String(badge.value)])
      : chrome.i18n.getMessage('actionTitle'),
  });
});
