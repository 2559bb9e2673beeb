//! Fuzzing the DOM-free text readers (stable toolchain, proptest): names,
//! dates and entries, counts and degrees, links and profile addresses — the
//! strings a stranger controls on their own profile.
//!
//! `cargo test` runs 256 cases per target; `make fuzz` runs many more
//! (`FUZZ_CASES`, `FUZZ_SECONDS`, see `fuzz_support`).
#![cfg(not(target_arch = "wasm32"))] // native only: proptest

mod fuzz_support;

use fuzz_support::{fuzz, hostile};
use noteworthy::text::{
    clean, company, connections, count, date_range, dates, degree, entries, lang, first_name, followers, link_kind, links, mutual_line,
    name_from_title, note_counter, notes_remaining, profile_slug, profile_url, unwrap_redirect,
};
use proptest::prelude::*;

/// A name as people write theirs: titles, credentials, pronouns, emoji,
/// scripts, marks — mixed with hostile text.
fn name() -> BoxedStrategy<String> {
    let part = prop_oneof![
        3 => "[A-Z][a-zà-ÿ]{1,10}",
        1 => proptest::sample::select(&[
            "Dr.", "Prof.", "Dr.-Ing.", "Mme", "PhD", ", PhD", "(she/her)", "| Hiring", "🚀", "✨", "🌱", "J.", "O’Neil",
            "Ana-Lucía", "王小明", "김민준", "محمد", "د.", "\u{200f}דוד\u{200f}", "\u{202e}evil", "\u{200b}", "👩‍💻",
            "<img src=x onerror=window.__pwned=1>", "\"><script>", "{{constructor}}", "İlkay", "ß",
        ][..])
        .prop_map(str::to_string),
        1 => hostile(),
    ];
    prop_oneof![
        4 => proptest::collection::vec(part, 1..6).prop_map(|parts| parts.join(" ")),
        1 => hostile(),
    ]
    .boxed()
}

#[test]
fn fuzz_first_name() {
    fuzz("first_name", name(), |name| {
        let Some(first) = first_name(&name) else { return Ok(()) };
        prop_assert!(!first.is_empty());
        prop_assert!(first.chars().any(char::is_alphabetic), "{:?}", first);
        // (Starting with a letter is the stricter rule, see the ignored
        // regression test below: a symbol can follow a leading quote.)
        prop_assert!(!first.starts_with(['.', '-', '\'', '’', ' ']), "{:?}", first);
        prop_assert!(!first.contains(['(', ',', '|', '[', '"', '“']), "{:?}", first);
        prop_assert!(first == first.trim() && !first.contains(['\n', '\t']), "{:?}", first);
        // It is the name's own text: one word of it, or (CJK) its words.
        let cleaned = clean(&name);
        for word in first.split(' ') {
            prop_assert!(name.contains(word) && cleaned.contains(word), "{:?} is not in {:?}", word, name);
        }
        if !first.contains(' ') {
            prop_assert!(name.contains(first.as_str()));
        }
        prop_assert_eq!(first_name(&name), Some(first));
        Ok(())
    });
}

/// A date line as LinkedIn prints it, or anything else.
fn date_line() -> BoxedStrategy<String> {
    prop_oneof![
        2 => "(Jan|Feb\\.|févr\\.|juil\\.|Okt\\.|ene\\. de|[A-Za-zé]{1,8}\\.?)? ?(18|19|20|21)[0-9]{2}( ?[-–—] ?((Jan|sept\\.|Mär\\.)? ?(19|20)[0-9]{2}|Present|aujourd’hui|Heute|actualidad|[a-z]{1,30}))?( · [0-9]{1,2} (yrs?|mos?|ans?|J\\.|Mon\\.|años))?",
        1 => hostile(),
    ]
    .boxed()
}

fn is_year_date(text: &str) -> bool {
    let year = text.split_whitespace().last().unwrap_or_default();
    year.len() == 4 && (year.starts_with("19") || year.starts_with("20")) && year.bytes().all(|b| b.is_ascii_digit())
}

