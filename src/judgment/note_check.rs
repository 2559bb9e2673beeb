//! Is a note generic? It is when it names nothing specific to this person:
//! LinkedIn's default wording, template filler, an unfilled placeholder, or a
//! greeting by name and nothing else. A note that cites a real fact from the
//! profile (company, school, a title word, a mutual connection, a word they
//! wrote, their city) is not. Comparison ignores case and accents.

use serde::{Deserialize, Serialize};

use super::facts::{self, readable};
use super::matching::{city_key, city_of, company_key, contains_words, school_head, utf16_len, words};
use super::phrases::{fill, words_for, CheckWords};
use super::settings::Settings;
use crate::model::Profile;

/// Stable code of a check result, for the UI.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum CheckCode {
    Empty,
    DefaultWording,
    Placeholder,
    NameOnly,
    Filler,
    NoFact,
    /// The note cites this fact (not generic).
    Specific,
    TooLong,
}

/// One finding about a note.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CheckReason {
    pub code: CheckCode,
    pub text: String,
}

/// The verdict on a note.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct NoteCheck {
    pub generic: bool,
    pub reasons: Vec<CheckReason>,
    /// UTF-16 units, as the note box counts.
    pub length: usize,
    pub limit: usize,
}

/// LinkedIn's own invitation wording (and close variants), folded.
const DEFAULT_WORDINGS: crate::text::list::List = crate::list![
    "i'd like to add you to my professional network",
    "i would like to add you to my professional network",
    "i'd like to join your linkedin network",
    "je souhaiterais vous ajouter a mon reseau professionnel",
    "j'aimerais vous ajouter a mon reseau professionnel",
    "ich mochte sie gerne zu meinem beruflichen netzwerk",
    "ich mochte sie zu meinem beruflichen netzwerk",
    "me gustaria anadirte a mi red profesional",
    "me gustaria agregarte a mi red profesional",
];

/// Phrases that fit anyone.
const FILLER: crate::text::list::List = crate::list![
    "hope you're doing well", "hope you are doing well", "hope you are well", "hope this finds you well",
    "let's connect", "lets connect", "would love to connect", "i came across your profile",
    "expand my network", "grow my network", "j'espere que vous allez bien", "elargir mon reseau",
    "ich hoffe es geht ihnen gut", "ich hoffe es geht dir gut", "lass uns vernetzen",
    "mein netzwerk erweitern", "espero que estes bien", "espero que este bien", "conectemos",
    "ampliar mi red",
];

/// Words that say nothing about a person even when their profile uses them.
const COMMON_WORDS: crate::text::list::List = crate::list![
    "like", "would", "love", "connect", "connecting", "connection", "network", "networking",
    "professional", "linkedin", "profile", "hope", "doing", "well", "great", "looking", "forward",
    "opportunity", "opportunities", "interested", "interesting", "experience", "together",
    "industry", "field", "company", "career", "business", "working", "people", "thanks", "thank",
    "hello", "there", "please", "accept", "invitation", "about", "their", "could", "should",
    "really", "always", "things", "something", "today", "years", "work", "team", "world",
    "passion", "passionate", "helping", "currently", "reseau", "professionnel", "souhaiterais",
    "ajouter", "profil", "plaisir", "echanger", "contact", "contacts", "bonjour", "travail",
    "entreprise", "netzwerk", "beruflichen", "hinzufugen", "mochte", "gerne", "kontakt",
    "vernetzen", "austausch", "hallo", "arbeit", "unternehmen", "gustaria", "anadirte",
    "profesional", "contacto", "perfil", "conectar", "saludos", "hola", "trabajo", "empresa",
    "with", "from", "this", "that", "have", "your", "pour", "avec", "dans", "nous", "vous",
    "mit", "und", "fur", "ihre", "ihnen", "para", "como", "with", "also",
];

/// Words in many school names, which say nothing about which school.
const SCHOOL_WORDS: crate::text::list::List = crate::list![
    "university", "universite", "universitat", "universidad", "universita", "school", "ecole",
    "college", "institute", "institut", "instituto", "technology", "technologie", "technische",
    "technical", "science", "sciences", "hochschule", "escuela", "business", "national", "state",
    "politecnica", "polytechnique", "academy", "academie",
];

/// A fact of the profile as the words a note would use for it.
struct Fact {
    shown: String,
    words: Vec<String>,
}

