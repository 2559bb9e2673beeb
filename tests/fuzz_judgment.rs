//! Fuzzing the judgment (stable toolchain, proptest): `check_note`,
//! `suggest_notes`, `suggest_reply`, `score_profile` and the badge the page
//! shows (`PageView::for_profile`), on profiles whose every field may be
//! hostile — markup and script payloads, bidi overrides, zero-width marks,
//! ZWJ emoji, 10,000-character fields, one unbroken word.
//!
//! `cargo test` runs 256 cases per target; `make fuzz` runs many more
//! (`FUZZ_CASES`, `FUZZ_SECONDS`, see `fuzz_support`).
#![cfg(not(target_arch = "wasm32"))] // native only: proptest

mod fuzz_support;

use fuzz_support::{fuzz, hostile, profile, quotable_sources, settings, PAYLOADS};
use noteworthy::judgment::{
    check_note, note_length, score_profile, suggest_notes, suggest_reply, Basis, CheckCode, Settings, Tier, WEIGHTS,
};
use noteworthy::model::Profile;
use noteworthy::text::clean;
use noteworthy::view::{Context, PageView};
use proptest::prelude::*;

/// A note as a user might type it: hostile text, a template, or a mix.
fn note() -> BoxedStrategy<String> {
    prop_oneof![
        3 => hostile(),
        1 => Just("I'd like to add you to my professional network.".to_string()),
        1 => (hostile(), hostile()).prop_map(|(a, b)| format!("Hi {a}, I saw your work at {b}. Would love to connect!")),
    ]
    .boxed()
}

/// What a template left unfilled looks like, once the cited facts are
/// removed ("me"'s own role is quoted without being a fact: skip those).
fn leftover_slot(text: &str, facts: &[String], profile: &Profile, me: Option<&Profile>) -> bool {
    if me.is_some_and(|me| quotable_sources(me, &Settings::default()).iter().any(|s| s.contains('{'))) {
        return false;
    }
    // Longest first: one fact may contain another.
    let mut cited: Vec<&String> = facts.iter().chain(profile.first_name.iter()).chain(profile.name.iter()).collect();
    cited.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut rest = text.to_string();
    for fact in cited.into_iter().filter(|f| !f.is_empty()) {
        rest = rest.replace(fact.as_str(), "");
    }
    rest.contains("{0}") || rest.contains("{1}")
}

#[test]
fn fuzz_check_note() {
    fuzz("check_note", (note(), profile(), settings()), |(text, p, s)| {
        let check = check_note(&text, &p, &s);
        prop_assert_eq!(check.length, text.encode_utf16().count());
        prop_assert_eq!(check.limit, s.effective_note_limit());
        prop_assert!((150..=2000).contains(&check.limit));
        prop_assert!(!check.reasons.is_empty());
        prop_assert!(check.reasons.iter().all(|r| !r.text.trim().is_empty()));
        prop_assert_eq!(check.length > check.limit, check.reasons.iter().any(|r| r.code == CheckCode::TooLong));
        if !text.chars().any(char::is_alphanumeric) {
            prop_assert!(check.generic);
        }
        prop_assert_eq!(&check, &check_note(&text, &p, &s));
        Ok(())
    });
}

#[test]
fn fuzz_suggest_notes() {
    fuzz("suggest_notes", (profile(), proptest::option::of(profile()), settings()), |(p, me, s)| {
        let limit = s.effective_note_limit();
        let notes = suggest_notes(&p, me.as_ref(), &s);
        prop_assert!((3..=5).contains(&notes.len()), "{} suggestions", notes.len());
        let from = quotable_sources(&p, &s);
        for (i, n) in notes.iter().enumerate() {
            prop_assert!(note_length(&n.text) <= limit, "{} > {}: {:?}", note_length(&n.text), limit, n.text);
            prop_assert!(!n.text.trim().is_empty());
            prop_assert!(!notes.iter().skip(i + 1).any(|o| o.text == n.text), "repeated: {:?}", n.text);
            prop_assert!(!leftover_slot(&n.text, &n.facts, &p, me.as_ref()), "unfilled template: {:?}", n.text);
            for fact in &n.facts {
                prop_assert!(!fact.is_empty() && n.text.contains(fact.as_str()), "{:?} not in {:?}", fact, n.text);
                // How the user met them opens a sentence: its first letter may be lowered.
                let met = n.basis == Basis::Met
                    && s.context.as_deref().is_some_and(|c| clean(c).to_lowercase().contains(&fact.to_lowercase()));
                prop_assert!(met || from.iter().any(|src| src.contains(fact.as_str())), "{:?} is not on the profile", fact);
            }
            if n.basis == Basis::Intro {
                prop_assert!(n.facts.is_empty());
            }
        }
        prop_assert_eq!(&notes, &suggest_notes(&p, me.as_ref(), &s));
        Ok(())
    });
}

#[test]
fn fuzz_suggest_reply() {
    fuzz("suggest_reply", (profile(), proptest::option::of(profile()), settings()), |(p, me, s)| {
        let reply = suggest_reply(&p, me.as_ref(), &s);
        prop_assert!(note_length(&reply.text) <= s.effective_note_limit(), "{:?}", reply.text);
        prop_assert!(reply.text.trim_end().ends_with('?'), "{:?}", reply.text);
        prop_assert!(!leftover_slot(&reply.text, &reply.facts, &p, me.as_ref()), "unfilled template: {:?}", reply.text);
        let from = quotable_sources(&p, &s);
        for fact in &reply.facts {
            prop_assert!(reply.text.contains(fact.as_str()), "{:?} not in {:?}", fact, reply.text);
            prop_assert!(from.iter().any(|src| src.contains(fact.as_str())), "{:?} is not on the profile", fact);
        }
        prop_assert_eq!(&reply, &suggest_reply(&p, me.as_ref(), &s));
        Ok(())
    });
}

