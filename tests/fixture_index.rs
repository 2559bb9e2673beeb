//! Keeps the fixture list of `tests/dom.rs` (embedded with `include_str!`,
//! checked in headless Chromium) in step with `tests/fixtures/index.json`:
//! every fixture listed there is read by the browser suite, with its
//! expected JSON and its page address, and nothing else is.
#![cfg(not(target_arch = "wasm32"))] // native only: files, proptest

use std::collections::BTreeSet;

use serde_json::Value;

const INDEX: &str = include_str!("fixtures/index.json");
const DOM_TESTS: &str = include_str!("dom.rs");

/// (html file, page url) of every `include_str!("fixtures/….html")` entry
/// in `tests/dom.rs`, which lists the url two lines below the expected JSON.
fn listed_in_dom_tests() -> BTreeSet<(String, String)> {
    let lines: Vec<&str> = DOM_TESTS.lines().map(str::trim).collect();
    let mut out = BTreeSet::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(file) = line
            .strip_prefix("include_str!(\"fixtures/")
            .and_then(|rest| rest.strip_suffix(".html\"),"))
        else {
            continue;
        };
        let expected = lines.get(i + 1).copied().unwrap_or_default();
        assert_eq!(
            expected,
            format!("include_str!(\"fixtures/{file}.expected.json\"),"),
            "{file}: the expected JSON must follow its page"
        );
        let url = lines.get(i + 2).copied().unwrap_or_default();
        let url = url.trim_start_matches('"').trim_end_matches("\",");
        out.insert((format!("{file}.html"), url.to_string()));
    }
    out
}

#[test]
fn every_indexed_fixture_is_read_in_the_browser() {
    let index: Value = serde_json::from_str(INDEX).expect("index.json parses");
    let entries = index.as_array().expect("index.json is a list");
    let indexed: BTreeSet<(String, String)> = entries
        .iter()
        .map(|entry| {
            let file = entry["file"].as_str().expect("file").to_string();
            let url = entry["url"].as_str().expect("url").to_string();
            (file, url)
        })
        .collect();
    let listed = listed_in_dom_tests();
    let missing: Vec<_> = indexed.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&indexed).collect();
    assert!(missing.is_empty(), "in index.json but not in tests/dom.rs FIXTURES: {missing:?}");
    assert!(extra.is_empty(), "in tests/dom.rs FIXTURES but not in index.json: {extra:?}");
}

#[test]
fn every_indexed_fixture_has_its_files() {
    let index: Value = serde_json::from_str(INDEX).expect("index.json parses");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in index.as_array().expect("index.json is a list") {
        let file = entry["file"].as_str().expect("file");
        let kind = entry["kind"].as_str().expect("kind");
        assert!(["profile", "invite", "search", "invitations"].contains(&kind), "{file}: unknown kind {kind}");
        let expected = dir.join(file.replace(".html", ".expected.json"));
        let json = std::fs::read_to_string(&expected).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        let _: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
    }
}
