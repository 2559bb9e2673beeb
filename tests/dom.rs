//! DOM readers against every fixture, in headless Chromium (`make test-wasm`).
//!
//! Each fixture is a LinkedIn-like page with the JSON a correct reader
//! returns. One test reads them all, prints per-field accuracy, then asserts
//! that every fixture reads exactly as expected.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use noteworthy::dom;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Document, DomParser, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    /// `Document.parseHTMLUnsafe` keeps `<template shadowrootmode>` as a
    /// real shadow root (DOMParser drops it).
    #[wasm_bindgen(catch, js_namespace = Document, js_name = parseHTMLUnsafe)]
    fn parse_html_unsafe(html: &str) -> Result<Document, JsValue>;
}

fn parse(html: &str) -> Document {
    parse_html_unsafe(html).unwrap_or_else(|_| {
        let parser = DomParser::new().expect("DOMParser");
        parser.parse_from_string(html, SupportedType::TextHtml).expect("parsed")
    })
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Profile,
    Invite,
    Search,
    Invitations,
}

/// (name, kind, html, expected json, page url)
type Case = (&'static str, Kind, &'static str, &'static str, &'static str);

const CAPTURES: &[Case] = &[
    (
        "captured/profile-g2-2025-09",
        Kind::Profile,
        include_str!("../../shared/fixtures/captured/profile-g2-2025-09.html"),
        include_str!("../../shared/fixtures/captured/profile-g2-2025-09.expected.json"),
        "https://www.linkedin.com/in/harivardhan-sai-kiran-tummala-6299d3c0f/",
    ),
    (
        "captured/search-people-2024-01",
        Kind::Search,
        include_str!("../../shared/fixtures/captured/search-people-2024-01.html"),
        include_str!("../../shared/fixtures/captured/search-people-2024-01.expected.json"),
        "https://www.linkedin.com/search/results/people/?keywords=cells",
    ),
    (
        "captured/search-people-2025-01",
        Kind::Search,
        include_str!("../../shared/fixtures/captured/search-people-2025-01.html"),
        include_str!("../../shared/fixtures/captured/search-people-2025-01.expected.json"),
        "https://www.linkedin.com/search/results/people/?keywords=cells",
    ),
];

