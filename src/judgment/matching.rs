//! Plain string helpers the judgment needs: accent- and case-insensitive
//! comparison of companies, schools and cities, year extraction from dates as
//! LinkedIn prints them, UTF-16 lengths and word-boundary shortening.
//!
//! No regex on purpose: the whole wasm module has a 150 KB budget.

use crate::text::find;

/// Lowercases and strips the accents of Latin letters so that "Müller",
/// "MULLER" and "Muller" compare equal; typographic apostrophes become `'`.
/// Case is folded for Latin, Greek and Cyrillic ([`crate::text::case`]).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(out: &mut String, text: &str) {
    // ASCII without a backtick (nearly every headline) folds to its
    // lowercase: copied at once, not a character at a time.
    if text.is_ascii() && !find::has_char(text, '`') {
        let from = out.len();
        out.push_str(text);
        if let Some(added) = out.get_mut(from..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for upper in text.chars() {
        if upper.is_ascii() {
            let c = upper.to_ascii_lowercase();
            out.push(if c == '`' { '\'' } else { c });
            continue;
        }
        if upper == 'İ' {
            // std's lowercase of the dotted capital I is two characters.
            out.push_str("i\u{307}");
            continue;
        }
        let c = crate::text::case::lower(upper);
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ś' | 'š' => out.push('s'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            '’' | '‘' | '`' | '´' => out.push('\''),
            _ => out.push(c),
        }
    }
}

/// The folded words of `text`: runs of letters and digits, apostrophes kept
/// inside a word ("i'd") so that default wordings match as written.
pub fn words(text: &str) -> Vec<String> {
    word_slices(&fold(text)).into_iter().map(str::to_string).collect()
}

/// [`words`] of text already [`fold`]ed, as slices of it.
pub fn word_slices(folded: &str) -> Vec<&str> {
    // For ASCII, `is_alphanumeric` is `is_ascii_alphanumeric`: read a byte at
    // a time rather than decoding each character.
    if folded.is_ascii() {
        split_words(folded, folded.bytes().enumerate().map(|(at, b)| (at, b.is_ascii_alphanumeric(), b == b'\'')))
    } else {
        split_words(folded, folded.char_indices().map(|(at, c)| (at, c.is_alphanumeric(), c == '\'')))
    }
}

/// The words of `folded`, given each character as (byte offset, letter or
/// digit, apostrophe).
fn split_words(folded: &str, chars: impl Iterator<Item = (usize, bool, bool)>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, alphanumeric, apostrophe) in chars {
        if alphanumeric || (apostrophe && start.is_some()) {
            start.get_or_insert(at);
        } else if let Some(from) = start.take() {
            out.push(folded.get(from..at).unwrap_or_default().trim_end_matches('\''));
        }
    }
    if let Some(from) = start {
        out.push(folded.get(from..).unwrap_or_default().trim_end_matches('\''));
    }
    out
}

/// `needle`'s words appear consecutively in `haystack` (both already split by
/// [`words`]), so "acme" matches "at Acme, Inc" but not "Acmeon".
pub fn contains_words<S: AsRef<str>>(haystack: &[S], needle: &[String]) -> bool {
    let Some((first, rest)) = needle.split_first() else { return false };
    // Where the first word is, then the rest after it.
    haystack.iter().enumerate().any(|(at, word)| {
        word.as_ref() == first.as_str()
            && haystack
                .get(at + 1..at + needle.len())
                .is_some_and(|after| after.iter().zip(rest).all(|(a, b)| a.as_ref() == b.as_str()))
    })
}

/// Legal forms and filler that do not distinguish one employer from another.
const COMPANY_NOISE: crate::text::list::List = crate::list![
    "inc", "ltd", "llc", "llp", "plc", "gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "sl", "srl",
    "bv", "nv", "oy", "ab", "as", "corp", "corporation", "co", "company", "limited", "group",
    "the", "pvt", "private",
];

/// Words too common to identify an organization when they stand alone
/// ("Bank" vs "Bank of America").
const GENERIC_ORG_WORDS: crate::text::list::List = crate::list![
    "bank", "university", "universite", "universitat", "universidad", "school", "college",
    "institute", "global", "international", "consulting", "services", "solutions", "freelance",
    "self", "independent", "stealth", "startup", "confidential",
];

/// The words that identify an employer, legal forms left out.
pub fn company_key(name: &str) -> Vec<String> {
    let mut key = words(name);
    key.retain(|w| !COMPANY_NOISE.contains(w.as_str()));
    key
}

/// Two employer names denote the same organization: equal once legal forms
/// are dropped, or one is the other plus a qualifier ("Lumora" and "Lumora
/// Electronics"), provided the shared part is distinctive.
pub fn same_company(a: &str, b: &str) -> bool {
    same_company_key(&company_key(a), &company_key(b))
}

/// [`same_company`] on keys already made by [`company_key`].
pub fn same_company_key(ka: &[String], kb: &[String]) -> bool {
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return !(ka.len() == 1 && GENERIC_ORG_WORDS.contains(ka[0].as_str()));
    }
    let (short, long) = if ka.len() < kb.len() { (&ka, &kb) } else { (&kb, &ka) };
    let distinctive = short
        .first()
        .is_some_and(|w| w.chars().count() >= 4 && !GENERIC_ORG_WORDS.contains(w.as_str()));
    distinctive && long.starts_with(short)
}

/// The part of a school's name before its first comma: LinkedIn lists
/// campuses and addresses after it ("Kakatiya Institute …, Warangal").
pub fn school_head(school: &str) -> &str {
    school.split(',').next().unwrap_or(school).trim()
}

/// Small words schools are written with or without ("Technology & Science").
const SCHOOL_NOISE: crate::text::list::List = crate::list![
    "and", "of", "the", "de", "du", "des", "la", "le", "et", "der", "die", "das", "fur", "und",
    "y", "del",
];

fn school_key(school: &str) -> Vec<String> {
    let mut key = words(school_head(school));
    key.retain(|w| !SCHOOL_NOISE.contains(w.as_str()));
    key
}

/// Same school, ignoring case, accents, punctuation and the address part.
pub fn same_school(a: &str, b: &str) -> bool {
    let (ka, kb) = (school_key(a), school_key(b));
    !ka.is_empty() && ka == kb
}

/// Words that wrap a city name in LinkedIn locations ("Greater Paris
/// Metropolitan Region", "Région de Lyon").
const LOCATION_NOISE: crate::text::list::List = crate::list![
    "greater", "area", "metropolitan", "metro", "region", "bay", "city", "of", "grand", "region",
    "de", "du", "la", "le", "et", "großraum", "grossraum", "und", "umgebung", "area", "gran",
    "y", "alrededores", "del",
];

/// The city part of a location ("Hyderabad, Telangana, India" → "Hyderabad").
pub fn city_of(location: &str) -> &str {
    location.split(',').next().unwrap_or(location).trim()
}

/// The words naming the city, without "Greater … Area" wrappers.
pub fn city_key(location: &str) -> Vec<String> {
    let mut key = words(city_of(location));
    key.retain(|w| !LOCATION_NOISE.contains(w.as_str()));
    key
}

/// Same city: the first part of both locations names the same place.
pub fn same_city(a: &str, b: &str) -> bool {
    let (ka, kb) = (city_key(a), city_key(b));
    !ka.is_empty() && ka == kb
}

/// The four-digit year in a date as shown: "Jul 2019", "juil. 2019", "2015".
pub fn year_of(date: &str) -> Option<i32> {
    let mut digits = 0u32;
    let mut value = 0i32;
    let mut found = None;
    for c in date.chars().chain(std::iter::once(' ')) {
        match c.to_digit(10) {
            Some(d) => {
                digits += 1;
                value = value.saturating_mul(10).saturating_add(d as i32);
            }
            None => {
                if digits == 4 && (1900..=2100).contains(&value) {
                    found = Some(value);
                }
                digits = 0;
                value = 0;
            }
        }
    }
    found
}

/// A span of years; `end: None` means "to the present".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Years {
    pub start: i32,
    pub end: Option<i32>,
}

impl Years {
    /// Years from dates as shown; `None` without a readable start. A missing
    /// end is the present, as the reader models it.
    pub fn from_dates(start: Option<&str>, end: Option<&str>) -> Option<Years> {
        let start = start.and_then(year_of)?;
        let end = match end {
            Some(text) => Some(year_of(text)?),
            None => None,
        };
        if end.is_some_and(|e| e < start) {
            return None;
        }
        Some(Years { start, end })
    }

    /// Years both spans cover, if any.
    pub fn overlap(self, other: Years) -> Option<Years> {
        let start = self.start.max(other.start);
        let end = match (self.end, other.end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (Some(a), None) | (None, Some(a)) => Some(a),
            (None, None) => None,
        };
        match end {
            Some(e) if e < start => None,
            _ => Some(Years { start, end }),
        }
    }
}

/// Length as the note textarea counts it (HTML `maxlength`): UTF-16 units.
pub fn utf16_len(text: &str) -> usize {
    // Counted on the UTF-8 bytes: each character has one lead byte (the
    // others are 0x80..=0xBF), and a four-byte one (lead 0xF0 and up) is
    // two UTF-16 units. Many times faster than encoding.
    text.bytes()
        .map(|b| match b {
            0x80..=0xBF => 0,
            0xF0..=0xFF => 2,
            _ => 1,
        })
        .sum()
}

/// Trailing characters that read badly at the end of a shortened fact.
fn is_dangling(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '|' | '·' | '•' | '/' | '&' | '(' | '+')
}

/// `text` cut to at most `max_units` UTF-16 units at a word boundary, without
/// dangling separators; `None` when not even its first word fits.
pub fn shorten_at_word(text: &str, max_units: usize) -> Option<&str> {
    let trimmed = text.trim();
    if utf16_len(trimmed) <= max_units {
        return (!trimmed.is_empty()).then_some(trimmed);
    }
    let mut units = 0usize;
    let mut best = None;
    for (index, c) in trimmed.char_indices() {
        if units > max_units {
            break;
        }
        if c.is_whitespace() {
            best = Some(index);
        }
        units += c.len_utf16();
    }
    let cut = trimmed.get(..best?)?.trim_end_matches(is_dangling);
    (!cut.is_empty()).then_some(cut)
}

/// A fact as it will be quoted: first segment before a separator LinkedIn
/// users put in headlines ("Engineer | Speaker"), whitespace collapsed by the
/// reader already, then shortened at a word.
pub fn fact_phrase(text: &str, max_units: usize) -> Option<&str> {
    let head = text
        .split(['|', '•', '·', '\n'])
        .map(str::trim)
        .find(|part| !part.is_empty())?;
    shorten_at_word(head, max_units)
}

/// First sentence (or clause) of a longer text, shortened at a word.
pub fn first_sentence(text: &str, max_units: usize) -> Option<&str> {
    let trimmed = text.trim();
    let end = trimmed
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '…'))
        .map_or(trimmed.len(), |(i, _)| i);
    let sentence = trimmed.get(..end)?.trim();
    shorten_at_word(sentence, max_units)
}

/// FNV-1a: a stable hash for picking template variants (std's hasher is
/// randomly seeded per process, which would make suggestions flicker).
pub fn fnv1a(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Host of a URL, without scheme or "www." ("https://www.ana.dev/blog" → "ana.dev").
pub fn host_of(url: &str) -> &str {
    let rest = find::split_once(url, "://").map_or(url, |(_, rest)| find::before(rest, "://"));
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_and_accents() {
        assert_eq!(fold("Müller Élodie ÇA’S"), "muller elodie ca's");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn words_split_on_punctuation_and_keep_apostrophes() {
        assert_eq!(words("I’d like, to ADD you!"), ["i'd", "like", "to", "add", "you"]);
        assert!(words("  ").is_empty());
        assert_eq!(words("'a'' b'c' 'd"), ["a", "b'c", "d"]);
        assert_eq!(word_slices(&fold("Ça’S x")), ["ca's", "x"]);
        assert_eq!(word_slices("senior sre lead, it's 'acme' x2"), ["senior", "sre", "lead", "it's", "acme", "x2"]);
    }

    #[test]
    fn contains_words_matches_whole_words() {
        let hay = words("I worked at Acme, Inc. in 2019");
        assert!(contains_words(&hay, &words("acme inc")));
        assert!(!contains_words(&words("Acmeon"), &words("acme")));
        assert!(!contains_words(&hay, &[]));
    }

    #[test]
    fn companies_compare_without_legal_forms() {
        assert!(same_company("Acme, Inc.", "ACME"));
        assert!(same_company("Lumora Electronics", "Lumora"));
        assert!(same_company("Société Générale SA", "societe generale"));
        assert!(!same_company("Bank", "Bank of America"));
        assert!(!same_company("Acme", "Acmeon"));
        assert!(!same_company("", ""));
        assert!(!same_company("Inc.", "Inc."));
    }

    #[test]
    fn schools_compare_on_the_name_before_the_address() {
        assert!(same_school(
            "Kakatiya Institute of Technology & Science, Warangal",
            "kakatiya institute of technology and science"
        ));
        assert!(same_school("Technische Universität München", "TECHNISCHE UNIVERSITAT MUNCHEN"));
        assert!(!same_school("ETH Zürich", "EPFL"));
    }

    #[test]
    fn cities_compare_on_the_first_part() {
        assert!(same_city("Paris, Île-de-France, France", "Greater Paris Metropolitan Region"));
        assert!(same_city("München, Bayern", "Munchen"));
        assert!(!same_city("Lyon", "Paris"));
        assert!(!same_city("", "Area"));
    }

    #[test]
    fn years_come_from_dates_in_any_language() {
        assert_eq!(year_of("Jul 2019"), Some(2019));
        assert_eq!(year_of("juil. 2019"), Some(2019));
        assert_eq!(year_of("2015"), Some(2015));
        assert_eq!(year_of("Present"), None);
        assert_eq!(year_of("120190"), None);
    }

    #[test]
    fn overlapping_years() {
        let a = Years::from_dates(Some("2016"), Some("Dec 2019")).unwrap_or(Years { start: 0, end: Some(0) });
        let b = Years::from_dates(Some("Mar 2018"), None).unwrap_or(Years { start: 0, end: Some(0) });
        assert_eq!(a.overlap(b), Some(Years { start: 2018, end: Some(2019) }));
        let c = Years { start: 2021, end: None };
        assert_eq!(a.overlap(c), None);
        assert_eq!(b.overlap(c), Some(Years { start: 2021, end: None }));
        assert_eq!(Years::from_dates(Some("2020"), Some("2010")), None);
        assert_eq!(Years::from_dates(None, Some("2010")), None);
    }

    #[test]
    fn utf16_counts_like_the_textarea() {
        assert_eq!(utf16_len("é"), 1);
        assert_eq!(utf16_len("🚀"), 2);
        let mixed = "Hi Maren — 🚀 café 東京, 𝒳 ok";
        assert_eq!(utf16_len(mixed), mixed.encode_utf16().count());
    }

    #[test]
    fn ascii_folds_like_any_text() {
        // ASCII without a backtick takes the shortcut; the rest does not.
        assert_eq!(fold("Senior RECRUITER at Acme-1 (it's)"), "senior recruiter at acme-1 (it's)");
        assert_eq!(fold("Rock `n` Roll"), "rock 'n' roll");
        let mut out = String::from("Kept ");
        fold_into(&mut out, "ABC");
        assert_eq!(out, "Kept abc");
    }

    #[test]
    fn shortening_cuts_at_words() {
        assert_eq!(shorten_at_word("Senior Hardware Engineer", 100), Some("Senior Hardware Engineer"));
        assert_eq!(shorten_at_word("Senior Hardware Engineer", 18), Some("Senior Hardware"));
        assert_eq!(shorten_at_word("Research & Development lab", 12), Some("Research"));
        assert_eq!(shorten_at_word("Supercalifragilistic", 5), None);
        assert_eq!(shorten_at_word("   ", 5), None);
    }

    #[test]
    fn fact_phrases_take_the_first_headline_segment() {
        assert_eq!(fact_phrase("Rust engineer | Speaker | Dad", 60), Some("Rust engineer"));
        assert_eq!(first_sentence("I build tools. Also I cook.", 60), Some("I build tools"));
    }

    #[test]
    fn hosts_drop_scheme_and_www() {
        assert_eq!(host_of("https://www.ana.dev/blog?x=1"), "ana.dev");
        assert_eq!(host_of("ana.dev"), "ana.dev");
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_ne!(fnv1a("a"), fnv1a("b"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// `words` as it was written before it split into slices.
    fn words_by_push(text: &str) -> Vec<String> {
        let folded = fold(text);
        let mut out = Vec::new();
        let mut current = String::new();
        for c in folded.chars() {
            if c.is_alphanumeric() || (c == '\'' && !current.is_empty()) {
                current.push(c);
            } else if !current.is_empty() {
                out.push(std::mem::take(&mut current).trim_end_matches('\'').to_string());
            }
        }
        if !current.is_empty() {
            out.push(current.trim_end_matches('\'').to_string());
        }
        out.retain(|w| !w.is_empty());
        out
    }

    proptest! {
        #[test]
        fn contains_words_is_a_window_equal_to_the_needle(hay in proptest::collection::vec("[ab]{1,2}", 0..8), needle in proptest::collection::vec("[ab]{1,2}", 0..3)) {
            let windows = !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle.as_slice());
            prop_assert_eq!(contains_words(&hay, &needle), windows);
        }

        #[test]
        fn words_split_as_before(text in "[ a-zA-Z0-9éÉßİ’'`´,.!\u{a0}\n-]{0,40}") {
            prop_assert_eq!(words(&text), words_by_push(&text));
        }
    }
}
