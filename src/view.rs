//! What the in-page experience shows, computed wherever the wasm runs (in
//! the content script, or in the extension's own pages on a snapshot when
//! the page forbids WebAssembly). One small JS renderer draws it, so both
//! paths look and behave the same.
//!
//! Sentences come from the judgment (already in the user's language);
//! the guard's own lines are message codes the renderer translates.

use serde::{Deserialize, Serialize};

use crate::judgment::{self, NoteCheck, Reason, ReasonKind, Score, Settings, Suggestion, Tier};
use crate::model::{ButtonRole, DialogButton, InviteDialog, InviteStep, MutualConnections, PersonCard, Profile};

/// How many suggestions the badge panel and popup show.
const SHOWN_SUGGESTIONS: usize = 3;
/// How many reasons a card's chip carries in its tooltip.
const CARD_REASONS: usize = 3;

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
        let path = crate::text::find::split_once(url, "linkedin.com")
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

/// The invite guard's settings.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase", default)]
pub struct GuardSettings {
    pub enabled: bool,
    /// The score from which a no-note or generic send is held (0..=100).
    pub threshold: u8,
}

crate::json_object!(GuardSettings { enabled: "enabled", threshold: "threshold" });

impl Default for GuardSettings {
    fn default() -> Self {
        GuardSettings { enabled: true, threshold: 60 }
    }
}

/// Everything the user told us, as the content script passes it in.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Context {
    pub settings: Settings,
    pub me: Option<Profile>,
    pub guard: GuardSettings,
    /// The language notes are written in when the user chose one; otherwise
    /// they follow the profile's.
    pub note_language: Option<String>,
}

crate::json_object!(Context { settings: "settings", me: "me", guard: "guard", note_language: "noteLanguage" });

impl Context {
    /// `profile` as the note writer should see it (the chosen note language).
    fn for_notes(&self, profile: &Profile) -> Profile {
        let mut profile = profile.clone();
        if let Some(lang) = &self.note_language {
            profile.language = Some(lang.clone());
        }
        profile
    }
}

/// The profile badge and the panel it opens.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BadgeView {
    pub name: String,
    pub headline: Option<String>,
    pub degree: Option<u8>,
    pub value: u8,
    pub tier: Tier,
    pub worth_note: bool,
    pub is_self: bool,
    /// "me" is not set: relationship factors are off (a reason says so too).
    pub relationship_off: bool,
    pub reasons: Vec<Reason>,
    pub suggestions: Vec<Suggestion>,
    /// An invitation can still be sent (Insert makes sense).
    pub can_insert: bool,
}

/// A score chip on a search result or a received invitation.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CardView {
    pub name: Option<String>,
    pub profile_url: Option<String>,
    pub value: u8,
    pub tier: Tier,
    pub reasons: Vec<Reason>,
    /// For a received invitation without a note: a friendly request for context.
    pub reply: Option<Suggestion>,
    /// What the card said, for the invitation dialog's reading (who is
    /// invited). Not sent to JavaScript, which never reads it: it was half
    /// of a list's view, serialised here and parsed in the page at every
    /// reading.
    #[serde(skip)]
    pub card: PersonCard,
}

/// Everything the renderer needs for one page.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    pub kind: PageKind,
    /// The page has rendered what we read; until then the renderer waits.
    pub ready: bool,
    pub badge: Option<BadgeView>,
    pub cards: Vec<CardView>,
    pub profile: Option<Profile>,
}

impl PageView {
    pub fn not_ready(kind: PageKind) -> PageView {
        PageView { kind, ready: false, badge: None, cards: Vec::new(), profile: None }
    }

    /// A profile page read but not judged yet: the reading, no badge.
    pub fn read_only(profile: Profile) -> PageView {
        PageView { kind: PageKind::Profile, ready: true, badge: None, cards: Vec::new(), profile: Some(profile) }
    }

    pub fn for_profile(profile: Profile, ctx: &Context) -> PageView {
        let badge = profile.name.clone().map(|name| badge(name, &profile, ctx));
        PageView { kind: PageKind::Profile, ready: true, badge, cards: Vec::new(), profile: Some(profile) }
    }

    /// Search results or received invitations.
    pub fn for_cards(kind: PageKind, cards: Vec<PersonCard>, ctx: &Context) -> PageView {
        let ready = !cards.is_empty();
        // The user's side of every comparison, worked out once for the list.
        let me = ctx.me.as_ref().map(judgment::Me::new);
        let cards = cards.into_iter().map(|card| card_view(kind, card, me.as_ref(), ctx)).collect();
        PageView { kind, ready, badge: None, cards, profile: None }
    }
}

