//! DOM-free reading of the strings LinkedIn prints: names, degrees, counts,
//! date ranges. Every function takes what a reader found and returns `None`
//! rather than guessing when the text is not what it expects.

/// Collapses runs of whitespace (LinkedIn's markup is full of newlines and
/// `<!---->` gaps) and trims the ends.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `clean`, then `None` for an empty result.
pub fn non_empty(text: &str) -> Option<String> {
    let cleaned = clean(text);
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Honorifics dropped in front of a name, lowercase and without the final dot.
const TITLES: &[&str] = &[
    "dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "ing", "dipl", "herr", "frau", "m", "mme",
    "mlle", "sr", "sra", "srta", "don", "doña", "dra",
];

/// The name to greet someone by: the first word of their name that is not a
/// title, with pronouns, credentials and emoji left out.
pub fn first_name(full_name: &str) -> Option<String> {
    // Pronouns and credentials usually follow "(", "," or "|"; cut there.
    let main = full_name
        .split(['(', ',', '|', '/'])
        .next()
        .unwrap_or(full_name);
    main.split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
        .filter(|word| !word.is_empty())
        .find(|word| {
            let bare = word.trim_end_matches('.').to_lowercase();
            !TITLES.contains(&bare.as_str())
        })
        .map(str::to_string)
}

/// "1st", "2nd", "3rd", "3rd+" (and their translations, which keep the
/// digit first: "2e", "2.", "2º") as 1, 2 or 3.
pub fn degree(text: &str) -> Option<u8> {
    let digit = text.trim().trim_start_matches(['·', '•']).trim_start().chars().next()?;
    match digit {
        '1' => Some(1),
        '2' => Some(2),
        '3' => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_name_skips_titles_credentials_and_pronouns() {
        assert_eq!(first_name("Dr. Ana María López, PhD").as_deref(), Some("Ana"));
        assert_eq!(first_name("Léa Dubois (she/her)").as_deref(), Some("Léa"));
        assert_eq!(first_name("🚀 Tom Baker | Hiring").as_deref(), Some("Tom"));
        assert_eq!(first_name("Harivardhan Sai Kiran Tummala").as_deref(), Some("Harivardhan"));
        assert_eq!(first_name("   "), None);
    }

    #[test]
    fn degree_reads_the_leading_digit() {
        assert_eq!(degree("2nd"), Some(2));
        assert_eq!(degree("· 3rd+"), Some(3));
        assert_eq!(degree("1er"), Some(1));
        assert_eq!(degree("Follow"), None);
    }

    #[test]
    fn clean_collapses_whitespace() {
        assert_eq!(clean("  Senior\n  Engineer  "), "Senior Engineer");
        assert_eq!(non_empty(" \n "), None);
    }
}
