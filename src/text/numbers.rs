//! Numbers in LinkedIn's wording: counts, degrees, mutual connections, the
//! note counter and the monthly note quota.

use super::lang::{self, contains_ci, find_ci, strip_suffix_ci, Lang};
use super::non_empty;

/// The first number in `text`, whatever the locale's digit grouping:
/// "1,022,351" · "1 234" (with a (narrow) no-break space) · "1.234" ·
/// "500+" · "1.2K" · "3,4 k" · "2M".
pub fn count(text: &str) -> Option<u32> {
    let (start, _) = text.char_indices().find(|(_, c)| c.is_ascii_digit())?;
    let rest = text.get(start..)?;
    let mut digits = String::new();
    // Digits after the last separator, to tell "1.2K" (a decimal) from "1.234".
    let mut after_separator: Option<usize> = None;
    let mut end = rest.len();
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_ascii_digit() {
            digits.push(c);
            if let Some(n) = after_separator.as_mut() {
                *n += 1;
            }
        } else if is_group_separator(c) && chars.peek().is_some_and(|(_, next)| next.is_ascii_digit()) {
            after_separator = Some(0);
        } else {
            end = at;
            break;
        }
    }
    let suffix = rest.get(end..).unwrap_or_default().trim_start();
    let multiplier: u64 = match suffix.chars().next() {
        Some('k' | 'K') if !suffix.chars().nth(1).is_some_and(char::is_alphabetic) => 1_000,
        Some('M') if !suffix.chars().nth(1).is_some_and(|c| c.is_alphabetic() && c != 'i') => 1_000_000,
        _ if lang::starts_with_ci(suffix, "mio") => 1_000_000,
        _ => 1,
    };
    let mut value: u64 = digits.parse().ok()?;
    if multiplier > 1 {
        // "1.2K": the digits after the separator are decimals.
        let decimals = after_separator.filter(|n| *n <= 2).unwrap_or(0) as u32;
        value = value.checked_mul(multiplier)? / 10u64.pow(decimals);
    }
    u32::try_from(value).ok()
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// "132 followers", "1 234 abonnés", "1.234 Follower", "12,5 k seguidores".
pub fn followers(text: &str) -> Option<u32> {
    counted(text, |l| l.followers)
}

/// "500+ connections", "127 relations", "500+ Kontakte", "Más de 500 contactos".
pub fn connections(text: &str) -> Option<u32> {
    counted(text, |l| l.connections)
}

/// The number in the part of `text` ("a · b · c") that names the counted thing.
fn counted(text: &str, words: fn(&Lang) -> &'static [&'static str]) -> Option<u32> {
    text.split(['·', '•', '|', '\n'])
        .filter(|part| lang::all(words).any(|word| has_word(part, word)) && !is_mutual(part))
        .find_map(count)
}

/// Whether `word` occurs in `text` as a whole word (not "connections" in
/// "interconnections"), ignoring case.
fn has_word(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some((start, end)) = text.get(from..).and_then(|rest| find_ci(rest, word)) {
        let (start, end) = (from + start, from + end);
        let before = text.get(..start).and_then(|s| s.chars().next_back());
        let after = text.get(end..).and_then(|s| s.chars().next());
        if !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic) {
            return true;
        }
        from = end;
    }
    false
}

/// "1st", "2nd", "3rd+", "· 2nd", "• 3rd+", "2nd degree connection" and their
/// translations, which keep the digit first ("1er", "2e", "2.", "2.º", "3e et +"),
/// as 1, 2 or 3. Anything longer or different ("2 mutual connections") is `None`.
pub fn degree(text: &str) -> Option<u8> {
    let text = text.trim().trim_start_matches(['·', '•', '-']).trim_start();
    let mut chars = text.chars();
    let value = match chars.next()? {
        '1' => 1,
        '2' => 2,
        '3' => 3,
        _ => return None,
    };
    let rest = chars.as_str();
    let ordinal: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
    let ordinal_ok = ordinal.chars().count() <= 4
        && !ordinal.chars().any(|c| c.is_ascii_digit())
        && (ordinal.is_empty() || ordinal.chars().all(|c| c.is_alphabetic() || super::find::has_char(".º°+ᵉʳ", c)));
    let tail = rest.get(ordinal.len()..).unwrap_or_default().trim();
    let tail_ok = tail.is_empty()
        || tail == "+"
        || lang::starts_with_ci(tail, "et +")
        || lang::starts_with_ci(tail, "degree")
        || lang::starts_with_ci(tail, "grad");
    (ordinal_ok && !ordinal.is_empty() && tail_ok).then_some(value)
}