fn badge(name: String, profile: &Profile, ctx: &Context) -> BadgeView {
    let me = ctx.me.as_ref();
    let prepared = me.map(judgment::Me::new);
    let score = judgment::score_profile_for(profile, prepared.as_ref(), &ctx.settings);
    let mut suggestions = if profile.is_self {
        Vec::new()
    } else {
        judgment::suggest_notes_for(&ctx.for_notes(profile), prepared.as_ref(), &ctx.settings)
    };
    suggestions.truncate(SHOWN_SUGGESTIONS);
    let connected = profile.degree == Some(1);
    BadgeView {
        name,
        headline: profile.headline.clone(),
        degree: profile.degree,
        value: score.value,
        tier: score.tier,
        worth_note: score.worth_note,
        is_self: profile.is_self,
        relationship_off: me.is_none(),
        reasons: score.reasons,
        suggestions,
        can_insert: !profile.is_self && !connected,
    }
}

fn card_view(kind: PageKind, mut card: PersonCard, prepared: Option<&judgment::Me>, ctx: &Context) -> CardView {
    let wants_reply = kind == PageKind::Invitations && !card.has_note;
    // The scorer never reads `first_name`: only a reply greets them.
    let mut profile = lend_to_profile(&mut card, wants_reply);
    let Score { value, tier, mut reasons, .. } = judgment::score_profile_for(&profile, prepared, &ctx.settings);
    // A card is never the user's own profile: its score looked for spam.
    let spammy = reasons.iter().any(|r| r.kind == ReasonKind::Spammy);
    // The tooltip shows what moved the score most.
    reasons.retain(|r| r.points != 0);
    // Stable, largest first; an insertion sort over a handful of reasons
    // (std's stable sort costs kilobytes of wasm).
    for i in 1..reasons.len() {
        let mut j = i;
        while j > 0 && reasons[j - 1].points.abs() < reasons[j].points.abs() {
            reasons.swap(j - 1, j);
            j -= 1;
        }
    }
    reasons.truncate(CARD_REASONS);
    let reply = wants_reply.then(|| {
        // What `Context::for_notes` makes, without a copy of the profile.
        if let Some(lang) = &ctx.note_language {
            profile.language = Some(lang.clone());
        }
        judgment::suggest_reply_scored(&profile, prepared, &ctx.settings, spammy)
    });
    give_back(&mut card, profile);
    CardView { name: card.name.clone(), profile_url: card.profile_url.clone(), value, tier, reasons, reply, card }
}

/// [`PersonCard::to_profile`] with the card's strings moved into the profile
/// rather than copied (and the first name only when asked for);
/// [`give_back`] returns them.
fn lend_to_profile(card: &mut PersonCard, first_name: bool) -> Profile {
    Profile {
        url: card.profile_url.take(),
        first_name: if first_name { card.name.as_deref().and_then(crate::text::first_name) } else { None },
        name: card.name.take(),
        headline: card.headline.take(),
        location: card.location.take(),
        degree: card.degree,
        mutual_connections: card
            .mutual_count
            .map(|count| MutualConnections { count, names: std::mem::take(&mut card.mutual_names) }),
        ..Profile::default()
    }
}

/// Puts back into `card` what [`lend_to_profile`] took from it.
fn give_back(card: &mut PersonCard, profile: Profile) {
    card.profile_url = profile.url;
    card.name = profile.name;
    card.headline = profile.headline;
    card.location = profile.location;
    if let Some(mutual) = profile.mutual_connections {
        card.mutual_names = mutual.names;
    }
}

/// Why the guard speaks up.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum NudgeCode {
    /// args: first name, score, the strongest reason.
    WorthNote,
    /// args: first name, what makes the note generic.
    GenericNote,
    NotesUsedUp,
}

/// A line for the renderer to translate (`nudge_<code>` in `_locales`).
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    pub code: NudgeCode,
    pub args: Vec<String>,
}

/// The guard's advice for the dialog as it is now.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Nudge {
    /// Clicks on these buttons are held until the user decides.
    pub hold_roles: Vec<ButtonRole>,
    pub why: Message,
    pub suggestion: Option<Suggestion>,
    /// Notes are used up this month: say so, never push a note.
    pub notes_used_up: bool,
}

/// The invitation dialog, read and judged.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DialogView {
    pub step: InviteStep,
    pub in_shadow_root: bool,
    pub invitee_name: Option<String>,
    pub has_note_box: bool,
    pub note_text: Option<String>,
    pub note_limit: Option<u32>,
    pub notes_remaining: Option<u32>,
    pub buttons: Vec<DialogButton>,
    pub check: Option<NoteCheck>,
    pub suggestion: Option<Suggestion>,
    pub nudge: Option<Nudge>,
}

