//! What a profile states, in the shapes the judgment reasons about: positions
//! with years, the current role, a greetable first name. Strings are cleaned
//! (whitespace collapsed) and dropped when they hold no letter or digit, so a
//! fact is always something a reader can see on the page.

use super::matching::{company_key, fact_phrase, same_company_key, utf16_len, Years};
use crate::model::Profile;
use crate::text;

/// Longest first name put in a greeting; longer ones are not names.
const MAX_NAME_UNITS: usize = 24;

/// `text` cleaned, or `None` when it holds nothing readable.
pub fn readable(text: Option<&str>) -> Option<String> {
    // A stranger's unclosed bidi override would turn the rest of our note
    // backwards in LinkedIn's note box: quote their words without them.
    let text = text?;
    // Every bidi control is encoded as E2 80 AA–AE or E2 81 A6–A9: most text
    // has none and is cleaned as it is.
    let cleaned = if text.as_bytes().contains(&0xE2) && text.chars().any(is_bidi_control) {
        let without_overrides: String = text.chars().filter(|c| !is_bidi_control(*c)).collect();
        text::clean(&without_overrides)
    } else {
        text::clean(text)
    };
    cleaned.chars().any(char::is_alphanumeric).then_some(cleaned)
}

/// `readable(text).is_some()`, without making the cleaned copy: cleaning
/// drops only whitespace and bidi controls, neither a letter nor a digit.
pub fn is_readable(text: Option<&str>) -> bool {
    text.is_some_and(|text| text.chars().any(char::is_alphanumeric))
}

/// Embedding, override and isolate controls (U+202A–202E, U+2066–2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One job, from the experience list or the top card's current company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub company: String,
    pub title: Option<String>,
    pub years: Option<Years>,
    pub current: bool,
    /// `company` as [`company_key`] compares it, made once.
    pub key: Vec<String>,
}

impl Position {
    /// Same employer ([`super::matching::same_company`]).
    pub fn same_company(&self, other: &Position) -> bool {
        same_company_key(&self.key, &other.key)
    }
}

/// Every job of a profile; the top card's company counts as a current job
/// when the experience list does not already show it.
pub fn positions(profile: &Profile) -> Vec<Position> {
    let mut out: Vec<Position> = profile
        .experience
        .iter()
        .filter_map(|job| {
            let company = readable(job.company.as_deref())?;
            let years = Years::from_dates(job.start.as_deref(), job.end.as_deref());
            Some(Position {
                key: company_key(&company),
                company,
                title: readable(job.title.as_deref()),
                years,
                // A missing end means "Present" only when the start was read.
                current: job.end.is_none() && job.start.is_some(),
            })
        })
        .collect();
    if let Some(company) = readable(profile.current_company.as_deref()) {
        let key = company_key(&company);
        if !out.iter().any(|p| same_company_key(&p.key, &key)) {
            out.push(Position { company, title: None, years: None, current: true, key });
        } else {
            for position in out.iter_mut().filter(|p| same_company_key(&p.key, &key)) {
                if position.years.map_or(true, |y| y.end.is_none()) {
                    position.current = true;
                }
            }
        }
    }
    out
}

/// The current one of `positions`, the profile's jobs (or the latest listed).
pub fn current_of(positions: &[Position]) -> Option<&Position> {
    positions.iter().find(|p| p.current).or_else(|| positions.first())
}

/// Their role as a short phrase, from their [`positions`]: the current
/// title, else the headline's first segment.
pub fn role_phrase_of(profile: &Profile, positions: &[Position], max_units: usize) -> Option<String> {
    let title = current_of(positions).and_then(|p| p.title.clone());
    let source = title.or_else(|| readable(profile.headline.as_deref()))?;
    fact_phrase(&source, max_units).map(str::to_string)
}

/// What they do now: headline and current title (a past internship does not
/// make a senior engineer a student).
pub fn role_text_of(profile: &Profile, positions: &[Position]) -> String {
    let mut parts: Vec<String> = readable(profile.headline.as_deref()).into_iter().collect();
    parts.extend(current_of(positions).and_then(|p| p.title.clone()));
    crate::text::join(&parts, " · ")
}

