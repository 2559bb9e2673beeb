//! The shapes every layer agrees on: what a reader extracts from a page and
//! what the judgment consumes. They cross the JS boundary as camelCase JSON,
//! with `null` for whatever the page does not show.

use serde::{Deserialize, Serialize};


/// A LinkedIn member as shown on their profile page.
///
/// Every field is optional on input (`#[serde(default)]`) so that a hand-edited
/// "me" or an older stored profile still deserializes.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Profile {
    /// Canonical profile address, `https://www.linkedin.com/in/<slug>/`.
    pub url: Option<String>,
    /// The viewer is looking at their own profile.
    pub is_self: bool,
    pub name: Option<String>,
    /// How you would greet them: no title, credentials, pronouns or emoji.
    pub first_name: Option<String>,
    pub headline: Option<String>,
    pub location: Option<String>,
    /// 1, 2 or 3 (1st, 2nd, 3rd+), `None` when not shown (own profile, out of network).
    pub degree: Option<u8>,
    pub current_company: Option<String>,
    pub experience: Vec<Experience>,
    pub education: Vec<Education>,
    pub mutual_connections: Option<MutualConnections>,
    /// The whole About text, including what "…see more" hides.
    pub about: Option<String>,
    pub followers: Option<u32>,
    pub connections: Option<u32>,
    pub links: Vec<Link>,
    pub recommendations_received: Option<u32>,
    pub recent_activity: Vec<Activity>,
    pub connect_available: ConnectAvailable,
    /// The page's language (`en`, `fr`, `de`, `es`, …), from `<html lang>` or its UI strings.
    pub language: Option<String>,
}

crate::json_object!(Profile {
    url: "url",
    is_self: "isSelf",
    name: "name",
    first_name: "firstName",
    headline: "headline",
    location: "location",
    degree: "degree",
    current_company: "currentCompany",
    experience: "experience",
    education: "education",
    mutual_connections: "mutualConnections",
    about: "about",
    followers: "followers",
    connections: "connections",
    links: "links",
    recommendations_received: "recommendationsReceived",
    recent_activity: "recentActivity",
    connect_available: "connectAvailable",
    language: "language",
});

/// One position. Dates are kept as shown ("Jul 2019"); a present end is `None`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Experience {
    pub title: Option<String>,
    pub company: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
}

crate::json_object!(Experience { title: "title", company: "company", start: "start", end: "end" });

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Education {
    pub school: Option<String>,
    pub degree: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
}

crate::json_object!(Education { school: "school", degree: "degree", start: "start", end: "end" });

/// `count` is the total: the named people plus "N other".
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct MutualConnections {
    pub count: u32,
    pub names: Vec<String>,
}

crate::json_object!(MutualConnections { count: "count", names: "names" });

#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    Website,
    Blog,
    Twitter,
    #[default]
    Other,
}

crate::json_enum!(LinkKind { Website: "website", Blog: "blog", Twitter: "twitter", Other: "other" });

/// A link the member put on their profile, unwrapped from LinkedIn's redirect.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Link {
    pub kind: LinkKind,
    pub url: String,
}

crate::json_object!(Link { kind: "kind", url: "url" });

/// A recent post or comment; `when` as shown ("4mo").
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct Activity {
    pub text: String,
    pub when: Option<String>,
}

crate::json_object!(Activity { text: "text", when: "when" });

/// Where (if anywhere) the page offers to connect.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectAvailable {
    /// A Connect button in the top card.
    Primary,
    /// Connect hidden under "More" (creator mode shows Follow first).
    MoreMenu,
    /// An invitation is already pending.
    Pending,
    /// Already connected, own profile, or nothing offered.
    #[default]
    None,
}

crate::json_enum!(ConnectAvailable { Primary: "primary", MoreMenu: "more-menu", Pending: "pending", None: "none" });

/// One person in a list: a search result or a received invitation.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonCard {
    pub name: Option<String>,
    pub headline: Option<String>,
    pub location: Option<String>,
    pub degree: Option<u8>,
    /// Total mutual connections, `None` when the card says nothing about them.
    pub mutual_count: Option<u32>,
    pub mutual_names: Vec<String>,
    pub profile_url: Option<String>,
    /// A received invitation came with a note.
    pub has_note: bool,
    pub note: Option<String>,
}

crate::json_object!(PersonCard {
    name: "name",
    headline: "headline",
    location: "location",
    degree: "degree",
    mutual_count: "mutualCount",
    mutual_names: "mutualNames",
    profile_url: "profileUrl",
    has_note: "hasNote",
    note: "note",
});

