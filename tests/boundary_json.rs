//! The boundary's JSON (`noteworthy::exports::json`) against `serde_json`:
//! every reading and view the exports return must be the same bytes as
//! `serde_json::to_string` (what `JSON.parse` then turns into the same
//! object the old serde-wasm-bindgen path built), and every input must read
//! as `serde_json` reads it. On every fixture, every golden profile, the
//! views built from them, and fuzzed hostile profiles and settings.
#![cfg(not(target_arch = "wasm32"))] // native only: files, proptest

mod fuzz_support;

use std::path::{Path, PathBuf};

use fuzz_support::{fuzz, hostile, profile, settings};
use noteworthy::exports::json;
use noteworthy::judgment::{check_note, score_profile, suggest_notes, suggest_reply, Settings};
use noteworthy::model::{
    ButtonRole, DialogButton, InviteButtons, InviteDialog, InviteStep, PersonCard, Profile,
};
use noteworthy::view::{dialog_view, Context, GuardSettings, Known, PageKind, PageView};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Writes `value` both ways and insists on the same bytes.
fn same_text<T: Serialize>(value: &T) -> String {
    let ours = json::to_string(value).expect("our serializer");
    let theirs = serde_json::to_string(value).expect("serde_json");
    assert_eq!(ours, theirs);
    // What the exports hand to `JSON.parse`: ASCII only, the same value.
    let ascii = json::to_ascii_string(value).expect("our serializer, ASCII");
    assert!(ascii.is_ascii(), "{ascii}");
    let parsed = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("JSON");
    assert_eq!(parsed(&ascii), parsed(&ours));
    ours
}

/// Beyond ASCII, each UTF-16 unit is one `\uXXXX` escape, as `JSON.parse`
/// reads them back; ASCII and the usual escapes are written as before.
#[test]
fn ascii_json_escapes_each_utf16_unit() {
    let text = "Hi Maren \u{2014} caf\u{e9} \u{1F44B}\u{1}\"\\\n.";
    assert_eq!(
        json::to_ascii_string(&text).expect("json"),
        r#""Hi Maren \u2014 caf\u00e9 \ud83d\udc4b\u0001\"\\\n.""#
    );
    assert_eq!(json::to_string(&text).expect("json"), serde_json::to_string(&text).expect("json"));
}

/// Reads `text` both ways and insists on the same value.
fn same_value<T: json::FromJson + DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) -> T {
    let ours: T = json::from_str(text).expect("our deserializer");
    let theirs: T = serde_json::from_str(text).expect("serde_json");
    assert_eq!(ours, theirs, "{text}");
    ours
}

fn expected_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?.strip_suffix(".expected.json")?.to_string();
            Some((name, std::fs::read_to_string(&path).ok()?))
        })
        .collect();
    files.sort();
    files
}

fn fixtures() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut all = expected_files(&root.join("tests/fixtures"));
    // The repository is always checked out with `shared/` beside it.
    all.extend(expected_files(&root.join("../shared/fixtures/captured")));
    assert!(all.len() >= 25, "only {} fixtures", all.len());
    all
}

fn golden(name: &str) -> Profile {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    same_value(&text)
}

fn contexts() -> Vec<Context> {
    let me = golden("me.json");
    let mut all = vec![Context::default(), Context { me: Some(me.clone()), ..Context::default() }];
    for lang in ["fr", "de", "es"] {
        all.push(Context {
            settings: Settings {
                language: Some(lang.into()),
                context: Some("we met at \"RustConf\"\n\t\\ 🚀".into()),
                ..Settings::default()
            },
            me: Some(me.clone()),
            guard: GuardSettings { enabled: true, threshold: 0 },
            note_language: Some(lang.into()),
        });
    }
    all
}

/// Every view the exports return, built from `profile`.
fn check_views_of(profile: &Profile, contexts: &[Context]) {
    same_text(profile);
    let cards = vec![PersonCard {
        name: profile.name.clone(),
        headline: profile.headline.clone(),
        profile_url: profile.url.clone(),
        ..PersonCard::default()
    }];
    for ctx in contexts {
        let text = same_text(ctx);
        assert_eq!(&same_value::<Context>(&text), ctx);
        same_text(&PageView::for_profile(profile.clone(), ctx));
        same_text(&PageView::for_cards(PageKind::Invitations, cards.clone(), ctx));
        let me = ctx.me.as_ref();
        same_text(&score_profile(profile, me, &ctx.settings));
        same_text(&suggest_notes(profile, me, &ctx.settings));
        same_text(&suggest_reply(profile, me, &ctx.settings));
        same_text(&check_note("I'd like to add you to my professional network.", profile, &ctx.settings));
        let known = Known { profile: Some(profile.clone()), cards: Vec::new() };
        for step in [InviteStep::Gate, InviteStep::Note, InviteStep::Upsell] {
            let dialog = InviteDialog {
                step,
                has_note_box: step == InviteStep::Note,
                note_text: Some("Hi there".into()),
                premium_upsell: step == InviteStep::Upsell,
                buttons: InviteButtons { send: true, ..InviteButtons::default() },
                ..InviteDialog::default()
            };
            let buttons = vec![DialogButton { label: "Send without a note".into(), role: ButtonRole::SendWithoutNote }];
            same_text(&dialog_view(dialog, buttons, &known, ctx));
        }
    }
}

