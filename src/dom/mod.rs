//! The DOM layer: web-sys readers that turn a LinkedIn `Document` into the
//! [`crate::model`]. Readers look for structure first (ids, `data-view-name`,
//! `componentkey`, aria attributes, URL patterns) and text second, and never
//! throw: a page they do not understand yields `None`s.

// Reading must never throw into the page: no panicking calls outside tests.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, clippy::string_slice)
)]

pub mod cards;
pub mod invite;
pub mod profile;
mod query;

pub use cards::{read_invitations, read_search_results};
pub use invite::{read_invite_dialog, read_invite_dialog_with_buttons};
pub use profile::{read_profile, read_profile_if_present, top_card_present};
