//! The functions JavaScript calls. Few, camelCase, JSON in and out; every
//! error becomes a calm `JsError` rather than a panic in the page.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Document;

use crate::dom;
use crate::view::{PageKind, PageView};

mod readers;

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not return the reading: {e}")))
}

/// What the in-page experience should show on `document` at `url`.
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(document: &Document, url: String) -> Result<JsValue, JsError> {
    let kind = PageKind::of_url(&url);
    let view = match kind {
        PageKind::Profile if dom::top_card_present(document) => {
            PageView::for_profile(dom::read_profile(document, &url))
        }
        _ => PageView::not_ready(kind),
    };
    to_js(&view)
}
