//! The exports as JavaScript calls them, in headless Chromium (`make
//! test-wasm`): plain objects in, plain objects out, the same objects the
//! native code's `serde_json` output describes, calm errors, defaults for
//! `undefined`/`null`, and a context cache that never serves a stale context.
#![cfg(target_arch = "wasm32")]

use noteworthy::exports::{
    analyze_dialog, analyze_page, check_note, read_invite_dialog, read_page, read_profile,
    read_search_results, score_profile, suggest_notes,
};
use noteworthy::judgment::{self, Settings};
use noteworthy::model::Profile;
use noteworthy::view::{self, Context, Known, PageKind, PageView};
use noteworthy::dom;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Document, DomParser, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

const PROFILE_URL: &str = "https://www.linkedin.com/in/jonah-whitcombe-3b7a1920/";
const PROFILE_HTML: &str = include_str!("fixtures/profile-g1-en-complete.html");
const SEARCH_URL: &str = "https://www.linkedin.com/search/results/people/?keywords=cells";
const SEARCH_HTML: &str = include_str!("../../shared/fixtures/captured/search-people-2024-01.html");
const GATE_URL: &str = "https://www.linkedin.com/in/henrik-solvang-2c81a5/";
const GATE_HTML: &str = include_str!("fixtures/invite-g2-gate.html");

const CONTEXT: &str = r#"{"settings":{"goals":["hiring"],"tone":"brief","context":"we met at RustConf \"24\"","unknownKey":[1.5,{"a":null}]},
  "me":{"name":"Sam Rivera","location":"Berlin, Germany","experience":[{"title":"Engineer","company":"Kestrel Data"}]},
  "guard":{"enabled":true,"threshold":0},"noteLanguage":"fr"}"#;

fn parse(html: &str) -> Document {
    DomParser::new().expect("DOMParser").parse_from_string(html, SupportedType::TextHtml).expect("parsed")
}

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON")
}

/// What JavaScript sees, written back as JSON (keys in the object's order).
fn seen(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).expect("stringify").as_string().expect("a string")
}

fn message(error: JsError) -> String {
    js_sys::Error::from(JsValue::from(error)).message().as_string().unwrap_or_default()
}

fn context() -> Context {
    serde_json::from_str(CONTEXT).expect("context")
}

#[wasm_bindgen_test]
fn a_profile_page_returns_the_object_serde_json_describes() {
    let doc = parse(PROFILE_HTML);
    let view = analyze_page(&doc, PROFILE_URL.into(), js(CONTEXT)).expect("view");
    let profile = dom::read_profile_if_present(&doc, PROFILE_URL).expect("profile");
    let expected = PageView::for_profile(profile, &context());
    assert!(expected.badge.as_ref().is_some_and(|b| b.suggestions.iter().all(|s| s.text.starts_with("Bonjour"))));
    assert_eq!(seen(&view), serde_json::to_string(&expected).expect("json"));
}

#[wasm_bindgen_test]
fn undefined_and_null_contexts_read_as_defaults() {
    let doc = parse(PROFILE_HTML);
    let expected = serde_json::to_string(&PageView::for_profile(
        dom::read_profile_if_present(&doc, PROFILE_URL).expect("profile"),
        &Context::default(),
    ))
    .expect("json");
    for context in [JsValue::UNDEFINED, JsValue::NULL, js("{}")] {
        let view = analyze_page(&doc, PROFILE_URL.into(), context).expect("view");
        assert_eq!(seen(&view), expected);
    }
}

