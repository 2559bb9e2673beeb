//! Readers: a LinkedIn `Document` in, the model out as JSON.

use wasm_bindgen::prelude::*;
use web_sys::Document;

use super::to_js;
use crate::dom;

/// Reads the profile shown on `document`. `url` is the page address (the
/// document's own when omitted).
#[wasm_bindgen(js_name = readProfile)]
pub fn read_profile(document: &Document, url: Option<String>) -> Result<JsValue, JsError> {
    let url = url.or_else(|| document.url().ok()).unwrap_or_default();
    to_js(&dom::read_profile(document, &url))
}