/// Checks `text` as an invitation note to `profile`.
pub fn check_note(text: &str, profile: &Profile, settings: &Settings) -> NoteCheck {
    let say = &words_for(settings.ui_lang()).checks;
    let length = utf16_len(text);
    let limit = settings.effective_note_limit();
    let mut reasons = Vec::new();
    let mut add = |code: CheckCode, text: String| reasons.push(CheckReason { code, text });

    let note_words = words(text);
    let generic = if note_words.is_empty() {
        add(CheckCode::Empty, say.empty.to_string());
        true
    } else {
        let placeholder = find_placeholder(text);
        if DEFAULT_WORDINGS.iter().any(|d| contains_words(&note_words, &words(d))) {
            add(CheckCode::DefaultWording, say.default_wording.to_string());
        }
        if let Some(found) = &placeholder {
            add(CheckCode::Placeholder, fill(say.placeholder, &[found]));
        }
        let cited = profile_facts(profile).into_iter().find(|f| contains_words(&note_words, &f.words));
        match &cited {
            Some(fact) => add(CheckCode::Specific, fill(say.specific, &[&fact.shown])),
            None => explain_generic(&note_words, profile, say, &mut add),
        }
        cited.is_none() || placeholder.is_some()
    };
    if length > limit {
        add(CheckCode::TooLong, fill(say.too_long, &[&crate::text::decimal(length as u64), &crate::text::decimal(limit as u64)]));
    }
    NoteCheck { generic, reasons, length, limit }
}

fn explain_generic(note_words: &[String], profile: &Profile, say: &CheckWords, add: &mut impl FnMut(CheckCode, String)) {
    let name = facts::greeting_name(profile);
    if let Some(name) = name.as_deref().filter(|n| contains_words(note_words, &words(n))) {
        add(CheckCode::NameOnly, fill(say.name_only, &[name]));
    }
    if let Some(filler) = FILLER.iter().find(|f| contains_words(note_words, &words(f))) {
        add(CheckCode::Filler, fill(say.filler, &[filler]));
    }
    add(CheckCode::NoFact, say.no_fact.to_string());
}

/// A template slot left unfilled: "[Name]", "{first_name}", "<name>", "%NAME%".
fn find_placeholder(text: &str) -> Option<String> {
    for (open, close) in [('[', ']'), ('{', '}'), ('<', '>'), ('%', '%')] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = rest.get(start + open.len_utf8()..).unwrap_or("");
            let Some(end) = after.find(close) else { break };
            let inner = after.get(..end).unwrap_or("");
            let slot_like = !inner.is_empty()
                && inner.chars().count() <= 30
                && inner.chars().any(char::is_alphabetic)
                && inner.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.' | '{' | '}'));
            if slot_like {
                let mut slot = String::with_capacity(inner.len() + 8);
                slot.push(open);
                slot.push_str(inner);
                slot.push(close);
                return Some(slot);
            }
            rest = after.get(end + close.len_utf8()..).unwrap_or("");
        }
    }
    None
}

fn significant(word: &str, min_chars: usize, own_name: &[String]) -> bool {
    word.chars().count() >= min_chars
        && !COMMON_WORDS.contains(word)
        && !own_name.iter().any(|n| n == word)
        && !word.chars().all(|c| c.is_ascii_digit())
}