#[test]
fn fuzz_score_profile() {
    fuzz("score_profile", (profile(), proptest::option::of(profile()), settings()), |(p, me, s)| {
        let score = score_profile(&p, me.as_ref(), &s);
        prop_assert!(score.value <= 100);
        let value = i32::from(score.value);
        let tier = if value >= WEIGHTS.tier_high_from {
            Tier::High
        } else if value >= WEIGHTS.tier_medium_from {
            Tier::Medium
        } else {
            Tier::Low
        };
        prop_assert_eq!(score.tier, tier);
        prop_assert!(score.reasons.iter().all(|r| !r.text.trim().is_empty()));
        if s.notes_remaining == Some(0) || p.degree == Some(1) {
            prop_assert!(!score.worth_note);
        }
        prop_assert_eq!(&score, &score_profile(&p, me.as_ref(), &s));
        Ok(())
    });
}

/// What the renderer receives for a profile page: a badge only with a name,
/// its name exactly the profile's, three notes at most within the limit, and
/// JSON without anything a renderer could print as NaN/undefined/null text.
#[test]
fn fuzz_badge_view() {
    let ctx = (settings(), proptest::option::of(profile()), proptest::option::of(hostile()));
    fuzz("PageView::for_profile", (profile(), ctx), |(p, (settings, me, note_language))| {
        let limit = settings.effective_note_limit();
        let ctx = Context { settings, me, note_language, ..Context::default() };
        let view = PageView::for_profile(p.clone(), &ctx);
        prop_assert!(view.ready);
        prop_assert_eq!(view.badge.is_some(), p.name.is_some());
        if let Some(badge) = &view.badge {
            prop_assert_eq!(Some(&badge.name), p.name.as_ref());
            prop_assert!(badge.value <= 100);
            prop_assert!(badge.suggestions.len() <= 3);
            if p.is_self {
                prop_assert!(badge.suggestions.is_empty() && !badge.can_insert);
            }
            for n in &badge.suggestions {
                prop_assert!(note_length(&n.text) <= limit);
            }
            for r in &badge.reasons {
                prop_assert!(!r.text.trim().is_empty());
            }
        }
        let json = serde_json::to_value(&view).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let badge = &json["badge"];
        if !badge.is_null() {
            prop_assert!(badge["name"].is_string() && badge["value"].is_u64() && badge["tier"].is_string());
        }
        Ok(())
    });
}

/// The e2e hostile payloads, each as every field at once: the exact inputs
/// the hostile fixtures carry, checked without randomness.
#[test]
fn payloads_in_every_field() {
    for payload in PAYLOADS.iter().map(|p| p.to_string()).chain([
        "x".repeat(10_000),
        "🚀".repeat(5_000),
        "\u{202e}".repeat(300),
        "Engineer\u{200b}".repeat(1_000),
    ]) {
        let some = Some(payload.clone());
        let p = Profile {
            name: some.clone(),
            first_name: noteworthy::text::first_name(&payload),
            headline: some.clone(),
            location: some.clone(),
            current_company: some.clone(),
            about: some.clone(),
            experience: vec![noteworthy::model::Experience { title: some.clone(), company: some.clone(), start: some.clone(), end: None }],
            ..Profile::default()
        };
        for limit in [None, Some(200), Some(300)] {
            let s = Settings { note_limit: limit, ..Settings::default() };
            for n in suggest_notes(&p, None, &s) {
                assert!(note_length(&n.text) <= s.effective_note_limit(), "{payload:?}: {:?}", n.text);
            }
            assert!(note_length(&suggest_reply(&p, None, &s).text) <= s.effective_note_limit());
            let _ = check_note(&payload, &p, &s);
        }
    }
}

// ---- regressions: what fuzzing and the hostile fixtures found ----

/// Bidi controls a stranger puts in a headline or company ("\u{202e}emcA")
/// are quoted verbatim, unbalanced: in LinkedIn's note box everything after
/// the fact then displays right-to-left ("…yad taerg a evaH"), for the user
/// and for the recipient.
#[test]
fn notes_carry_no_bidi_override_controls() {
    let p = Profile {
        name: Some("Ana Smith".into()),
        headline: Some("Engineer at \u{202e}emcA".into()),
        current_company: Some("\u{202e}emcA".into()),
        ..Profile::default()
    };
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    for n in suggest_notes(&p, None, &Settings::default()) {
        assert!(!n.text.contains(bidi), "{:?}", n.text);
    }
    assert!(!suggest_reply(&p, None, &Settings::default()).text.contains(bidi));
}

/// Found by the hostile fixture `hostile-g3-long`: a headline in capitals
/// without a space (one unbroken word) is "shouting" spam evidence, but
/// `shorten_at_word(…, 40)` cannot cut it, so `spam_evidence` in
/// src/judgment/score.rs falls back to "…" and the reason quotes nothing:
/// "Their profile reads like spam (“…”)" — a reason the user cannot check.
#[test]
fn spam_reason_quotes_something_checkable() {
    let p = Profile { name: Some("Ana Smith".into()), headline: Some("W".repeat(100)), ..Profile::default() };
    let score = score_profile(&p, None, &Settings::default());
    let spam = score.reasons.iter().find(|r| r.text.contains("spam")).expect("a spam reason");
    assert!(!spam.text.contains("“…”"), "{:?}", spam.text);
    assert!(spam.text.contains("WWWW"), "{:?}", spam.text);
}
