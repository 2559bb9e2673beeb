//! The functions JavaScript calls. Few, camelCase, JSON in and out; every
//! error becomes a calm `JsError` rather than a panic in the page.

use std::cell::RefCell;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Document;

use crate::dom;
use crate::view::{self, Context, Known, PageKind, PageView};

mod judgment;
mod readers;

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not return the reading: {e}")))
}

/// `undefined` and `null` read as the type's default, so callers may omit
/// what they do not have.
pub(crate) fn from_js<T: DeserializeOwned + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("{what} is not in the expected shape: {e}")))
}

/// What the in-page experience should show on `document` at `url`, for the
/// user described by `context` (`{settings, me, guard, noteLanguage}`, all
/// optional).
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(document: &Document, url: String, context: JsValue) -> Result<JsValue, JsError> {
    let ctx: Context = from_js(context, "context")?;
    let kind = PageKind::of_url(&url);
    let view = match kind {
        PageKind::Profile => match dom::read_profile_if_present(document, &url) {
            Some(profile) => PageView::for_profile(profile, &ctx),
            None => PageView::not_ready(kind),
        },
        PageKind::Search => PageView::for_cards(kind, dom::read_search_results(document), &ctx),
        PageKind::Invitations => PageView::for_cards(kind, dom::read_invitations(document), &ctx),
        _ => PageView::not_ready(kind),
    };
    let out = to_js(&view);
    remember(url, view);
    out
}

/// The open invitation dialog on the page at `url`, judged: the note check,
/// the best suggestion at the dialog's own limit, and whether the guard holds
/// a send. Who is being invited comes from this instance's last reading of
/// that page; `null` when no dialog is open.
#[wasm_bindgen(js_name = analyzeDialog)]
pub fn analyze_dialog(document: &Document, url: String, context: JsValue) -> Result<JsValue, JsError> {
    let Some((dialog, buttons)) = dom::read_invite_dialog_with_buttons(document) else {
        return Ok(JsValue::NULL);
    };
    let ctx: Context = from_js(context, "context")?;
    let known = recall(&url);
    to_js(&view::dialog_view(dialog, buttons, &known, &ctx))
}

/// Pages read lately, by address: one in a content script, one per tab in
/// the extension's offscreen document. Kept here so the page's reading never
/// has to cross back from JavaScript.
const REMEMBERED_PAGES: usize = 8;

thread_local! {
    static LAST_PAGES: RefCell<Vec<(String, Known)>> = const { RefCell::new(Vec::new()) };
}

fn remember(url: String, view: PageView) {
    let known = Known { profile: view.profile, cards: view.cards };
    LAST_PAGES.with(|pages| {
        let mut pages = pages.borrow_mut();
        pages.retain(|(seen, _)| *seen != url);
        if pages.len() >= REMEMBERED_PAGES {
            pages.remove(0);
        }
        pages.push((url, known));
    });
}

fn recall(url: &str) -> Known {
    LAST_PAGES.with(|pages| {
        pages.borrow().iter().rev().find(|(seen, _)| seen == url).map(|(_, known)| known.clone()).unwrap_or_default()
    })
}