/// Every fixture of `tests/fixtures/index.json` (kept in step with it by
/// `tests/fixture_index.rs`).
const FIXTURES: &[Case] = &[
    (
        "profile-g1-en-complete",
        Kind::Profile,
        include_str!("fixtures/profile-g1-en-complete.html"),
        include_str!("fixtures/profile-g1-en-complete.expected.json"),
        "https://www.linkedin.com/in/jonah-whitcombe-3b7a1920/",
    ),
    (
        "profile-g2-en-creator",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-creator.html"),
        include_str!("fixtures/profile-g2-en-creator.expected.json"),
        "https://www.linkedin.com/in/theomarchetti/",
    ),
    (
        "profile-g2-en-pending",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-pending.html"),
        include_str!("fixtures/profile-g2-en-pending.expected.json"),
        "https://www.linkedin.com/in/rosalind-achterberg-7741a2/",
    ),
    (
        "profile-g2-en-self",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-self.html"),
        include_str!("fixtures/profile-g2-en-self.expected.json"),
        "https://www.linkedin.com/in/maren-kolstad-4a1b27/",
    ),
    (
        "profile-g2-en-first-degree",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-first-degree.html"),
        include_str!("fixtures/profile-g2-en-first-degree.expected.json"),
        "https://www.linkedin.com/in/declanmq/",
    ),
    (
        "profile-g3-en-sdui",
        Kind::Profile,
        include_str!("fixtures/profile-g3-en-sdui.html"),
        include_str!("fixtures/profile-g3-en-sdui.expected.json"),
        "https://www.linkedin.com/in/amara-okonkwo-hale/",
    ),
    (
        "profile-g3-en-more-menu",
        Kind::Profile,
        include_str!("fixtures/profile-g3-en-more-menu.html"),
        include_str!("fixtures/profile-g3-en-more-menu.expected.json"),
        "https://www.linkedin.com/in/ignatiusfairweather/",
    ),
    (
        "profile-g2-fr",
        Kind::Profile,
        include_str!("fixtures/profile-g2-fr.html"),
        include_str!("fixtures/profile-g2-fr.expected.json"),
        "https://www.linkedin.com/in/clemence-delaunay-riviere/",
    ),
    (
        "profile-g2-de",
        Kind::Profile,
        include_str!("fixtures/profile-g2-de.html"),
        include_str!("fixtures/profile-g2-de.expected.json"),
        "https://www.linkedin.com/in/johannes-weissenberger/",
    ),
    (
        "profile-g1-es",
        Kind::Profile,
        include_str!("fixtures/profile-g1-es.html"),
        include_str!("fixtures/profile-g1-es.expected.json"),
        "https://www.linkedin.com/in/lucia-fernandez-ortega/",
    ),
    (
        "profile-g2-en-cjk-name",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-cjk-name.html"),
        include_str!("fixtures/profile-g2-en-cjk-name.expected.json"),
        "https://www.linkedin.com/in/meiling-lin-5b3a9/",
    ),
    (
        "profile-g2-en-rtl-name",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-rtl-name.html"),
        include_str!("fixtures/profile-g2-en-rtl-name.expected.json"),
        "https://www.linkedin.com/in/layla-alhaddad/",
    ),
    (
        "profile-g2-en-decorated-name",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-decorated-name.html"),
        include_str!("fixtures/profile-g2-en-decorated-name.expected.json"),
        "https://www.linkedin.com/in/analuciaperez-soil/",
    ),
    (
        "profile-g2-en-sparse",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-sparse.html"),
        include_str!("fixtures/profile-g2-en-sparse.expected.json"),
        "https://www.linkedin.com/in/bartholomew-quist-0b2a9c118/",
    ),
    (
        "profile-g2-en-aside-first",
        Kind::Profile,
        include_str!("fixtures/profile-g2-en-aside-first.html"),
        include_str!("fixtures/profile-g2-en-aside-first.expected.json"),
        "https://www.linkedin.com/in/saoirse-delacroix-yoon/",
    ),
    (
        "invite-g2-gate",
        Kind::Invite,
        include_str!("fixtures/invite-g2-gate.html"),
        include_str!("fixtures/invite-g2-gate.expected.json"),
        "https://www.linkedin.com/in/henrik-solvang-2c81a5/",
    ),
    (
        "invite-g2-note-free",
        Kind::Invite,
        include_str!("fixtures/invite-g2-note-free.html"),
        include_str!("fixtures/invite-g2-note-free.expected.json"),
        "https://www.linkedin.com/in/adaeze-nwosu-fairbanks/",
    ),
    (
        "invite-g2-note-premium-typed",
        Kind::Invite,
        include_str!("fixtures/invite-g2-note-premium-typed.html"),
        include_str!("fixtures/invite-g2-note-premium-typed.expected.json"),
        "https://www.linkedin.com/in/pietvanderlinde/",
    ),
    (
        "invite-g2-upsell",
        Kind::Invite,
        include_str!("fixtures/invite-g2-upsell.html"),
        include_str!("fixtures/invite-g2-upsell.expected.json"),
        "https://www.linkedin.com/in/marguerite-olawale/",
    ),
    (
        "invite-g2-email",
        Kind::Invite,
        include_str!("fixtures/invite-g2-email.html"),
        include_str!("fixtures/invite-g2-email.expected.json"),
        "https://www.linkedin.com/in/lars-ekdahl-88f1b0/",
    ),
    (
        "invite-g2-fr-note",
        Kind::Invite,
        include_str!("fixtures/invite-g2-fr-note.html"),
        include_str!("fixtures/invite-g2-fr-note.expected.json"),
        "https://www.linkedin.com/in/berenice-ollivier/",
    ),
    (
        "invite-g2-other-modal",
        Kind::Invite,
        include_str!("fixtures/invite-g2-other-modal.html"),
        include_str!("fixtures/invite-g2-other-modal.expected.json"),
        "https://www.linkedin.com/in/aurelio-castellanos/",
    ),
    (
        "invite-g3-shadow-gate",
        Kind::Invite,
        include_str!("fixtures/invite-g3-shadow-gate.html"),
        include_str!("fixtures/invite-g3-shadow-gate.expected.json"),
        "https://www.linkedin.com/in/kofi-mensah-dubois/",
    ),
    (
        "search-g3-2026",
        Kind::Search,
        include_str!("fixtures/search-g3-2026.html"),
        include_str!("fixtures/search-g3-2026.expected.json"),
        "https://www.linkedin.com/search/results/people/?keywords=product%20designer&origin=SWITCH_SEARCH_VERTICAL",
    ),
    (
        "invitations-g2-received",
        Kind::Invitations,
        include_str!("fixtures/invitations-g2-received.html"),
        include_str!("fixtures/invitations-g2-received.expected.json"),
        "https://www.linkedin.com/mynetwork/invitation-manager/received/",
    ),
    (
        "invitations-g3-received",
        Kind::Invitations,
        include_str!("fixtures/invitations-g3-received.html"),
        include_str!("fixtures/invitations-g3-received.expected.json"),
        "https://www.linkedin.com/mynetwork/invitation-manager/received/",
    ),
];

