//! Lists of people: people-search results and received invitations. Each
//! card becomes a [`PersonCard`].

use std::cell::OnceCell;

use js_sys::RegExp;
use web_sys::{Document, Element, Node};

use super::query::{
    attr, card_lines, closest, first_of, has_visible_text, lines, paragraph_text, visible_text, PageText, Scope as Select,
};
use crate::model::PersonCard;
use crate::text::{self, lang};

/// One search result, newest markup last.
const SEARCH_CARD: &[&str] = &[
    "[data-chameleon-result-urn]",
    "[data-view-name='search-entity-result-universal-template']",
    "li.reusable-search__result-container",
    "[data-view-name='people-search-result']",
];

/// Reads every people-search result on `document`, in page order.
pub fn read_search_results(document: &Document) -> Vec<PersonCard> {
    let scope = document.select("main").map(Root::from_element).unwrap_or(Root::Document(document));
    let mut cards = SEARCH_CARD.iter().map(|sel| scope.all(sel)).find(|found| !found.is_empty()).unwrap_or_default();
    if cards.is_empty() {
        // 2026: hashed classes only; a result is the list item around a
        // "search-custom-invite" link or a profile link.
        cards = outermost_items(&scope.all("li:has(a[href*='/in/'])"));
    }
    cards.iter().map(search_card).filter(|card| card.name.is_some()).collect()
}

/// Every class hook of the 2024 result card that `search_card` looks for.
const HOOKS_2024: &str = ".entity-result__insights, [class*='insight'], .entity-result__badge-text, \
    .entity-result__primary-subtitle, .entity-result__secondary-subtitle";

fn search_card(card: &Element) -> PersonCard {
    let title = title_link(card);
    let all = card_lines(card);
    // "LinkedIn Member" (out of network) has no link: the first line names.
    let name = title.as_ref().and_then(name_of).or_else(|| {
        first_of(card, &["[data-view-name='search-result-lockup-title']", ".entity-result__title-text"])
            .and_then(|el| visible_text(&el))
            .or_else(|| all.first().cloned())
    });
    let profile_url = title.as_ref().and_then(|a| attr(a, "href")).and_then(|href| text::profile_url(&href));
    // One query tells whether any of the 2024 hooks below is there: the 2026
    // markup has none, and each query that finds nothing still scans the card.
    let hooked = card.select(HOOKS_2024).is_some();
    let hooked_first_of = |selectors: &[&'static str]| if hooked { first_of(card, selectors) } else { None };
    let insight = hooked_first_of(&[".entity-result__insights", "[class*='insight']"]);
    // Without an insight element the card's own lines (already read) hold
    // the mutual-connections line.
    let insight_lines = insight.as_ref().map(lines).unwrap_or_default();
    let mutual = match &insight {
        Some(insight) => mutual_of(insight, &insight_lines),
        None => mutual_of(card, &all),
    };
    // The badge, then its visible span: two class queries, not one descendant
    // selector (a descendant query costs a walk up from every candidate).
    let degree = hooked_first_of(&[".entity-result__badge-text"])
        .map(|badge| badge.select("span[aria-hidden='true']").unwrap_or(badge))
        .and_then(|el| visible_text(&el))
        .and_then(|t| text::degree(&t))
        .or_else(|| all.iter().find_map(|l| text::degree(l).filter(|_| l.starts_with(['•', '·']))));
    // Headline and location: the classes of 2024, or the two lines after
    // the name and degree badge.
    let mut headline = hooked_first_of(&[".entity-result__primary-subtitle"]).and_then(|el| visible_text(&el));
    let mut location = hooked_first_of(&[".entity-result__secondary-subtitle"]).and_then(|el| visible_text(&el));
    if headline.is_none() {
        let mut rest = after_name(&all, name.as_deref(), &insight_lines);
        headline = rest.next();
        if location.is_none() {
            location = rest.next();
        }
    }
    let (mutual_count, mutual_names) = match mutual {
        Some((count, names)) => (Some(count), names),
        None => (None, Vec::new()),
    };
    PersonCard { name, headline, location, degree, mutual_count, mutual_names, profile_url, has_note: false, note: None }
}

/// The lines of a card after the name and the degree badge, up to the
/// insight and summary lines.
fn after_name<'a>(all: &'a [String], name: Option<&'a str>, insight_lines: &'a [String]) -> impl Iterator<Item = String> + 'a {
    let start = name.and_then(|n| all.iter().position(|l| l == n)).map_or(0, |at| at + 1);
    all.iter()
        .skip(start)
        .filter(move |l| {
            text::degree(l).is_none()
                && !l.starts_with(['•', '·'])
                && !insight_lines.contains(l)
                && text::mutual_line(l).is_none()
        })
        .cloned()
}

/// The link on the person's name: the first profile link with text.
fn title_link(card: &Element) -> Option<Element> {
    if let Some(title) = first_of(card, &["a[data-view-name='search-result-lockup-title']", ".entity-result__title-text a[href*='/in/']"]) {
        return Some(title);
    }
    card.select_all("a[href*='/in/']").into_iter().find(|a| {
        attr(a, "aria-hidden").is_none_or_not_true() && has_visible_text(a)
            && closest(a, ".entity-result__insights, [class*='insight']").is_none()
    })
}

