//! What the in-page experience shows, computed wherever the wasm runs (in
//! the content script, or in the extension's own pages on a snapshot when
//! the page forbids WebAssembly). One small JS renderer draws it.

use serde::{Deserialize, Serialize};

use crate::model::Profile;

/// The kind of LinkedIn page, from its address alone.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PageKind {
    Profile,
    Search,
    Invitations,
    Other,
}

impl PageKind {
    /// Classifies a `https://www.linkedin.com/...` address.
    pub fn of_url(url: &str) -> PageKind {
        let path = url
            .split_once("linkedin.com")
            .map_or(url, |(_, rest)| rest)
            .split(['?', '#'])
            .next()
            .unwrap_or_default();
        if path.starts_with("/in/") && path.len() > "/in/".len() {
            PageKind::Profile
        } else if path.starts_with("/search/results/people") {
            PageKind::Search
        } else if path.starts_with("/mynetwork/invitation-manager") {
            PageKind::Invitations
        } else {
            PageKind::Other
        }
    }
}

/// The profile badge: who this is, in a line a user can check on the page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BadgeView {
    pub name: String,
    pub headline: Option<String>,
    pub degree: Option<u8>,
}

/// Everything the renderer needs for one page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    pub kind: PageKind,
    /// The page has rendered what we read; until then the renderer waits.
    pub ready: bool,
    pub badge: Option<BadgeView>,
    pub profile: Option<Profile>,
}

impl PageView {
    pub fn not_ready(kind: PageKind) -> PageView {
        PageView { kind, ready: false, badge: None, profile: None }
    }

    pub fn for_profile(profile: Profile) -> PageView {
        let badge = profile.name.clone().map(|name| BadgeView {
            name,
            headline: profile.headline.clone(),
            degree: profile.degree,
        });
        PageView { kind: PageKind::Profile, ready: true, badge, profile: Some(profile) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_kind_comes_from_the_address() {
        assert_eq!(PageKind::of_url("https://www.linkedin.com/in/ana-lopez/"), PageKind::Profile);
        assert_eq!(PageKind::of_url("https://www.linkedin.com/in/"), PageKind::Other);
        assert_eq!(
            PageKind::of_url("https://www.linkedin.com/search/results/people/?keywords=rust"),
            PageKind::Search
        );
        assert_eq!(
            PageKind::of_url("https://www.linkedin.com/mynetwork/invitation-manager/received/"),
            PageKind::Invitations
        );
        assert_eq!(PageKind::of_url("https://www.linkedin.com/feed/"), PageKind::Other);
    }

    #[test]
    fn a_profile_without_a_name_gets_no_badge() {
        assert!(PageView::for_profile(Profile::default()).badge.is_none());
        let named = Profile { name: Some("Ana López".into()), degree: Some(2), ..Profile::default() };
        assert_eq!(PageView::for_profile(named).badge.map(|b| b.degree), Some(Some(2)));
    }
}
