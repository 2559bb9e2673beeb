//! Substring search for the short needles the readers look for (" · ",
//! "/in/", "://"): a plain byte scan. std's `&str` patterns build a Two-Way
//! searcher (`StrSearcher::new` alone is 1.4 KB of wasm), code V8 compiles on
//! the first profile a tab reads; these give the same answers.
//!
//! A match of a (valid UTF-8) needle in valid UTF-8 starts and ends on
//! character boundaries, so every offset returned can slice `hay`.

/// Byte offset of the first `needle` in `hay` (`str::find`).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let last = hay.len().checked_sub(needle.len())?;
    let mut at = 0;
    while at <= last {
        if hay.get(at) == Some(&first) && hay.get(at..at + needle.len()) == Some(needle) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Byte offset of the last `needle` in `hay` (`str::rfind`).
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let mut at = hay.len().checked_sub(needle.len())?;
    loop {
        if hay.get(at..at + needle.len()) == Some(needle) {
            return Some(at);
        }
        at = at.checked_sub(1)?;
    }
}

/// Whether `hay` holds `needle` (`str::contains`).
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Whether `hay` holds `c` (`str::contains(char)`, whose search for a
/// character beyond ASCII is std's substring search).
pub fn has_char(hay: &str, c: char) -> bool {
    let mut buffer = [0u8; 4];
    contains(hay, c.encode_utf8(&mut buffer))
}

/// `hay` without its first `needle` (`hay.replacen(needle, "", 1)`).
pub fn remove_first(hay: &str, needle: &str) -> String {
    match split_once(hay, needle) {
        Some((before, after)) => {
            let mut out = String::with_capacity(before.len() + after.len());
            out.push_str(before);
            out.push_str(after);
            out
        }
        None => hay.to_string(),
    }
}

/// `hay` around its first `needle` (`str::split_once`).
pub fn split_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(hay, needle)?;
    Some((hay.get(..at)?, hay.get(at + needle.len()..)?))
}

/// `hay` around its last `needle` (`str::rsplit_once`).
pub fn rsplit_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = rfind(hay, needle)?;
    Some((hay.get(..at)?, hay.get(at + needle.len()..)?))
}

/// `hay` up to its first `needle`, or all of it (`hay.split(needle).next()`).
pub fn before<'a>(hay: &'a str, needle: &str) -> &'a str {
    split_once(hay, needle).map_or(hay, |(first, _)| first)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_std(hay in "[ab·é😀 ]{0,12}", needle in "[ab·é😀 ]{0,3}") {
            prop_assert_eq!(find(&hay, &needle), hay.find(needle.as_str()));
            prop_assert_eq!(rfind(&hay, &needle), hay.rfind(needle.as_str()));
            prop_assert_eq!(contains(&hay, &needle), hay.contains(needle.as_str()));
            prop_assert_eq!(split_once(&hay, &needle), hay.split_once(needle.as_str()));
            prop_assert_eq!(rsplit_once(&hay, &needle), hay.rsplit_once(needle.as_str()));
            prop_assert_eq!(before(&hay, &needle), hay.split(needle.as_str()).next().unwrap_or_default());
            prop_assert_eq!(remove_first(&hay, &needle), hay.replacen(needle.as_str(), "", 1));
            for c in needle.chars().chain(['a', '·', '😀', 'x']) {
                prop_assert_eq!(has_char(&hay, c), hay.contains(c));
            }
        }
    }
}