fn read(kind: Kind, document: &Document, url: &str) -> Value {
    let value = match kind {
        Kind::Profile => serde_json::to_value(dom::read_profile(document, url)),
        Kind::Invite => serde_json::to_value(dom::read_invite_dialog(document)),
        Kind::Search => serde_json::to_value(dom::read_search_results(document)),
        Kind::Invitations => serde_json::to_value(dom::read_invitations(document)),
    };
    value.expect("serializable")
}

#[derive(Default)]
struct Tally {
    fields: BTreeMap<String, (u32, u32)>,
    misses: Vec<String>,
}

impl Tally {
    fn field(&mut self, case: &str, field: String, expected: &Value, got: &Value) {
        let entry = self.fields.entry(field.clone()).or_default();
        entry.1 += 1;
        if expected == got {
            entry.0 += 1;
        } else {
            self.misses.push(format!("{case}: {field}\n    expected {expected}\n    got      {got}"));
        }
    }

    /// Compares objects key by key (`prefix.key`), cards card by card.
    fn compare(&mut self, case: &str, prefix: &str, expected: &Value, got: &Value) {
        match (expected, got) {
            (Value::Object(want), _) => {
                for (key, value) in want {
                    let field = format!("{prefix}.{key}");
                    self.field(case, field, value, got.get(key).unwrap_or(&Value::Null));
                }
                if let Value::Object(have) = got {
                    for key in have.keys().filter(|k| !want.contains_key(*k)) {
                        self.misses.push(format!("{case}: {prefix}.{key} read but not expected"));
                    }
                }
            }
            (Value::Array(want), Value::Array(have)) => {
                self.field(case, format!("{prefix}[].length"), &want.len().into(), &have.len().into());
                for (i, card) in want.iter().enumerate() {
                    let got = have.get(i).cloned().unwrap_or(Value::Null);
                    self.compare(&format!("{case}#{i}"), &format!("{prefix}[]"), card, &got);
                }
            }
            _ => self.field(case, prefix.to_string(), expected, got),
        }
    }
}

fn prefix(kind: Kind) -> &'static str {
    match kind {
        Kind::Profile => "profile",
        Kind::Invite => "invite",
        Kind::Search => "search",
        Kind::Invitations => "invitations",
    }
}

#[wasm_bindgen_test]
fn every_fixture_reads_as_expected() {
    let mut tally = Tally::default();
    for (name, kind, html, expected, url) in CAPTURES.iter().chain(FIXTURES) {
        let expected: Value = serde_json::from_str(expected).unwrap_or_else(|e| panic!("{name}: bad expected json: {e}"));
        let got = read(*kind, &parse(html), url);
        if expected.is_null() || got.is_null() {
            tally.field(name, format!("{}.(present)", prefix(*kind)), &expected.is_null().into(), &got.is_null().into());
        }
        tally.compare(name, prefix(*kind), &expected, &got);
    }
    let mut table = String::from("\nfield                                   correct/total  accuracy\n");
    let (mut right, mut total) = (0, 0);
    for (field, (ok, n)) in &tally.fields {
        right += ok;
        total += n;
        table.push_str(&format!("{field:<40}{:>6}/{:<6}{:>8.1}%\n", ok, n, 100.0 * f64::from(*ok) / f64::from(*n)));
    }
    table.push_str(&format!(
        "{:<40}{:>6}/{:<6}{:>8.1}%   ({} fixtures)\n",
        "ALL FIELDS",
        right,
        total,
        100.0 * f64::from(right) / f64::from(total.max(1)),
        CAPTURES.len() + FIXTURES.len()
    ));
    console_log!("{table}");
    for miss in &tally.misses {
        console_log!("MISS {miss}");
    }
    assert!(tally.misses.is_empty(), "{} fields read differently than expected (see MISS lines)", tally.misses.len());
}

