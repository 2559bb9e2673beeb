//! What connecting with this person is worth to the user: relationship first
//! (colleague, ex-colleague, classmate, city, mutual connections, degree),
//! then what the profile shows (recommendations, links, a crafted About,
//! activity, completeness), then fit with the user's goals. Every point comes
//! with a sentence the user can check on the page; the points live in
//! [`super::weights::WEIGHTS`].

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::facts::{self, Position};
use super::matching::{
    city_key, contains_words, fold, fold_into, host_of, same_company, same_school, school_head, word_slices, words, Years,
};
use super::phrases::{fill, words_for, ReasonWords};
use super::settings::{Goal, Settings};
use super::weights::{Weights, WEIGHTS};
use crate::model::{ConnectAvailable, LinkKind, Profile};
use crate::text::{decimal, signed_decimal};

/// How worthwhile the connection is.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    High,
    Medium,
    Low,
}

/// Stable code of a reason, for the UI and tests.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonKind {
    Colleague,
    ExColleague,
    SameEmployer,
    Classmate,
    SameSchool,
    SameCity,
    Mutual,
    Degree,
    Recommendations,
    Website,
    About,
    Activity,
    Complete,
    Sparse,
    Spammy,
    NoMe,
    OwnProfile,
    Pending,
    GoalNetworking,
    GoalHiring,
    GoalJobSeeking,
    GoalSelling,
    GoalLearning,
    GoalHostingEvents,
    GoalMentoring,
    TargetCompany,
    /// Whether to spend a note (no points).
    NoteBudget,
}

/// One reason behind a score.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub kind: ReasonKind,
    pub text: String,
    pub points: i32,
}

/// The score of a profile for this user.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// 0..=100.
    pub value: u8,
    pub tier: Tier,
    /// Spend one of this month's notes on them.
    pub worth_note: bool,
    pub reasons: Vec<Reason>,
}

/// The user's own profile with what every score compares against worked
/// out once: a list of cards is scored against the same user a thousand times,
/// and a page calls the judgment again and again for the same user ([`Me::owned`]
/// keeps it between calls).
pub struct Me<'a> {
    pub(crate) profile: Cow<'a, Profile>,
    pub(crate) positions: Vec<Position>,
    pub(crate) location: Option<String>,
    /// [`city_key`] of `location`.
    pub(crate) city_key: Option<Vec<String>>,
    role_words: Vec<String>,
}

impl<'a> Me<'a> {
    pub fn new(profile: &'a Profile) -> Me<'a> {
        Me::prepare(Cow::Borrowed(profile))
    }

    /// [`Me::new`] holding the profile itself, to keep.
    pub fn owned(profile: Profile) -> Me<'static> {
        Me::prepare(Cow::Owned(profile))
    }