#[test]
fn every_fixture_reads_and_writes_as_serde_json_does() {
    let contexts = contexts();
    for (name, text) in fixtures() {
        if name.starts_with("profile") {
            let profile: Profile = same_value(&text);
            same_text(&profile);
            check_views_of(&profile, &contexts[1..2]);
        } else if name.starts_with("invite") {
            let dialog: Option<InviteDialog> = same_value(&text);
            same_text(&dialog);
        } else if name.starts_with("search") || name.starts_with("invitations") {
            let cards: Vec<PersonCard> = same_value(&text);
            same_text(&cards);
            for ctx in &contexts {
                same_text(&PageView::for_cards(PageKind::Search, cards.clone(), ctx));
                same_text(&PageView::for_cards(PageKind::Invitations, cards.clone(), ctx));
            }
        } else {
            panic!("unclassified fixture {name}");
        }
    }
}

#[test]
fn golden_profiles_give_the_same_views() {
    let contexts = contexts();
    for name in ["fr-recruiter.json", "de-engineer.json", "es-founder.json", "spam.json", "me.json"] {
        check_views_of(&golden(name), &contexts);
    }
}

#[test]
fn settings_read_leniently_as_before() {
    for text in [
        "{}",
        r#"{"noteLimit":300,"goals":["hiring","job-seeking","world-peace",null],
            "tone":"formal","language":"fr","context":"we met at RustConf","notesRemaining":2,
            "targetCompanies":["Acme",null],"somethingNew":{"deep":[1.5,-2e-3,true,null,"x"]}}"#,
        r#"{"noteLimit":null,"goals":null,"tone":null,"targetCompanies":null}"#,
        r#"{"tone":"SHORT","goals":["JobSeeking","recruiting"]}"#,
    ] {
        same_value::<Settings>(text);
    }
    same_value::<Context>(r#"{"settings":{"tone":"brief"},"me":null,"guard":{"enabled":false},"noteLanguage":"de"}"#);
    same_value::<Context>(r#" { "me" : { "name" : "A\u00e9\ud83d\ude80\n" , "degree" : 2 } } "#);
    same_value::<Vec<()>>(" [ null ,\tnull\n] ");
}

#[test]
fn what_serde_json_refuses_is_refused() {
    for text in [
        "",
        "{",
        r#"{"noteLimit":300"#,
        r#"{"noteLimit":300,}"#,
        r#"{"noteLimit":-1}"#,
        r#"{"noteLimit":4294967296}"#,
        r#"{"noteLimit":1.5}"#,
        r#"{"noteLimit":1e2}"#,
        r#"{"noteLimit":"300"}"#,
        r#"{"noteLimit":0300}"#,
        r#"{"tone":3}"#,
        r#"{"goals":"hiring"}"#,
        r#"{"language":"\x"}"#,
        r#"{"language":"\u12"}"#,
        r#"{"extra":[1,2}"#,
        r#"{"extra":nul}"#,
        r#"{} {}"#,
        "{\"language\":\"a\u{1}\"}",
    ] {
        assert!(json::from_str::<Settings>(text).is_err(), "ours accepted {text}");
        assert!(serde_json::from_str::<Settings>(text).is_err(), "serde_json accepted {text}");
    }
    assert!(json::from_str::<Profile>(r#"{"degree":256}"#).is_err());
    assert!(json::from_str::<Profile>(r#"{"connectAvailable":"sideways"}"#).is_err());
    assert!(json::from_str::<Profile>(r#"{"connectAvailable":null}"#).is_err());
}

#[test]
fn deep_unknown_values_are_skipped_and_deep_any_values_refused() {
    let deep = format!(r#"{{"unknown":{}1{},"tone":"brief"}}"#, "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(json::from_str::<Settings>(&deep).map(|s| s.tone), Ok(noteworthy::judgment::Tone::Brief));
    let nested = format!(r#"{{"unknown":{}"x"{}}}"#, r#"{"a":[{},"#.repeat(10_000), "]}".repeat(10_000));
    assert!(json::from_str::<Settings>(&nested).is_ok());
    let unbalanced = format!(r#"{{"unknown":{}1{}}}"#, "[".repeat(3), "]".repeat(2));
    assert!(json::from_str::<Settings>(&unbalanced).is_err());
    // A type that nests recurses, and is stopped at 128 levels.
    #[derive(Debug)]
    struct Nested(#[allow(dead_code)] Vec<Nested>);
    impl json::FromJson for Nested {
        fn read(de: &mut json::Deserializer<'_>) -> Result<Self, json::Error> {
            Vec::read(de).map(Nested)
        }
    }
    let array = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(json::from_str::<Nested>(&array(128)).is_ok());
    assert!(json::from_str::<Nested>(&array(129)).is_err());
}

#[test]
fn strings_unescape_like_javascript_hands_them_over() {
    let read = |text: &str| json::from_str::<String>(text).expect(text);
    assert_eq!(read(r#""a\"b\\c\/d\b\f\n\r\t""#), "a\"b\\c/d\u{8}\u{c}\n\r\t");
    assert_eq!(read(r#""\u00e9\u20ac\ud83d\ude80""#), "é€🚀");
    // A lone surrogate becomes U+FFFD, as in any string JavaScript passes to Rust.
    assert_eq!(read(r#""x\ud83dy""#), "x\u{fffd}y");
    assert_eq!(read(r#""\ude80\ud83d""#), "\u{fffd}\u{fffd}");
    assert_eq!(read(r#""\ud83d\u0041""#), "\u{fffd}A");
    assert_eq!(read("\"caf\u{e9} \u{1f680}\""), "café 🚀");
    assert_eq!(json::from_str::<Option<String>>("null"), Ok(None));
}

#[test]
fn every_control_character_is_written_as_serde_json_writes_it() {
    let all: String = (0u32..0x80).chain([0x2028, 0x2029, 0xfeff, 0x1f680]).filter_map(char::from_u32).collect();
    let text = same_text(&all);
    assert_eq!(json::from_str::<String>(&text).as_deref(), Ok(all.as_str()));
    same_text(&vec![i32::MIN, -1, 0, 1, i32::MAX]);
    same_text(&vec![u64::MAX, 0]);
    assert_eq!(json::from_str::<Vec<i64>>("[-9223372036854775808, 0 ,9223372036854775807]"), Ok(vec![i64::MIN, 0, i64::MAX]));
    assert!(json::from_str::<i64>("-9223372036854775809").is_err());
    assert!(json::from_str::<u64>("18446744073709551616").is_err());
}

#[test]
fn floats_are_refused_not_printed() {
    assert!(json::to_string(&1.5f64).is_err());
    assert!(json::from_str::<f64>("1.5").is_err());
}

#[test]
fn fuzz_hostile_profiles_and_settings_cross_unchanged() {
    fuzz("boundary_json", (profile(), settings(), hostile()), |(profile, settings, note)| {
        let text = same_text(&profile);
        prop_assert_eq!(&same_value::<Profile>(&text), &profile);
        let ctx = Context { settings, me: Some(profile.clone()), ..Context::default() };
        let text = same_text(&ctx);
        prop_assert_eq!(&same_value::<Context>(&text), &ctx);
        same_text(&PageView::for_profile(profile.clone(), &ctx));
        same_text(&check_note(&note, &profile, &ctx.settings));
        same_text(&note);
        Ok(())
    });
}

/// Broken input: never a panic, and whatever both parsers accept reads the same.
#[test]
fn fuzz_damaged_json_is_refused_calmly() {
    let damaged = (profile(), settings(), proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 1..4));
    fuzz("boundary_json_damaged", damaged, |(profile, settings, edits)| {
        let ctx = Context { settings, me: Some(profile), ..Context::default() };
        let mut chars: Vec<char> = json::to_string(&ctx).expect("json").chars().collect();
        for (at, how, c) in edits {
            let i = at.index(chars.len());
            match how {
                0 => {
                    chars.remove(i);
                }
                1 => chars.insert(i, c),
                2 => chars[i] = c,
                _ => chars.insert(i, ['"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', '.', 'e', 'n'][i % 13]),
            }
        }
        let text: String = chars.into_iter().collect();
        if let (Ok(ours), Ok(theirs)) = (json::from_str::<Context>(&text), serde_json::from_str::<Context>(&text)) {
            prop_assert_eq!(ours, theirs);
        }
        Ok(())
    });
}