fn is_mutual(text: &str) -> bool {
    lang::contains_any_ci(text, lang::all(|l| l.mutual))
}

/// A mutual-connections line, read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MutualLine {
    /// The people the line names, in order.
    pub names: Vec<String>,
    /// The "N other(s)" (or the whole count when no one is named).
    pub others: u32,
}

impl MutualLine {
    /// Everyone: the named people plus the others.
    pub fn total(&self) -> u32 {
        u32::try_from(self.names.len()).unwrap_or(u32::MAX).saturating_add(self.others)
    }
}

/// "X is a mutual connection", "X and Y are mutual connections",
/// "X, Y and 12 other mutual connections", "12 mutual connections", and the
/// French, German and Spanish equivalents. `None` when the line is not about
/// mutual connections.
pub fn mutual_line(text: &str) -> Option<MutualLine> {
    // Most lines are not about mutual connections: one look at the whole
    // line settles that (no wording spans a bullet).
    if !is_mutual(text) {
        return None;
    }
    read_mutual_apart(text)
}

/// [`mutual_line`] of a line about mutual connections.
#[inline(never)]
fn read_mutual_apart(text: &str) -> Option<MutualLine> {
    // "3K followers • X, Y and 63 other mutual connections": only the part
    // about mutual connections.
    // (A line without a bullet is that part: it was just looked at.)
    let part = if super::find::has_char(text, '•') || super::find::has_char(text, '·') {
        text.split(['•', '·']).find(|part| is_mutual(part))?
    } else {
        text
    };
    let text = non_empty(part)?;
    // The names stop at the count ("… and 12 other …") or at the verb
    // ("… is a mutual connection").
    let number_at = number_word_at(&text);
    let verb_at = first_spaced_word_at(&text, lang::all(|l| l.verbs));
    let mutual_at = lang::find_any_ci(&text, lang::all(|l| l.mutual));
    let cut = [number_at, verb_at, mutual_at].into_iter().flatten().min().unwrap_or(text.len());
    let others = number_at.and_then(|at| text.get(at..)).and_then(count).unwrap_or(0);
    let names = split_names_apart(text.get(..cut).unwrap_or_default());
    Some(MutualLine { names, others })
}

/// Byte offset of the first word that starts with a digit.
fn number_word_at(text: &str) -> Option<usize> {
    text.char_indices()
        .find(|(at, c)| {
            c.is_ascii_digit()
                && !text.get(..*at).and_then(|s| s.chars().next_back()).is_some_and(char::is_alphanumeric)
        })
        .map(|(at, _)| at)
}

/// The least [`word_at`] of `words` (ASCII letters, as the verbs are), in
/// one pass over the words of `text`: only ASCII letters match ASCII
/// letters ([`find_ci`]), so a word standing alone is a piece of `text`
/// between two spaces.
fn first_spaced_word_at<'a>(text: &str, words: impl Iterator<Item = &'a str> + Clone) -> Option<usize> {
    if !words.clone().all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic())) {
        return words.filter_map(|word| word_at(text, word)).min();
    }
    let mut pieces = text.split(' ').peekable();
    let mut start = 0;
    let mut first = true;
    while let Some(piece) = pieces.next() {
        let last = pieces.peek().is_none();
        if !first && !last && words.clone().any(|w| piece.eq_ignore_ascii_case(w)) {
            return Some(start);
        }
        first = false;
        start += piece.len() + 1;
    }
    None
}

/// Byte offset of `word` standing alone (between spaces) in `text`.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some((start, end)) = text.get(from..).and_then(|rest| find_ci(rest, word)) {
        let (start, end) = (from + start, from + end);
        let spaced_before = text.get(..start).is_some_and(|s| s.ends_with(' '));
        let spaced_after = text.get(end..).is_some_and(|s| s.starts_with(' '));
        if spaced_before && spaced_after {
            return Some(start);
        }
        from = end;
    }
    None
}