    fn prepare(profile: Cow<'a, Profile>) -> Me<'a> {
        let positions = facts::positions(&profile);
        let role_words = words(&facts::role_text_of(&profile, &positions));
        let location = facts::readable(profile.location.as_deref());
        let city_key = location.as_deref().map(city_key);
        Me { profile, positions, location, city_key, role_words }
    }
}

/// Scores `profile` for the user `me` (`None`: relationship factors off).
pub fn score_profile(profile: &Profile, me: Option<&Profile>, settings: &Settings) -> Score {
    score_profile_for(profile, me.map(Me::new).as_ref(), settings)
}

/// [`score_profile`] with the user's profile prepared once ([`Me::new`]).
pub fn score_profile_for(profile: &Profile, me: Option<&Me>, settings: &Settings) -> Score {
    let w = &WEIGHTS;
    let say = &words_for(settings.ui_lang()).reasons;
    let mut reasons = Vec::new();

    if profile.is_self {
        reasons.push(reason(ReasonKind::OwnProfile, say.own_profile.to_string(), 0));
        return Score { value: 0, tier: Tier::Low, worth_note: false, reasons };
    }

    // Their jobs, worked out once for every factor below.
    let theirs = facts::positions(profile);
    match me {
        Some(me) => reasons.extend(relationship_apart(profile, &theirs, me, w, say)),
        None => reasons.push(reason(ReasonKind::NoMe, say.no_me.to_string(), 0)),
    }
    reasons.extend(mutual_apart(profile, w, say));
    reasons.extend(degree_apart(profile, w, say));
    reasons.extend(recommendations_apart(profile, w, say));
    reasons.extend(website_apart(profile, w, say));
    reasons.extend(about_apart(profile, w, say));
    reasons.extend(activity_apart(profile, w, say));
    reasons.extend(completeness_apart(profile, &theirs, w, say));
    reasons.extend(spam_apart(profile, w, say));
    reasons.extend(goals_apart(profile, &theirs, me, settings, w, say));

    let total = reasons.iter().fold(w.base, |sum, r| sum.saturating_add(r.points));
    let value = u8::try_from(total.clamp(0, 100)).unwrap_or(0);
    let score_value = i32::from(value);
    let tier = if score_value >= w.tier_high_from {
        Tier::High
    } else if score_value >= w.tier_medium_from {
        Tier::Medium
    } else {
        Tier::Low
    };

    let pending = profile.connect_available == ConnectAvailable::Pending;
    if pending {
        reasons.push(reason(ReasonKind::Pending, say.pending.to_string(), 0));
    }
    let already = profile.degree == Some(1) || pending;
    let worth_note = if already {
        false
    } else if settings.notes_remaining == Some(0) {
        reasons.push(reason(ReasonKind::NoteBudget, say.note_none_left.to_string(), 0));
        false
    } else {
        let bar = note_bar(settings.notes_remaining, w);
        let worth = score_value >= bar;
        let template = if worth { say.note_worth } else { say.note_save };
        let text = fill(template, &[&signed_decimal(i64::from(score_value)), &signed_decimal(i64::from(bar))]);
        reasons.push(reason(ReasonKind::NoteBudget, text, 0));
        worth
    };
    Score { value, tier, worth_note, reasons }
}

/// The score a profile needs for a note, given the notes left this month:
/// the scarcer the notes, the higher the bar.
pub fn note_bar(notes_remaining: Option<u32>, w: &Weights) -> i32 {
    match notes_remaining {
        None => w.note_bar_unknown,
        Some(n) if n <= w.notes_scarce_up_to => w.note_bar_scarce,
        Some(n) if n <= w.notes_few_up_to => w.note_bar_few,
        Some(_) => w.note_bar_plenty,
    }
}

fn reason(kind: ReasonKind, text: String, points: i32) -> Reason {
    Reason { kind, text, points }
}

/// "2016–2019", or "2019" for a single year.
fn years_text(years: Years) -> String {
    match years.end {
        Some(end) if end != years.start => {
            let mut text = signed_decimal(i64::from(years.start));
            text.push('–');
            text.push_str(&signed_decimal(i64::from(end)));
            text
        }
        _ => signed_decimal(i64::from(years.start)),
    }
}

#[inline(never)]
fn relationship_apart(profile: &Profile, theirs: &[Position], me: &Me, w: &Weights, say: &ReasonWords) -> Vec<Reason> {
    let mut out = Vec::new();
    out.extend(employer(theirs, me, w, say));
    out.extend(school(profile, &me.profile, w, say));
    if let (Some(theirs), Some(mine)) = (facts::readable(profile.location.as_deref()), me.city_key.as_deref()) {
        // `same_city`, with the user's side made once.
        let theirs = city_key(&theirs);
        if !theirs.is_empty() && theirs == mine {
            if let Some(city) = facts::city(profile) {
                out.push(reason(ReasonKind::SameCity, fill(say.same_city, &[&city]), w.same_city));
            }
        }
    }
    out
}

/// The strongest employer tie: colleague, then ex-colleague, then same employer.
fn employer(positions: &[Position], me: &Me, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let mine = &me.positions;
    let mut best: Option<Reason> = None;
    for theirs in positions {
        for ours in mine.iter().filter(|m| m.same_company(theirs)) {
            let candidate = employer_tie(theirs, ours, w, say);
            if best.as_ref().map_or(true, |b| candidate.points > b.points) {
                best = Some(candidate);
            }
        }
    }
    best
}

fn employer_tie(theirs: &Position, mine: &Position, w: &Weights, say: &ReasonWords) -> Reason {
    let company = &theirs.company;
    if theirs.current && mine.current {
        return reason(ReasonKind::Colleague, fill(say.colleague, &[company]), w.colleague);
    }
    match (theirs.years, mine.years) {
        (Some(a), Some(b)) => match a.overlap(b) {
            Some(both) => reason(
                ReasonKind::ExColleague,
                fill(say.ex_colleague, &[company, &years_text(both)]),
                w.ex_colleague,
            ),
            None => reason(ReasonKind::SameEmployer, fill(say.same_employer, &[company]), w.same_employer),
        },
        _ => reason(ReasonKind::SameEmployer, fill(say.same_employer, &[company]), w.same_employer),
    }
}

/// The strongest school tie: classmate (overlapping years), then same school.
fn school(profile: &Profile, me: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let mut best: Option<Reason> = None;
    for theirs in &profile.education {
        let Some(their_school) = facts::readable(theirs.school.as_deref()) else { continue };
        for ours in &me.education {
            let Some(our_school) = facts::readable(ours.school.as_deref()) else { continue };
            if !same_school(&their_school, &our_school) {
                continue;
            }
            let name = school_head(&their_school);
            let a = Years::from_dates(theirs.start.as_deref(), theirs.end.as_deref());
            let b = Years::from_dates(ours.start.as_deref(), ours.end.as_deref());
            let candidate = match a.zip(b).and_then(|(a, b)| a.overlap(b)) {
                Some(both) => reason(ReasonKind::Classmate, fill(say.classmate, &[name, &years_text(both)]), w.classmate),
                None => reason(ReasonKind::SameSchool, fill(say.same_school, &[name]), w.same_school),
            };
            if best.as_ref().map_or(true, |b| candidate.points > b.points) {
                best = Some(candidate);
            }
        }
    }
    best
}

#[inline(never)]
fn mutual_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let count = facts::mutual_count(profile);
    if count == 0 {
        return None;
    }
    let names = facts::mutual_names(profile);
    let mut points = if count >= w.mutual_many_from {
        w.mutual_many
    } else if count >= w.mutual_some_from {
        w.mutual_some
    } else {
        w.mutual_few
    };
    let shown: Vec<&str> = names.iter().take(2).map(String::as_str).collect();
    let text = if shown.is_empty() {
        fill(say.mutual, &[&decimal(u64::from(count))])
    } else {
        points += w.mutual_named;
        let template = if count == 1 { say.mutual_one } else { say.mutual_named };
        fill(template, &[&decimal(u64::from(count)), &crate::text::join(&shown, ", ")])
    };
    Some(reason(ReasonKind::Mutual, text, points))
}

