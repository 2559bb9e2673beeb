// Popup: the score breakdown and suggestions for the active LinkedIn tab,
// computed by the content script's wasm. Works in quiet mode: Copy from here,
// Insert fills LinkedIn's note box only when the user asks.
/* global NW_MSG, nwLocalize */
nwLocalize();

const $ = (id) => document.getElementById(id);
const t = (key, subs) => chrome.i18n.getMessage(key, subs);
let tabId = null;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

function button(label, onClick, primary = false) {
  const b = el('button', primary ? 'primary' : '', label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    $('status').textContent = t('copied');
  } catch {
    $('status').textContent = t('copyFailed');
  }
}

async function insert(text) {
  try {
    await chrome.tabs.sendMessage(tabId, { type: NW_MSG.UI_CS_INSERT, text });
    window.close();
  } catch {
    $('status').textContent = t('copyFailed');
  }
}

function showBadge(badge) {
  $('empty').hidden = true;
  $('person').hidden = false;
  $('score').textContent = badge.value;
  $('score').className = `score ${badge.tier}`;
  $('score').setAttribute('aria-label', t('scoreLabel', [String(badge.value), t('tier_' + badge.tier)]));
  $('name').textContent = badge.name;
  $('headline').textContent = badge.headline ?? '';
  $('relationship-off').hidden = !badge.relationshipOff;
  for (const reason of badge.reasons) {
    const points = reason.points ? ` (${reason.points > 0 ? '+' : ''}${reason.points})` : '';
    $('reasons').append(el('li', '', reason.text + points));
  }
  $('suggestions-title').hidden = badge.suggestions.length === 0;
  for (const suggestion of badge.suggestions) {
    const item = el('div', 'suggestion');
    item.append(el('p', '', suggestion.text));
    const row = el('div', 'row');
    row.append(button(t('copy'), () => copy(suggestion.text)));
    if (badge.canInsert) row.append(button(t('insert'), () => insert(suggestion.text), true));
    item.append(row);
    $('suggestions').append(item);
  }
}

function showCards(kind, cards) {
  $('empty').hidden = true;
  $('cards').hidden = false;
  $('cards-title').textContent = t(kind === 'invitations' ? 'cardsInvitations' : 'cardsSearch', [String(cards.length)]);
  for (const card of [...cards].sort((a, b) => b.value - a.value)) {
    const item = el('li', '', `${card.name ?? '?'} — ${card.value}`);
    if (card.reply) item.append(' ', button(t('askForContext'), () => copy(card.reply.text)));
    $('card-list').append(item);
  }
}

async function show() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  tabId = tab?.id;
  let answer = null;
  try {
    answer = await chrome.tabs.sendMessage(tabId, { type: NW_MSG.UI_CS_GET_VIEW });
  } catch {
    return; // not a LinkedIn tab: the "open a profile" line stays
  }
  if (answer?.switchedOff) {
    $('empty').hidden = true;
    $('off').hidden = false;
    return;
  }
  const view = answer?.view;
  if (view?.badge) showBadge(view.badge);
  else if (view?.cards?.length) showCards(view.kind, view.cards);
}

$('options').addEventListener('click', () => chrome.runtime.openOptionsPage());
show();
