//! A reply to an invitation that came without a note: thank them, show you
//! looked at their profile, and ask what brings them — the spirit of "Thank
//! you for the request to connect… Would you mind giving me more details?",
//! only warmer and shorter.

use super::facts;
use super::matching::{shorten_at_word, utf16_len};
use super::phrases::{fill, words_for};
use super::score::Me;
use super::settings::{Lang, Settings, Tone};
use super::suggest::{hooks_from_profile, pick, seed_of, shortest, Basis, Hook, Suggestion};
use crate::model::Profile;
use crate::text::list::List;

/// Hooks that make sense in a reply: what you share, or what they do.
fn fits_a_reply(hook: &Hook) -> bool {
    matches!(hook.basis, Basis::Employer | Basis::School | Basis::Mutual | Basis::Role)
}

/// A short, friendly request for context, in the inviter's language.
pub fn suggest_reply(profile: &Profile, me: Option<&Profile>, settings: &Settings) -> Suggestion {
    suggest_reply_for(profile, me.map(Me::new).as_ref(), settings)
}

/// [`suggest_reply`] with the user's profile prepared once ([`Me::new`]).
pub fn suggest_reply_for(profile: &Profile, me: Option<&Me>, settings: &Settings) -> Suggestion {
    suggest_reply_scored(profile, me, settings, super::score::spam_evidence(profile).is_some())
}

/// [`suggest_reply_for`] when the profile's score already said whether it
/// shows spam (a [`super::ReasonKind::Spammy`] reason).
pub fn suggest_reply_scored(profile: &Profile, me: Option<&Me>, settings: &Settings, spammy: bool) -> Suggestion {
    let words = words_for(Lang::from_tag(profile.language.as_deref()));
    let notes = words.notes(settings.tone);
    let limit = settings.effective_note_limit();
    let seed = seed_of(profile);
    let greeting = words.greeting(settings.tone, facts::greeting_name(profile).as_deref());
    let thanks = pick(notes.reply_thanks, seed, settings.tone);
    let ask = pick(notes.reply_ask, seed >> 5, settings.tone);

    let hooks = hooks_from_profile(profile, me, settings, notes, spammy);
    if let Some(hook) = hooks.iter().find(|h| fits_a_reply(h)) {
        let template = pick(hook.templates, seed >> 11, settings.tone);
        for (template, thanks, ask) in [(template, thanks, ask), (shortest(hook.templates), shortest(notes.reply_thanks), shortest(notes.reply_ask))] {
            let refs: Vec<&str> = hook.facts.iter().map(String::as_str).collect();
            let text = crate::text::join(&[greeting.as_str(), thanks, &sentence(template, &refs), ask], " ");
            if utf16_len(&text) <= limit {
                return Suggestion { text, basis: hook.basis, facts: hook.facts.clone() };
            }
        }
        if let Some(shortened) = shortened_fact_reply(&greeting, hook, notes.reply_thanks, notes.reply_ask, limit) {
            return shortened;
        }
    }
    let (thanks, ask) = if settings.tone == Tone::Brief { (shortest(notes.reply_thanks), shortest(notes.reply_ask)) } else { (thanks, ask) };
    Suggestion { text: crate::text::join(&[greeting.as_str(), thanks, ask], " "), basis: Basis::Intro, facts: Vec::new() }
}

/// The reply with the first fact cut at a word so that it fits.
fn shortened_fact_reply(
    greeting: &str,
    hook: &Hook,
    thanks: List,
    ask: List,
    limit: usize,
) -> Option<Suggestion> {
    let (template, thanks, ask) = (shortest(hook.templates), shortest(thanks), shortest(ask));
    let second = hook.facts.get(1).map_or("", String::as_str);
    let without = crate::text::join(&[greeting, thanks, &sentence(template, &["", second]), ask], " ");
    let room = limit.checked_sub(utf16_len(&without))?;
    let first = shorten_at_word(hook.facts.first()?, room)?.to_string();
    let mut facts = hook.facts.clone();
    if let Some(slot) = facts.first_mut() {
        slot.clone_from(&first);
    }
    let refs: Vec<&str> = facts.iter().map(String::as_str).collect();
    let text = crate::text::join(&[greeting, thanks, &sentence(template, &refs), ask], " ");
    let ok = utf16_len(&text) <= limit && facts.iter().all(|f| crate::text::find::contains(&text, f));
    ok.then_some(Suggestion { text, basis: hook.basis, facts })
}

/// The hook filled and starting a sentence of its own; a template that starts
/// with a fact keeps the fact exactly as cited ("eBay", "écoleword").
fn sentence(template: &str, args: &[&str]) -> String {
    let filled = fill(template, args);
    if template.starts_with('{') {
        filled
    } else {
        capitalize(&filled)
    }
}

/// First letter in uppercase.
fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(crate::text::case::upper(first)).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Education, Experience};

    fn inviter(lang: &str) -> Profile {
        Profile {
            name: Some("Léa Martin".into()),
            first_name: Some("Léa".into()),
            experience: vec![Experience { title: Some("Product Designer".into()), company: Some("Doctolib".into()), start: Some("2021".into()), end: None }],
            education: vec![Education { school: Some("ENSCI".into()), ..Education::default() }],
            language: Some(lang.into()),
            ..Profile::default()
        }
    }

    #[test]
    fn thanks_cites_their_role_and_asks_for_context() {
        let reply = suggest_reply(&inviter("en"), None, &Settings::default());
        assert_eq!(reply.basis, Basis::Role);
        assert!(reply.text.starts_with("Hi Léa, thanks for"), "{}", reply.text);
        assert!(reply.text.contains("Product Designer") && reply.text.contains("Doctolib"));
        assert!(reply.text.ends_with('?'));
        assert!(utf16_len(&reply.text) <= 200);
    }

    #[test]
    fn a_shared_school_comes_first() {
        let me = Profile { education: vec![Education { school: Some("ensci".into()), ..Education::default() }], ..Profile::default() };
        let reply = suggest_reply(&inviter("fr"), Some(&me), &Settings::default());
        assert_eq!(reply.basis, Basis::School);
        assert!(reply.text.starts_with("Bonjour Léa, merci"), "{}", reply.text);
        assert!(reply.text.contains("ENSCI"));
    }

    #[test]
    fn replies_in_the_inviters_language() {
        let de = suggest_reply(&inviter("de"), None, &Settings { tone: Tone::Formal, ..Settings::default() });
        assert!(de.text.starts_with("Guten Tag Léa,") && de.text.contains("Sie"), "{}", de.text);
        let es = suggest_reply(&inviter("es"), None, &Settings::default());
        assert!(es.text.starts_with("Hola Léa, ¡gracias"), "{}", es.text);
    }

    #[test]
    fn an_empty_inviter_still_gets_a_kind_question() {
        let reply = suggest_reply(&Profile::default(), None, &Settings::default());
        assert_eq!(reply.basis, Basis::Intro);
        assert!(reply.text.starts_with("Hi, thanks"), "{}", reply.text);
        assert!(reply.facts.is_empty());
    }

    #[test]
    fn facts_at_the_start_keep_their_case() {
        assert_eq!(sentence("{0} is a mutual connection of ours.", &["écoleword"]), "écoleword is a mutual connection of ours.");
        assert_eq!(sentence("je vois {0}.", &["x"]), "Je vois x.");
    }

    #[test]
    fn capitalize_only_touches_lowercase_starts() {
        assert_eq!(capitalize("je vois"), "Je vois");
        assert_eq!(capitalize("¡hola"), "¡hola");
        assert_eq!(capitalize(""), "");
    }
}