#[inline(never)]
fn degree_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    match profile.degree? {
        1 => Some(reason(ReasonKind::Degree, say.degree_first.to_string(), 0)),
        2 => Some(reason(ReasonKind::Degree, say.degree_second.to_string(), w.degree_second)),
        3 => Some(reason(ReasonKind::Degree, say.degree_third.to_string(), w.degree_third)),
        _ => None,
    }
}

#[inline(never)]
fn recommendations_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let count = profile.recommendations_received.filter(|&n| n > 0)?;
    let points = if count >= w.recommendations_many_from { w.recommendations_many } else { w.recommendations_few };
    let text = if count == 1 { say.recommendations_one.to_string() } else { fill(say.recommendations, &[&decimal(u64::from(count))]) };
    Some(reason(ReasonKind::Recommendations, text, points))
}

#[inline(never)]
fn website_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let link = profile
        .links
        .iter()
        .filter(|l| matches!(l.kind, LinkKind::Website | LinkKind::Blog | LinkKind::Twitter))
        .find_map(|l| facts::readable(Some(host_of(l.url.trim()))))?;
    Some(reason(ReasonKind::Website, fill(say.website, &[&link]), w.website))
}

#[inline(never)]
fn about_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let about = facts::readable(profile.about.as_deref())?;
    let word_count = about.split_whitespace().count();
    let crafted = about.chars().count() >= w.about_crafted_min_chars && word_count >= w.about_crafted_min_words;
    crafted.then(|| reason(ReasonKind::About, fill(say.about, &[&decimal(word_count as u64)]), w.about_crafted))
}

#[inline(never)]
fn activity_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let latest = profile.recent_activity.iter().find(|a| facts::is_readable(Some(&a.text)))?;
    let text = match facts::readable(latest.when.as_deref()) {
        Some(when) => fill(say.activity_when, &[&when]),
        None => say.activity.to_string(),
    };
    Some(reason(ReasonKind::Activity, text, w.activity))
}

#[inline(never)]
fn completeness_apart(profile: &Profile, positions: &[Position], w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let filled = [
        facts::is_readable(profile.headline.as_deref()),
        facts::is_readable(profile.location.as_deref()),
        !positions.is_empty(),
        profile.education.iter().any(|e| facts::is_readable(e.school.as_deref())),
        facts::is_readable(profile.about.as_deref()),
    ]
    .iter()
    .filter(|&&f| f)
    .count();
    match filled {
        5 => Some(reason(ReasonKind::Complete, say.complete.to_string(), w.complete)),
        0 | 1 => Some(reason(ReasonKind::Sparse, say.sparse.to_string(), w.sparse)),
        _ => None,
    }
}

/// Phrases that mark a profile as spam or a get-rich pitch, in four languages.
static SPAM_PHRASES: Family = Family::new(crate::list![
    "dm me", "make money", "passive income", "forex", "crypto signals", "binary options",
    "investment opportunity", "100% guaranteed", "guaranteed returns", "get rich", "financial freedom",
    "work from home", "whatsapp me", "telegram me", "click the link", "link in bio", "onlyfans",
    "earn money", "gagner de l'argent", "revenus passifs", "liberte financiere", "geld verdienen",
    "passives einkommen", "finanzielle freiheit", "ganar dinero", "ingresos pasivos", "libertad financiera",
]);

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF)
}

