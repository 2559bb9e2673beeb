//! The judgment, for any page that has a profile in hand (the playground,
//! the popup, the extension's own pages working on a snapshot).

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::{from_js_memo, from_js_prepared, to_js, Memo};
use crate::judgment::{self, Me, Settings};
use crate::model::Profile;

// Callers pass the same "me" and settings call after call, and the same
// profile to each judgment in turn: each is read once while it stays the same
// ("me" prepared once, too).
thread_local! {
    static PROFILE: Memo<Profile> = const { Memo::new() };
    static ME: Memo<Option<Me<'static>>> = const { Memo::new() };
    static SETTINGS: Memo<Settings> = const { Memo::new() };
}

fn profile_of(profile: &JsValue) -> Result<Rc<Profile>, JsError> {
    from_js_memo(&PROFILE, profile, "profile")
}

fn me_of(me: &JsValue) -> Result<Rc<Option<Me<'static>>>, JsError> {
    from_js_prepared(&ME, me, "me", |me: Option<Profile>| me.map(Me::owned))
}

fn settings_of(settings: &JsValue) -> Result<Rc<Settings>, JsError> {
    from_js_memo(&SETTINGS, settings, "settings")
}

/// `scoreProfile(profile, me, settings)` → `{value, tier, worthNote, reasons}`.
#[wasm_bindgen(js_name = scoreProfile)]
pub fn score_profile(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, me, settings) = (profile_of(&profile)?, me_of(&me)?, settings_of(&settings)?);
    to_js(&judgment::score_profile_for(&profile, me.as_ref().as_ref(), &settings))
}

/// `suggestNotes(profile, me, settings)` → `[{text, basis, facts}]`, best first.
#[wasm_bindgen(js_name = suggestNotes)]
pub fn suggest_notes(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, me, settings) = (profile_of(&profile)?, me_of(&me)?, settings_of(&settings)?);
    to_js(&judgment::suggest_notes_for(&profile, me.as_ref().as_ref(), &settings))
}

/// `checkNote(text, profile, settings)` → `{generic, reasons, length, limit}`.
#[wasm_bindgen(js_name = checkNote)]
pub fn check_note(text: &str, profile: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, settings) = (profile_of(&profile)?, settings_of(&settings)?);
    to_js(&judgment::check_note(text, &profile, &settings))
}

/// `suggestReply(profile, me, settings)` → `{text, basis, facts}`.
#[wasm_bindgen(js_name = suggestReply)]
pub fn suggest_reply(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, me, settings) = (profile_of(&profile)?, me_of(&me)?, settings_of(&settings)?);
    to_js(&judgment::suggest_reply_for(&profile, me.as_ref().as_ref(), &settings))
}