#[wasm_bindgen_test]
fn a_changed_context_is_read_again() {
    let doc = parse(PROFILE_HTML);
    let french = seen(&analyze_page(&doc, PROFILE_URL.into(), js(CONTEXT)).expect("view"));
    let english = seen(&analyze_page(&doc, PROFILE_URL.into(), JsValue::UNDEFINED).expect("view"));
    let french_again = seen(&analyze_page(&doc, PROFILE_URL.into(), js(CONTEXT)).expect("view"));
    let spanish_context = CONTEXT.replace(r#""noteLanguage":"fr""#, r#""noteLanguage":"es""#);
    let spanish = seen(&analyze_page(&doc, PROFILE_URL.into(), js(&spanish_context)).expect("view"));
    assert_ne!(french, english);
    assert_eq!(french, french_again);
    assert_ne!(french, spanish);
    assert!(spanish.contains("Hola"), "{spanish}");
}

#[wasm_bindgen_test]
fn search_results_and_the_dialog_cross_unchanged() {
    let doc = parse(SEARCH_HTML);
    let view = analyze_page(&doc, SEARCH_URL.into(), js(CONTEXT)).expect("view");
    let expected = PageView::for_cards(PageKind::Search, dom::read_search_results(&doc), &context());
    assert!(!expected.cards.is_empty());
    assert_eq!(seen(&view), serde_json::to_string(&expected).expect("json"));
    assert_eq!(seen(&read_search_results(&doc).expect("cards")), serde_json::to_string(&dom::read_search_results(&doc)).expect("json"));

    let doc = parse(GATE_HTML);
    let page = analyze_page(&doc, GATE_URL.into(), js(CONTEXT)).expect("view");
    let dialog = analyze_dialog(&doc, GATE_URL.into(), js(CONTEXT)).expect("dialog");
    let profile = dom::read_profile_if_present(&doc, GATE_URL);
    assert_eq!(seen(&page), serde_json::to_string(&PageView::for_profile(profile.clone().expect("profile"), &context())).expect("json"));
    let (read, buttons) = dom::read_invite_dialog_with_buttons(&doc).expect("an open dialog");
    let expected = view::dialog_view(read, buttons, &Known { profile, cards: Vec::new() }, &context());
    assert!(expected.nudge.is_some(), "threshold 0 holds the send");
    assert_eq!(seen(&dialog), serde_json::to_string(&expected).expect("json"));
    assert_eq!(seen(&read_invite_dialog(&doc).expect("dialog")), serde_json::to_string(&dom::read_invite_dialog(&doc)).expect("json"));
    // No dialog open: null.
    assert!(analyze_dialog(&parse(PROFILE_HTML), PROFILE_URL.into(), JsValue::UNDEFINED).expect("null").is_null());
}

#[wasm_bindgen_test]
fn the_judgment_exports_take_and_return_plain_objects() {
    let doc = parse(PROFILE_HTML);
    let profile_js = read_profile(&doc, Some(PROFILE_URL.into())).expect("profile");
    let profile: Profile = serde_json::from_str(&seen(&profile_js)).expect("a profile");
    assert_eq!(profile, dom::read_profile(&doc, PROFILE_URL));
    let ctx = context();
    let me = js(&serde_json::to_string(&ctx.me).expect("json"));
    let settings = js(&serde_json::to_string(&ctx.settings).expect("json"));
    let score = score_profile(profile_js.clone(), me.clone(), settings.clone()).expect("score");
    assert_eq!(seen(&score), serde_json::to_string(&judgment::score_profile(&profile, ctx.me.as_ref(), &ctx.settings)).expect("json"));
    let notes = suggest_notes(profile_js.clone(), JsValue::NULL, JsValue::UNDEFINED).expect("notes");
    assert_eq!(seen(&notes), serde_json::to_string(&judgment::suggest_notes(&profile, None, &Settings::default())).expect("json"));
    let check = check_note("Hi Jonah", profile_js, settings).expect("check");
    assert_eq!(seen(&check), serde_json::to_string(&judgment::check_note("Hi Jonah", &profile, &ctx.settings)).expect("json"));
}

#[wasm_bindgen_test]
fn an_object_changed_in_place_is_judged_again() {
    // The exports remember what they last read of each argument; a caller
    // that edits the same object between calls must get the edit judged.
    let doc = parse(PROFILE_HTML);
    let profile_js = read_profile(&doc, Some(PROFILE_URL.into())).expect("profile");
    let mut profile: Profile = serde_json::from_str(&seen(&profile_js)).expect("a profile");
    let settings = js(r#"{"goals":["hiring"]}"#);
    let me = js(r#"{"name":"Sam Rivera","experience":[{"title":"Engineer","company":"Kestrel Data"}]}"#);
    let expected = |profile: &Profile, me: &JsValue, settings: &JsValue| {
        let me: Option<Profile> = serde_json::from_str(&seen(me)).expect("me");
        let settings: Settings = serde_json::from_str(&seen(settings)).expect("settings");
        serde_json::to_string(&judgment::score_profile(profile, me.as_ref(), &settings)).expect("json")
    };
    let before = seen(&score_profile(profile_js.clone(), me.clone(), settings.clone()).expect("score"));
    assert_eq!(before, expected(&profile, &me, &settings));

    // "me" now worked where they work: a relationship the score names.
    let company = profile.current_company.clone().expect("a current company");
    let jobs = js(&format!(r#"[{{"title":"Engineer","company":{company:?}}}]"#));
    js_sys::Reflect::set(&me, &"experience".into(), &jobs).expect("set");
    let colleagues = seen(&score_profile(profile_js.clone(), me.clone(), settings.clone()).expect("score"));
    assert_ne!(colleagues, before);
    assert_eq!(colleagues, expected(&profile, &me, &settings));

    // The profile itself turns out to be the user's own.
    js_sys::Reflect::set(&profile_js, &"isSelf".into(), &JsValue::TRUE).expect("set");
    profile.is_self = true;
    let own = seen(&score_profile(profile_js.clone(), me.clone(), settings.clone()).expect("score"));
    assert_eq!(own, expected(&profile, &me, &settings));
    assert!(own.contains(r#""value":0"#), "{own}");

    // Settings edited in place: a note limit the suggestions must keep to.
    js_sys::Reflect::set(&profile_js, &"isSelf".into(), &JsValue::FALSE).expect("set");
    let long = seen(&suggest_notes(profile_js.clone(), me.clone(), settings.clone()).expect("notes"));
    js_sys::Reflect::set(&settings, &"noteLimit".into(), &JsValue::from(150)).expect("set");
    let short = seen(&suggest_notes(profile_js.clone(), me.clone(), settings.clone()).expect("notes"));
    profile.is_self = false;
    let limited: Settings = serde_json::from_str(r#"{"goals":["hiring"],"noteLimit":150}"#).expect("settings");
    let me_read: Option<Profile> = serde_json::from_str(&seen(&me)).expect("me");
    assert_ne!(long, short);
    assert_eq!(short, serde_json::to_string(&judgment::suggest_notes(&profile, me_read.as_ref(), &limited)).expect("json"));

    // A refused value in between leaves nothing behind: the next good one is read.
    js_sys::Reflect::set(&me, &"isSelf".into(), &"yes".into()).expect("set");
    assert!(score_profile(profile_js.clone(), me.clone(), settings.clone()).is_err());
    js_sys::Reflect::set(&me, &"isSelf".into(), &JsValue::FALSE).expect("set");
    let again = seen(&score_profile(profile_js, me.clone(), settings.clone()).expect("score"));
    assert_eq!(again, expected(&profile, &me, &settings));
}

#[wasm_bindgen_test]
fn what_does_not_fit_is_a_calm_error() {
    let doc = parse(PROFILE_HTML);
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).expect("set");
    let big = js_sys::Object::new();
    js_sys::Reflect::set(&big, &"settings".into(), &js_sys::BigInt::from(1u32).into()).expect("set");
    for bad in [
        js(r#"{"settings":{"noteLimit":"two hundred"}}"#),
        js(r#"{"settings":{"noteLimit":1.5}}"#),
        js(r#"{"me":{"degree":-1}}"#),
        js(r#"{"guard":[]}"#),
        js(r#""a string""#),
        cyclic.into(),
        big.into(),
    ] {
        let error = analyze_page(&doc, PROFILE_URL.into(), bad).expect_err("refused");
        assert_eq!(message(error), "context is not in the expected shape");
    }
    let error = score_profile(js("[1]"), JsValue::NULL, JsValue::NULL).expect_err("refused");
    assert_eq!(message(error), "profile is not in the expected shape");
    let error = score_profile(JsValue::NULL, js(r#"{"isSelf":"yes"}"#), JsValue::NULL).expect_err("refused");
    assert_eq!(message(error), "me is not in the expected shape");
    // A bad context spoils nothing: the next call with a good one works.
    assert!(analyze_page(&doc, PROFILE_URL.into(), js(CONTEXT)).is_ok());
}

#[wasm_bindgen_test]
fn a_profile_read_without_judgment_tells_the_dialog_who_is_invited() {
    let doc = parse(PROFILE_HTML);
    let read = read_page(&doc, PROFILE_URL.into()).expect("reading");
    let unjudged: serde_json::Value = serde_json::from_str(&seen(&read)).expect("json");
    assert_eq!(unjudged["ready"], true);
    assert!(unjudged["badge"].is_null(), "no judgment in the page's reading");
    let judged: serde_json::Value = serde_json::from_str(&seen(&analyze_page(&doc, PROFILE_URL.into(), js(CONTEXT)).expect("view"))).expect("json");
    assert_eq!(unjudged["profile"], judged["profile"], "the same reading analyzePage judges");

    // The dialog knows who is invited from that reading, as after analyzePage
    // (an address no other test reads: the instance remembers pages by address).
    let doc = parse(GATE_HTML);
    let url = format!("{GATE_URL}?via=readPage");
    let before = seen(&analyze_dialog(&doc, url.clone(), js(CONTEXT)).expect("dialog"));
    read_page(&doc, url.clone()).expect("reading");
    let after = seen(&analyze_dialog(&doc, url.clone(), js(CONTEXT)).expect("dialog"));
    let (read, buttons) = dom::read_invite_dialog_with_buttons(&doc).expect("an open dialog");
    let known = Known { profile: dom::read_profile_if_present(&doc, &url), cards: Vec::new() };
    assert_eq!(after, serde_json::to_string(&view::dialog_view(read, buttons, &known, &context())).expect("json"));
    assert_ne!(before, after, "the reading tells the dialog who is invited");
}

#[wasm_bindgen_test]
fn read_page_is_null_off_profiles_and_not_ready_before_the_profile_renders() {
    assert!(read_page(&parse(SEARCH_HTML), SEARCH_URL.into()).expect("null").is_null());
    let empty = read_page(&parse("<html><body><main></main></body></html>"), PROFILE_URL.into()).expect("view");
    assert_eq!(seen(&empty), serde_json::to_string(&PageView::not_ready(PageKind::Profile)).expect("json"));
}
