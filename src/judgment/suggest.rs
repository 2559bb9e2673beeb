//! Invitation notes that greet by first name, cite one concrete fact from the
//! profile, say why connect, and fit the note limit as LinkedIn counts it
//! (UTF-16 units), never cut mid-word. Best first: how the user met them,
//! then what they share (employer, school, a mutual connection), then what
//! the person wrote (About, a post), then where they are and what they do.

use serde::{Deserialize, Serialize};

use super::facts::{self, readable};
use super::matching::{
    fnv1a, fold, first_sentence, same_city, same_school, school_head, shorten_at_word, utf16_len, words,
};
use super::phrases::{fill, goal_index, words_for, NoteWords};
use super::score::Me;
use super::settings::{Goal, Lang, Settings, Tone};
use crate::model::Profile;
use crate::text::list::List;
use crate::text::find;

/// What a suggestion rests on.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// How the user met them (`settings.context`).
    Met,
    Employer,
    School,
    Mutual,
    About,
    Post,
    Location,
    Role,
    /// Nothing of theirs: an honest opener for a nearly empty profile.
    Intro,
}

/// A note (or reply) to paste, with what it cites.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub text: String,
    pub basis: Basis,
    /// The exact strings it cites, each found verbatim in `text`.
    pub facts: Vec<String>,
}

/// Most suggestions returned; the UI shows a few.
const MAX_SUGGESTIONS: usize = 5;
/// At least this many, whatever the profile shows.
const MIN_SUGGESTIONS: usize = 3;

/// Longest a fact is quoted, by kind, before the note limit even matters:
/// a note that quotes a whole headline reads like a copy-paste.
const MAX_COMPANY: usize = 60;
const MAX_SCHOOL: usize = 70;
const MAX_NAME: usize = 40;
const MAX_QUOTE: usize = 80;
const MAX_ROLE: usize = 60;
const MAX_CITY: usize = 40;
const MAX_CONTEXT: usize = 110;

/// One way to open the note: templates and the strings that fill them.
pub(crate) struct Hook {
    pub basis: Basis,
    pub templates: List,
    /// What fills `{0}`, `{1}`: the facts, as found on the profile.
    pub facts: Vec<String>,
    /// The first fact is a quotation cut short: show "…" after it.
    pub cut_quote: bool,
    /// The facts come from the profile (not from "me"), so they are cited.
    pub cites: bool,
}

impl Hook {
    pub fn new(basis: Basis, templates: List, facts: Vec<String>) -> Hook {
        Hook { basis, templates, facts, cut_quote: false, cites: true }
    }

    fn quote(basis: Basis, templates: List, (text, was_cut): (String, bool)) -> Hook {
        Hook { basis, templates, facts: vec![text], cut_quote: was_cut, cites: true }
    }
}

/// Suggested invitation notes for `profile`, best first (at least three).
pub fn suggest_notes(profile: &Profile, me: Option<&Profile>, settings: &Settings) -> Vec<Suggestion> {
    suggest_notes_for(profile, me.map(Me::new).as_ref(), settings)
}

/// [`suggest_notes`] with the user's profile prepared once ([`Me::new`]).
pub fn suggest_notes_for(profile: &Profile, me: Option<&Me>, settings: &Settings) -> Vec<Suggestion> {
    let lang = Lang::from_tag(profile.language.as_deref());
    let words = words_for(lang);
    let notes = words.notes(settings.tone);
    let limit = settings.effective_note_limit();
    let seed = seed_of(profile);
    let name = facts::greeting_name(profile);
    let greeting = words.greeting(settings.tone, name.as_deref());

    let mut hooks = Vec::new();
    hooks.extend(met_hook(settings, notes));
    let spammy = super::score::spam_evidence(profile).is_some();
    hooks.extend(hooks_from_profile(profile, me, settings, notes, spammy));
    if let Some(mine) = me.and_then(|me| facts::role_phrase_of(&me.profile, &me.positions, MAX_ROLE)) {
        hooks.push(Hook { cites: false, ..Hook::new(Basis::Intro, notes.intro_me, vec![mine]) });
    }

    let mut out: Vec<Suggestion> = Vec::new();
    for (rank, hook) in hooks.iter().enumerate() {
        if out.len() >= MAX_SUGGESTIONS {
            break;
        }
        let picks = Picks { seed, rank, tone: settings.tone, goal: settings.main_goal() };
        if let Some(s) = compose(&greeting, hook, notes, &picks, limit) {
            push_distinct(&mut out, s);
        }
    }
    // Openers that cite nothing keep the promise of three suggestions on a
    // profile that shows only a name.
    for index in 0..notes.intro.len() {
        if out.len() >= MIN_SUGGESTIONS {
            break;
        }
        let hook = Hook::new(Basis::Intro, notes.intro.only(index), Vec::new());
        let picks = Picks { seed, rank: index, tone: settings.tone, goal: settings.main_goal() };
        let composed = compose(&greeting, &hook, notes, &picks, limit)
            .or_else(|| compose(&greeting, &hook, notes, &Picks { goal: Goal::Networking, tone: Tone::Brief, ..picks }, limit));
        if let Some(s) = composed {
            push_distinct(&mut out, s);
        }
    }
    out
}