/// "A, B and C" (or "A, B, and", "A et B", "A und B", "A y B") → [A, B, C].
#[inline(never)]
fn split_names_apart(list: &str) -> Vec<String> {
    let mut names = Vec::new();
    let (mut pieces, mut split) = (Vec::new(), Vec::new());
    for part in list.split([',', '،', '、']) {
        let mut part = part.trim();
        // A trailing "and" before the count or verb: "A, B and 12 other".
        for and in lang::all(|l| l.and) {
            if let Some(rest) = strip_suffix_ci(part, and) {
                if rest.is_empty() || rest.ends_with(' ') {
                    part = rest.trim_end();
                }
            }
            if let Some(rest) = lang::strip_prefix_ci(part, and) {
                if rest.starts_with(' ') {
                    part = rest.trim_start();
                }
            }
        }
        // "A and B": split on the conjunction of any language (not on the
        // Portuguese "e" that joins family names). Two lists, reused for
        // every conjunction.
        pieces.clear();
        pieces.push(part);
        for and in lang::all(|l| l.and).filter(|and| *and != "e") {
            split.clear();
            for piece in pieces.drain(..) {
                split_on_word(piece, and, &mut split);
            }
            std::mem::swap(&mut pieces, &mut split);
        }
        names.extend(pieces.drain(..).filter_map(non_empty));
    }
    names
}

/// Pushes onto `out` the pieces of `text` between the standalone `word`s.
fn split_on_word<'a>(mut text: &'a str, word: &str, out: &mut Vec<&'a str>) {
    while let Some(at) = word_at(text, word) {
        out.push(text.get(..at).unwrap_or_default());
        text = text.get(at + word.len()..).unwrap_or_default();
    }
    out.push(text);
}

/// The note counter "57/300" (or "57 / 300") as (used, limit): the whole
/// text must be the counter.
pub fn note_counter(text: &str) -> Option<(u32, u32)> {
    let (used, limit) = text.split_once('/')?;
    let (used, limit) = (used.trim(), limit.trim());
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.chars().all(|c| c.is_ascii_digit());
    if !digits(used) || !digits(limit) {
        return None;
    }
    Some((used.parse().ok()?, limit.parse().ok()?))
}

