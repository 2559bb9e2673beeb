//! The judgment: what connecting with the profile in front of you is worth
//! *to you*, which note to send, whether a note is generic, and how to answer
//! an invitation that came without one. Pure Rust, no DOM, no panics.

mod facts;
mod matching;
mod phrases;
mod score;
mod settings;
mod weights;

pub use score::{score_profile, Reason, ReasonKind, Score, Tier};
pub use settings::{Goal, Lang, Settings, Tone, DEFAULT_NOTE_LIMIT, MAX_NOTE_LIMIT, MIN_NOTE_LIMIT};
pub use weights::{Weights, WEIGHTS};