#[wasm_bindgen_test]
fn a_page_without_a_profile_reads_as_nothing() {
    let document = parse("<html><head><title>Feed | LinkedIn</title></head><body><main></main></body></html>");
    assert!(!dom::top_card_present(&document));
    let read = dom::read_profile(&document, "https://www.linkedin.com/feed/");
    assert_eq!(read, noteworthy::model::Profile::default());
    assert!(dom::read_invite_dialog(&document).is_none());
    assert!(dom::read_search_results(&document).is_empty());
    assert!(dom::read_invitations(&document).is_empty());
}

#[wasm_bindgen_test]
fn nonsense_pages_never_throw() {
    for html in [
        "",
        "<main><section data-member-id><h1></h1><a href='%%%'>x</a></section></main>",
        "<div id='interop-outlet'></div><div role='dialog'><textarea></textarea><button>Send</button></div>",
        "<li class='reusable-search__result-container'><a href='/in/'>?</a></li>",
        "<li class='invitation-card'><button aria-label='Accept'></button></li>",
    ] {
        let document = parse(html);
        let _ = dom::read_profile(&document, "not a url");
        let _ = dom::read_invite_dialog(&document);
        let _ = dom::read_search_results(&document);
        let _ = dom::read_invitations(&document);
    }
}

/// Wraps a fragment in a page of its own.
fn page(lang: &str, title: &str, body: &str) -> Document {
    parse(&format!("<!doctype html><html lang='{lang}'><head><title>{title}</title></head><body>{body}</body></html>"))
}

