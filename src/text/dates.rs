//! Date ranges and the lines around them in experience and education entries.

use super::lang::{self, contains_ci};
use super::non_empty;

/// A range as shown: `end` is `None` for "Present" (or when only one date shows).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateRange {
    pub start: Option<String>,
    pub end: Option<String>,
}

/// "Feb 2024 - Present · 1 yr 8 mos", "févr. 2024 - aujourd’hui · 1 an 8 mois",
/// "Feb. 2024 – Heute · 1 J. 8 Mon.", "feb. 2024 - actualidad · 1 año 8 meses",
/// "2015 - 2018", "2019". `None` when `text` is not a date line.
pub fn date_range(text: &str) -> Option<DateRange> {
    // A date line names a year (four ASCII digits): most lines (titles,
    // companies, places) have no digit and need no closer look.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let text = non_empty(text)?;
    let range = text.split(['·', '•']).next().unwrap_or_default().trim();
    let (start, end) = match split_range(range) {
        Some((start, end)) => (start.trim(), Some(end.trim())),
        None => (range, None),
    };
    if !is_date(start) {
        return None;
    }
    let end = match end {
        None => None,
        Some(end) if is_date(end) => Some(end.to_string()),
        Some(end) if is_present(end) => None,
        Some(_) => return None,
    };
    Some(DateRange { start: Some(start.to_string()), end })
}

fn split_range(range: &str) -> Option<(&str, &str)> {
    // Every separator holds one of these dashes: one pass settles most lines.
    if !range.contains(['-', '–', '—']) {
        return None;
    }
    [" - ", " – ", " — ", "–", "—", " -", "- "]
        .iter()
        .find_map(|sep| super::find::split_once(range, sep))
}

/// "Feb 2024", "févr. 2024", "2015", "ene. de 2020": an optional month word,
/// then a year.
fn is_date(text: &str) -> bool {
    // Read from the end: the year, then at most two words before it.
    let mut words = text.split_whitespace().rev();
    let Some(year) = words.next() else {
        return false;
    };
    let year_ok = year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && matches!(year.get(..2), Some("19" | "20"));
    let mut before = 0;
    year_ok
        && words.all(|w| {
            before += 1;
            before <= 2 && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// "Present", "aujourd’hui", "Heute", "actualidad" — or any short word
/// without digits in a language we have no table for.
fn is_present(text: &str) -> bool {
    lang::all(|l| l.present).any(|p| contains_ci(text, p))
        || (!text.is_empty() && text.chars().count() <= 24 && !text.chars().any(|c| c.is_ascii_digit()))
}

/// Whether a whole line is a duration ("1 yr 8 mos", "5 yrs", "3 ans", "2 J. 1 Mon.").
pub fn is_duration(text: &str) -> bool {
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        let is_number = word.chars().all(|c| c.is_ascii_digit());
        let is_unit = lang::all(|l| l.durations).any(|unit| word.eq_ignore_ascii_case(unit) || lower_eq(word, unit));
        if !is_number && !is_unit {
            return false;
        }
    }
    words > 0
}

fn lower_eq(word: &str, unit: &str) -> bool {
    // `fold` keeps each letter's UTF-8 length: words of another length differ.
    word.len() == unit.len() && word.chars().map(lang::fold).eq(unit.chars())
}

/// Whether `text` is an employment type alone ("Full-time", "Temps plein").
pub fn is_employment_type(text: &str) -> bool {
    let text = text.trim();
    lang::all(|l| l.employment).any(|kind| lower_eq(text, kind))
}

/// "Ampliva · Full-time" → "Ampliva". `None` when the line names no company
/// ("Full-time · 5 yrs" under a company heading, or a lone duration).
pub fn company(line: &str) -> Option<String> {
    let first = super::find::before(line, " · ").trim();
    let first = first.strip_suffix(" ·").unwrap_or(first);
    if is_employment_type(first) || is_duration(first) || date_range(first).is_some() {
        return None;
    }
    non_empty(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: &str, end: Option<&str>) -> Option<DateRange> {
        Some(DateRange { start: Some(start.into()), end: end.map(Into::into) })
    }

    #[test]
    fn ranges_in_four_languages() {
        assert_eq!(date_range("Feb 2024 - Present · 1 yr 8 mos"), range("Feb 2024", None));
        assert_eq!(date_range("Feb 2019 - Jan 2024 · 5 yrs"), range("Feb 2019", Some("Jan 2024")));
        assert_eq!(date_range("févr. 2024 - aujourd’hui · 1 an 8 mois"), range("févr. 2024", None));
        assert_eq!(date_range("Feb. 2024 – Heute · 1 J. 8 Mon."), range("Feb. 2024", None));
        assert_eq!(date_range("feb. 2024 - actualidad · 1 año 8 meses"), range("feb. 2024", None));
        assert_eq!(date_range("sept. 2015 - juin 2018 · 2 ans 10 mois"), range("sept. 2015", Some("juin 2018")));
        assert_eq!(date_range("2015 - 2018"), range("2015", Some("2018")));
        assert_eq!(date_range("2019"), range("2019", None));
        assert_eq!(date_range("Jan 2020 - Present"), range("Jan 2020", None));
    }

    #[test]
    fn other_lines_are_not_dates() {
        assert_eq!(date_range("Ampliva · Full-time"), None);
        assert_eq!(date_range("Hyderabad, Telangana, India · On-site"), None);
        assert_eq!(date_range("Studio 2020 - Berlin office 12"), None);
        assert_eq!(date_range("1 yr 8 mos"), None);
        assert_eq!(date_range(""), None);
    }

    #[test]
    fn company_lines() {
        assert_eq!(company("Ampliva · Full-time").as_deref(), Some("Ampliva"));
        assert_eq!(company("Lumora Electronics").as_deref(), Some("Lumora Electronics"));
        assert_eq!(company("3M · Part-time").as_deref(), Some("3M"));
        assert_eq!(company("Full-time · 5 yrs"), None);
        assert_eq!(company("Temps plein"), None);
        assert_eq!(company("5 yrs 2 mos"), None);
        assert_eq!(company("2 J. 1 Mon."), None);
        assert!(is_duration("1 an 8 mois"));
        // Folded letters outside ASCII keep their length: "AÑOS" is "años".
        assert!(is_duration("3 AÑOS 2 MESES"));
        assert!(!is_duration("3M"));
    }
}
