//! Names: the one to greet someone by.

/// Honorifics dropped in front of a name: lowercase, dots removed.
const TITLES: crate::text::list::List = crate::list![
    "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "ing", "dipl", "herr",
    "frau", "m", "mme", "mlle", "me", "sr", "sra", "srta", "don", "doña", "dra", "lic", "mag",
    "dott", "rev", "eng", "capt", "col", "gen", "hon", "med", "rer", "nat", "habil", "phd", "mba",
    "د", "م", "أ", "الدكتور", "ד״ר", "דר",
];

/// Credentials and pronouns that can trail a name without a separator.
const TRAILERS: crate::text::list::List = crate::list![
    "phd", "mba", "md", "cpa", "cfa", "pmp", "msc", "bsc", "ma", "ba", "jd", "llm", "rn", "pe",
    "cissp", "acca", "frm", "she/her", "he/him", "they/them", "she", "he", "they", "her", "him",
    "them", "elle", "il", "sie", "er", "ella", "él",
];

/// The name to greet someone by: the first word of their name that is not a
/// title or an initial, with pronouns, credentials and emoji left out. Names
/// written in Chinese, Japanese or Korean script are kept whole, since their
/// words do not split into a given name the same way.
pub fn first_name(full_name: &str) -> Option<String> {
    // Pronouns and credentials usually follow "(", ",", "|" or " - "; cut there.
    let main = full_name
        .split(['(', '（', ',', '，', '|', '/', '·', '•', '[', '"', '“'])
        .map(str::trim)
        .find(|part| part.chars().any(char::is_alphabetic))
        .unwrap_or_default();
    let main = super::find::before(main, " - ");
    let words: Vec<&str> = main
        .split_whitespace()
        .map(trim_word)
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    if words.iter().any(|word| word.chars().any(is_cjk)) {
        let whole: Vec<&str> = words.into_iter().filter(|w| !is_title(w)).collect();
        return (!whole.is_empty()).then(|| super::join(&whole, " "));
    }
    let candidates: Vec<&str> = words.into_iter().filter(|w| !is_title(w)).collect();
    let is_initial = |w: &&str| w.trim_end_matches('.').chars().count() == 1 && w.ends_with('.');
    candidates
        .iter()
        .find(|w| !is_initial(w) && !is_trailer(w))
        .or_else(|| candidates.first())
        .map(|w| w.trim_end_matches('.').to_string())
}

/// Strips emoji, punctuation and invisible bidi marks from the ends of a word.
/// A word without the decoration around it: it starts at its first letter or
/// digit (after any quote, dash or emoji) and ends at its last letter, digit,
/// combining accent (a name typed in decomposed form) or initial's dot.
fn trim_word(word: &str) -> &str {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !(c.is_alphanumeric() || is_combining_mark(c) || c == '.'))
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_title(word: &str) -> bool {
    let bare: String = word.chars().filter(|c| *c != '.').map(super::lang::fold).collect();
    !bare.is_empty() && bare.split('-').all(|part| TITLES.contains(part))
}

fn is_trailer(word: &str) -> bool {
    let bare: String = word.chars().filter(|c| *c != '.').map(super::lang::fold).collect();
    TRAILERS.contains(bare.as_str())
}

/// Han, kana and Hangul.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn greet(name: &str) -> Option<String> {
        first_name(name)
    }

    #[test]
    fn titles_credentials_pronouns_and_emoji_go() {
        assert_eq!(greet("Dr. Ana María López, PhD").as_deref(), Some("Ana"));
        assert_eq!(greet("Léa Dubois (she/her)").as_deref(), Some("Léa"));
        assert_eq!(greet("🚀 Tom Baker | Hiring").as_deref(), Some("Tom"));
        assert_eq!(greet("Harivardhan Sai Kiran Tummala").as_deref(), Some("Harivardhan"));
        assert_eq!(greet("Prof. Dr.-Ing. Klaus Müller").as_deref(), Some("Klaus"));
        assert_eq!(greet("DR. JANE DOE MBA").as_deref(), Some("JANE"));
        assert_eq!(greet("Jean-Pierre O’Neil 🌍").as_deref(), Some("Jean-Pierre"));
        assert_eq!(greet("J. Robert Oppenheimer").as_deref(), Some("Robert"));
        assert_eq!(greet("✨Sofía✨ Pérez").as_deref(), Some("Sofía"));
        assert_eq!(greet("Mme Élodie Martin").as_deref(), Some("Élodie"));
        assert_eq!(greet("   "), None);
        assert_eq!(greet("🚀🚀"), None);
    }

    #[test]
    fn scripts_other_than_latin() {
        assert_eq!(greet("محمد أحمد").as_deref(), Some("محمد"));
        assert_eq!(greet("د. محمد أحمد").as_deref(), Some("محمد"));
        assert_eq!(greet("\u{200f}דוד כהן\u{200f}").as_deref(), Some("דוד"));
        assert_eq!(greet("王小明").as_deref(), Some("王小明"));
        assert_eq!(greet("김민준").as_deref(), Some("김민준"));
        assert_eq!(greet("Андрей Иванов").as_deref(), Some("Андрей"));
    }
}
