//! Experience, education and activity entries from the lines a reader sees
//! in them (title, "Company · Full-time", dates, location…).

use super::dates::{company, date_range, is_duration, DateRange};
use super::lang::{self, Lang};
use crate::model::{Activity, Education, Experience};

/// Position of the first date line.
fn date_line(lines: &[String]) -> Option<(usize, DateRange)> {
    lines.iter().enumerate().find_map(|(i, line)| date_range(line).map(|range| (i, range)))
}

/// One position: title first, then the company line and the dates, in the
/// order LinkedIn prints them. `company` comes from the group heading when
/// several positions at one company are listed together.
pub fn experience(lines: &[String], group_company: Option<&str>) -> Option<Experience> {
    let (at, range) = date_line(lines).map_or((lines.len(), DateRange::default()), |(i, r)| (i, r));
    let title = lines.first().filter(|_| at > 0).cloned();
    let company_line = lines.get(1).filter(|_| at > 1).and_then(|line| company(line));
    if title.is_none() && range.start.is_none() {
        return None;
    }
    Some(Experience {
        title,
        company: company_line.or_else(|| group_company.map(str::to_string)),
        start: range.start,
        end: range.end,
    })
}

/// Whether an entry's own lines are a company heading over several
/// positions: a name, then at most an employment type and a total duration,
/// no dates.
pub fn is_group_heading(lines: &[String]) -> bool {
    date_line(lines).is_none() && !lines.is_empty()
}

/// A school, then the degree, then the dates.
pub fn education(lines: &[String]) -> Option<Education> {
    let (at, range) = date_line(lines).map_or((lines.len(), DateRange::default()), |(i, r)| (i, r));
    let school = lines.first().filter(|_| at > 0).cloned()?;
    let degree = lines.get(1).filter(|_| at > 1).cloned();
    Some(Education { school: Some(school), degree, start: range.start, end: range.end })
}

/// "… commented on a post • 4mo" → "4mo"; "1 sem. •" → "1 sem.".
pub fn when(line: &str) -> Option<String> {
    line.rsplit(['•', '·'])
        .map(str::trim)
        .find(|part| part.starts_with(|c: char| c.is_ascii_digit()) && part.chars().count() <= 12)
        .map(str::to_string)
}

/// A recent-activity item: the header line ("X commented on a post • 4mo")
/// gives `when`, the first other line is the text.
pub fn activity(lines: &[String]) -> Option<Activity> {
    let header = lines.iter().position(|line| when(line).is_some());
    let when = header.and_then(|i| lines.get(i).and_then(|line| when(line)));
    let text = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != header)
        .map(|(_, line)| line)
        .find(|line| !is_count_line(line))?
        .clone();
    Some(Activity { text, when })
}

/// "12 reactions", "3 comments": numbers under a post, not its text.
fn is_count_line(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_digit()) && line.split_whitespace().count() <= 3
}

/// The language whose words the samples use most ("127 connections",
/// "févr. 2024 - aujourd’hui"), `None` when none matches.
pub fn detect_language<'a>(samples: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    let mut scores = [0usize; 4];
    for sample in samples {
        let lower = lang::fold_str(sample);
        for (score, lang) in scores.iter_mut().zip(lang::LANGS.iter()) {
            *score += hits(lang, &lower);
        }
    }
    let best = scores.iter().copied().max().filter(|best| *best > 0)?;
    let at = scores.iter().position(|score| *score == best)?;
    lang::LANGS.get(at).map(|lang| lang.code)
}

/// How many of `lang`'s words occur as whole words in a lowercase sample.
fn hits(lang: &Lang, lower: &str) -> usize {
    let lists: [&[&str]; 5] = [lang.present, lang.followers, lang.connections, lang.mutual, lang.employment];
    lists
        .iter()
        .flat_map(|list| list.iter())
        .filter(|word| word.len() > 2 && has_word(lower, word))
        .count()
}

fn has_word(lower: &str, word: &str) -> bool {
    // Each match in turn, as `match_indices` finds them.
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| super::find::find(rest, word)) {
        let at = from + at;
        let before = lower.get(..at).and_then(|s| s.chars().next_back());
        let after = lower.get(at + word.len()..).and_then(|s| s.chars().next());
        if !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic) {
            return true;
        }
        from = at + word.len().max(1);
    }
    false
}

/// Whether a line is a total duration ("5 yrs") or "Full-time · 5 yrs".
pub fn is_summary_line(line: &str) -> bool {
    // Each part between " · " (as `split` gives them).
    let mut rest = line;
    loop {
        let (part, after) = match super::find::split_once(rest, " · ") {
            Some((part, after)) => (part, Some(after)),
            None => (rest, None),
        };
        if !(is_duration(part) || super::dates::is_employment_type(part)) {
            return false;
        }
        match after {
            Some(after) => rest = after,
            None => return true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn positions() {
        let single = lines(&["Senior Hardware Engineer", "Ampliva · Full-time", "Feb 2024 - Present · 1 yr 8 mos", "Hyderabad · On-site"]);
        assert_eq!(
            experience(&single, None),
            Some(Experience {
                title: Some("Senior Hardware Engineer".into()),
                company: Some("Ampliva".into()),
                start: Some("Feb 2024".into()),
                end: None
            })
        );
        let grouped_role = lines(&["Staff Engineer", "Full-time", "Jan 2020 - Dec 2022 · 3 yrs"]);
        assert_eq!(experience(&grouped_role, Some("Acme")).and_then(|e| e.company).as_deref(), Some("Acme"));
        assert!(is_group_heading(&lines(&["Acme", "Full-time · 5 yrs"])));
        assert!(is_summary_line("Full-time · 5 yrs"));
    }

    #[test]
    fn schools_and_activity() {
        let school = lines(&["KIT", "BTech, ECE", "2015 - 2018"]);
        assert_eq!(education(&school).and_then(|e| e.degree).as_deref(), Some("BTech, ECE"));
        let item = lines(&["Ana commented on a post • 4mo", "Congratulations Lavanya!"]);
        assert_eq!(activity(&item), Some(Activity { text: "Congratulations Lavanya!".into(), when: Some("4mo".into()) }));
    }

    #[test]
    fn languages() {
        assert_eq!(detect_language(["127 connections"]), Some("en"));
        assert_eq!(detect_language(["1 234 abonnés", "févr. 2024 - aujourd’hui"]), Some("fr"));
        assert_eq!(detect_language(["500+ Kontakte", "Feb. 2024 – Heute"]), Some("de"));
        assert_eq!(detect_language(["Más de 500 contactos"]), Some("es"));
        assert_eq!(detect_language(["nothing"]), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn summary_lines_split_as_std_does(line in "((5 yrs|1 an 8 mois|Full-time|Temps plein|x|)( · | ·|· |·)?){0,4}") {
            let by_std = line.split(" · ").all(|part| is_duration(part) || crate::text::dates::is_employment_type(part));
            prop_assert_eq!(is_summary_line(&line), by_std);
        }
    }
}
