//! The functions JavaScript calls. Few, camelCase, JSON in and out; every
//! error becomes a calm `JsError` rather than a panic in the page.
//!
//! Values cross as one JSON string each way ([`json`]): `JSON.stringify` on
//! what JavaScript passed, `JSON.parse` on what we return, both called from
//! here, so callers still pass and receive plain objects.

pub mod json;

#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;
#[cfg(target_arch = "wasm32")]
use std::rc::Rc;

#[cfg(target_arch = "wasm32")]
use serde::Serialize;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;
#[cfg(target_arch = "wasm32")]
use web_sys::Document;

#[cfg(target_arch = "wasm32")]
use crate::dom;
#[cfg(target_arch = "wasm32")]
use crate::view::{self, Context, Known, PageKind, PageView};

#[cfg(target_arch = "wasm32")]
mod judgment;
#[cfg(target_arch = "wasm32")]
mod readers;

#[cfg(target_arch = "wasm32")]
pub use judgment::{check_note, score_profile, suggest_notes, suggest_reply};
#[cfg(target_arch = "wasm32")]
pub use readers::{read_invitations, read_invite_dialog, read_profile, read_search_results};

/// `value` as a plain JS value (what `JSON.parse` makes of its JSON, written
/// in ASCII: the fastest text to decode into a JS string).
#[cfg(target_arch = "wasm32")]
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = json::to_ascii_string(value).map_err(|_| JsError::new("could not return the reading"))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("could not return the reading"))
}

#[cfg(target_arch = "wasm32")]
fn shape_error(what: &str) -> JsError {
    let mut message = String::with_capacity(what.len() + 32);
    message.push_str(what);
    message.push_str(" is not in the expected shape");
    JsError::new(&message)
}

/// The last value an argument was read from, with the `JSON.stringify` of
/// what JavaScript passed for it. The text stays a JS string, compared with
/// `===` in JavaScript: a caller passing the same value again (the content
/// script's context on every mutation; the same profile, "me" and settings
/// to `scoreProfile` then `suggestNotes`) has it neither copied into the wasm
/// nor parsed again.
#[cfg(target_arch = "wasm32")]
pub(crate) struct Memo<T>(RefCell<Option<(JsValue, Rc<T>)>>);

#[cfg(target_arch = "wasm32")]
impl<T> Memo<T> {
    pub(crate) const fn new() -> Memo<T> {
        Memo(RefCell::new(None))
    }
}

/// `value` read as a `T`, reusing `memo`'s reading when its JSON is the same.
/// `undefined` and `null` (and what `JSON.stringify` writes as nothing or
/// `null`: functions, symbols, NaN) read as the type's default, so callers
/// may omit what they do not have; a value it refuses (a cycle, a BigInt) is
/// an error naming `what`.
#[cfg(target_arch = "wasm32")]
pub(crate) fn from_js_memo<T: json::FromJson + Default>(
    memo: &'static std::thread::LocalKey<Memo<T>>,
    value: &JsValue,
    what: &str,
) -> Result<Rc<T>, JsError> {
    from_js_prepared(memo, value, what, |read: T| read)
}

/// [`from_js_memo`], keeping what `prepare` makes of the reading.
#[cfg(target_arch = "wasm32")]
pub(crate) fn from_js_prepared<T: json::FromJson + Default, U>(
    memo: &'static std::thread::LocalKey<Memo<U>>,
    value: &JsValue,
    what: &str,
    prepare: impl FnOnce(T) -> U,
) -> Result<Rc<U>, JsError> {
    let text: JsValue = js_sys::JSON::stringify(value).map_err(|_| shape_error(what))?.into();
    let seen = memo.with(|memo| {
        memo.0.borrow().as_ref().filter(|(seen, _)| *seen == text).map(|(_, kept)| Rc::clone(kept))
    });
    if let Some(kept) = seen {
        return Ok(kept);
    }
    let read = match text.as_string().filter(|text| text != "null") {
        None => T::default(),
        Some(text) => json::from_str(&text).map_err(|_| shape_error(what))?,
    };
    let kept = Rc::new(prepare(read));
    memo.with(|memo| *memo.0.borrow_mut() = Some((text, Rc::clone(&kept))));
    Ok(kept)
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LAST_CONTEXT: Memo<Context> = const { Memo::new() };
}

/// `context` read as a [`Context`], once for as long as callers pass the same.
#[cfg(target_arch = "wasm32")]
fn context_of(context: JsValue) -> Result<Rc<Context>, JsError> {
    from_js_memo(&LAST_CONTEXT, &context, "context")
}

/// What the in-page experience should show on `document` at `url`, for the
/// user described by `context` (`{settings, me, guard, noteLanguage}`, all
/// optional).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(document: &Document, url: String, context: JsValue) -> Result<JsValue, JsError> {
    let ctx = context_of(context)?;
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

/// A profile page at `url` read but not judged: its view without a badge
/// (`ready` false until LinkedIn has rendered the profile), remembered for
/// [`analyze_dialog`] as [`analyze_page`] remembers; `null` on any other
/// page. The content script reads a profile this way when an invitation
/// dialog opens on it: the profile itself was read and judged in the
/// extension's own context, from its parts' HTML.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = readPage)]
pub fn read_page(document: &Document, url: String) -> Result<JsValue, JsError> {
    if PageKind::of_url(&url) != PageKind::Profile {
        return Ok(JsValue::NULL);
    }
    let view = match dom::read_profile_if_present(document, &url) {
        Some(profile) => PageView::read_only(profile),
        None => PageView::not_ready(PageKind::Profile),
    };
    let out = to_js(&view);
    remember(url, view);
    out
}

/// The open invitation dialog on the page at `url`, judged: the note check,
/// the best suggestion at the dialog's own limit, and whether the guard holds
/// a send. Who is being invited comes from this instance's last reading of
/// that page; `null` when no dialog is open.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = analyzeDialog)]
pub fn analyze_dialog(document: &Document, url: String, context: JsValue) -> Result<JsValue, JsError> {
    let Some((dialog, buttons)) = dom::read_invite_dialog_with_buttons(document) else {
        return Ok(JsValue::NULL);
    };
    let ctx = context_of(context)?;
    let view = recall(&url, |known| view::dialog_view(dialog, buttons, known, &ctx));
    to_js(&view)
}

/// Pages read lately, by address: one in a content script, one per tab in
/// the extension's offscreen document. Kept here so the page's reading never
/// has to cross back from JavaScript.
#[cfg(target_arch = "wasm32")]
const REMEMBERED_PAGES: usize = 8;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LAST_PAGES: RefCell<Vec<(String, Known)>> = const { RefCell::new(Vec::new()) };
}

#[cfg(target_arch = "wasm32")]
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

/// `judge` applied to what the last reading of `url` knew (nothing, if none):
/// borrowed, not copied, however many cards the page had.
#[cfg(target_arch = "wasm32")]
fn recall<T>(url: &str, judge: impl FnOnce(&Known) -> T) -> T {
    LAST_PAGES.with(|pages| {
        let pages = pages.borrow();
        match pages.iter().rev().find(|(seen, _)| seen == url) {
            Some((_, known)) => judge(known),
            None => judge(&Known::default()),
        }
    })
}
