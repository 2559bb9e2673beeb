//! Reads the main profile on `/in/<slug>/` pages in all three markup
//! generations: the top card only, never the sticky header or side panels.

use web_sys::{Document, Element};

use super::query::{first_of, node_text, visible_text, Scope};
use crate::model::Profile;
use crate::text;

/// The top card of the main profile (G3 first: its hook is the most specific).
const TOP_CARD: &[&str] = &[
    "[componentkey^='com.linkedin.sdui.profile.card.ref'][componentkey$='Topcard']",
    "main section[data-member-id]",
    "main section.pv-top-card",
    "main .pv-top-card",
];

const NAME: &[&str] = &[
    "[componentkey^='ProfileVerificationTriggerRef-'] h2",
    "h1",
];

const HEADLINE: &[&str] = &[".text-body-medium.break-words", "[data-generated-suggestion-target]"];

const DEGREE: &[&str] = &[".distance-badge .dist-value", ".dist-value", ".distance-badge"];

/// Reads the profile shown on `document` at `page_url` (passed in because a
/// snapshot parsed with `DOMParser` has no location of its own); fields the
/// page does not show are `None`.
pub fn read_profile(document: &Document, page_url: &str) -> Profile {
    read_profile_from(document, first_of(document, TOP_CARD).as_ref(), page_url)
}

/// Whether the main profile's top card has rendered yet (LinkedIn fills the
/// page in after navigation; reading earlier would find nothing).
pub fn top_card_present(document: &Document) -> bool {
    first_of(document, TOP_CARD).is_some()
}

fn read_profile_from(document: &Document, top_card: Option<&Element>, page_url: &str) -> Profile {
    let name = top_card
        .and_then(|card| first_of(card, NAME))
        .and_then(|el| node_text(&el))
        .or_else(|| name_from_title(&document.title()));
    let headline = top_card.and_then(|card| headline(card, name.as_deref()));
    let degree = top_card.and_then(degree);
    Profile {
        url: canonical_url(page_url),
        first_name: name.as_deref().and_then(text::first_name),
        name,
        headline,
        degree,
        ..Profile::default()
    }
}

fn headline(card: &Element, name: Option<&str>) -> Option<String> {
    if let Some(text) = first_of(card, HEADLINE).and_then(|el| node_text(&el)) {
        return Some(text);
    }
    // G3 has no classes to go by: the headline is the first paragraph that is
    // neither the name nor the degree line.
    card.select_all("p")
        .iter()
        .filter_map(|p| node_text(p))
        .find(|t| Some(t.as_str()) != name && text::degree(t).is_none() && !t.starts_with('·'))
}

fn degree(card: &Element) -> Option<u8> {
    if let Some(found) = first_of(card, DEGREE).and_then(|el| visible_text(&el)) {
        return text::degree(&found);
    }
    card.select_all("span, p")
        .iter()
        .filter_map(|el| node_text(el))
        .filter(|t| t.starts_with('·') && t.chars().count() <= 8)
        .find_map(|t| text::degree(&t))
}

/// "(3) Ana López | LinkedIn" → "Ana López".
fn name_from_title(title: &str) -> Option<String> {
    let without_count = match title.trim_start().strip_prefix('(') {
        Some(rest) => rest.split_once(") ").map_or(title, |(_, after)| after),
        None => title,
    };
    let name = without_count.rsplit_once(" | ").map_or("", |(name, _)| name);
    text::non_empty(name)
}

/// `https://www.linkedin.com/in/<slug>/`, without query or trailing sections.
fn canonical_url(page_url: &str) -> Option<String> {
    let (_, after) = page_url.split_once("/in/")?;
    let slug = after.split(['/', '?', '#']).next().filter(|s| !s.is_empty())?;
    Some(format!("https://www.linkedin.com/in/{slug}/"))
}