trait NotTrue {
    fn is_none_or_not_true(&self) -> bool;
}

impl NotTrue for Option<String> {
    fn is_none_or_not_true(&self) -> bool {
        self.as_deref() != Some("true")
    }
}

fn name_of(link: &Element) -> Option<String> {
    let shown = first_of(link, &["span[aria-hidden='true']"]).and_then(|el| visible_text(&el));
    shown.or_else(|| lines(link).into_iter().next())
}

/// (total, names) from a mutual-connections line among `scope_lines` (the
/// lines of `scope`).
fn mutual_of(scope: &Element, scope_lines: &[String]) -> Option<(u32, Vec<String>)> {
    let (line, read) = scope_lines.iter().find_map(|l| Some((l, text::mutual_line(l)?)))?;
    // One `querySelector` tells a scope without any (an invitation's
    // insight): cheaper than an empty `querySelectorAll` and its length.
    let strong_elements = if scope.select("strong").is_some() { scope.select_all("strong") } else { Vec::new() };
    let strong: Vec<String> = strong_elements
        .iter()
        .filter_map(visible_text)
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()) && crate::text::find::contains(line, t) && text::mutual_line(t).is_none())
        .collect();
    let names = if strong.is_empty() { read.names } else { strong };
    let count = u32::try_from(names.len()).unwrap_or(u32::MAX).saturating_add(read.others);
    Some((count, names))
}

/// Whether `text` (an element's `textContent`) may hold a line that
/// `text::mutual_line` reads. A line is a run of that text (what the walk
/// leaves out removed, whitespace collapsed): the wording a line holds is in
/// the text too, unless an element the walk leaves out (an icon, a button,
/// screen-reader text) sits inside the words themselves. No card of the
/// fixtures or captures does; all of them read the same either way.
///
/// Each word of the wording is looked for in the lowercased text: what
/// `lang::contains_ci` matches (`lang::fold` lowercases the letters of the
/// wordings as JavaScript does), with any whitespace between the words.
/// One pattern asks it of every wording at once ([`mutual_wordings`]).
fn may_name_mutuals(text: &PageText) -> bool {
    MUTUAL_WORDINGS.with(|pattern| text.to_lowercase().finds(pattern))
}

thread_local! {
    static MUTUAL_WORDINGS: RegExp = RegExp::new(&mutual_wordings(), "");
}

/// A pattern that matches a text holding every word of some mutual
/// wording, in any order: one lookahead per word, anchored at the start.
/// Each looks ahead lazily (`*?`): a greedy one runs to the end of the text
/// and back for every word, some 30 times slower on a card.
fn mutual_wordings() -> String {
    let mut pattern = String::new();
    for wording in lang::all(|l| l.mutual) {
        if !pattern.is_empty() {
            pattern.push('|');
        }
        pattern.push('^');
        for word in wording.split(' ') {
            pattern.push_str("(?=[\\s\\S]*?");
            for c in word.chars() {
                if crate::text::find::has_char("\\^$.*+?()[]{}|/-", c) {
                    pattern.push('\\');
                }
                pattern.push(c);
            }
            pattern.push(')');
        }
    }
    pattern
}

/// Items that are not inside another of the list.
fn outermost_items(items: &[Element]) -> Vec<Element> {
    items
        .iter()
        .filter(|item| !items.iter().any(|other| !other.is_same_node(Some(item)) && other.contains(Some(item))))
        .cloned()
        .collect()
}

/// Reads the received invitations on `/mynetwork/invitation-manager/`:
/// invitations to connect only, not to follow a page or subscribe to a
/// newsletter.
pub fn read_invitations(document: &Document) -> Vec<PersonCard> {
    let scope = document.select("main").map(Root::from_element).unwrap_or(Root::Document(document));
    // Each markup's cards asked alone: a list of two selectors makes the
    // page match both against every element (~0.9 ms for 1,000 cards,
    // against ~0.35 ms for the two). Both there: one query, in page order.
    let newer = scope.all("[data-view-name='pending-invitation']");
    let classic = scope.all("li.invitation-card");
    let mut cards = match (classic.is_empty(), newer.is_empty()) {
        (_, true) => classic,
        (true, false) => newer,
        (false, false) => scope.all("li.invitation-card, [data-view-name='pending-invitation']"),
    };
    if cards.is_empty() {
        // Newer markup: a card is the list item around an "Accept" button.
        let accepts: Vec<Element> = scope
            .all("button[aria-label]")
            .into_iter()
            .filter(|b| attr(b, "aria-label").is_some_and(|l| is_accept(&l)))
            .collect();
        cards = accepts
            .iter()
            .filter_map(|b| closest(b, "li, [role='listitem'], article"))
            .collect();
    }
    cards.iter().filter_map(invitation_card).collect()
}