/// What makes the profile look like spam, if anything: a get-rich phrase,
/// a headline full of emoji, or a headline in capitals.
pub(crate) fn spam_evidence(profile: &Profile) -> Option<String> {
    let w = &WEIGHTS;
    // The words of name, headline and about, folded once into one string
    // (sized once: folding keeps about the length).
    let parts = [profile.name.as_deref(), profile.headline.as_deref(), profile.about.as_deref()];
    let mut text = String::with_capacity(parts.iter().flatten().map(|part| part.len() + 3).sum());
    for (i, part) in parts.into_iter().flatten().enumerate() {
        if i > 0 {
            text.push_str(" \n ");
        }
        fold_into(&mut text, part);
    }
    let haystack = word_slices(&text);
    let phrase = SPAM_PHRASES.find_in(&haystack).map(str::to_string);
    let headline = profile.headline.as_deref().unwrap_or("");
    let (mut emoji, mut letters, mut lower) = (0, 0, false);
    for c in headline.chars() {
        if is_emoji(c) {
            emoji += 1;
        }
        if c.is_alphabetic() {
            letters += 1;
            lower |= c.is_lowercase();
        }
    }
    let shouting = letters >= 20 && !lower;
    let evidence = phrase
        .or_else(|| (emoji >= w.spammy_emoji_from).then(|| headline.to_string()))
        .or_else(|| shouting.then(|| headline.to_string()))?;
    Some(quote_at_most(&evidence, 40))
}

/// `text` cut at a word within `max_units` UTF-16 units, or — one unbroken
/// word — cut mid-word with "…", so the reason always quotes something.
fn quote_at_most(text: &str, max_units: usize) -> String {
    if let Some(cut) = super::matching::shorten_at_word(text, max_units) {
        return cut.to_string();
    }
    let mut units = 0;
    let mut out: String = text
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units < max_units
        })
        .collect();
    out.push('…');
    out
}

#[inline(never)]
fn spam_apart(profile: &Profile, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let evidence = spam_evidence(profile)?;
    Some(reason(ReasonKind::Spammy, fill(say.spammy, &[&evidence]), w.spammy))
}

/// Keyword families a role is matched against (folded words, any language).
static RECRUITER: Family = Family::new(crate::list![
    "recruiter", "recruiting", "recruitment", "talent acquisition", "talent partner", "sourcer",
    "headhunter", "we're hiring", "we are hiring", "recruteur", "recruteuse", "recrutement",
    "charge de recrutement", "chargee de recrutement", "personalberater", "recruiterin", "reclutador",
    "reclutadora", "reclutamiento", "seleccion de personal",
]);
static SENIOR: Family = Family::new(crate::list![
    "senior", "sr", "staff", "principal", "lead", "architect", "expert", "head", "chief", "director",
    "confirme", "confirmee", "leitend", "leitender", "leiter", "leiterin", "lider", "jefe", "jefa",
    "experto", "experta",
]);
static MAKER: Family = Family::new(crate::list![
    "engineer", "developer", "programmer", "designer", "scientist", "analyst", "devops", "sre",
    "ingenieur", "ingenieure", "developpeur", "developpeuse", "entwickler", "entwicklerin",
    "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "disenador", "disenadora",
]);
static OPEN_TO_WORK: Family = Family::new(crate::list![
    "open to work", "looking for", "seeking", "available", "a l'ecoute", "en recherche",
    "offen fur", "auf der suche", "busco", "buscando", "disponible",
]);
static DECIDER: Family = Family::new(crate::list![
    "founder", "co founder", "cofounder", "ceo", "cto", "coo", "cfo", "cio", "owner", "president",
    "vp", "vice president", "head of", "director", "directeur", "directrice", "fondateur",
    "fondatrice", "gerant", "gerante", "grunder", "grunderin", "geschaftsfuhrer", "geschaftsfuhrerin",
    "inhaber", "inhaberin", "fundador", "fundadora", "directora", "gerente", "propietario",
]);
static MANAGER: Family = Family::new(crate::list!["manager", "responsable", "leiter", "leiterin", "jefe", "jefa", "lead"]);
static TEACHER: Family = Family::new(crate::list![
    "author", "speaker", "researcher", "professor", "lecturer", "phd", "dr", "expert", "fellow",
    "auteur", "autrice", "chercheur", "chercheuse", "professeur", "docteur", "autor", "autorin",
    "forscher", "forscherin", "dozent", "dozentin", "investigador", "investigadora", "profesor",
    "profesora",
]);
static HOST: Family = Family::new(crate::list![
    "speaker", "organizer", "organiser", "community", "evangelist", "advocate", "meetup", "podcast",
    "host", "conferencier", "conferenciere", "organisateur", "organisatrice", "speakerin",
    "referent", "referentin", "veranstalter", "ponente", "organizador", "organizadora",
]);
static LEARNER: Family = Family::new(crate::list![
    "student", "intern", "junior", "graduate", "aspiring", "apprentice", "trainee", "etudiant",
    "etudiante", "stagiaire", "alternant", "alternante", "praktikant", "praktikantin", "werkstudent",
    "werkstudentin", "auszubildende", "auszubildender", "estudiante", "becario", "becaria", "practicas",
]);
/// Words of a title too common to say two people share a field.
const FIELD_NOISE: crate::text::list::List = crate::list![
    "senior", "junior", "lead", "head", "chief", "principal", "staff", "intern", "associate",
    "assistant", "team", "group", "global", "former", "with", "from", "chez", "bei", "und", "para",
    "pour", "avec", "mit", "the", "and", "for", "manager", "director", "officer", "specialist",
    "partner", "owner", "member",
];

