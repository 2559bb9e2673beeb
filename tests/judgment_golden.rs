//! Golden tests: the captured profile (`shared/fixtures/captured`) and four
//! fictional ones (`tests/golden/`), judged for a fixed fictional "me"
//! (`tests/golden/me.json`: an engineering manager in Munich, ex-Lumora
//! Electronics 2016–2022, TU München 2010–2015). They assert what a user
//! would notice — tier, the reason that matters, what the top note rests on
//! and cites, its language — not every byte of text.
#![cfg(not(target_arch = "wasm32"))] // native only: files, proptest

use std::path::PathBuf;

use noteworthy::judgment::{
    check_note, note_length, score_profile, suggest_notes, suggest_reply, Basis, CheckCode, Goal, ReasonKind, Score,
    Settings, Suggestion, Tier, Tone,
};
use noteworthy::model::Profile;

fn load(path: PathBuf) -> Profile {
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

fn golden(name: &str) -> Profile {
    load(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name))
}

/// The repository is always checked out with `shared/` beside it.
fn captured() -> Profile {
    load(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/captured/profile-g2-2025-09.expected.json"))
}

fn me() -> Profile {
    golden("me.json")
}

fn reason_text(score: &Score, kind: ReasonKind) -> Option<&str> {
    score.reasons.iter().find(|r| r.kind == kind).map(|r| r.text.as_str())
}

fn has(score: &Score, kind: ReasonKind) -> bool {
    reason_text(score, kind).is_some()
}

/// What every suggestion must satisfy, on every golden profile.
fn assert_sound(profile: &Profile, suggestions: &[Suggestion], limit: usize) {
    assert!(suggestions.len() >= 3, "{suggestions:#?}");
    for (i, s) in suggestions.iter().enumerate() {
        assert!(note_length(&s.text) <= limit, "{} > {limit}: {}", note_length(&s.text), s.text);
        assert!(s.facts.iter().all(|f| s.text.contains(f.as_str())), "{s:?}");
        assert!(!suggestions.iter().skip(i + 1).any(|o| o.text == s.text), "duplicate {}", s.text);
        if !matches!(s.basis, Basis::Intro | Basis::Met) {
            let check = check_note(&s.text, profile, &Settings::default());
            assert!(!check.generic, "our own note judged generic: {} {check:?}", s.text);
        }
    }
}

fn all_profiles() -> Vec<Profile> {
    vec![
        captured(),
        golden("fr-recruiter.json"),
        golden("de-engineer.json"),
        golden("es-founder.json"),
        golden("spam.json"),
    ]
}

#[test]
fn captured_profile_is_an_ex_colleague_worth_a_note() {
    let profile = captured();
    let score = score_profile(&profile, Some(&me()), &Settings::default());
    assert_eq!(score.tier, Tier::High, "{score:#?}");
    assert!(score.worth_note);
    assert_eq!(reason_text(&score, ReasonKind::ExColleague), Some("You both worked at Lumora Electronics (2019–2022)."));
    assert_eq!(reason_text(&score, ReasonKind::Mutual), Some("You have one mutual connection: Mrudula Kanneganti."));

    let notes = suggest_notes(&profile, Some(&me()), &Settings::default());
    assert_sound(&profile, &notes, 200);
    assert_eq!(notes[0].basis, Basis::Employer);
    assert_eq!(notes[0].facts, ["Lumora Electronics"]);
    assert!(notes.iter().all(|n| n.text.starts_with("Hi Harivardhan,")));
    // The school is cited by its name, not its 95-character address.
    assert!(notes.iter().any(|n| n.facts == ["Kakatiya Institute of Technology & Science"]), "{notes:#?}");

    let reply = suggest_reply(&profile, Some(&me()), &Settings::default());
    assert_eq!(reply.basis, Basis::Employer);
    assert!(reply.text.contains("Lumora Electronics") && reply.text.ends_with('?'), "{}", reply.text);
}

#[test]
fn captured_profile_without_me_is_medium_and_says_why() {
    let profile = captured();
    let score = score_profile(&profile, None, &Settings::default());
    assert_eq!(score.tier, Tier::Medium);
    assert!(has(&score, ReasonKind::NoMe) && !has(&score, ReasonKind::ExColleague));
    let notes = suggest_notes(&profile, None, &Settings::default());
    assert_eq!(notes[0].basis, Basis::Mutual);
    assert_eq!(notes[0].facts, ["Mrudula Kanneganti"]);
}

#[test]
fn scarce_notes_go_to_the_ex_colleague_only() {
    let profile = captured();
    let scarce = Settings { notes_remaining: Some(1), ..Settings::default() };
    assert!(score_profile(&profile, Some(&me()), &scarce).worth_note);
    assert!(!score_profile(&profile, None, &scarce).worth_note);
    let none_left = Settings { notes_remaining: Some(0), ..Settings::default() };
    assert!(!score_profile(&profile, Some(&me()), &none_left).worth_note);
}

#[test]
fn french_recruiter_matters_to_a_job_seeker() {
    let profile = golden("fr-recruiter.json");
    let seeking = Settings {
        goals: vec![Goal::JobSeeking],
        target_companies: vec!["Mistral Cloud".into()],
        ..Settings::default()
    };
    let score = score_profile(&profile, Some(&me()), &seeking);
    assert_eq!(score.tier, Tier::High, "{score:#?}");
    assert!(has(&score, ReasonKind::GoalJobSeeking));
    assert_eq!(reason_text(&score, ReasonKind::TargetCompany), Some("They work at Mistral Cloud, one of your target companies."));
    let networking = score_profile(&profile, Some(&me()), &Settings::default());
    assert!(networking.value < score.value && networking.tier != Tier::High);

    let notes = suggest_notes(&profile, Some(&me()), &seeking);
    assert_sound(&profile, &notes, 200);
    assert_eq!(notes[0].basis, Basis::Role, "{notes:#?}");
    assert!(notes[0].facts.iter().any(|f| f == "Mistral Cloud"));
    assert!(notes[0].text.contains("Mistral Cloud"));
    assert!(notes.iter().all(|n| n.text.starts_with("Bonjour Camille,")), "{notes:#?}");
    assert!(notes[0].text.contains(" vous ") || notes[0].text.contains(" votre "), "French, polite: {}", notes[0].text);

    let default_note = check_note("Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", &profile, &Settings::default());
    assert!(default_note.generic);
    assert!(default_note.reasons.iter().any(|r| r.code == CheckCode::DefaultWording));
    assert!(!check_note("Bonjour Camille, je suis ingénieur Rust et j'ai vu votre annonce pour Mistral Cloud.", &profile, &Settings::default()).generic);

    let reply = suggest_reply(&profile, None, &Settings::default());
    assert!(reply.text.starts_with("Bonjour Camille, merci"), "{}", reply.text);
}

#[test]
fn german_engineer_shares_my_school() {
    let profile = golden("de-engineer.json");
    let score = score_profile(&profile, Some(&me()), &Settings::default());
    assert_eq!(score.tier, Tier::High, "{score:#?}");
    assert_eq!(reason_text(&score, ReasonKind::Classmate), Some("You were both at Technische Universität München (2011–2015)."));
    assert_eq!(reason_text(&score, ReasonKind::SameCity), Some("You are both in München."));
    assert!(!has(&score, ReasonKind::GoalMentoring), "a past internship does not make him a student");

    let notes = suggest_notes(&profile, Some(&me()), &Settings::default());
    assert_sound(&profile, &notes, 200);
    assert_eq!(notes[0].basis, Basis::School);
    assert_eq!(notes[0].facts, ["Technische Universität München"]);
    assert!(notes[0].text.starts_with("Hallo Jonas,"), "{}", notes[0].text);

    let formal = suggest_notes(&profile, Some(&me()), &Settings { tone: Tone::Formal, ..Settings::default() });
    assert!(formal.iter().all(|n| n.text.starts_with("Guten Tag Jonas,")));
    assert!(formal.iter().all(|n| !n.text.contains(" du ") && !n.text.contains(" dein")), "{formal:#?}");

    let in_german = Settings { language: Some("de".into()), ..Settings::default() };
    let score = score_profile(&profile, Some(&me()), &in_german);
    assert!(reason_text(&score, ReasonKind::Classmate).is_some_and(|t| t.starts_with("Sie waren beide")));
}

#[test]
fn spanish_founder_shows_her_work() {
    let profile = golden("es-founder.json");
    let score = score_profile(&profile, Some(&me()), &Settings::default());
    assert_eq!(score.tier, Tier::High, "{score:#?}");
    assert_eq!(reason_text(&score, ReasonKind::Recommendations), Some("They have 7 recommendations."));
    assert_eq!(reason_text(&score, ReasonKind::Website), Some("Their profile links luciafernandez.blog."));
    assert!(has(&score, ReasonKind::About) && has(&score, ReasonKind::Complete));

    let notes = suggest_notes(&profile, Some(&me()), &Settings::default());
    assert_sound(&profile, &notes, 200);
    assert_eq!(notes[0].basis, Basis::About);
    assert!(notes[0].facts[0].starts_with("Construyo herramientas"));
    assert!(notes.iter().all(|n| n.text.starts_with("Hola Lucía,")));

    let selling = Settings { goals: vec![Goal::Selling], ..Settings::default() };
    let score = score_profile(&profile, Some(&me()), &selling);
    assert!(reason_text(&score, ReasonKind::GoalSelling).is_some_and(|t| t.contains("Fundadora y CEO")));
    let notes = suggest_notes(&profile, Some(&me()), &selling);
    assert_eq!(notes[0].basis, Basis::Role);
    assert_eq!(notes[0].facts, ["Fundadora y CEO", "Brisa Labs"]);
}

#[test]
fn spammy_profile_scores_low_and_is_not_flattered() {
    let profile = golden("spam.json");
    let score = score_profile(&profile, Some(&me()), &Settings { notes_remaining: Some(20), ..Settings::default() });
    assert_eq!(score.tier, Tier::Low);
    assert!(score.value < 20 && !score.worth_note, "{score:#?}");
    assert!(has(&score, ReasonKind::Spammy) && has(&score, ReasonKind::Sparse));

    let notes = suggest_notes(&profile, Some(&me()), &Settings::default());
    assert_sound(&profile, &notes, 200);
    assert!(notes.iter().all(|n| n.basis == Basis::Intro && n.text.starts_with("Hi Rich,")));
    assert!(notes.iter().all(|n| !n.text.to_lowercase().contains("money")));
    assert!(check_note("Hi Rich!", &profile, &Settings::default()).generic);
}

#[test]
fn context_given_becomes_the_top_note_everywhere() {
    let settings = Settings { context: Some("we met at RustConf".into()), ..Settings::default() };
    for profile in all_profiles() {
        let notes = suggest_notes(&profile, Some(&me()), &settings);
        assert_eq!(notes[0].basis, Basis::Met);
        assert!(notes[0].text.contains("RustConf"), "{}", notes[0].text);
    }
}

#[test]
fn every_golden_profile_gets_sound_notes_in_every_tone_and_limit() {
    for profile in all_profiles() {
        for tone in [Tone::Warm, Tone::Brief, Tone::Formal] {
            for limit in [200u32, 300] {
                let settings = Settings { tone, note_limit: Some(limit), ..Settings::default() };
                for who in [Some(me()), None] {
                    let notes = suggest_notes(&profile, who.as_ref(), &settings);
                    assert_sound(&profile, &notes, limit as usize);
                    let reply = suggest_reply(&profile, who.as_ref(), &settings);
                    assert!(note_length(&reply.text) <= limit as usize);
                    assert!(reply.facts.iter().all(|f| reply.text.contains(f.as_str())));
                }
            }
        }
    }
}
