//! The judgment, for any page that has a profile in hand (the playground,
//! the popup, the extension's own pages working on a snapshot).

use wasm_bindgen::prelude::*;

use super::{from_js, to_js};
use crate::judgment::{self, Settings};
use crate::model::Profile;

/// `scoreProfile(profile, me, settings)` → `{value, tier, worthNote, reasons}`.
#[wasm_bindgen(js_name = scoreProfile)]
pub fn score_profile(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let profile: Profile = from_js(profile, "profile")?;
    let me: Option<Profile> = from_js(me, "me")?;
    let settings: Settings = from_js(settings, "settings")?;
    to_js(&judgment::score_profile(&profile, me.as_ref(), &settings))
}

/// `suggestNotes(profile, me, settings)` → `[{text, basis, facts}]`, best first.
#[wasm_bindgen(js_name = suggestNotes)]
pub fn suggest_notes(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let profile: Profile = from_js(profile, "profile")?;
    let me: Option<Profile> = from_js(me, "me")?;
    let settings: Settings = from_js(settings, "settings")?;
    to_js(&judgment::suggest_notes(&profile, me.as_ref(), &settings))
}

/// `checkNote(text, profile, settings)` → `{generic, reasons, length, limit}`.
#[wasm_bindgen(js_name = checkNote)]
pub fn check_note(text: &str, profile: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let profile: Profile = from_js(profile, "profile")?;
    let settings: Settings = from_js(settings, "settings")?;
    to_js(&judgment::check_note(text, &profile, &settings))
}

/// `suggestReply(profile, me, settings)` → `{text, basis, facts}`.
#[wasm_bindgen(js_name = suggestReply)]
pub fn suggest_reply(profile: JsValue, me: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let profile: Profile = from_js(profile, "profile")?;
    let me: Option<Profile> = from_js(me, "me")?;
    let settings: Settings = from_js(settings, "settings")?;
    to_js(&judgment::suggest_reply(&profile, me.as_ref(), &settings))
}