/// Stable per-profile seed for template variants (never std's random hasher).
pub(crate) fn seed_of(profile: &Profile) -> u64 {
    let key = profile
        .url
        .as_deref()
        .or(profile.name.as_deref())
        .or(profile.first_name.as_deref())
        .unwrap_or("");
    fnv1a(key)
}

fn push_distinct(out: &mut Vec<Suggestion>, suggestion: Suggestion) {
    if !out.iter().any(|s| s.text == suggestion.text) {
        out.push(suggestion);
    }
}

/// How to pick among template variants.
#[derive(Clone, Copy)]
pub(crate) struct Picks {
    pub seed: u64,
    /// Position of the hook, so that neighbouring suggestions vary their "why".
    pub rank: usize,
    pub tone: Tone,
    pub goal: Goal,
}

/// The variant for this seed, or the shortest one for a brief tone.
pub(crate) fn pick(list: List, seed: u64, tone: Tone) -> &'static str {
    if tone == Tone::Brief {
        return shortest(list);
    }
    let len = list.len().max(1) as u64;
    let index = usize::try_from(seed % len).unwrap_or(0);
    list.get(index).or(list.first()).unwrap_or("")
}

pub(crate) fn shortest(list: List) -> &'static str {
    list.iter().min_by_key(|t| utf16_len(t)).unwrap_or("")
}

fn join(parts: &[&str]) -> String {
    let present: Vec<&str> = parts.iter().filter(|p| !p.is_empty()).copied().collect();
    crate::text::join(&present, " ")
}

/// Greeting, hook, why and (unless brief) a closing, within `limit`: drop the
/// closing, then take the shortest wording, then shorten the first fact at a
/// word boundary, citing the shortened string.
pub(crate) fn compose(greeting: &str, hook: &Hook, notes: &NoteWords, picks: &Picks, limit: usize) -> Option<Suggestion> {
    let salt = picks.seed.rotate_left(7 * (hook.basis as u32 + 1));
    let template = pick(hook.templates, salt, picks.tone);
    let whys = notes.why.get(goal_index(picks.goal)).copied().unwrap_or(List(""));
    let why = pick(whys, picks.seed.wrapping_add(picks.rank as u64), picks.tone);
    let closing = match picks.tone {
        Tone::Warm => pick(notes.closing_warm, picks.seed >> 9, Tone::Warm),
        Tone::Formal => pick(notes.closing_formal, picks.seed >> 9, Tone::Formal),
        Tone::Brief => "",
    };
    let args = hook_args(&hook.facts, hook.cut_quote);
    let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();

    let attempts = [(template, why, closing), (template, why, ""), (shortest(hook.templates), shortest(whys), "")];
    for (template, why, closing) in attempts {
        let text = join(&[greeting, &fill(template, &arg_refs), why, closing]);
        if utf16_len(&text) <= limit {
            return finish(text, hook, hook.facts.clone());
        }
    }
    // Still too long: shorten the first fact to the room that is left.
    let (template, why) = (shortest(hook.templates), shortest(whys));
    let first = hook.facts.first()?;
    let mut blank = args.clone();
    if let Some(slot) = blank.first_mut() {
        slot.clear();
    }
    let blank_refs: Vec<&str> = blank.iter().map(String::as_str).collect();
    let without = join(&[greeting, &fill(template, &blank_refs), why]);
    let ellipsis = usize::from(hook.cut_quote || hook.basis == Basis::About || hook.basis == Basis::Post);
    let room = limit.checked_sub(utf16_len(&without) + ellipsis)?;
    let short = shorten_at_word(first, room)?;
    if !short.chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut facts = hook.facts.clone();
    if let Some(slot) = facts.first_mut() {
        *slot = short.to_string();
    }
    let was_cut = ellipsis == 1 && short != first.as_str();
    let args = hook_args(&facts, hook.cut_quote || was_cut);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let text = join(&[greeting, &fill(template, &refs), why]);
    (utf16_len(&text) <= limit).then_some(())?;
    finish(text, hook, facts)
}