#[test]
fn fuzz_dates_and_entries() {
    let lines = proptest::collection::vec(prop_oneof![date_line(), hostile()], 0..6);
    fuzz("date_range/company/entries", (date_line(), lines, proptest::option::of(hostile())), |(line, lines, group)| {
        let cleaned = clean(&line);
        if let Some(range) = date_range(&line) {
            let start = range.start.as_deref().unwrap_or_default();
            prop_assert!(is_year_date(start), "start {:?} from {:?}", start, line);
            prop_assert!(cleaned.contains(start), "start {:?} not in {:?}", start, line);
            if let Some(end) = &range.end {
                prop_assert!(is_year_date(end) && cleaned.contains(end.as_str()), "end {:?} from {:?}", end, line);
            }
        }
        if let Some(name) = company(&line) {
            prop_assert!(!name.is_empty() && cleaned.contains(name.as_str()), "{:?} from {:?}", name, line);
            prop_assert!(date_range(&name).is_none());
        }
        let _ = entries::is_summary_line(&line);
        let _ = (dates::is_duration(&line), dates::is_employment_type(&line));
        let _ = entries::detect_language(lines.iter().map(String::as_str));
        if let Some(when) = entries::when(&line) {
            prop_assert!(line.contains(when.as_str()) && when.chars().count() <= 12);
        }
        if let Some(job) = entries::experience(&lines, group.as_deref()) {
            prop_assert!(job.title.is_some() || job.start.is_some());
            if let Some(title) = &job.title {
                prop_assert_eq!(Some(title), lines.first());
            }
        }
        if let Some(school) = entries::education(&lines) {
            prop_assert_eq!(school.school.as_ref(), lines.first());
        }
        if let Some(post) = entries::activity(&lines) {
            prop_assert!(lines.contains(&post.text));
        }
        let _ = entries::is_group_heading(&lines);
        Ok(())
    });
}

/// Counts, degrees, mutual lines and counters as LinkedIn prints them.
fn count_line() -> BoxedStrategy<String> {
    prop_oneof![
        2 => "[0-9]{1,12}([,. \u{a0}\u{202f}'’][0-9]{3}){0,3}[+]?( ?[kKM]| Mio\\.)? (followers|connections|abonnés|relations|Follower|Kontakte|seguidores|contactos)",
        1 => "(Ana|Bo Li|[A-Z][a-z]{1,8})(, [A-Z][a-z]{1,8}){0,2} (and|et|und|y) ([0-9]{1,7} (others? )?)?(mutual connections?|autres relations en commun|weitere gemeinsame Kontakte|contactos en común)",
        1 => "(· )?[0-9]{1,2}(st|nd|rd|rd\\+|e|e et \\+|\\.|º|\\.\\+)?( degree( connection)?)?",
        1 => "[0-9]{1,5} ?/ ?[0-9]{1,5}",
        1 => "[0-9]{1,10} (personalized invitations remaining for this month\\.|invitations personnalisées)",
        2 => hostile(),
    ]
    .boxed()
}

#[test]
fn fuzz_counts() {
    fuzz("count/followers/connections/degree/mutual_line/note_counter", count_line(), |text| {
        let has_digit = text.chars().any(|c| c.is_ascii_digit());
        for found in [count(&text), followers(&text), connections(&text), notes_remaining(&text)] {
            prop_assert!(found.is_none() || has_digit, "a number from {:?}", text);
        }
        if let Some(d) = degree(&text) {
            prop_assert!((1..=3).contains(&d));
        }
        if let Some(line) = mutual_line(&text) {
            let cleaned = clean(&text);
            prop_assert_eq!(line.total(), u32::try_from(line.names.len()).unwrap().saturating_add(line.others));
            for name in &line.names {
                prop_assert!(!name.is_empty() && cleaned.contains(name.as_str()), "{:?} not in {:?}", name, text);
            }
        }
        // Case-insensitive matching hands back ranges on character boundaries.
        for needle in ["mutual connection", "aujourd'hui", "à rejoindre", "i̇", "ss", " et "] {
            if let Some((start, end)) = lang::find_ci(&text, needle) {
                prop_assert!(start < end && text.get(start..end).is_some(), "{:?} in {:?}", needle, text);
            }
            if let Some(rest) = lang::strip_prefix_ci(&text, needle) {
                prop_assert!(text.ends_with(rest));
            }
            if let Some(rest) = lang::strip_suffix_ci(&text, needle) {
                prop_assert!(text.starts_with(rest));
            }
        }
        if let Some((used, limit)) = note_counter(&text) {
            prop_assert!(text.contains('/'));
            let _ = (used, limit);
        }
        Ok(())
    });
}

