//! DOM-free reading of the strings LinkedIn prints: names, degrees, counts,
//! date ranges, links. Every function takes what a reader found and returns
//! `None` rather than guessing when the text is not what it expects, and
//! none of them panics, whatever the input.
//!
//! Wording that differs by language lives in [`lang`] only.

// Reading must never throw into the page: no panicking calls outside tests.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, clippy::string_slice)
)]

pub mod case;
pub mod dates;
pub mod entries;
pub mod find;
pub mod lang;
pub mod list;
pub mod links;
pub mod names;
pub mod numbers;

pub use dates::{company, date_range, DateRange};
pub use links::{link_kind, unwrap_redirect};
pub use names::first_name;
pub use numbers::{connections, count, degree, followers, mutual_line, note_counter, notes_remaining, MutualLine};

/// `parts` joined by `sep`: a plain loop where std's `join` is a 1 KB
/// generic copy (compiled on the first profile a tab reads).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.as_ref().len() + sep.len()).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// `n` in decimal, as `n.to_string()` writes it: a small loop where
/// `to_string` brings in `core::fmt` (code compiled on a profile's first score).
pub fn decimal(n: u64) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    while at > 0 {
        at -= 1;
        if let Some(slot) = digits.get_mut(at) {
            *slot = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(digits.len() - at + 1);
    for &digit in digits.get(at..).unwrap_or_default() {
        out.push(char::from(digit));
    }
    out
}

/// [`decimal`] of a signed number.
pub fn signed_decimal(n: i64) -> String {
    if n < 0 {
        let mut out = String::from("-");
        out.push_str(&decimal(n.unsigned_abs()));
        return out;
    }
    decimal(n.unsigned_abs())
}

/// Collapses runs of whitespace (LinkedIn's markup is full of newlines and
/// `<!---->` gaps) and trims the ends.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut push_word = |word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    };
    // `split_whitespace`, a byte at a time for ASCII (most of what LinkedIn
    // prints) and a decoded character otherwise.
    let bytes = text.as_bytes();
    let mut word_start = None;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let (space, len) = if byte.is_ascii() {
            (matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'), 1)
        } else {
            let c = text.get(at..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            if let Some(start) = word_start.take() {
                push_word(text.get(start..at).unwrap_or_default());
            }
        } else if word_start.is_none() {
            word_start = Some(at);
        }
        at += len;
    }
    if let Some(start) = word_start {
        push_word(text.get(start..).unwrap_or_default());
    }
    out
}

/// `clean`, then `None` for an empty result.
pub fn non_empty(text: &str) -> Option<String> {
    let cleaned = clean(text);
    (!cleaned.is_empty()).then_some(cleaned)
}

/// The profile slug in a LinkedIn address (`/in/<slug>/…`), percent-decoded.
pub fn profile_slug(href: &str) -> Option<String> {
    let (_, after) = find::split_once(href, "/in/")?;
    let slug = after.split(['/', '?', '#']).next().filter(|s| !s.is_empty())?;
    Some(links::percent_decode(slug))
}

/// `https://www.linkedin.com/in/<slug>/` for any address of that profile.
pub fn profile_url(href: &str) -> Option<String> {
    let (_, after) = find::split_once(href, "/in/")?;
    let slug = after.split(['/', '?', '#']).next().filter(|s| !s.is_empty())?;
    let mut url = String::with_capacity(slug.len() + 30);
    url.push_str("https://www.linkedin.com/in/");
    url.push_str(slug);
    url.push('/');
    Some(url)
}

/// "(3) Ana López | LinkedIn" → "Ana López".
pub fn name_from_title(title: &str) -> Option<String> {
    let title = title.trim();
    let without_count = match title.strip_prefix('(') {
        Some(rest) => find::split_once(rest, ") ").map_or(title, |(_, after)| after),
        None => title,
    };
    let name = find::rsplit_once(without_count, " | ").map_or("", |(name, _)| name);
    non_empty(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_whitespace() {
        assert_eq!(clean("  Senior\n  Engineer  "), "Senior Engineer");
        assert_eq!(non_empty(" \n "), None);
    }

    #[test]
    fn profile_addresses() {
        assert_eq!(
            profile_url("https://www.linkedin.com/in/hvaladao?miniProfileUrn=urn%3Ali").as_deref(),
            Some("https://www.linkedin.com/in/hvaladao/")
        );
        assert_eq!(profile_url("/in/ana-l%C3%B3pez/details/").as_deref(), Some("https://www.linkedin.com/in/ana-l%C3%B3pez/"));
        assert_eq!(profile_slug("/in/ana-l%C3%B3pez/").as_deref(), Some("ana-lópez"));
        assert_eq!(profile_url("https://www.linkedin.com/feed/"), None);
        assert_eq!(name_from_title("(3) Ana López | LinkedIn").as_deref(), Some("Ana López"));
        assert_eq!(name_from_title("LinkedIn"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn nothing_panics_on_arbitrary_text(text in "\\PC{0,60}") {
            let _ = first_name(&text);
            let _ = degree(&text);
            let _ = count(&text);
            let _ = followers(&text);
            let _ = connections(&text);
            let _ = mutual_line(&text);
            let _ = note_counter(&text);
            let _ = notes_remaining(&text);
            let _ = date_range(&text);
            let _ = company(&text);
            let _ = unwrap_redirect(&text);
            let _ = link_kind(&text);
            let _ = profile_url(&text);
            let _ = name_from_title(&text);
            let _ = lang::strip_suffix_ci(&text, "à rejoindre");
        }

        #[test]
        fn clean_is_split_whitespace_joined(text in "[ \t\n\r\u{0B}\u{0C}\u{85}\u{A0}\u{1680}\u{2000}-\u{200B}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{1C}a-zé·•😀]{0,40}") {
            prop_assert_eq!(clean(&text), text.split_whitespace().collect::<Vec<_>>().join(" "));
        }

        #[test]
        fn ascii_needles_are_found_as_before(hay in "[ a-zA-ZéÉ’'\u{A0}\n-]{0,30}", needle in "[a-z][a-z '’-]{0,6}") {
            // The byte scan for an ASCII first letter finds what a scan of
            // every character position finds.
            let every = hay.char_indices().find_map(|(start, _)| {
                lang::strip_prefix_ci(hay.get(start..)?, &needle).map(|rest| (start, hay.len() - rest.len()))
            });
            prop_assert_eq!(lang::find_ci(&hay, &needle), every);
        }

        #[test]
        fn any_needle_is_found_as_each_alone(hay in "[ a-zA-ZéÉüÜ’'\u{A0}\n-]{0,30}", needles in proptest::collection::vec("[a-zé][a-zü '’-]{0,5}|", 0..4)) {
            let each = needles.iter().any(|n| lang::contains_ci(&hay, n));
            prop_assert_eq!(lang::contains_any_ci(&hay, needles.iter().map(String::as_str)), each);
            let first = needles.iter().filter_map(|n| lang::find_ci(&hay, n)).map(|(start, _)| start).min();
            prop_assert_eq!(lang::find_any_ci(&hay, needles.iter().map(String::as_str)), first);
        }

        #[test]
        fn nothing_panics_on_linkedin_like_text(
            text in "[0-9 ,.·•+/%A-Za-zéèü’'()|-]{0,40}( mutual connections| followers| ?/ ?300|https://www.linkedin.com/redir/redirect\\?url=%[0-9A-F]{0,4})?"
        ) {
            let _ = mutual_line(&text);
            let _ = followers(&text);
            let _ = note_counter(&text);
            let _ = unwrap_redirect(&text);
            let _ = date_range(&text);
        }

        #[test]
        fn decimal_is_to_string(n in any::<i64>(), small in -1000i64..3000) {
            prop_assert_eq!(signed_decimal(n), n.to_string());
            prop_assert_eq!(signed_decimal(small), small.to_string());
            prop_assert_eq!(decimal(n.unsigned_abs()), n.unsigned_abs().to_string());
            prop_assert_eq!(decimal(u64::MAX), u64::MAX.to_string());
        }

        #[test]
        fn counts_round_trip(n in 0u32..2_000_000_000) {
            prop_assert_eq!(count(&n.to_string()), Some(n));
            let grouped = group(n, ',');
            prop_assert_eq!(count(&format!("{grouped} followers")), Some(n));
            prop_assert_eq!(followers(&format!("{} abonnés", group(n, '\u{202f}'))), Some(n));
        }

        #[test]
        fn mutual_total_is_names_plus_others(others in 0u32..100_000) {
            let line = mutual_line(&format!("Ana, Bo and {others} other mutual connections"));
            prop_assert_eq!(line.map(|l| l.total()), Some(others + 2));
        }

        #[test]
        fn first_name_is_a_word_of_the_name(name in "[A-Za-zÀ-ÿ]{1,10}( [A-Za-zÀ-ÿ]{1,10}){0,3}") {
            if let Some(first) = first_name(&name) {
                prop_assert!(name.contains(&first));
            }
        }
    }

    fn group(n: u32, sep: char) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}