/// Phrases matched as words, split into words once for every score.
struct Family {
    phrases: crate::text::list::List,
    /// Each phrase with its words.
    split: OnceLock<Vec<(&'static str, Vec<String>)>>,
}

impl Family {
    const fn new(phrases: crate::text::list::List) -> Family {
        Family { phrases, split: OnceLock::new() }
    }

    /// The first phrase found in `haystack` (split by [`words`]).
    fn find_in<S: AsRef<str>>(&self, haystack: &[S]) -> Option<&'static str> {
        let split = self.split.get_or_init(|| self.phrases.iter().map(|p| (p, words(p))).collect());
        split.iter().find(|(_, needle)| contains_words(haystack, needle)).map(|(p, _)| *p)
    }
}

fn matches_any(haystack: &[&str], family: &Family) -> bool {
    family.find_in(haystack).is_some()
}

/// A word of their titles also found in the user's titles ("engineer").
/// `role_words`: the words of their [`facts::role_text_of`].
fn shared_field_word(role_words: &[&str], me: &Me) -> Option<String> {
    let mine = &me.role_words;
    // The user's words first: few of theirs are, and that look is the cheapest.
    role_words
        .iter()
        .filter(|w| mine.iter().any(|m| m == *w))
        .find(|w| w.chars().count() >= 4 && !FIELD_NOISE.contains(w))
        .map(|w| w.to_string())
}

#[inline(never)]
fn goals_apart(profile: &Profile, positions: &[Position], me: Option<&Me>, settings: &Settings, w: &Weights, say: &ReasonWords) -> Vec<Reason> {
    let role_text = fold(&facts::role_text_of(profile, positions));
    let role_words = word_slices(&role_text);
    let goals = settings.effective_goals();
    // Every goal but networking quotes their role.
    let role = if goals.iter().any(|g| *g != Goal::Networking) { facts::role_phrase_of(profile, positions, 60) } else { None };
    let mut out = Vec::new();
    for goal in goals {
        let found = match goal {
            Goal::Networking => me.and_then(|me| shared_field_word(&role_words, me)).map(|word| {
                reason(ReasonKind::GoalNetworking, fill(say.same_field, &[&word]), w.same_field)
            }),
            Goal::Hiring => hiring_apart(&role_words, role.as_deref(), me, w, say),
            Goal::JobSeeking => job_seeking_apart(&role_words, role.as_deref(), w, say),
            Goal::Selling => selling_apart(&role_words, role.as_deref(), w, say),
            Goal::Learning => learning_apart(profile, &role_words, role.as_deref(), w, say),
            Goal::HostingEvents => hosting_apart(profile, &role_words, role.as_deref(), w, say),
            Goal::Mentoring => mentoring_apart(&role_words, role.as_deref(), w, say),
        };
        out.extend(found);
    }
    out.extend(target_company(positions, settings, w, say));
    // Goals together add at most `goal_cap`: trim the last reasons so the
    // points listed still add up to the score.
    let mut budget = w.goal_cap;
    for r in &mut out {
        r.points = r.points.min(budget.max(0));
        budget -= r.points;
    }
    out.retain(|r| r.points > 0);
    out
}

// One function per goal: only the user's goals are compiled.

#[inline(never)]
fn hiring_apart(role_words: &[&str], role: Option<&str>, me: Option<&Me>, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let maker = matches_any(role_words, &MAKER)
        || me.and_then(|me| shared_field_word(role_words, me)).is_some();
    let strong = (maker && matches_any(role_words, &SENIOR)) || matches_any(role_words, &OPEN_TO_WORK);
    let points = if strong { w.goal_strong } else if maker { w.goal_some } else { 0 };
    goal_reason(ReasonKind::GoalHiring, say.goal_hiring, role, points)
}

