//! What the `tests/fuzz_*.rs` targets share: a case budget from the
//! environment, a runner that counts executions and keeps time, and the
//! hostile strings and profiles they feed the code.
//!
//! `FUZZ_CASES` (default 256, so `cargo test` stays quick) is the number of
//! generated inputs per target; `FUZZ_SECONDS` (unset by default) stops a
//! target early once that much time has passed. `make fuzz` sets both.
//! Every run draws a fresh random seed; a failure prints the minimal input
//! proptest shrank it to, which then becomes a named regression test.

#![allow(dead_code)] // each target uses its own part of this module

use std::fmt::Debug;
use std::time::{Duration, Instant};

use noteworthy::judgment::{Goal, Settings, Tone};
use noteworthy::model::{Activity, ConnectAvailable, Education, Experience, Link, LinkKind, MutualConnections, Profile};
use noteworthy::text::{case, clean};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

fn env_number(name: &str) -> Option<f64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// Inputs per target (`FUZZ_CASES`, default 256).
pub fn cases() -> u64 {
    env_number("FUZZ_CASES").map_or(256, |n| n.max(1.0) as u64)
}

/// Runs `property` on inputs from `strategy` until `FUZZ_CASES` inputs passed
/// or `FUZZ_SECONDS` elapsed; panics with the shrunk input on a failure or a
/// panic inside the code under test. Prints executions, time and the slowest
/// single execution.
pub fn fuzz<S>(name: &str, strategy: S, property: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let total = cases();
    let budget = env_number("FUZZ_SECONDS").map(Duration::from_secs_f64);
    let started = Instant::now();
    let execs = std::cell::Cell::new(0u64);
    let slowest = std::cell::Cell::new(Duration::ZERO);
    let mut passed = 0u64;
    while passed < total {
        // Batches with fresh seeds, so a time budget can stop between them.
        let batch = (total - passed).min(1024) as u32;
        let config = Config { cases: batch, failure_persistence: None, max_shrink_iters: 20_000, ..Config::default() };
        let mut runner = TestRunner::new(config);
        let result = runner.run(&strategy, |value| {
            execs.set(execs.get() + 1);
            let t0 = Instant::now();
            let outcome = property(value);
            slowest.set(slowest.get().max(t0.elapsed()));
            outcome
        });
        match result {
            Ok(()) => {}
            Err(TestError::Fail(why, input)) => panic!("fuzz {name}: {why}\nminimal failing input: {input:#?}"),
            Err(TestError::Abort(why)) => panic!("fuzz {name}: aborted: {why}"),
        }
        passed += u64::from(batch);
        if budget.is_some_and(|b| started.elapsed() >= b) {
            break;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz {name}: {} execs in {secs:.1} s ({:.0}/s), {passed} inputs passed, slowest {:.1} ms, 0 crashes",
        execs.get(),
        execs.get() as f64 / secs.max(1e-9),
        slowest.get().as_secs_f64() * 1000.0,
    );
}

/// What strangers put in their profiles to break things, and what breaks
/// naive string code.
pub const PAYLOADS: &[&str] = &[
    "<img src=x onerror=window.__pwned=1>",
    "\"><script>window.__pwned=1</script>",
    "javascript:window.__pwned=1",
    "{{constructor.constructor('window.__pwned=1')()}}",
    "${window.__pwned=1}",
    "</textarea><svg onload=window.__pwned=1>",
    "' OR '1'='1",
    "[Name]",
    "{first_name}",
    "%NAME%",
    "{0}",
    "{1}",
    "\u{202e}gnp.exe",
    "\u{202d}\u{202a}\u{202b}\u{202c}\u{2066}\u{2067}\u{2068}\u{2069}",
    "\u{200e}\u{200f}\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}",
    "👩‍👩‍👧‍👦",
    "👨🏽‍💻",
    "🏳️‍🌈",
    "🇸🇪",
    "e\u{301}\u{302}\u{303}",
    "İstanbul",
    "STRASSE Straße ﬁnance",
    "ΣΊΣΥΦΟΣ",
    "王小明",
    "ليلى الحداد",
    "דוד כהן",
    "Dr. Ana-Lucía Pérez, PhD (she/her) 🌱",
    "\u{0}\u{1}\u{7f}\u{85}",
    "\u{fffd}\u{ffff}",
    "Jan 2020 - Present · 5 yrs",
    "févr. 2024 – aujourd’hui",
    "1,234 followers",
    "Ana, Bo and 12 other mutual connections",
    "https://www.linkedin.com/redir/redirect?url=javascript%3Awindow.__pwned%3D1",
    "https://www.linkedin.com/in/ana-l%C3%B3pez/",
];

/// One short piece of hostile text.
fn token() -> BoxedStrategy<String> {
    prop_oneof![
        4 => proptest::sample::select(PAYLOADS).prop_map(str::to_string),
        3 => "[A-Za-zÀ-ÿ]{1,12}",
        2 => "\\PC{1,12}",
        1 => any::<char>().prop_map(String::from),
        2 => proptest::sample::select(&[" ", "  ", "\n", "\t", ", ", ". ", " | ", " · ", " • ", " - ", " and ", "/", "(", ")", "…"][..])
            .prop_map(str::to_string),
    ]
    .boxed()
}

/// Hostile strings: empty, short mixes of payloads and words, arbitrary
/// Unicode, and now and then a 10,000-character field or one unbroken word.
pub fn hostile() -> BoxedStrategy<String> {
    hostile_weighted(1)
}

/// The same for one field of many (a profile has about thirty): long
/// fields are rarer, about one per profile, so fuzzing stays fast.
pub fn field() -> BoxedStrategy<String> {
    hostile_weighted(8)
}

fn hostile_weighted(short: u32) -> BoxedStrategy<String> {
    prop_oneof![
        2 * short => Just(String::new()),
        10 * short => proptest::collection::vec(token(), 1..16).prop_map(|parts| parts.concat()),
        4 * short => "\\PC{0,60}",
        2 * short => any::<String>(),
        1 => (1usize..=10_000).prop_map(|n| "x".repeat(n)),
        1 => (1usize..=5_000).prop_map(|n| "🚀".repeat(n)),
        1 => (token(), 100usize..=2_000).prop_map(|(t, n)| {
            let mut s = t.repeat(n);
            // Cut at a character boundary near 10,000 bytes.
            while s.len() > 10_000 {
                s.pop();
            }
            s
        }),
        1 => (1usize..=1_000).prop_map(|n| "Senior Engineer and Lead ".repeat(n)),
    ]
    .boxed()
}

pub fn opt(s: BoxedStrategy<String>) -> BoxedStrategy<Option<String>> {
    proptest::option::of(s).boxed()
}

fn date() -> BoxedStrategy<String> {
    prop_oneof![
        "(Jan|Feb|juil\\.|Okt\\.|ene\\.|févr\\.)? ?(19|20)[0-9]{2}",
        field(),
    ]
    .boxed()
}

fn experience() -> BoxedStrategy<Experience> {
    (opt(field()), opt(field()), opt(date()), opt(date()))
        .prop_map(|(title, company, start, end)| Experience { title, company, start, end })
        .boxed()
}

fn education() -> BoxedStrategy<Education> {
    (opt(field()), opt(field()), opt(date()), opt(date()))
        .prop_map(|(school, degree, start, end)| Education { school, degree, start, end })
        .boxed()
}

/// A profile whose every field may be hostile.
pub fn profile() -> BoxedStrategy<Profile> {
    let who = (opt(field()), opt(field()), opt(field()), opt(field()), opt(field()), any::<bool>(), opt(field())).boxed();
    let work = (
        proptest::collection::vec(experience(), 0..4),
        proptest::collection::vec(education(), 0..3),
        opt(field()),
        proptest::option::of(any::<u8>()),
    )
        .boxed();
    let social = (
        proptest::option::of((any::<u32>(), proptest::collection::vec(field(), 0..4)))
            .prop_map(|m| m.map(|(count, names)| MutualConnections { count, names })),
        opt(field()),
        proptest::collection::vec((field(), opt(field())).prop_map(|(text, when)| Activity { text, when }), 0..3),
        proptest::collection::vec(
            (prop_oneof![Just(LinkKind::Website), Just(LinkKind::Blog), Just(LinkKind::Twitter), Just(LinkKind::Other)], field())
                .prop_map(|(kind, url)| Link { kind, url }),
            0..3,
        ),
        proptest::option::of(any::<u32>()),
        prop_oneof![Just(None), Just(Some("en".to_string())), Just(Some("fr-FR".to_string())), Just(Some("de".to_string())), Just(Some("es".to_string())), opt(field())],
        prop_oneof![Just(ConnectAvailable::Primary), Just(ConnectAvailable::MoreMenu), Just(ConnectAvailable::Pending), Just(ConnectAvailable::None)],
    )
        .boxed();
    (who, work, social)
        .prop_map(
            |((name, first_name, headline, location, url, is_self, current_company), (experience, education, company2, degree), (mutual, about, activity, links, count, language, connect))| Profile {
                url,
                is_self,
                name,
                first_name,
                headline,
                location,
                degree,
                current_company: current_company.or(company2),
                experience,
                education,
                mutual_connections: mutual,
                about,
                followers: count,
                connections: count.map(|c| c / 3),
                links,
                recommendations_received: count.map(|c| c % 7),
                recent_activity: activity,
                connect_available: connect,
                language,
            },
        )
        .boxed()
}

/// Settings as a user (or an old, or a tampered, storage) may hold them.
pub fn settings() -> BoxedStrategy<Settings> {
    (
        prop_oneof![Just(None), Just(Some(200u32)), Just(Some(300u32)), proptest::option::of(any::<u32>())],
        proptest::sample::subsequence(Goal::ALL.to_vec(), 0..=7),
        prop_oneof![Just(Tone::Warm), Just(Tone::Brief), Just(Tone::Formal)],
        prop_oneof![Just(None), Just(Some("fr".to_string())), Just(Some("de-AT".to_string())), Just(Some("es".to_string())), opt(field())],
        opt(field()),
        proptest::option::of(any::<u32>()),
        proptest::collection::vec(field(), 0..3),
    )
        .prop_map(|(note_limit, goals, tone, language, context, notes_remaining, target_companies)| Settings {
            note_limit,
            goals,
            tone,
            language,
            context,
            notes_remaining,
            target_companies,
        })
        .boxed()
}

/// Every string of the profile (and the user's context), whitespace
/// collapsed as the judgment reads them: where a cited fact must come from.
pub fn quotable_sources(profile: &Profile, settings: &Settings) -> Vec<String> {
    let mut all: Vec<Option<&str>> = vec![
        profile.name.as_deref(),
        profile.first_name.as_deref(),
        profile.headline.as_deref(),
        profile.location.as_deref(),
        profile.current_company.as_deref(),
        profile.about.as_deref(),
        settings.context.as_deref(),
    ];
    for e in &profile.experience {
        all.extend([e.title.as_deref(), e.company.as_deref()]);
    }
    for e in &profile.education {
        all.extend([e.school.as_deref(), e.degree.as_deref()]);
    }
    for a in &profile.recent_activity {
        all.push(Some(&a.text));
    }
    if let Some(m) = &profile.mutual_connections {
        all.extend(m.names.iter().map(|n| Some(n.as_str())));
    }
    // Notes quote the profile without bidi embedding/override/isolate controls.
    let without_bidi = |t: &str| -> String {
        t.chars().filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')).collect()
    };
    let mut sources: Vec<String> = all.into_iter().flatten().map(|t| clean(&without_bidi(t))).collect();
    // A context that reads as a sentence ("We met at RustConf") is cited
    // inside the note's own sentence, its first letter lowered.
    if let Some(context) = settings.context.as_deref() {
        let context = clean(&without_bidi(context));
        let mut chars = context.chars();
        if let Some(first) = chars.next() {
            sources.push(std::iter::once(case::lower(first)).chain(chars).collect());
        }
    }
    sources
}