/// Addresses: LinkedIn's redirects around anything, profile links, and the
/// schemes a stranger may put in a website field.
fn href() -> BoxedStrategy<String> {
    let target = prop_oneof![
        "(https?|HTTPS|javascript|JaVaScRiPt|data|vbscript|file|ftp|mailto|blob|chrome-extension)(:|://|%3A|%3A%2F%2F)[a-z0-9.%/?#=&:@ -]{0,30}",
        Just("javascript:window.__pwned=1".to_string()),
        Just("java\tscript:window.__pwned=1".to_string()),
        Just(" javascript:window.__pwned=1".to_string()),
        Just("https://evil.example@www.linkedin.com/".to_string()),
        hostile(),
    ];
    prop_oneof![
        2 => target.clone().prop_map(|t| format!("https://www.linkedin.com/redir/redirect?url={}&urlhash=AbCd", percent_encode(&t))),
        1 => target.clone().prop_map(|t| format!("https://www.linkedin.com/safety/go?url={}", percent_encode(&percent_encode(&t)))),
        2 => target,
        1 => "(https://www\\.linkedin\\.com)?/in/[a-z0-9%-]{0,20}(/[a-z]{0,8})?(\\?[a-zA-Z=%]{0,20})?(#x)?",
    ]
    .boxed()
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[test]
fn fuzz_links() {
    fuzz("unwrap_redirect/link_kind/profile_url", href(), |href| {
        if let Some(url) = unwrap_redirect(&href) {
            // Only a web address ever comes out: never javascript:, data:, …
            let (scheme, rest) = url.split_once("://").unwrap_or(("", ""));
            prop_assert!(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"), "{:?} from {:?}", url, href);
            prop_assert!(!rest.is_empty());
            prop_assert_eq!(url.trim(), url.as_str());
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default().rsplit('@').next().unwrap_or_default();
            let host = host.split(':').next().unwrap_or_default().to_ascii_lowercase();
            prop_assert!(!(host == "linkedin.com" || host.ends_with(".linkedin.com")), "{:?} is LinkedIn", url);
            let _ = link_kind(&url);
        }
        let _ = link_kind(&href);
        let _ = links::percent_decode(&href);
        if let Some(url) = profile_url(&href) {
            prop_assert!(url.starts_with("https://www.linkedin.com/in/") && url.ends_with('/'));
            let slug = &url["https://www.linkedin.com/in/".len()..url.len() - 1];
            prop_assert!(!slug.is_empty() && !slug.contains(['/', '?', '#']), "{:?}", url);
            prop_assert!(profile_slug(&href).is_some());
        }
        if let Some(title) = name_from_title(&href) {
            prop_assert!(!title.is_empty());
        }
        Ok(())
    });
}

// ---- regressions: what fuzzing found, with the inputs proptest shrank to ----

/// Found by `fuzz_first_name` (shrunk to `"'᥀ਖ਼"`): `trim_word` in
/// src/text/names.rs trims symbols from the ends first and the leading
/// `'`/`-`/`’`/`.` after, so a symbol or emoji behind a leading quote or dash
/// stays in the greeting ("Hi ✨Sofía"), and a closing typographic quote stays
/// at the end ("Tom’").
#[test]
fn first_name_drops_emoji_after_a_leading_quote_or_dash() {
    assert!(first_name("'᥀ਖ਼").is_some_and(|f| f.starts_with('ਖ')));
    assert_eq!(first_name("-✨Sofía Pérez").as_deref(), Some("Sofía"));
    assert_eq!(first_name("'🚀Ana Smith").as_deref(), Some("Ana"));
    assert_eq!(first_name("‘🚀Tom’ Baker").as_deref(), Some("Tom"));
}

/// Found while shrinking the case above: the end trim also drops combining
/// marks, so a name in decomposed form (NFD, as macOS input and some
/// copy-pastes produce) loses its last accent: "José" greets as "Jose".
#[test]
fn first_name_keeps_a_final_combining_accent() {
    assert_eq!(first_name("Jose\u{301} Garci\u{301}a").as_deref(), Some("Jose\u{301}"));
    assert_eq!(first_name("Zoe\u{308} Martin").as_deref(), Some("Zoe\u{308}"));
}