/// What the page already told us about the person being invited.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Known {
    pub profile: Option<Profile>,
    pub cards: Vec<CardView>,
}

impl Known {
    /// The profile being invited: the page's own, or the card whose name the
    /// dialog shows (search results).
    fn subject(&self, invitee: Option<&str>) -> Option<Profile> {
        if let Some(profile) = &self.profile {
            return Some(profile.clone());
        }
        let invitee = invitee?;
        self.cards
            .iter()
            .find(|c| c.card.name.as_deref().is_some_and(|name| crate::text::find::contains(invitee, name) || crate::text::find::contains(name, invitee)))
            .map(|c| c.card.to_profile())
    }
}

/// Judges the open dialog: the note check, the best suggestion at this
/// dialog's limit, and whether to hold a send.
pub fn dialog_view(dialog: InviteDialog, buttons: Vec<DialogButton>, known: &Known, ctx: &Context) -> DialogView {
    let mut settings = ctx.settings.clone();
    if dialog.note_limit.is_some() {
        settings.note_limit = dialog.note_limit;
    }
    if dialog.notes_remaining.is_some() {
        settings.notes_remaining = dialog.notes_remaining;
    }
    let notes_used_up = dialog.premium_upsell || dialog.step == InviteStep::Upsell;
    if notes_used_up {
        settings.notes_remaining = Some(0);
    }
    let subject = known.subject(dialog.invitee_name.as_deref());
    let me = ctx.me.as_ref();
    let note_text = dialog.note_text.clone().unwrap_or_default();
    let check = match (&subject, dialog.has_note_box) {
        (Some(profile), true) => Some(judgment::check_note(&note_text, profile, &settings)),
        _ => None,
    };
    let suggestion = subject
        .as_ref()
        .filter(|_| !notes_used_up)
        .and_then(|profile| judgment::suggest_notes(&ctx.for_notes(profile), me, &settings).into_iter().next());
    let nudge = subject.as_ref().and_then(|profile| {
        let score = judgment::score_profile(profile, me, &settings);
        guard(&dialog, &score, check.as_ref(), suggestion.clone(), profile, ctx)
    });
    DialogView {
        step: dialog.step,
        in_shadow_root: dialog.in_shadow_root,
        invitee_name: dialog.invitee_name,
        has_note_box: dialog.has_note_box,
        note_text: dialog.note_text,
        note_limit: dialog.note_limit,
        notes_remaining: dialog.notes_remaining,
        buttons,
        check,
        suggestion,
        nudge,
    }
}