/// Every title they have held, with the headline: what a note may cite.
pub fn all_titles_text(profile: &Profile) -> String {
    let mut parts: Vec<String> = readable(profile.headline.as_deref()).into_iter().collect();
    parts.extend(profile.experience.iter().filter_map(|job| readable(job.title.as_deref())));
    crate::text::join(&parts, " · ")
}

/// How to greet them: `firstName` when it looks like a name, else the first
/// name read from `name`, else nobody (the greeting then has no name).
pub fn greeting_name(profile: &Profile) -> Option<String> {
    let usable = |candidate: String| {
        let ok = utf16_len(&candidate) <= MAX_NAME_UNITS
            && candidate.chars().any(char::is_alphabetic)
            && !candidate.chars().any(|c| crate::text::find::has_char("{}[]<>%@#/\\|", c) || c.is_control());
        ok.then_some(candidate)
    };
    readable(profile.first_name.as_deref())
        .and_then(usable)
        .or_else(|| profile.name.as_deref().and_then(text::first_name).and_then(usable))
}

/// The first comma-separated part of their location.
pub fn city(profile: &Profile) -> Option<String> {
    let location = readable(profile.location.as_deref())?;
    readable(Some(super::matching::city_of(&location)))
}

/// Named mutual connections that read as names.
pub fn mutual_names(profile: &Profile) -> Vec<String> {
    profile
        .mutual_connections
        .as_ref()
        .map(|m| m.names.iter().filter_map(|n| readable(Some(n))).collect())
        .unwrap_or_default()
}

/// Total mutual connections (at least the number of names shown).
pub fn mutual_count(profile: &Profile) -> u32 {
    profile
        .mutual_connections
        .as_ref()
        .map_or(0, |m| m.count.max(u32::try_from(m.names.len()).unwrap_or(u32::MAX)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Experience;

    fn job(company: &str, title: &str, start: Option<&str>, end: Option<&str>) -> Experience {
        Experience {
            title: Some(title.into()),
            company: Some(company.into()),
            start: start.map(Into::into),
            end: end.map(Into::into),
        }
    }

    #[test]
    fn positions_mark_current_jobs_and_add_the_top_card_company() {
        let profile = Profile {
            current_company: Some("Acme".into()),
            experience: vec![job("Globex", "Engineer", Some("2015"), Some("2019"))],
            ..Profile::default()
        };
        let all = positions(&profile);
        assert_eq!(all.len(), 2);
        assert!(!all[0].current);
        assert!(all[1].current && all[1].company == "Acme");
    }

    #[test]
    fn role_prefers_the_current_title() {
        let profile = Profile {
            headline: Some("Builder | Speaker".into()),
            experience: vec![job("Acme", "Staff Engineer", Some("2020"), None)],
            ..Profile::default()
        };
        assert_eq!(role_phrase_of(&profile, &positions(&profile), 60).as_deref(), Some("Staff Engineer"));
        let headline_only = Profile { headline: Some("Builder | Speaker".into()), ..Profile::default() };
        assert_eq!(role_phrase_of(&headline_only, &positions(&headline_only), 60).as_deref(), Some("Builder"));
    }

    #[test]
    fn greeting_names_refuse_placeholders_and_essays() {
        let mut profile = Profile { first_name: Some("[Name]".into()), name: Some("Ana Ruiz".into()), ..Profile::default() };
        assert_eq!(greeting_name(&profile).as_deref(), Some("Ana"));
        profile.first_name = Some("x".repeat(500));
        profile.name = None;
        assert_eq!(greeting_name(&profile), None);
        profile.first_name = Some("\u{200b}".into());
        assert_eq!(greeting_name(&profile), None);
    }

    #[test]
    fn mutual_count_is_at_least_the_names() {
        let profile = Profile {
            mutual_connections: Some(crate::model::MutualConnections { count: 0, names: vec!["Bo".into()] }),
            ..Profile::default()
        };
        assert_eq!(mutual_count(&profile), 1);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn is_readable_is_readable_is_some(text in "[ a1é\u{a0}\n\u{202a}-\u{202e}\u{2066}-\u{2069}\u{200b}.,😀]{0,8}") {
            prop_assert_eq!(is_readable(Some(&text)), readable(Some(&text)).is_some());
        }
    }
}
