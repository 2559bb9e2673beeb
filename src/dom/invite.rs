//! Reads LinkedIn's invitation dialog: in the page (G1/G2) or inside the open
//! shadow root of `div#interop-outlet` (G3 pages keep the old Ember dialogs
//! there).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlTextAreaElement};

use super::query::{attr, first_of, lines, visible_text, Scope};
use crate::model::{ButtonRole, DialogButton, InviteButtons, InviteDialog, InviteStep};
use crate::text::{self, lang};

/// The invite dialog itself, most specific hook first.
const DIALOG: &[&str] = &[
    "[data-test-modal-id='send-invite-modal'] [role='dialog']",
    "[role='dialog'].send-invite",
    "[role='dialog'][aria-labelledby='send-invite-modal']",
    "[role='dialog']:has(#custom-message)",
    "[role='dialog']:has(#send-invite-modal)",
    "[data-test-modal-id='send-invite-modal']",
];

const SHADOW_HOSTS: &[&str] = &["div#interop-outlet", "[data-testid='interop-shadowdom']"];

const NOTE_BOX: &[&str] = &["textarea#custom-message", "textarea[name='message']", "textarea"];

/// The live "57/300" counter under the note box.
const COUNTER: &[&str] = &["[aria-live]", "[class*='counter']", "p", "span", "div"];

/// The open invite dialog, or `None` when there is none.
pub fn read_invite_dialog(document: &Document) -> Option<InviteDialog> {
    read_invite_dialog_with_buttons(document).map(|(dialog, _)| dialog)
}

/// The open invite dialog and its buttons as the page labels them, so that
/// a renderer can recognise the user's clicks without reading the page.
pub fn read_invite_dialog_with_buttons(document: &Document) -> Option<(InviteDialog, Vec<DialogButton>)> {
    if let Some(dialog) = find_dialog(document) {
        return Some(read(&dialog, false));
    }
    SHADOW_HOSTS
        .iter()
        .flat_map(|sel| document.select_all(sel))
        .filter_map(|host| host.shadow_root())
        .find_map(|root| find_dialog(&root))
        .map(|dialog| read(&dialog, true))
}

fn find_dialog(scope: &impl Scope) -> Option<Element> {
    first_of(scope, DIALOG).or_else(|| {
        // Text last: a dialog whose buttons are the invite dialog's.
        scope.select_all("[role='dialog']").into_iter().find(|dialog| {
            dialog.select_all("button").iter().any(|b| {
                matches_any(b, |l| l.add_note) || matches_any(b, |l| l.send_without_note)
            })
        })
    })
}

fn read(dialog: &Element, in_shadow_root: bool) -> (InviteDialog, Vec<DialogButton>) {
    let note_box = first_of(dialog, NOTE_BOX);
    let has_note_box = note_box.is_some();
    let premium = dialog.select("a[href*='/premium/']").is_some();
    let all_lines = lines(dialog);
    let counter = COUNTER.iter().find_map(|sel| {
        dialog.select_all(sel).iter().filter_map(|el| el.text_content()).find_map(|t| text::note_counter(&t))
    });
    let note_limit = counter.map(|(_, limit)| limit).or_else(|| {
        note_box.as_ref().and_then(|b| attr(b, "maxlength")).and_then(|m| m.trim().parse().ok())
    });
    // What the box holds, "" when empty (`None` only when there is no box).
    let note_text = note_box
        .as_ref()
        .map(|b| b.dyn_ref::<HtmlTextAreaElement>().map(HtmlTextAreaElement::value).unwrap_or_default());
    let notes_remaining = all_lines.iter().find_map(|l| text::notes_remaining(l));
    let classified = classify(dialog, has_note_box);
    let buttons = buttons(&classified);
    let step = if has_note_box {
        InviteStep::Note
    } else if premium {
        InviteStep::Upsell
    } else if dialog.select("input[type='email']").is_some() {
        InviteStep::Email
    } else if dialog.select("input[type='radio'], [role='radio']").is_some()
        || all_lines.iter().any(|line| how_know_target(line).is_some())
    {
        InviteStep::HowKnow
    } else if buttons.add_note || buttons.send_without_note {
        InviteStep::Gate
    } else {
        InviteStep::Unknown
    };
    // Out of notes: the upsell replaces the quota line (none left).
    let notes_remaining = notes_remaining.or((step == InviteStep::Upsell).then_some(0));
    let labeled = classified
        .iter()
        .map(|(button, role)| DialogButton { label: text::clean(&label(button)), role: *role })
        .filter(|b| !b.label.is_empty())
        .collect();
    let dialog = InviteDialog {
        step,
        in_shadow_root,
        invitee_name: invitee_name(dialog, &all_lines),
        has_note_box,
        note_text,
        note_limit,
        notes_remaining,
        premium_upsell: premium && !has_note_box,
        buttons,
    };
    (dialog, labeled)
}

