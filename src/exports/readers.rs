//! Readers: a LinkedIn `Document` in, the model out as JSON (camelCase,
//! `null` for what the page does not show). None of them throws on a page it
//! does not understand.

use wasm_bindgen::prelude::*;
use web_sys::Document;

use super::to_js;
use crate::dom;

/// The shapes the readers return (`src/model.rs`), for the generated `.d.ts`.
#[wasm_bindgen(typescript_custom_section)]
const READER_TYPES: &str = r#"
export interface Experience { title: string | null; company: string | null; start: string | null; end: string | null }
export interface Education { school: string | null; degree: string | null; start: string | null; end: string | null }
export interface MutualConnections { count: number; names: string[] }
export interface ProfileLink { kind: "website" | "blog" | "twitter" | "other"; url: string }
export interface Activity { text: string; when: string | null }
export interface Profile {
  url: string | null; isSelf: boolean; name: string | null; firstName: string | null;
  headline: string | null; location: string | null; degree: 1 | 2 | 3 | null;
  currentCompany: string | null; experience: Experience[]; education: Education[];
  mutualConnections: MutualConnections | null; about: string | null;
  followers: number | null; connections: number | null; links: ProfileLink[];
  recommendationsReceived: number | null; recentActivity: Activity[];
  connectAvailable: "primary" | "more-menu" | "pending" | "none"; language: string | null;
}
export interface PersonCard {
  name: string | null; headline: string | null; location: string | null; degree: 1 | 2 | 3 | null;
  mutualCount: number | null; mutualNames: string[]; profileUrl: string | null;
  hasNote: boolean; note: string | null;
}
export interface InviteButtons {
  addNote: boolean; sendWithoutNote: boolean; send: boolean; sendEnabled: boolean; cancel: boolean; dismiss: boolean;
}
export interface InviteDialog {
  step: "gate" | "note" | "upsell" | "email" | "how-know" | "unknown";
  inShadowRoot: boolean; inviteeName: string | null; hasNoteBox: boolean; noteText: string | null;
  noteLimit: number | null; notesRemaining: number | null; premiumUpsell: boolean; buttons: InviteButtons;
}
"#;

/// Reads the profile shown on `document`. `url` is the page address (the
/// document's own when omitted).
#[wasm_bindgen(js_name = readProfile, unchecked_return_type = "Profile")]
pub fn read_profile(document: &Document, url: Option<String>) -> Result<JsValue, JsError> {
    let url = url.or_else(|| document.url().ok()).unwrap_or_default();
    to_js(&dom::read_profile(document, &url))
}

/// Reads LinkedIn's invitation dialog (in the page or inside the
/// `#interop-outlet` shadow root): `null` when no invite dialog is open.
#[wasm_bindgen(js_name = readInviteDialog, unchecked_return_type = "InviteDialog | null")]
pub fn read_invite_dialog(document: &Document) -> Result<JsValue, JsError> {
    to_js(&dom::read_invite_dialog(document))
}

/// Reads the people-search results on `document`: an array of cards.
#[wasm_bindgen(js_name = readSearchResults, unchecked_return_type = "PersonCard[]")]
pub fn read_search_results(document: &Document) -> Result<JsValue, JsError> {
    to_js(&dom::read_search_results(document))
}

/// Reads the received invitations on `document`: an array of cards, with
/// `hasNote`/`note` for invitations that came with a note.
#[wasm_bindgen(js_name = readInvitations, unchecked_return_type = "PersonCard[]")]
pub fn read_invitations(document: &Document) -> Result<JsValue, JsError> {
    to_js(&dom::read_invitations(document))
}