/// The strings that fill the template: the facts, with "…" after a cut quote.
fn hook_args(facts: &[String], cut_quote: bool) -> Vec<String> {
    let mut args = facts.to_vec();
    if cut_quote {
        if let Some(first) = args.first_mut() {
            first.push('…');
        }
    }
    args
}

/// A suggestion, provided every fact it cites is really in its text.
fn finish(text: String, hook: &Hook, facts: Vec<String>) -> Option<Suggestion> {
    let facts = if hook.cites { facts } else { Vec::new() };
    facts
        .iter()
        .all(|f| !f.is_empty() && find::contains(&text, f))
        .then_some(Suggestion { text, basis: hook.basis, facts })
}

/// First words that make the user's context a sentence of its own ("we met
/// at RustConf") rather than a place ("RustConf").
const SENTENCE_STARTS: crate::text::list::List = crate::list![
    "we", "i", "you", "our", "my", "met", "thanks", "it", "nous", "on", "je", "j'ai", "vous",
    "notre", "merci", "c'etait", "wir", "ich", "sie", "du", "unser", "unsere", "danke", "nos",
    "nosotros", "conoci", "hablamos", "gracias", "coincidimos", "te", "le",
];

/// Pronouns that keep their capital inside a sentence.
const KEEP_CAPITAL: crate::text::list::List = crate::list!["i", "sie"];