/// What a button says: its aria-label, else its visible text.
fn label(button: &Element) -> String {
    attr(button, "aria-label").or_else(|| visible_text(button)).unwrap_or_default()
}

fn matches_any(button: &Element, words: fn(&lang::Lang) -> &'static [&'static str]) -> bool {
    let label = text::clean(&label(button));
    lang::all(words).any(|w| lang::starts_with_ci(&label, w) && label.chars().count() <= w.chars().count() + 40)
}

/// Every button of the dialog with what it does: by its words first (any of
/// the four languages), then by its place in the action bar.
fn classify(dialog: &Element, has_note_box: bool) -> Vec<(Element, ButtonRole)> {
    let mut out: Vec<(Element, ButtonRole)> = Vec::new();
    for button in dialog.select_all("button") {
        let is_dismiss = button.matches(".artdeco-modal__dismiss, [data-test-modal-close-btn]").unwrap_or(false);
        let role = if is_dismiss || matches_any(&button, |l| l.dismiss) {
            ButtonRole::Dismiss
        } else if matches_any(&button, |l| l.send_without_note) {
            ButtonRole::SendWithoutNote
        } else if matches_any(&button, |l| l.add_note) {
            ButtonRole::AddNote
        } else if matches_any(&button, |l| l.cancel) {
            ButtonRole::Cancel
        } else if matches_any(&button, |l| l.send) {
            ButtonRole::Send
        } else {
            continue;
        };
        out.push((button, role));
    }
    let has = |out: &[(Element, ButtonRole)], role| out.iter().any(|(_, r)| *r == role);
    // Structure where the words are unknown: the action bar's primary button
    // sends (without a note on the gate step), the secondary one adds a note
    // or cancels it.
    if let Some(bar) = dialog.select(".artdeco-modal__actionbar") {
        let primary = bar.select("button.artdeco-button--primary");
        let secondary = bar.select("button.artdeco-button--secondary");
        if has_note_box {
            if let Some(primary) = primary.filter(|_| !has(&out, ButtonRole::Send)) {
                out.push((primary, ButtonRole::Send));
            }
            if let Some(secondary) = secondary.filter(|_| !has(&out, ButtonRole::Cancel)) {
                out.push((secondary, ButtonRole::Cancel));
            }
        } else if !(has(&out, ButtonRole::AddNote) || has(&out, ButtonRole::SendWithoutNote)) {
            if let Some(primary) = primary {
                out.push((primary, ButtonRole::SendWithoutNote));
            }
            if let Some(secondary) = secondary {
                out.push((secondary, ButtonRole::AddNote));
            }
        }
    }
    out
}

fn buttons(classified: &[(Element, ButtonRole)]) -> InviteButtons {
    let mut out = InviteButtons::default();
    for (button, role) in classified {
        match role {
            ButtonRole::AddNote => out.add_note = true,
            ButtonRole::SendWithoutNote => out.send_without_note = true,
            ButtonRole::Cancel => out.cancel = true,
            ButtonRole::Dismiss => out.dismiss = true,
            ButtonRole::Send => {
                out.send = true;
                out.send_enabled = !is_disabled(button);
            }
        }
    }
    out
}

fn is_disabled(button: &Element) -> bool {
    button.has_attribute("disabled") || attr(button, "aria-disabled").is_some_and(|v| v == "true")
}

/// "Invite Ana López to connect" and its translations, wherever the dialog
/// says it (an aria-label or a line of text).
fn invitee_name(dialog: &Element, all_lines: &[String]) -> Option<String> {
    let labels = dialog
        .select_all("[aria-label]")
        .into_iter()
        .filter_map(|el| attr(&el, "aria-label"));
    let from_dialog = attr(dialog, "aria-label");
    from_dialog
        .into_iter()
        .chain(labels)
        .chain(all_lines.iter().cloned())
        .find_map(|t| invite_target(&t))
        .or_else(|| all_lines.iter().find_map(|line| how_know_target(line)))
        .or_else(|| {
            // "Personalize your invitation to <strong>Ana López</strong> by…"
            first_of(dialog, &[".artdeco-modal__content strong", "p strong"])
                .and_then(|strong| visible_text(&strong))
                .filter(|name| name.chars().count() <= 80 && !name.chars().any(|c| c.is_ascii_digit()))
        })
}

/// "How do you know Ana López?" → "Ana López".
fn how_know_target(line: &str) -> Option<String> {
    let line = text::clean(line);
    lang::LANGS.iter().find_map(|l| {
        let rest = lang::strip_prefix_ci(&line, l.how_know)?;
        text::non_empty(rest.trim_end_matches(['?', ' ']))
    })
}

fn invite_target(line: &str) -> Option<String> {
    let line = text::clean(line);
    lang::LANGS.iter().find_map(|l| {
        let (before, after) = l.invite;
        let rest = lang::strip_prefix_ci(&line, before)?;
        let name = lang::strip_suffix_ci(rest, after)?;
        text::non_empty(name)
    })
}