/// "3 personalized invitations remaining for this month." (and its French,
/// German and Spanish forms) → 3. `None` for any other text.
pub fn notes_remaining(text: &str) -> Option<u32> {
    if !lang::all(|l| l.notes_remaining).any(|key| contains_ci(text, key)) {
        return None;
    }
    count(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_found_as_words_between_spaces() {
        let verbs = || lang::all(|l| l.verbs);
        for text in ["Ana is a mutual connection", "is Ana is", "Ana  est  x", "Anais are", "A sont b ist c", "x IS y", "x is"] {
            assert_eq!(first_spaced_word_at(text, verbs()), verbs().filter_map(|v| word_at(text, v)).min(), "{text}");
        }
    }

    #[test]
    fn counts_in_every_grouping() {
        assert_eq!(count("1,022,351 followers"), Some(1_022_351));
        assert_eq!(count("1\u{202f}234 abonnés"), Some(1234));
        assert_eq!(count("1\u{a0}234 abonnés"), Some(1234));
        assert_eq!(count("1.234 Follower"), Some(1234));
        assert_eq!(count("500+ connections"), Some(500));
        assert_eq!(count("Más de 500 contactos"), Some(500));
        assert_eq!(count("1.2K followers"), Some(1200));
        assert_eq!(count("12,5 k seguidores"), Some(12_500));
        assert_eq!(count("3M followers"), Some(3_000_000));
        assert_eq!(count("2 Mio. Follower"), Some(2_000_000));
        assert_eq!(count("10 mutual"), Some(10));
        assert_eq!(count("99999999999 followers"), None);
        assert_eq!(count("no digits"), None);
    }

    #[test]
    fn followers_and_connections() {
        assert_eq!(followers("132 followers"), Some(132));
        assert_eq!(followers("1 234 abonnés"), Some(1234));
        assert_eq!(followers("1.234 Follower"), Some(1234));
        assert_eq!(followers("5.678 seguidores"), Some(5678));
        assert_eq!(connections("500+ connections"), Some(500));
        assert_eq!(connections("127 relations"), Some(127));
        assert_eq!(connections("500+ Kontakte"), Some(500));
        assert_eq!(connections("Más de 500 contactos"), Some(500));
        assert_eq!(followers("1,204 followers · 500+ connections"), Some(1204));
        assert_eq!(connections("1,204 followers · 500+ connections"), Some(500));
        assert_eq!(connections("12 mutual connections"), None);
        assert_eq!(followers("500+ connections"), None);
    }

    #[test]
    fn degrees() {
        for (text, want) in [
            ("1st", Some(1)),
            ("2nd", Some(2)),
            ("· 3rd+", Some(3)),
            ("• 2nd", Some(2)),
            ("2nd degree connection", Some(2)),
            ("1er", Some(1)),
            ("2e", Some(2)),
            ("3e et +", Some(3)),
            ("2.", Some(2)),
            ("· 2.º", Some(2)),
            ("3.º+", Some(3)),
            ("Follow", None),
            ("2 mutual connections", None),
            ("2024", None),
            ("", None),
        ] {
            assert_eq!(degree(text), want, "{text}");
        }
    }

    fn line(names: &[&str], others: u32) -> Option<MutualLine> {
        Some(MutualLine { names: names.iter().map(|s| s.to_string()).collect(), others })
    }

    #[test]
    fn mutual_lines_in_four_languages() {
        assert_eq!(mutual_line("Mrudula Kanneganti is a mutual connection"), line(&["Mrudula Kanneganti"], 0));
        assert_eq!(mutual_line("Ana López and Bo Li are mutual connections"), line(&["Ana López", "Bo Li"], 0));
        assert_eq!(
            mutual_line("Simão Rafael dos Anjos Meireles e Castro, Artur Fontes, and 196 other mutual connections"),
            line(&["Simão Rafael dos Anjos Meireles e Castro", "Artur Fontes"], 196)
        );
        assert_eq!(mutual_line("Xu, Yan and 12 other mutual connections").map(|m| m.total()), Some(14));
        assert_eq!(mutual_line("1,204 mutual connections"), line(&[], 1204));
        assert_eq!(mutual_line("Léa est une relation en commun"), line(&["Léa"], 0));
        assert_eq!(mutual_line("Léa, Marc et 3 autres relations en commun"), line(&["Léa", "Marc"], 3));
        assert_eq!(mutual_line("Jonas und Mia sind gemeinsame Kontakte"), line(&["Jonas", "Mia"], 0));
        assert_eq!(mutual_line("Jonas, Mia und 8 weitere gemeinsame Kontakte"), line(&["Jonas", "Mia"], 8));
        assert_eq!(mutual_line("Jonas ist ein gemeinsamer Kontakt"), line(&["Jonas"], 0));
        assert_eq!(mutual_line("Lucía es un contacto en común"), line(&["Lucía"], 0));
        assert_eq!(mutual_line("Lucía, Pablo y 5 contactos más en común"), line(&["Lucía", "Pablo"], 5));
        assert_eq!(mutual_line("Lucía y Pablo son contactos en común"), line(&["Lucía", "Pablo"], 0));
        assert_eq!(mutual_line("Provides services - Web Development"), None);
        assert_eq!(
            mutual_line("3K followers • Duarte Salgado, Lennart Vogt, and 63 other mutual connections"),
            line(&["Duarte Salgado", "Lennart Vogt"], 63)
        );
    }

    #[test]
    fn note_counter_and_quota() {
        assert_eq!(note_counter("57/300"), Some((57, 300)));
        assert_eq!(note_counter(" 0 / 200 "), Some((0, 200)));
        assert_eq!(note_counter("she/her"), None);
        assert_eq!(note_counter("0/200 3 personalized invitations remaining"), None);
        assert_eq!(notes_remaining("3 personalized invitations remaining for this month."), Some(3));
        assert_eq!(notes_remaining("Il vous reste 2 invitations personnalisées ce mois-ci."), Some(2));
        assert_eq!(notes_remaining("Noch 1 personalisierte Einladung für diesen Monat"), Some(1));
        assert_eq!(notes_remaining("Te quedan 0 invitaciones personalizadas este mes."), Some(0));
        assert_eq!(notes_remaining("Add a note"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn verbs_are_found_as_each_alone(text in "((is|Es|SON|are|est|x|é|İs|\u{a0})( {1,2}|\u{a0})?){0,8}") {
            let verbs = || lang::all(|l| l.verbs);
            prop_assert_eq!(first_spaced_word_at(&text, verbs()), verbs().filter_map(|v| word_at(&text, v)).min());
        }
    }
}