/// The guard's rule: on a connection worth a note (the user's threshold and
/// this month's notes), hold a send without a note or with a generic one.
fn guard(
    dialog: &InviteDialog,
    score: &Score,
    check: Option<&NoteCheck>,
    suggestion: Option<Suggestion>,
    profile: &Profile,
    ctx: &Context,
) -> Option<Nudge> {
    if !ctx.guard.enabled {
        return None;
    }
    if dialog.premium_upsell || dialog.step == InviteStep::Upsell {
        return Some(Nudge {
            hold_roles: Vec::new(),
            why: Message { code: NudgeCode::NotesUsedUp, args: Vec::new() },
            suggestion: None,
            notes_used_up: true,
        });
    }
    if !(score.worth_note && score.value >= ctx.guard.threshold) {
        return None;
    }
    let name = profile.first_name.clone().or_else(|| profile.name.clone()).unwrap_or_default();
    let top_reason = score
        .reasons
        .iter()
        .filter(|r| r.points > 0)
        .max_by_key(|r| r.points)
        .map(|r| r.text.clone())
        .unwrap_or_default();
    match dialog.step {
        InviteStep::Gate => Some(Nudge {
            hold_roles: vec![ButtonRole::SendWithoutNote],
            why: Message { code: NudgeCode::WorthNote, args: vec![name, score.value.to_string(), top_reason] },
            suggestion,
            notes_used_up: false,
        }),
        InviteStep::Note => {
            let check = check?;
            if !check.generic {
                return None;
            }
            let finding = check.reasons.first().map(|r| r.text.clone()).unwrap_or_default();
            Some(Nudge {
                hold_roles: vec![ButtonRole::Send],
                why: Message { code: NudgeCode::GenericNote, args: vec![name, finding] },
                suggestion,
                notes_used_up: false,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ConnectAvailable, Education, Experience, InviteButtons};

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

    fn valuable() -> Profile {
        Profile {
            url: Some("https://www.linkedin.com/in/ana-lopez/".into()),
            name: Some("Ana López".into()),
            first_name: Some("Ana".into()),
            headline: Some("Engineering Manager at Northwind Labs".into()),
            location: Some("Porto, Portugal".into()),
            degree: Some(2),
            current_company: Some("Northwind Labs".into()),
            experience: vec![Experience {
                title: Some("Engineering Manager".into()),
                company: Some("Northwind Labs".into()),
                start: Some("Jan 2020".into()),
                end: None,
            }],
            education: vec![Education {
                school: Some("Universidade do Porto".into()),
                degree: Some("MSc Informatics".into()),
                start: Some("2010".into()),
                end: Some("2015".into()),
            }],
            mutual_connections: Some(MutualConnections { count: 14, names: vec!["Rui Costa".into()] }),
            about: Some("I build teams that ship reliable payment systems and write about it on my blog.".into()),
            recommendations_received: Some(4),
            connect_available: ConnectAvailable::Primary,
            ..Profile::default()
        }
    }

    fn me() -> Profile {
        Profile {
            name: Some("Bruno Sá".into()),
            location: Some("Porto, Portugal".into()),
            experience: vec![Experience {
                title: Some("Engineer".into()),
                company: Some("Northwind Labs".into()),
                start: Some("Mar 2021".into()),
                end: None,
            }],
            education: vec![Education { school: Some("Universidade do Porto".into()), ..Education::default() }],
            ..Profile::default()
        }
    }

    fn gate() -> InviteDialog {
        InviteDialog {
            step: InviteStep::Gate,
            buttons: InviteButtons { add_note: true, send_without_note: true, dismiss: true, ..InviteButtons::default() },
            ..InviteDialog::default()
        }
    }

    fn known() -> Known {
        Known { profile: Some(valuable()), cards: Vec::new() }
    }

    #[test]
    fn a_profile_without_a_name_gets_no_badge() {
        assert!(PageView::for_profile(Profile::default(), &Context::default()).badge.is_none());
    }

    #[test]
    fn the_badge_says_when_relationship_factors_are_off() {
        let view = PageView::for_profile(valuable(), &Context::default());
        let badge = view.badge.expect("badge");
        assert!(badge.relationship_off);
        assert_eq!(badge.suggestions.len(), SHOWN_SUGGESTIONS);
        let with_me = Context { me: Some(me()), ..Context::default() };
        let badge_with_me = PageView::for_profile(valuable(), &with_me).badge.expect("badge");
        assert!(!badge_with_me.relationship_off);
        assert!(badge_with_me.value > badge.value, "a colleague and classmate is worth more");
    }

    #[test]
    fn own_profile_has_no_suggestions_and_no_insert() {
        let own = Profile { is_self: true, ..valuable() };
        let badge = PageView::for_profile(own, &Context::default()).badge.expect("badge");
        assert!(badge.is_self && badge.suggestions.is_empty() && !badge.can_insert);
    }

    #[test]
    fn the_guard_holds_a_no_note_send_to_a_valuable_profile() {
        let ctx = Context { me: Some(me()), ..Context::default() };
        let view = dialog_view(gate(), Vec::new(), &known(), &ctx);
        let nudge = view.nudge.expect("held");
        assert_eq!(nudge.hold_roles, vec![ButtonRole::SendWithoutNote]);
        assert_eq!(nudge.why.code, NudgeCode::WorthNote);
        assert_eq!(nudge.why.args.first().map(String::as_str), Some("Ana"));
        assert!(nudge.suggestion.is_some_and(|s| s.text.contains("Ana")));
    }

    #[test]
    fn a_chosen_note_language_overrides_the_profiles() {
        let ctx = Context { note_language: Some("fr".into()), ..Context::default() };
        let badge = PageView::for_profile(valuable(), &ctx).badge.expect("badge");
        assert!(badge.suggestions.iter().all(|s| s.text.starts_with("Bonjour")), "{:?}", badge.suggestions);
    }

    #[test]
    fn the_guard_steps_aside_when_off_or_below_the_threshold() {
        let off = Context { me: Some(me()), guard: GuardSettings { enabled: false, threshold: 0 }, ..Context::default() };
        assert!(dialog_view(gate(), Vec::new(), &known(), &off).nudge.is_none());
        let value = judgment::score_profile(&valuable(), None, &Settings::default()).value;
        assert!(value < 100);
        let above = GuardSettings { enabled: true, threshold: value + 1 };
        let strict = Context { guard: above, ..Context::default() };
        assert!(dialog_view(gate(), Vec::new(), &known(), &strict).nudge.is_none());
        let at = Context { guard: GuardSettings { enabled: true, threshold: value }, ..Context::default() };
        assert!(dialog_view(gate(), Vec::new(), &known(), &at).nudge.is_some());
        assert!(dialog_view(gate(), Vec::new(), &Known::default(), &Context::default()).nudge.is_none());
    }

    #[test]
    fn a_generic_note_is_held_and_a_specific_one_is_not() {
        let ctx = Context { me: Some(me()), ..Context::default() };
        let note = |text: &str| InviteDialog {
            step: InviteStep::Note,
            has_note_box: true,
            note_text: Some(text.into()),
            note_limit: Some(300),
            ..InviteDialog::default()
        };
        let generic = dialog_view(note("I'd like to add you to my professional network."), Vec::new(), &known(), &ctx);
        assert_eq!(generic.nudge.map(|n| n.hold_roles), Some(vec![ButtonRole::Send]));
        let specific = dialog_view(
            note("Hi Ana, we both studied at Universidade do Porto — would love to connect."),
            Vec::new(),
            &known(),
            &ctx,
        );
        assert!(specific.check.is_some_and(|c| !c.generic));
        assert!(specific.nudge.is_none());
        // The suggestion fits the dialog's own limit.
        assert!(generic.suggestion.is_some_and(|s| judgment::note_length(&s.text) <= 300));
    }

    #[test]
    fn out_of_notes_says_so_and_never_pushes_a_note() {
        let ctx = Context { me: Some(me()), ..Context::default() };
        let upsell = InviteDialog { step: InviteStep::Upsell, premium_upsell: true, ..InviteDialog::default() };
        let view = dialog_view(upsell, Vec::new(), &known(), &ctx);
        let nudge = view.nudge.expect("told");
        assert!(nudge.notes_used_up && nudge.hold_roles.is_empty() && nudge.suggestion.is_none());
        assert!(view.suggestion.is_none());
    }

    #[test]
    fn a_lent_card_reads_as_its_profile_and_comes_back_whole() {
        let full = PersonCard {
            name: Some("Dr. Ana López (she/her)".into()),
            headline: Some("Engineering Manager".into()),
            location: Some("Porto".into()),
            degree: Some(2),
            mutual_count: Some(3),
            mutual_names: vec!["Rui Costa".into()],
            profile_url: Some("https://www.linkedin.com/in/ana-lopez/".into()),
            has_note: true,
            note: Some("Hi".into()),
        };
        // Names without a count stay on the card, as `to_profile` leaves them out.
        let uncounted = PersonCard { mutual_count: None, ..full.clone() };
        for card in [full, uncounted, PersonCard::default()] {
            let mut lent = card.clone();
            let profile = lend_to_profile(&mut lent, true);
            assert_eq!(profile, card.to_profile());
            give_back(&mut lent, profile);
            assert_eq!(lent, card);
            let mut lent = card.clone();
            let profile = lend_to_profile(&mut lent, false);
            assert_eq!(profile, Profile { first_name: None, ..card.to_profile() });
            give_back(&mut lent, profile);
            assert_eq!(lent, card);
        }
    }

    #[test]
    fn received_invitations_without_a_note_get_a_reply() {
        let card = |has_note| PersonCard {
            name: Some("Ana López".into()),
            headline: Some("Engineering Manager at Northwind Labs".into()),
            profile_url: Some("https://www.linkedin.com/in/ana-lopez/".into()),
            has_note,
            note: has_note.then(|| "We met at RustConf!".to_string()),
            ..PersonCard::default()
        };
        let view = PageView::for_cards(PageKind::Invitations, vec![card(false), card(true)], &Context::default());
        assert!(view.ready);
        assert!(view.cards[0].reply.as_ref().is_some_and(|r| r.text.contains("Ana")));
        assert!(view.cards[1].reply.is_none());
        let search = PageView::for_cards(PageKind::Search, vec![card(false)], &Context::default());
        assert!(search.cards[0].reply.is_none());
        // The reply to a spammer is the one the judgment writes on its own.
        for headline in ["Make money from home, DM me", "Engineering Manager"] {
            let card = PersonCard { headline: Some(headline.into()), ..card(false) };
            let ctx = Context { me: Some(me()), note_language: Some("fr".into()), ..Context::default() };
            let view = PageView::for_cards(PageKind::Invitations, vec![card.clone()], &ctx);
            let alone = judgment::suggest_reply(&ctx.for_notes(&card.to_profile()), ctx.me.as_ref(), &ctx.settings);
            assert_eq!(view.cards[0].reply.as_ref(), Some(&alone), "{headline}");
        }
    }
}
