//! DOM readers against fixtures, in headless Chromium (`make test-wasm`).
#![cfg(target_arch = "wasm32")]

use noteworthy::dom;
use noteworthy::model::Profile;
use wasm_bindgen_test::*;
use web_sys::{Document, DomParser, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

fn parse(html: &str) -> Document {
    let parser = DomParser::new().expect("DOMParser");
    parser.parse_from_string(html, SupportedType::TextHtml).expect("parsed")
}

const CAPTURED_G2: &str = include_str!("../../shared/fixtures/captured/profile-g2-2025-09.html");
const CAPTURED_G2_EXPECTED: &str =
    include_str!("../../shared/fixtures/captured/profile-g2-2025-09.expected.json");

#[wasm_bindgen_test]
fn captured_g2_profile_top_card() {
    let expected: Profile = serde_json::from_str(CAPTURED_G2_EXPECTED).expect("expected json");
    let url = expected.url.clone().unwrap_or_default();
    let document = parse(CAPTURED_G2);
    assert!(dom::top_card_present(&document));
    let read = dom::read_profile(&document, &url);
    assert_eq!(read.url, expected.url);
    assert_eq!(read.name, expected.name);
    assert_eq!(read.first_name, expected.first_name);
    assert_eq!(read.headline, expected.headline);
    assert_eq!(read.degree, expected.degree);
}

#[wasm_bindgen_test]
fn a_page_without_a_profile_reads_as_nothing() {
    let document = parse("<html><head><title>Feed | LinkedIn</title></head><body><main></main></body></html>");
    assert!(!dom::top_card_present(&document));
    let read = dom::read_profile(&document, "https://www.linkedin.com/feed/");
    assert_eq!(read.url, None);
    assert_eq!(read.headline, None);
    assert_eq!(read.degree, None);
}
