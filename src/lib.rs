//! Noteworthy reads the LinkedIn profile in front of you, scores what connecting
//! with that person is worth *to you*, warns before a generic invitation and
//! suggests a personal note.
//!
//! Layers, from the inside out:
//! - [`model`]: the profile, invite dialog and card shapes shared by everything;
//! - [`text`]: DOM-free parsing of what LinkedIn prints (dates, counts, names);
//! - [`judgment`]: scoring, suggestions, note checking, replies (pure Rust);
//! - `dom` (wasm only): web-sys readers that turn a `Document` into the model;
//! - [`exports`]: the few functions JavaScript calls (wasm only) and the
//!   JSON they speak ([`exports::json`], everywhere so it is tested natively).

#[cfg(any(target_arch = "wasm32", test))]
mod heap;
pub mod judgment;
pub mod model;
pub mod text;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod dom;
pub mod exports;