#[inline(never)]
fn job_seeking_apart(role_words: &[&str], role: Option<&str>, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let points = if matches_any(role_words, &RECRUITER) {
        w.goal_strong
    } else if matches_any(role_words, &DECIDER) || matches_any(role_words, &MANAGER) {
        w.goal_some
    } else {
        0
    };
    goal_reason(ReasonKind::GoalJobSeeking, say.goal_job_seeking, role, points)
}

#[inline(never)]
fn selling_apart(role_words: &[&str], role: Option<&str>, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let points = if matches_any(role_words, &DECIDER) {
        w.goal_strong
    } else if matches_any(role_words, &MANAGER) {
        w.goal_some
    } else {
        0
    };
    goal_reason(ReasonKind::GoalSelling, say.goal_selling, role, points)
}

#[inline(never)]
fn learning_apart(profile: &Profile, role_words: &[&str], role: Option<&str>, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let expert = matches_any(role_words, &TEACHER) || matches_any(role_words, &SENIOR);
    let shows_work = !profile.links.is_empty() || !profile.recent_activity.is_empty();
    let points = match (expert, shows_work) {
        (true, true) => w.goal_strong,
        (true, false) => w.goal_some,
        _ => 0,
    };
    goal_reason(ReasonKind::GoalLearning, say.goal_learning, role, points)
}

#[inline(never)]
fn hosting_apart(profile: &Profile, role_words: &[&str], role: Option<&str>, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    if matches_any(role_words, &HOST) {
        goal_reason(ReasonKind::GoalHostingEvents, say.goal_hosting, role, w.goal_strong)
    } else {
        profile.followers.filter(|&f| f >= w.audience_followers_from).map(|f| {
            reason(ReasonKind::GoalHostingEvents, fill(say.goal_hosting_audience, &[&decimal(u64::from(f))]), w.goal_some)
        })
    }
}

#[inline(never)]
fn mentoring_apart(role_words: &[&str], role: Option<&str>, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let points = if matches_any(role_words, &LEARNER) { w.goal_strong } else { 0 };
    goal_reason(ReasonKind::GoalMentoring, say.goal_mentoring, role, points)
}

fn goal_reason(kind: ReasonKind, template: &str, role: Option<&str>, points: i32) -> Option<Reason> {
    if points <= 0 {
        return None;
    }
    Some(reason(kind, fill(template, &[role?]), points))
}