fn met_hook(settings: &Settings, notes: &NoteWords) -> Option<Hook> {
    let context = readable(settings.context.as_deref())?;
    let trimmed = context.trim_end_matches(['.', '!', ';', ',', ' ', '…']);
    let short = shorten_at_word(trimmed, MAX_CONTEXT)?;
    let first_word = words(short).into_iter().next().unwrap_or_default();
    if SENTENCE_STARTS.contains(first_word.as_str()) {
        let fact = if KEEP_CAPITAL.contains(first_word.as_str()) { short.to_string() } else { lower_first(short) };
        Some(Hook::new(Basis::Met, notes.met_sentence, vec![fact]))
    } else {
        Some(Hook::new(Basis::Met, notes.met_place, vec![short.to_string()]))
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(crate::text::case::lower(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// Activity that says nothing about the person's interests.
const SMALL_TALK: crate::text::list::List = crate::list![
    "congratulations", "congrats", "congratulation", "felicitations", "bravo", "gluckwunsch",
    "herzlichen", "gratuliere", "gratulation", "felicidades", "enhorabuena", "thanks", "thank",
    "merci", "danke", "gracias", "happy", "joyeux", "feliz", "welcome", "bienvenue", "willkommen",
    "bienvenido", "bienvenida",
];

/// A quotable opening of something they wrote (at least `min_words`
/// words), and whether it had to be cut short.
fn quotable(text: &str, max_units: usize, min_words: usize) -> Option<(String, bool)> {
    let cleaned = readable(Some(text))?;
    // Start at the first letter or digit: no stray commas or quote marks.
    let start = cleaned.find(char::is_alphanumeric)?;
    let body = cleaned.get(start..)?;
    let is_mark = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»' | '„') || c.is_whitespace();
    let whole = first_sentence(body, usize::MAX)?.trim_end_matches(is_mark);
    let sentence = first_sentence(body, max_units)?.trim_end_matches(is_mark);
    let enough = sentence.split_whitespace().count() >= min_words && sentence.chars().any(char::is_alphanumeric);
    enough.then(|| (sentence.to_string(), sentence.len() < whole.len()))
}

/// Hooks the profile (and what "me" shares with it) offers, best first.
/// `spammy`: the profile shows spam (`score::spam_evidence`).
pub(crate) fn hooks_from_profile(profile: &Profile, me: Option<&Me>, settings: &Settings, notes: &NoteWords, spammy: bool) -> Vec<Hook> {
    let mut shared = Vec::new();
    let mut theirs = Vec::new();

    let positions = facts::positions(profile);
    if let Some(prepared) = me {
        ties_apart(profile, &positions, prepared, notes, &mut shared);
    }
    if let Some(name) = facts::mutual_names(profile).first().and_then(|n| shorten_at_word(n, MAX_NAME)) {
        shared.push(Hook::new(Basis::Mutual, notes.mutual, vec![name.to_string()]));
    }
    their_words_apart(profile, notes, &mut theirs);
    let city = facts::city(profile).and_then(|c| shorten_at_word(&c, MAX_CITY).map(str::to_string));
    let city_shared = me
        .and_then(|me| me.location.as_deref())
        .zip(readable(profile.location.as_deref()))
        .is_some_and(|(mine, theirs)| same_city(mine, &theirs));
    if let (Some(city), true) = (&city, city_shared) {
        shared.push(Hook::new(Basis::Location, notes.city_shared, vec![city.clone()]));
    }

    let roles = roles_apart(profile, &positions, notes);
    let their_school = profile
        .education
        .iter()
        .filter_map(|e| readable(e.school.as_deref()))
        .find_map(|s| shorten_at_word(school_head(&s), MAX_SCHOOL).map(str::to_string));
    let shared_school = shared.iter().any(|h| h.basis == Basis::School);
    if let (Some(school), false) = (their_school, shared_school) {
        theirs.push(Hook::new(Basis::School, notes.school, vec![school]));
    }
    if let (Some(city), false) = (city, city_shared) {
        theirs.push(Hook::new(Basis::Location, notes.city, vec![city]));
    }

    // Quoting a spammer's pitch back at them helps nobody: keep to what is
    // shared and to honest openers.
    if spammy {
        return shared;
    }
    // What they do matters more than what they wrote when the user is hiring,
    // job-seeking or selling.
    let role_first = settings
        .effective_goals()
        .iter()
        .any(|g| matches!(g, Goal::Hiring | Goal::JobSeeking | Goal::Selling));
    let mut out = shared;
    if role_first {
        out.extend(roles);
        out.extend(theirs);
    } else {
        // About and post first, then role, then their school and city.
        let (written, rest): (Vec<Hook>, Vec<Hook>) =
            theirs.into_iter().partition(|h| matches!(h.basis, Basis::About | Basis::Post));
        out.extend(written);
        out.extend(roles);
        out.extend(rest);
    }
    out
}

/// What the user and they share: an employer, a school.
#[inline(never)]
fn ties_apart(profile: &Profile, positions: &[facts::Position], prepared: &Me, notes: &NoteWords, shared: &mut Vec<Hook>) {
    let me = &prepared.profile;
    let mine = &prepared.positions;
    let tie = positions.iter().find_map(|p| {
        let ours = mine.iter().find(|m| m.same_company(p))?;
        Some((p, ours.current && p.current))
    });
    if let Some((position, both_now)) = tie {
        if let Some(company) = shorten_at_word(&position.company, MAX_COMPANY) {
            let templates = if both_now { notes.colleague } else { notes.ex_colleague };
            shared.push(Hook::new(Basis::Employer, templates, vec![company.to_string()]));
        }
    }
    let school = profile.education.iter().filter_map(|e| readable(e.school.as_deref())).find(|s| {
        me.education.iter().filter_map(|e| readable(e.school.as_deref())).any(|m| same_school(s, &m))
    });
    if let Some(school) = school.as_deref().and_then(|s| shorten_at_word(school_head(s), MAX_SCHOOL)) {
        shared.push(Hook::new(Basis::School, notes.school_shared, vec![school.to_string()]));
    }
}

/// Their own words: the About text, a recent post.
#[inline(never)]
fn their_words_apart(profile: &Profile, notes: &NoteWords, theirs: &mut Vec<Hook>) {
    if let Some(quote) = profile.about.as_deref().and_then(|a| quotable(a, MAX_QUOTE, 3)) {
        theirs.push(Hook::quote(Basis::About, notes.about, quote));
    }
    let post = profile.recent_activity.iter().find_map(|a| {
        let first = words(&a.text).into_iter().next()?;
        if SMALL_TALK.contains(first.as_str()) {
            return None;
        }
        quotable(&a.text, MAX_QUOTE, 4)
    });
    if let Some(post) = post {
        theirs.push(Hook::quote(Basis::Post, notes.post, post));
    }
}

/// What they do now: title and company.
#[inline(never)]
fn roles_apart(profile: &Profile, positions: &[facts::Position], notes: &NoteWords) -> Vec<Hook> {
    let mut roles = Vec::new();
    let current = facts::current_of(positions);
    let title = current.as_ref().and_then(|p| p.title.as_deref()).and_then(|t| super::matching::fact_phrase(t, MAX_ROLE));
    let company = current.as_ref().and_then(|p| shorten_at_word(&p.company, MAX_COMPANY));
    match (title, company) {
        (Some(title), Some(company)) if !find::contains(&fold(title), &fold(company)) => {
            roles.push(Hook::new(Basis::Role, notes.role_at, vec![title.to_string(), company.to_string()]));
        }
        _ => {
            if let Some(role) = facts::role_phrase_of(profile, positions, MAX_ROLE) {
                roles.push(Hook::new(Basis::Role, notes.role, vec![role]));
            }
        }
    }
    if let (Some(company), false) = (company, roles.iter().any(|h| h.facts.len() == 2)) {
        if !roles.iter().any(|h| h.facts.iter().any(|f| find::contains(&fold(f), &fold(company)))) {
            roles.push(Hook::new(Basis::Employer, notes.company, vec![company.to_string()]));
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Activity, Education, Experience, MutualConnections};

    fn ana() -> Profile {
        Profile {
            url: Some("https://www.linkedin.com/in/ana-ruiz/".into()),
            name: Some("Ana Ruiz".into()),
            first_name: Some("Ana".into()),
            headline: Some("Staff Engineer at Acme | Rust".into()),
            location: Some("Lyon, France".into()),
            experience: vec![Experience {
                title: Some("Staff Engineer".into()),
                company: Some("Acme".into()),
                start: Some("2020".into()),
                end: None,
            }],
            education: vec![Education { school: Some("INSA Lyon".into()), ..Education::default() }],
            mutual_connections: Some(MutualConnections { count: 2, names: vec!["Bo Chen".into()] }),
            about: Some("I make compilers fast and friendly. Also: bread.".into()),
            recent_activity: vec![
                Activity { text: "Congratulations Tom!".into(), when: Some("1w".into()) },
                Activity { text: "Why incremental builds matter more than you think".into(), when: Some("2w".into()) },
            ],
            language: Some("en".into()),
            ..Profile::default()
        }
    }

    fn check_invariants(suggestions: &[Suggestion], limit: usize) {
        assert!(suggestions.len() >= MIN_SUGGESTIONS, "{suggestions:#?}");
        for (i, s) in suggestions.iter().enumerate() {
            assert!(utf16_len(&s.text) <= limit, "{} > {limit}: {}", utf16_len(&s.text), s.text);
            for fact in &s.facts {
                assert!(s.text.contains(fact.as_str()), "{fact:?} not in {:?}", s.text);
            }
            assert!(!suggestions.iter().skip(i + 1).any(|o| o.text == s.text));
            assert!(!s.text.contains('{') && !s.text.contains('['));
        }
    }

    #[test]
    fn context_comes_first_as_met() {
        let settings = Settings { context: Some("We met at RustConf.".into()), ..Settings::default() };
        let out = suggest_notes(&ana(), None, &settings);
        check_invariants(&out, 200);
        assert_eq!(out[0].basis, Basis::Met);
        assert!(out[0].text.starts_with("Hi Ana, we met at RustConf"), "{}", out[0].text);
        let place = Settings { context: Some("RustConf 2026".into()), ..Settings::default() };
        let out = suggest_notes(&ana(), None, &place);
        assert!(out[0].text.contains("at RustConf 2026"), "{}", out[0].text);
    }

    #[test]
    fn shared_ties_lead_and_cite_the_fact() {
        let me = Profile {
            education: vec![Education { school: Some("insa lyon".into()), ..Education::default() }],
            ..Profile::default()
        };
        let out = suggest_notes(&ana(), Some(&me), &Settings::default());
        check_invariants(&out, 200);
        assert_eq!(out[0].basis, Basis::School);
        assert_eq!(out[0].facts, ["INSA Lyon"]);
        assert!(out.iter().any(|s| s.basis == Basis::Mutual && s.facts == ["Bo Chen"]));
    }

    #[test]
    fn small_talk_is_not_quoted_as_a_post() {
        let out = suggest_notes(&ana(), None, &Settings::default());
        let post = out.iter().find(|s| s.basis == Basis::Post);
        assert_eq!(post.map(|s| s.facts.clone()), Some(vec!["Why incremental builds matter more than you think".to_string()]));
    }

    #[test]
    fn never_the_default_wording_or_a_placeholder() {
        for tone in [Tone::Warm, Tone::Brief, Tone::Formal] {
            let out = suggest_notes(&ana(), None, &Settings { tone, ..Settings::default() });
            check_invariants(&out, 200);
            for s in &out {
                assert!(!s.text.contains("professional network"));
                assert!(s.text.starts_with("Hi Ana,") || s.text.starts_with("Hello Ana,"), "{}", s.text);
            }
        }
    }

    #[test]
    fn brief_is_shorter_than_warm() {
        let warm = suggest_notes(&ana(), None, &Settings::default());
        let brief = suggest_notes(&ana(), None, &Settings { tone: Tone::Brief, ..Settings::default() });
        assert!(utf16_len(&brief[0].text) < utf16_len(&warm[0].text));
    }

    #[test]
    fn nearly_empty_profiles_still_get_three_honest_notes() {
        let only_name = Profile { name: Some("Kim".into()), ..Profile::default() };
        let out = suggest_notes(&only_name, None, &Settings::default());
        check_invariants(&out, 200);
        assert!(out.iter().all(|s| s.text.starts_with("Hi Kim,")));
        let nobody = Profile::default();
        let out = suggest_notes(&nobody, None, &Settings::default());
        check_invariants(&out, 200);
        assert!(out.iter().all(|s| s.text.starts_with("Hi, ")), "{out:#?}");
    }

    #[test]
    fn long_facts_are_cut_at_words_and_cited_as_cut() {
        let mut p = ana();
        p.experience.clear();
        p.headline = Some("word ".repeat(2000));
        p.education = vec![Education { school: Some(format!("University of {}", "Very Long Name ".repeat(30))), ..Education::default() }];
        p.about = Some("x".repeat(10_000));
        for limit in [150, 200, 300] {
            let out = suggest_notes(&p, None, &Settings { note_limit: Some(limit), ..Settings::default() });
            check_invariants(&out, limit as usize);
        }
    }

    #[test]
    fn languages_follow_the_profile() {
        let mut p = ana();
        p.language = Some("fr-FR".into());
        assert!(suggest_notes(&p, None, &Settings::default())[0].text.starts_with("Bonjour Ana,"));
        p.language = Some("de".into());
        let formal = suggest_notes(&p, None, &Settings { tone: Tone::Formal, ..Settings::default() });
        assert!(formal[0].text.starts_with("Guten Tag Ana,") && !formal.iter().any(|s| s.text.contains(" dein")));
        p.language = Some("es".into());
        assert!(suggest_notes(&p, None, &Settings::default())[0].text.starts_with("Hola Ana,"));
    }

    #[test]
    fn similar_profiles_get_different_wording() {
        let texts: Vec<String> = (0..6)
            .map(|i| {
                let p = Profile {
                    url: Some(format!("https://www.linkedin.com/in/person-{i}/")),
                    first_name: Some("Sam".into()),
                    current_company: Some("Acme".into()),
                    headline: Some("Engineer at Acme".into()),
                    ..Profile::default()
                };
                suggest_notes(&p, None, &Settings::default())[0].text.clone()
            })
            .collect();
        let mut distinct = texts.clone();
        distinct.sort();
        distinct.dedup();
        assert!(distinct.len() >= 2, "{texts:#?}");
    }

    #[test]
    fn spam_is_not_quoted_back() {
        let spam = Profile {
            first_name: Some("Rich".into()),
            headline: Some("Make money fast: DM me for passive income".into()),
            about: Some("Passive income is the way to financial freedom, join us today".into()),
            ..Profile::default()
        };
        let out = suggest_notes(&spam, None, &Settings::default());
        check_invariants(&out, 200);
        assert!(out.iter().all(|s| s.basis == Basis::Intro && !s.text.contains("money")), "{out:#?}");
    }

    #[test]
    fn deterministic() {
        assert_eq!(suggest_notes(&ana(), None, &Settings::default()), suggest_notes(&ana(), None, &Settings::default()));
    }
}
