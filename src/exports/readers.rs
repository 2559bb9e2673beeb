//! Readers: a LinkedIn `Document` in, the model out as JSON (camelCase,
//! `null` for what the page does not show). None of them throws on a page it
//! does not understand.

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

/// Reads LinkedIn's invitation dialog (in the page or inside the
/// `#interop-outlet` shadow root): `null` when no invite dialog is open.
#[wasm_bindgen(js_name = readInviteDialog)]
pub fn read_invite_dialog(document: &Document) -> Result<JsValue, JsError> {
    to_js(&dom::read_invite_dialog(document))
}

/// Reads the people-search results on `document`: an array of cards.
#[wasm_bindgen(js_name = readSearchResults)]
pub fn read_search_results(document: &Document) -> Result<JsValue, JsError> {
    to_js(&dom::read_search_results(document))
}

/// Reads the received invitations on `document`: an array of cards, with
/// `hasNote`/`note` for invitations that came with a note.
#[wasm_bindgen(js_name = readInvitations)]
pub fn read_invitations(document: &Document) -> Result<JsValue, JsError> {
    to_js(&dom::read_invitations(document))
}