/// Variants no fixture shows, written from linkedin-dom.md: the readers must
/// go by structure, so these read right too.
#[wasm_bindgen_test]
fn unseen_variants_read_by_structure() {
    use noteworthy::model::{ConnectAvailable, InviteStep};

    // G3 in French: pending invitation, counts with narrow no-break spaces.
    let g3 = page(
        "fr",
        "Élodie Martin | LinkedIn",
        "<main><section componentkey='com.linkedin.sdui.profile.card.refXYZTopcard'>\
         <div componentkey='ProfileVerificationTriggerRef-XYZ'><a href='/in/elodie-martin/overlay/about-this-profile/'><h2>Élodie Martin</h2></a></div>\
         <span>· 2e</span><p>Cheffe de produit chez Brisevent</p>\
         <div><p>Lyon, Auvergne-Rhône-Alpes, France</p><span aria-hidden='true'> · </span><a href='/in/elodie-martin/overlay/contact-info/'>Coordonnées</a></div>\
         <p>1\u{202f}234 abonnés · + de 500 relations</p>\
         <a href='/search/results/people/?facetConnectionOf=%5B%22x%22%5D'><p><strong>Léa Dubois</strong>, <strong>Marc Petit</strong> et 12 autres relations en commun</p></a>\
         <a href='/in/elodie-martin/' aria-label='En attente, cliquez pour retirer l’invitation envoyée à Élodie Martin'>En attente</a>\
         </section></main>",
    );
    let read = dom::read_profile(&g3, "https://www.linkedin.com/in/elodie-martin/?trk=x");
    assert_eq!(read.url.as_deref(), Some("https://www.linkedin.com/in/elodie-martin/"));
    assert_eq!(read.name.as_deref(), Some("Élodie Martin"));
    assert_eq!(read.first_name.as_deref(), Some("Élodie"));
    assert_eq!(read.degree, Some(2));
    assert_eq!(read.headline.as_deref(), Some("Cheffe de produit chez Brisevent"));
    assert_eq!(read.location.as_deref(), Some("Lyon, Auvergne-Rhône-Alpes, France"));
    assert_eq!(read.followers, Some(1234));
    assert_eq!(read.connections, Some(500));
    assert_eq!(read.mutual_connections.as_ref().map(|m| m.count), Some(14));
    assert_eq!(read.connect_available, ConnectAvailable::Pending);
    assert_eq!(read.language.as_deref(), Some("fr"));

    // G2 in German: Connect only under "More", labelled in German, no icon.
    let g2 = page(
        "de-DE",
        "Jonas Weber | LinkedIn",
        "<main><section class='artdeco-card' data-member-id='1'><h1>Jonas Weber</h1>\
         <span class='distance-badge'><span class='visually-hidden'>Kontakt 3. Grades</span><span class='dist-value' aria-hidden='true'>3.</span></span>\
         <button aria-label='Jonas folgen'>Folgen</button>\
         <div class='artdeco-dropdown__content'><div role='button' aria-label='Jonas Weber als Kontakt einladen'><span aria-hidden='true'>Vernetzen</span></div></div>\
         </section></main>",
    );
    let read = dom::read_profile(&g2, "https://www.linkedin.com/in/jonas-weber/");
    assert_eq!(read.degree, Some(3));
    assert_eq!(read.connect_available, ConnectAvailable::MoreMenu);
    assert_eq!(read.language.as_deref(), Some("de"));

    // The invite dialog inside a shadow root attached by script, in Spanish
    // and without LinkedIn's classes: found by its buttons.
    let doc = page("es", "Lucía | LinkedIn", "<div id='interop-outlet' data-testid='interop-shadowdom'></div>");
    let host = doc.get_element_by_id("interop-outlet").expect("outlet");
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("shadow root");
    root.set_inner_html(
        "<div role='dialog'><h2>¿Quieres añadir una nota a tu invitación?</h2>\
         <p>Personaliza tu invitación a <strong>Lucía Fernández</strong> añadiendo una nota.</p>\
         <button aria-label='Añadir una nota'>Añadir una nota</button>\
         <button aria-label='Enviar sin nota'>Enviar sin nota</button>\
         <button aria-label='Descartar'>×</button></div>",
    );
    let dialog = dom::read_invite_dialog(&doc).expect("dialog in the shadow root");
    assert!(dialog.in_shadow_root);
    assert_eq!(dialog.step, InviteStep::Gate);
    assert_eq!(dialog.invitee_name.as_deref(), Some("Lucía Fernández"));
    assert!(dialog.buttons.add_note && dialog.buttons.send_without_note && dialog.buttons.dismiss);

    // The older "How do you know X?" step, found by its dialog id.
    let doc = page(
        "en",
        "x",
        "<div role='dialog' aria-labelledby='send-invite-modal'><h2 id='send-invite-modal'>How do you know Ana López?</h2>\
         <button aria-label='Colleague'>Colleague</button><button aria-label='Classmate'>Classmate</button></div>",
    );
    let dialog = dom::read_invite_dialog(&doc).expect("dialog");
    assert_eq!(dialog.step, InviteStep::HowKnow);
    assert_eq!(dialog.invitee_name.as_deref(), Some("Ana López"));

    // A note step with a typed note: counter and Send enabled.
    let doc = page(
        "en",
        "x",
        "<div data-test-modal-id='send-invite-modal'><div role='dialog' class='artdeco-modal send-invite'>\
         <textarea id='custom-message' name='message' maxlength='300'>Hi Ana, loved your talk.</textarea>\
         <div aria-live='polite'>24/300</div>\
         <div class='artdeco-modal__actionbar'><button class='artdeco-button--secondary' aria-label='Cancel adding a note'>Cancel</button>\
         <button class='artdeco-button--primary' aria-label='Send invitation'>Send</button></div></div></div>",
    );
    let dialog = dom::read_invite_dialog(&doc).expect("dialog");
    assert_eq!(dialog.step, InviteStep::Note);
    assert_eq!(dialog.note_text.as_deref(), Some("Hi Ana, loved your talk."));
    assert_eq!(dialog.note_limit, Some(300));
    assert!(dialog.buttons.send && dialog.buttons.send_enabled && dialog.buttons.cancel);
}