fn target_company(positions: &[Position], settings: &Settings, w: &Weights, say: &ReasonWords) -> Option<Reason> {
    let current = positions.iter().filter(|p| p.current).collect::<Vec<_>>();
    let hit = current
        .iter()
        .find(|p| settings.target_companies.iter().any(|t| same_company(t, &p.company)))?;
    Some(reason(ReasonKind::TargetCompany, fill(say.target_company, &[&hit.company]), w.target_company))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Activity, Education, Experience, Link, MutualConnections};

    fn job(company: &str, title: &str, start: &str, end: Option<&str>) -> Experience {
        Experience { title: Some(title.into()), company: Some(company.into()), start: Some(start.into()), end: end.map(Into::into) }
    }

    fn school(name: &str, start: &str, end: &str) -> Education {
        Education { school: Some(name.into()), degree: None, start: Some(start.into()), end: Some(end.into()) }
    }

    fn kinds(score: &Score) -> Vec<ReasonKind> {
        score.reasons.iter().map(|r| r.kind).collect()
    }

    fn find(score: &Score, kind: ReasonKind) -> Option<&Reason> {
        score.reasons.iter().find(|r| r.kind == kind)
    }

    fn person() -> Profile {
        Profile {
            name: Some("Ana Ruiz".into()),
            first_name: Some("Ana".into()),
            headline: Some("Senior Engineer at Acme".into()),
            location: Some("Lyon, Auvergne-Rhône-Alpes, France".into()),
            experience: vec![job("Acme", "Senior Engineer", "Jan 2020", None), job("Globex", "Engineer", "2014", Some("2019"))],
            education: vec![school("INSA Lyon", "2009", "2014")],
            ..Profile::default()
        }
    }

    fn me() -> Profile {
        Profile {
            name: Some("Sam Lee".into()),
            headline: Some("Engineering Manager".into()),
            location: Some("Lyon".into()),
            experience: vec![job("Initech", "Engineering Manager", "2021", None), job("Globex Corp.", "Engineer", "2016", Some("2020"))],
            education: vec![school("INSA Lyon", "2012", "2016")],
            ..Profile::default()
        }
    }

    #[test]
    fn ex_colleague_with_overlapping_years() {
        let score = score_profile(&person(), Some(&me()), &Settings::default());
        let tie = find(&score, ReasonKind::ExColleague);
        assert_eq!(tie.map(|r| r.text.as_str()), Some("You both worked at Globex (2016–2019)."));
        assert_eq!(tie.map(|r| r.points), Some(WEIGHTS.ex_colleague));
    }

    #[test]
    fn current_colleague_beats_ex_colleague() {
        let mut me = me();
        me.experience.insert(0, job("ACME Inc.", "Manager", "2022", None));
        let score = score_profile(&person(), Some(&me), &Settings::default());
        assert_eq!(find(&score, ReasonKind::Colleague).map(|r| r.text.as_str()), Some("You both work at Acme now."));
        assert!(find(&score, ReasonKind::ExColleague).is_none(), "one employer reason, the strongest");
    }

    #[test]
    fn same_employer_in_different_years_counts_less() {
        let mut me = me();
        me.experience = vec![job("Globex", "Engineer", "2005", Some("2008"))];
        let score = score_profile(&person(), Some(&me), &Settings::default());
        assert_eq!(find(&score, ReasonKind::SameEmployer).map(|r| r.points), Some(WEIGHTS.same_employer));
    }

    #[test]
    fn classmates_and_same_school() {
        let score = score_profile(&person(), Some(&me()), &Settings::default());
        assert_eq!(find(&score, ReasonKind::Classmate).map(|r| r.text.as_str()), Some("You were both at INSA Lyon (2012–2014)."));
        let mut older = me();
        older.education = vec![school("insa lyon", "1990", "1995")];
        let score = score_profile(&person(), Some(&older), &Settings::default());
        assert_eq!(find(&score, ReasonKind::SameSchool).map(|r| r.text.as_str()), Some("You both studied at INSA Lyon."));
    }

    #[test]
    fn same_city() {
        let score = score_profile(&person(), Some(&me()), &Settings::default());
        assert_eq!(find(&score, ReasonKind::SameCity).map(|r| r.text.as_str()), Some("You are both in Lyon."));
    }

    #[test]
    fn without_me_relationship_is_off_and_said() {
        let score = score_profile(&person(), None, &Settings::default());
        assert!(kinds(&score).contains(&ReasonKind::NoMe));
        assert!(!kinds(&score).iter().any(|k| matches!(k, ReasonKind::ExColleague | ReasonKind::Classmate | ReasonKind::SameCity)));
    }

    #[test]
    fn mutual_connections_named_and_counted() {
        let mut p = person();
        p.mutual_connections = Some(MutualConnections { count: 12, names: vec!["Bo Chen".into(), "Lia Park".into(), "X".into()] });
        let score = score_profile(&p, None, &Settings::default());
        let m = find(&score, ReasonKind::Mutual);
        assert_eq!(m.map(|r| r.points), Some(WEIGHTS.mutual_many + WEIGHTS.mutual_named));
        assert_eq!(m.map(|r| r.text.as_str()), Some("You have 12 mutual connections, including Bo Chen, Lia Park."));
        p.mutual_connections = Some(MutualConnections { count: 1, names: vec!["Bo Chen".into()] });
        let score = score_profile(&p, None, &Settings::default());
        assert_eq!(find(&score, ReasonKind::Mutual).map(|r| r.text.as_str()), Some("You have one mutual connection: Bo Chen."));
    }

    #[test]
    fn degree_points_and_already_connected() {
        let mut p = person();
        p.degree = Some(2);
        assert_eq!(find(&score_profile(&p, None, &Settings::default()), ReasonKind::Degree).map(|r| r.points), Some(WEIGHTS.degree_second));
        p.degree = Some(1);
        let score = score_profile(&p, None, &Settings::default());
        assert!(!score.worth_note);
        assert_eq!(find(&score, ReasonKind::Degree).map(|r| r.points), Some(0));
    }

    #[test]
    fn profile_signals() {
        let mut p = person();
        p.recommendations_received = Some(4);
        p.links = vec![Link { kind: LinkKind::Blog, url: "https://www.ana.dev/posts".into() }];
        p.about = Some("I build tools for people who build things. ".repeat(6));
        p.recent_activity = vec![Activity { text: "Shipped it".into(), when: Some("2w".into()) }];
        let score = score_profile(&p, None, &Settings::default());
        assert_eq!(find(&score, ReasonKind::Recommendations).map(|r| r.points), Some(WEIGHTS.recommendations_many));
        assert_eq!(find(&score, ReasonKind::Website).map(|r| r.text.as_str()), Some("Their profile links ana.dev."));
        assert!(find(&score, ReasonKind::About).is_some());
        assert_eq!(find(&score, ReasonKind::Activity).map(|r| r.text.as_str()), Some("They posted or commented recently (2w)."));
        assert!(find(&score, ReasonKind::Complete).is_some());
    }

    #[test]
    fn empty_and_spammy_profiles_score_low() {
        let empty = Profile { name: Some("Bob".into()), ..Profile::default() };
        let score = score_profile(&empty, None, &Settings::default());
        assert!(kinds(&score).contains(&ReasonKind::Sparse));
        assert_eq!(score.tier, Tier::Low);
        let spam = Profile {
            name: Some("Rich Quick".into()),
            headline: Some("💰💰 Make money from home 🚀🚀🚀 DM me".into()),
            ..Profile::default()
        };
        let score = score_profile(&spam, None, &Settings::default());
        assert!(kinds(&score).contains(&ReasonKind::Spammy));
        assert!(score.value < 20, "{score:?}");
        assert!(!score.worth_note);
    }

    #[test]
    fn goals_change_what_matters() {
        let recruiter = Profile {
            headline: Some("Technical Recruiter at Acme".into()),
            experience: vec![job("Acme", "Technical Recruiter", "2020", None)],
            ..Profile::default()
        };
        let seeking = Settings { goals: vec![Goal::JobSeeking], target_companies: vec!["ACME".into()], ..Settings::default() };
        let score = score_profile(&recruiter, None, &seeking);
        assert_eq!(find(&score, ReasonKind::GoalJobSeeking).map(|r| r.points), Some(WEIGHTS.goal_strong));
        assert_eq!(find(&score, ReasonKind::TargetCompany).map(|r| r.text.as_str()), Some("They work at Acme, one of your target companies."));
        let networking = score_profile(&recruiter, None, &Settings::default());
        assert!(score.value > networking.value);

        let hiring = Settings { goals: vec![Goal::Hiring], ..Settings::default() };
        let score = score_profile(&person(), None, &hiring);
        assert_eq!(find(&score, ReasonKind::GoalHiring).map(|r| r.text.as_str()), Some("As Senior Engineer, they could be a candidate for your team."));

        let founder = Profile { headline: Some("Co-founder & CEO at Tiny".into()), ..Profile::default() };
        let selling = Settings { goals: vec![Goal::Selling], ..Settings::default() };
        assert!(find(&score_profile(&founder, None, &selling), ReasonKind::GoalSelling).is_some());

        let student = Profile { headline: Some("Étudiante en informatique".into()), ..Profile::default() };
        let mentoring = Settings { goals: vec![Goal::Mentoring], ..Settings::default() };
        assert!(find(&score_profile(&student, None, &mentoring), ReasonKind::GoalMentoring).is_some());
    }

    #[test]
    fn goal_points_are_capped() {
        let all = Settings { goals: Goal::ALL.to_vec(), target_companies: vec!["Acme".into()], ..Settings::default() };
        let score = score_profile(&person(), Some(&me()), &all);
        let goal_points: i32 = score
            .reasons
            .iter()
            .filter(|r| format!("{:?}", r.kind).starts_with("Goal") || r.kind == ReasonKind::TargetCompany)
            .map(|r| r.points)
            .sum();
        assert!(goal_points <= WEIGHTS.goal_cap);
    }

    #[test]
    fn points_add_up_to_the_value() {
        let score = score_profile(&person(), Some(&me()), &Settings::default());
        let sum: i32 = WEIGHTS.base + score.reasons.iter().map(|r| r.points).sum::<i32>();
        assert_eq!(i32::from(score.value), sum.clamp(0, 100));
    }

    #[test]
    fn scarce_notes_go_to_the_best() {
        let mut p = person();
        p.degree = Some(2);
        p.mutual_connections = Some(MutualConnections { count: 3, names: vec!["Bo Chen".into()] });
        let me = me();
        let plenty = Settings { notes_remaining: Some(20), ..Settings::default() };
        let scarce = Settings { notes_remaining: Some(1), ..Settings::default() };
        let none = Settings { notes_remaining: Some(0), ..Settings::default() };
        let good = score_profile(&p, Some(&me), &scarce);
        assert!(good.value >= 75 && good.worth_note, "{good:?}");
        let middling = score_profile(&p, None, &scarce);
        assert!(!middling.worth_note, "{middling:?}");
        assert!(score_profile(&p, None, &plenty).worth_note);
        assert!(!score_profile(&p, Some(&me), &none).worth_note);
    }

    #[test]
    fn reasons_follow_the_ui_language() {
        let fr = Settings { language: Some("fr".into()), ..Settings::default() };
        let score = score_profile(&person(), Some(&me()), &fr);
        assert_eq!(find(&score, ReasonKind::ExColleague).map(|r| r.text.as_str()), Some("Vous avez tous deux travaillé chez Globex (2016–2019)."));
    }

    #[test]
    fn own_profile_is_not_scored() {
        let own = Profile { is_self: true, ..person() };
        let score = score_profile(&own, None, &Settings::default());
        assert_eq!(kinds(&score), [ReasonKind::OwnProfile]);
        assert!(!score.worth_note);
    }
}