/// Everything a note could cite, most telling first. Their own name is not a
/// fact: "Hi Ana!" says nothing about Ana.
fn profile_facts(profile: &Profile) -> Vec<Fact> {
    let own_name: Vec<String> = [profile.name.as_deref(), profile.first_name.as_deref()]
        .iter()
        .flatten()
        .flat_map(|n| words(n))
        .collect();
    let mut out = Vec::new();
    let mut phrase = |shown: &str, key: Vec<String>| {
        if !key.is_empty() && key.iter().any(|w| !own_name.contains(w)) {
            out.push(Fact { shown: shown.to_string(), words: key });
        }
    };
    for position in facts::positions(profile) {
        phrase(&position.company, company_key(&position.company));
    }
    for school in profile.education.iter().filter_map(|e| readable(e.school.as_deref())) {
        phrase(school_head(&school), words(school_head(&school)));
        // "Dauphine" names "Université Paris Dauphine - PSL" well enough.
        for word in words(school_head(&school)) {
            if word.chars().count() >= 5 && !SCHOOL_WORDS.contains(word.as_str()) && !own_name.contains(&word) {
                phrase(&word.clone(), vec![word]);
            }
        }
    }
    for name in facts::mutual_names(profile) {
        phrase(&name, words(&name));
        if let Some(first) = words(&name).into_iter().next().filter(|w| w.chars().count() >= 2) {
            phrase(&first.clone(), vec![first]);
        }
    }
    if let Some(location) = readable(profile.location.as_deref()) {
        phrase(city_of(&location), city_key(&location));
    }
    let mut single = |text: &str, min_chars: usize| {
        for word in words(text) {
            if significant(&word, min_chars, &own_name) {
                out.push(Fact { shown: word.clone(), words: vec![word] });
            }
        }
    };
    single(&facts::all_titles_text(profile), 4);
    for job in &profile.experience {
        single(job.company.as_deref().unwrap_or(""), 4);
    }
    single(profile.about.as_deref().unwrap_or(""), 6);
    for activity in &profile.recent_activity {
        single(&activity.text, 6);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Education, Experience, MutualConnections};

    fn ana() -> Profile {
        Profile {
            name: Some("Ana Ruiz".into()),
            first_name: Some("Ana".into()),
            headline: Some("Data Scientist at Acme Corp".into()),
            location: Some("Sevilla, Andalucía, España".into()),
            experience: vec![Experience { title: Some("Data Scientist".into()), company: Some("Acme Corp".into()), ..Experience::default() }],
            education: vec![Education { school: Some("Universidad de Sevilla".into()), ..Education::default() }],
            mutual_connections: Some(MutualConnections { count: 1, names: vec!["Bo Chen".into()] }),
            about: Some("I study seabird migrations with satellite telemetry.".into()),
            ..Profile::default()
        }
    }

    fn codes(check: &NoteCheck) -> Vec<CheckCode> {
        check.reasons.iter().map(|r| r.code).collect()
    }

    #[test]
    fn default_wordings_in_four_languages_are_generic() {
        for note in [
            "I'd like to add you to my professional network on LinkedIn.",
            "I’d like to add you to my professional network on LinkedIn.",
            "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",
            "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
            "Me gustaría añadirte a mi red profesional de LinkedIn.",
        ] {
            let check = check_note(note, &ana(), &Settings::default());
            assert!(check.generic, "{note}");
            assert!(codes(&check).contains(&CheckCode::DefaultWording), "{note}: {check:?}");
        }
    }

    #[test]
    fn placeholders_and_filler_are_generic() {
        let check = check_note("Hi [Name], hope you're doing well, let's connect!", &ana(), &Settings::default());
        assert!(check.generic);
        assert!(codes(&check).contains(&CheckCode::Placeholder));
        assert!(codes(&check).contains(&CheckCode::Filler));
        let check = check_note("Hello {first_name}!", &ana(), &Settings::default());
        assert_eq!(check.reasons.iter().find(|r| r.code == CheckCode::Placeholder).map(|r| r.text.as_str()), Some("It still contains a placeholder: {first_name}."));
    }

    #[test]
    fn a_greeting_by_name_alone_is_generic() {
        let check = check_note("Hi Ana!", &ana(), &Settings::default());
        assert!(check.generic);
        assert!(codes(&check).contains(&CheckCode::NameOnly));
    }

    #[test]
    fn citing_a_fact_is_specific_whatever_the_case_and_accents() {
        for note in [
            "Hi Ana, fellow ACME alum here!",
            "Hola Ana, yo también estudié en la universidad de sevilla.",
            "Hi Ana, I see we both know Bo.",
            "Hi Ana, your work on SEABIRD migrations is fascinating.",
            "Hi Ana, another data scientist here.",
            "Hola Ana, ¡saludos desde SEVILLA!",
        ] {
            let check = check_note(note, &ana(), &Settings::default());
            assert!(!check.generic, "{note}: {check:?}");
            assert!(codes(&check).contains(&CheckCode::Specific));
        }
        let mut paris = ana();
        paris.location = Some("Greater Paris Metropolitan Region".into());
        paris.education = vec![Education { school: Some("Université Paris Dauphine - PSL".into()), ..Education::default() }];
        for note in ["Hi Ana, I'm in Paris too!", "Hi Ana, Dauphine alum here."] {
            let check = check_note(note, &paris, &Settings::default());
            assert!(!check.generic, "{note}: {check:?}");
        }
        for note in [
            "Hi Ana, I'd love to connect and learn about your work in the industry.",
            "Hi Ana, hope you're doing well!",
        ] {
            let check = check_note(note, &ana(), &Settings::default());
            assert!(check.generic, "{note}: {check:?}");
            assert!(codes(&check).contains(&CheckCode::NameOnly) && codes(&check).contains(&CheckCode::NoFact));
        }
    }

    #[test]
    fn empty_notes_say_so() {
        let check = check_note("  \u{200b} ", &ana(), &Settings::default());
        assert!(check.generic);
        assert_eq!(codes(&check), [CheckCode::Empty]);
        assert_eq!(check.limit, 200);
    }

    #[test]
    fn length_counts_utf16_and_flags_overflow() {
        let note = format!("Hi Ana, Acme! {}", "🚀".repeat(100));
        let check = check_note(&note, &ana(), &Settings::default());
        assert_eq!(check.length, 14 + 200);
        assert!(codes(&check).contains(&CheckCode::TooLong));
        assert!(!check.generic);
    }

    #[test]
    fn reasons_follow_the_ui_language() {
        let settings = Settings { language: Some("de".into()), ..Settings::default() };
        let check = check_note("", &ana(), &settings);
        assert_eq!(check.reasons.first().map(|r| r.text.as_str()), Some("Die Nachricht ist leer."));
    }
}