/// Median time of `readProfile` on the largest profile page: 200 timed runs
/// after 50 untimed ones (Chromium tiers the wasm up over the first runs;
/// the very first reading is printed apart).
#[wasm_bindgen_test]
fn read_profile_is_fast() {
    let (name, _, html, _, url) = CAPTURES
        .iter()
        .chain(FIXTURES)
        .filter(|case| case.1 == Kind::Profile)
        .max_by_key(|case| case.2.len())
        .expect("a profile fixture");
    let document = parse(html);
    let performance = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let time = || {
        let start = performance.now();
        let read = dom::read_profile(&document, url);
        let elapsed = performance.now() - start;
        assert!(read.name.is_some());
        elapsed * 1000.0
    };
    let first_us = time();
    for _ in 0..50 {
        time();
    }
    let mut times: Vec<f64> = (0..200).map(|_| time()).collect();
    times.sort_by(f64::total_cmp);
    let median_us = times[times.len() / 2];
    let p90_us = times[times.len() * 9 / 10];
    console_log!(
        "readProfile on {name} ({} KB): median {median_us:.0} µs, p90 {p90_us:.0} µs over 200 runs (first run {first_us:.0} µs)",
        html.len() / 1024
    );
}

/// Cards found by their G2 `data-view-name` and their G3 `componentkey`
/// on one page (markup in transition): each section is the first card in
/// page order that carries its hook, whichever generation it is from.
#[wasm_bindgen_test]
fn mixed_card_hooks_read_in_page_order() {
    let about = |first: &str, second: &str| {
        let doc = page(
            "en",
            "Ana López | LinkedIn",
            &format!(
                "<main><section data-member-id='1'><h1>Ana López</h1></section>{first}{second}\
                 <section data-view-name='profile-card-featured'><p>Featured post</p></section></main>"
            ),
        );
        dom::read_profile(&doc, "https://www.linkedin.com/in/ana-lopez/").about
    };
    let g2 = "<section data-view-name='profile-card-about'><h2>About</h2><div data-testid='expandable-text-box'>Written for G2.</div></section>";
    let g3 = "<section componentkey='com.linkedin.sdui.profile.card.refABCAbout'><h2>About</h2><div data-testid='expandable-text-box'>Written for G3.</div></section>";
    assert_eq!(about(g2, g3).as_deref(), Some("Written for G2."));
    assert_eq!(about(g3, g2).as_deref(), Some("Written for G3."));
    // Only the G3 card is an About card; a G2 card of another kind is on the page too.
    assert_eq!(about(g3, "").as_deref(), Some("Written for G3."));
}

/// A received invitation whose insight count holds only the number, with the
/// wording beside it, still names its mutual connections; and a card whose
/// name sits outside its link is still read with that link's address.
#[wasm_bindgen_test]
fn invitation_insights_read_beyond_their_count() {
    let card = |insight: &str, title: &str| {
        let doc = page(
            "en",
            "Manage invitations | LinkedIn",
            &format!(
                "<main><ul><li class='invitation-card'>\
                 <a href='https://www.linkedin.com/in/ines-varga/' aria-hidden='true'><img alt='Ines Varga'></a>\
                 {title}<span class='invitation-card__subtitle'>Data engineer at Tollgate</span>\
                 <div class='member-insights'>{insight}</div>\
                 <button aria-label='Accept Ines Varga’s invitation'>Accept</button></li></ul></main>"
            ),
        );
        let cards = dom::read_invitations(&doc);
        assert_eq!(cards.len(), 1);
        cards.into_iter().next().unwrap()
    };
    let linked = "<a href='https://www.linkedin.com/in/ines-varga/'><span class='invitation-card__title'>Ines Varga</span></a>";
    let read = card("<span class='member-insights__count'>Oskar Lund and 4 other mutual connections</span>", linked);
    assert_eq!((read.mutual_count, read.mutual_names), (Some(5), vec!["Oskar Lund".to_string()]));
    let read = card("<span class='member-insights__count'>12</span> <span>mutual connections</span>", linked);
    assert_eq!(read.mutual_count, Some(12));
    let read = card("<span class='member-insights__count'>2 days ago</span>", linked);
    assert_eq!(read.mutual_count, None);
    // The title outside any link: the link with text is found as before.
    let apart = "<span class='invitation-card__title'>Ines Varga</span><a href='https://www.linkedin.com/in/ines-varga/'>View profile</a>";
    let read = card("", apart);
    assert_eq!(read.name.as_deref(), Some("Ines Varga"));
    assert_eq!(read.profile_url.as_deref(), Some("https://www.linkedin.com/in/ines-varga/"));
}
