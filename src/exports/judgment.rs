//! The judgment, for any page that has a profile in hand (the playground,
//! the popup, the extension's own pages working on a snapshot).

use wasm_bindgen::prelude::*;

use super::{from_js_memo, to_js, Memo};
use crate::judgment::{self, Settings};
use crate::model::Profile;

// Callers pass the same "me" and settings call after call, and the same
// profile to each judgment in turn: each is read once while it stays the same.
thread_local! {
    static PROFILE: Memo<Profile> = const { Memo::new() };
    static ME: Memo<Option<Profile>> = const { Memo::new() };
    static SETTINGS: Memo<Settings> = const { Memo::new() };
}

fn profile_of(profile: &JsValue) -> Result<std::rc::Rc<Profile>, JsError> {
    from_js_memo(&PROFILE, profile, "profile")
}

fn me_of(me: &JsValue) -> Result<std::rc::Rc<Option<Profile>>, JsError> {
    from_js_memo(&ME, me, "me")
}

fn settings_of(settings: &JsValue) -> Result<std::rc::Rc<Settings>, JsError> {
    from_js_memo(&SETTINGS, settings, "settings")
}

/// `scoreProfile(profile, me, settings)` → `{value, tier, worthNote, reasons}`.
#[wasm_bindgen(js_name = scoreProfile)]
pub fn score_profile(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, me, settings) = (profile_of(&profile)?, me_of(&me)?, settings_of(&settings)?);
    to_js(&judgment::score_profile(&profile, me.as_ref().as_ref(), &settings))
}

/// `suggestNotes(profile, me, settings)` → `[{text, basis, facts}]`, best first.
#[wasm_bindgen(js_name = suggestNotes)]
pub fn suggest_notes(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, me, settings) = (profile_of(&profile)?, me_of(&me)?, settings_of(&settings)?);
    to_js(&judgment::suggest_notes(&profile, me.as_ref().as_ref(), &settings))
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
    to_js(&judgment::suggest_reply(&profile, me.as_ref().as_ref(), &settings))
}
