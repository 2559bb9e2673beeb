// The floor for the analysis benchmark: the least work any reader could do to
// get the same fields off the full-size G2 profile page, hand-written with
// querySelector/textContent and the capture's own hooks. It knows nothing of
// other markup generations or languages and is used only for comparison:
// the wasm reader is held to within 1.5x of it.

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim() || null;
const text = (el) => (el ? clean(el.textContent) : null);
/** LinkedIn prints visible text twice: the aria-hidden span is what a reader sees. */
const shown = (el) => text(el?.querySelector('span[aria-hidden="true"]') ?? el);
const number = (s) => {
  const m = /([\d,.]+)\+?/.exec(s ?? '');
  return m ? Number(m[1].replace(/[,.]/g, '')) : null;
};

function entries(section) {
  if (!section) return [];
  const out = [];
  for (const entity of section.querySelectorAll('[data-view-name="profile-component-entity"]')) {
    if (entity.parentElement.closest('[data-view-name="profile-component-entity"]')) continue;
    const lines = [];
    for (const span of entity.querySelectorAll('span[aria-hidden="true"]')) {
      if (span.closest('.pvs-entity__sub-components')) continue;
      const line = text(span);
      if (line) lines.push(line);
    }
    out.push(lines);
  }
  return out;
}

function dates(line) {
  const range = (line ?? '').split(' · ')[0];
  const [start, end] = range.split(' - ').map(clean);
  return { start: start ?? null, end: !end || /present/i.test(end) ? null : end };
}

export function readProfileFloor(doc, url) {
  const top = doc.querySelector('main section[data-member-id]');
  const slug = /\/in\/([^/?#]+)/.exec(url)?.[1];
  const name = text(top.querySelector('h1'));
  const section = (id) => doc.getElementById(id)?.closest('section') ?? null;

  const experience = entries(section('experience')).map((l) => ({
    title: l[0] ?? null,
    company: clean(l[1]?.split(' · ')[0]),
    ...dates(l[2]),
  }));
  const education = entries(section('education')).map((l) => ({ school: l[0] ?? null, degree: l[1] ?? null, ...dates(l[2]) }));

  const mutualLink = top.querySelector('a[href*="facetConnectionOf"]');
  const mutualNames = mutualLink ? [...mutualLink.querySelectorAll('span[aria-hidden="true"] strong')].map(text) : [];
  const others = number(/and ([\d,]+) other/.exec(text(mutualLink) ?? '')?.[1]);

  const activity = [...(section('content_collections')?.querySelectorAll('li.profile-creator-shared-feed-update__mini-container') ?? [])]
    .map((li) => ({
      text: text(li.querySelector('[class*="inline-show-more-text"]')),
      when: clean(shown(li.querySelector('.feed-mini-update-contextual-description__text'))?.split('•').pop()),
    }));

  const invite = top.querySelector('button[aria-label^="Invite"][aria-label$="to connect"]');
  const company = top.querySelector('button[aria-label^="Current company"]');
  return {
    url: slug ? `https://www.linkedin.com/in/${slug}/` : null,
    isSelf: Boolean(top.querySelector('a[href*="/edit/intro"], .pv-top-card__edit-photo')),
    name,
    firstName: name?.split(' ')[0] ?? null,
    headline: text(top.querySelector('.text-body-medium.break-words')),
    location: text(top.querySelector('.text-body-small.inline.t-black--light.break-words')),
    degree: number(text(top.querySelector('.distance-badge .dist-value'))),
    currentCompany: text(company) ?? experience.find((e) => !e.end)?.company ?? null,
    experience,
    education,
    mutualConnections: mutualLink ? { count: mutualNames.length + (others ?? 0), names: mutualNames } : null,
    about: text(section('about')?.querySelector('[class*="inline-show-more-text"] span[aria-hidden="true"]')),
    followers: number(shown(section('content_collections')?.querySelector('.pvs-header__optional-link'))),
    connections: number(text(top.querySelector('li.text-body-small'))),
    links: [],
    recommendationsReceived: section('recommendations') ? entries(section('recommendations')).length : null,
    recentActivity: activity,
    connectAvailable: invite && !invite.closest('.artdeco-dropdown__content') ? 'primary' : 'none',
    language: doc.documentElement.lang || null,
  };
}
