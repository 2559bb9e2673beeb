//! The judgment: what connecting with the profile in front of you is worth
//! *to you*, which invitation note to send, whether a note is generic, and
//! how to answer an invitation that came without one.
//!
//! Pure Rust (no DOM, no wasm-bindgen), deterministic, and panic-free on any
//! input: every function takes what a reader produced, however odd, and
//! returns something sensible.
//!
//! - [`score_profile`]: a 0–100 value, a tier, whether to spend a note, and
//!   the reasons, each a sentence the user can check on the page. The points
//!   live in one table, [`WEIGHTS`].
//! - [`suggest_notes`]: at least three notes, best first, each citing one fact
//!   from the profile verbatim, within the note limit counted in UTF-16 units.
//! - [`check_note`]: flags LinkedIn's default wording, filler, placeholders and
//!   name-only greetings; a note citing a real fact is not generic.
//! - [`suggest_reply`]: a friendly "what brings you here?" for a bare invitation.

mod facts;
mod matching;
mod note_check;
mod phrases;
mod reply;
mod score;
mod settings;
mod suggest;
mod weights;

pub use note_check::{check_note, CheckCode, CheckReason, NoteCheck};
pub use reply::{suggest_reply, suggest_reply_for, suggest_reply_scored};
pub use score::{note_bar, score_profile, score_profile_for, Me, Reason, ReasonKind, Score, Tier};
pub use settings::{Goal, Lang, Settings, Tone, DEFAULT_NOTE_LIMIT, MAX_NOTE_LIMIT, MIN_NOTE_LIMIT};
pub use suggest::{suggest_notes, suggest_notes_for, Basis, Suggestion};
pub use weights::{Weights, WEIGHTS};

/// Length of a note as LinkedIn's note box counts it (UTF-16 code units).
pub fn note_length(text: &str) -> usize {
    matching::utf16_len(text)
}