impl PersonCard {
    /// What the judgment can know about the person from the card alone.
    pub fn to_profile(&self) -> Profile {
        Profile {
            url: self.profile_url.clone(),
            name: self.name.clone(),
            first_name: self.name.as_deref().and_then(crate::text::first_name),
            headline: self.headline.clone(),
            location: self.location.clone(),
            degree: self.degree,
            mutual_connections: self.mutual_count.map(|count| MutualConnections {
                count,
                names: self.mutual_names.clone(),
            }),
            ..Profile::default()
        }
    }
}

/// Which step of LinkedIn's invitation dialog is showing.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum InviteStep {
    /// "Add a note to your invitation?" with Add a note / Send without a note.
    Gate,
    /// The note box with its counter and Send.
    Note,
    /// Notes are used up: a Premium upsell replaces the note box.
    Upsell,
    /// LinkedIn asks for the member's e-mail address first.
    Email,
    /// An older "How do you know X?" step.
    HowKnow,
    /// A dialog we recognise as the invite dialog but whose step we do not.
    #[default]
    Unknown,
}

crate::json_enum!(InviteStep { Gate: "gate", Note: "note", Upsell: "upsell", Email: "email", HowKnow: "how-know", Unknown: "unknown" });

/// The invitation dialog as read from the page (`None` from the reader when
/// no invite dialog is open).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct InviteDialog {
    pub step: InviteStep,
    /// The dialog lives in the `#interop-outlet` shadow root (SDUI pages).
    pub in_shadow_root: bool,
    /// Name of the person being invited, when the dialog says it.
    pub invitee_name: Option<String>,
    pub has_note_box: bool,
    /// What the note box currently holds.
    pub note_text: Option<String>,
    /// 200 on free accounts, 300 on Premium, from the counter or `maxlength`.
    pub note_limit: Option<u32>,
    /// "N personalized invitations remaining for this month."
    pub notes_remaining: Option<u32>,
    pub premium_upsell: bool,
    pub buttons: InviteButtons,
}

crate::json_object!(InviteDialog {
    step: "step",
    in_shadow_root: "inShadowRoot",
    invitee_name: "inviteeName",
    has_note_box: "hasNoteBox",
    note_text: "noteText",
    note_limit: "noteLimit",
    notes_remaining: "notesRemaining",
    premium_upsell: "premiumUpsell",
    buttons: "buttons",
});

/// Which of LinkedIn's dialog buttons are present (and enabled, for Send).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct InviteButtons {
    pub add_note: bool,
    pub send_without_note: bool,
    pub send: bool,
    pub send_enabled: bool,
    pub cancel: bool,
    pub dismiss: bool,
}

crate::json_object!(InviteButtons {
    add_note: "addNote",
    send_without_note: "sendWithoutNote",
    send: "send",
    send_enabled: "sendEnabled",
    cancel: "cancel",
    dismiss: "dismiss",
});

/// What a button in LinkedIn's invitation dialog does.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ButtonRole {
    AddNote,
    SendWithoutNote,
    Send,
    Cancel,
    Dismiss,
}

/// A dialog button as the page labels it (`aria-label`, else its text).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DialogButton {
    pub label: String,
    pub role: ButtonRole,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exports::json;

    #[test]
    fn objects_read_key_by_key_over_defaults() {
        let text = r#"{"name":"Ana","extra":{"deep":[1,2.5,"x"]},"experience":[{"title":"CTO","odd":null}],
            "mutualConnections":{"count":3},"links":[{"kind":"blog","url":"u"}],"recentActivity":[{"text":"t"}],
            "degree":null,"connectAvailable":"more-menu"}"#;
        let ours: Profile = json::from_str(text).unwrap_or_default();
        let theirs: Profile = serde_json::from_str(text).unwrap_or_default();
        assert_eq!(ours, theirs);
        assert_eq!(ours.name.as_deref(), Some("Ana"));
        assert_eq!(ours.experience[0].title.as_deref(), Some("CTO"));
        assert_eq!(ours.mutual_connections, Some(MutualConnections { count: 3, names: vec![] }));
        assert_eq!(ours.links, vec![Link { kind: LinkKind::Blog, url: "u".into() }]);
        assert_eq!(ours.recent_activity, vec![Activity { text: "t".into(), when: None }]);
        assert_eq!(ours.degree, None);
    }

    #[test]
    fn a_repeated_key_is_refused() {
        for text in [r#"{"name":"a","name":"b"}"#, r#"{"experience":[{"end":"x","end":null}]}"#] {
            assert!(json::from_str::<Profile>(text).is_err(), "{text}");
            assert!(serde_json::from_str::<Profile>(text).is_err(), "{text}");
        }
    }
}