fn is_accept(label: &str) -> bool {
    ["accept", "accepter", "annehmen", "aceptar"].iter().any(|w| lang::contains_ci(label, w))
}

/// A person's invitation: the card's first link (the picture) is a
/// profile; a page or newsletter invitation links to `/company/` or
/// `/newsletters/` first. `profile_links`: the card's profile links.
fn is_person(card: &Element, profile_links: &[Element]) -> bool {
    let Some(first_profile) = profile_links.first() else {
        return false;
    };
    // The first link to anything else, if any, must come after it (a
    // person's card has none: one query answers).
    match card.select("a[href]:not([href*='/in/'])") {
        None => true,
        Some(other) => other.compare_document_position(first_profile) & Node::DOCUMENT_POSITION_FOLLOWING == 0,
    }
}

/// A person's invitation read; `None` for a page's or a newsletter's.
fn invitation_card(card: &Element) -> Option<PersonCard> {
    let profile_links = card.select_all("a[href*='/in/']");
    if !is_person(card, &profile_links) {
        return None;
    }
    let title = first_of(card, &[".invitation-card__title", ".invitation-card__tvm-title"]);
    // The link around the name, in one call; else the first profile link
    // with text (each asked costs several calls), else the picture's.
    let link = title
        .as_ref()
        .and_then(|title| closest(title, "a[href*='/in/']"))
        .or_else(|| profile_links.iter().find(|a| has_visible_text(a)).or_else(|| profile_links.first()).cloned());
    let name = title
        .as_ref()
        .and_then(visible_text)
        .or_else(|| link.as_ref().and_then(|a| lines(a).into_iter().next()));
    let profile_url = link.as_ref().and_then(|a| attr(a, "href")).and_then(|h| text::profile_url(&h));
    // The message, then its raw line inside: class queries, not a
    // descendant selector (which costs a walk up from every candidate).
    let note_el = card
        .select(".invitation-card__custom-message")
        .map(|message| message.select(".lt-line-clamp__raw-line").unwrap_or(message))
        .or_else(|| card.select("[data-testid='expandable-text-box']"));
    let note = note_el.as_ref().and_then(paragraph_text);
    // The note's lines, kept out of the headline: read only when no hook
    // names the headline.
    let note_lines = || {
        note_el
            .as_ref()
            .and_then(|el| closest(el, ".invitation-card__custom-message-container, p").or(Some(el.clone())))
            .map(|el| lines(&el))
            .unwrap_or_default()
    };
    // Every line of the card, walked at most once and only when a hook is
    // missing (each node walked is several calls into the page).
    let all = OnceCell::new();
    let all_lines = || all.get_or_init(|| card_lines(card)).as_slice();
    // The card's text, left in the page: what its lines can hold at most.
    let card_text = PageText::of(card);
    // The insight's count first: its own line, for a few calls. All of the
    // insight when that line does not read (the wording may sit beside it).
    let count = card.select(".member-insights__count");
    let from_count = count.as_ref().and_then(|count| mutual_of(count, &card_lines(count)));
    let mutual = match from_count {
        Some(found) => Some(found),
        None => match card.select(".member-insights") {
            Some(insight) => mutual_of(&insight, &card_lines(&insight)),
            None if count.is_some() => None,
            // A card whose text has no mutual-connections wording has no
            // such line: its walk is spared.
            None if !may_name_mutuals(&card_text) => None,
            None => mutual_of(card, all_lines()),
        },
    };
    let headline = first_of(card, &[".invitation-card__subtitle", ".invitation-card__occupation"])
        .and_then(|el| visible_text(&el))
        .or_else(|| {
            let all = all_lines();
            let note_lines = note_lines();
            let start = name.as_deref().and_then(|n| all.iter().position(|l| l == n)).map_or(0, |at| at + 1);
            all.iter().skip(start).find(|l| {
                !note_lines.contains(l) && text::mutual_line(l).is_none() && text::degree(l).is_none()
            }).cloned()
        });
    // A degree line starts with a bullet: a card whose text has none has no
    // degree, and one call for its text spares the walk.
    let has_bullet = card_text.contains("•") || card_text.contains("·");
    let degree = has_bullet
        .then(|| all_lines().iter().find_map(|l| text::degree(l).filter(|_| l.starts_with(['•', '·']))))
        .flatten();
    let (mutual_count, mutual_names) = match mutual {
        Some((count, names)) => (Some(count), names),
        None => (None, Vec::new()),
    };
    Some(PersonCard {
        name,
        headline,
        location: None,
        degree,
        mutual_count,
        mutual_names,
        profile_url,
        has_note: note.is_some(),
        note,
    })
}

/// A document or an element to search in.
enum Root<'a> {
    Document(&'a Document),
    Element(Element),
}

impl Root<'_> {
    fn from_element(element: Element) -> Self {
        Root::Element(element)
    }

    fn all(&self, selector: &'static str) -> Vec<Element> {
        match self {
            Root::Document(d) => Select::select_all(*d, selector),
            Root::Element(e) => Select::select_all(e, selector),
        }
    }
}
