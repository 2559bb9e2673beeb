//! Reads the main profile on `/in/<slug>/` pages in all three markup
//! generations: the top card and the main column's sections only, never the
//! sticky header or the side panels ("More profiles for you"…).
//!
//! The extension reads a profile from its parts' HTML (`extension/content/
//! snapshot.js`): `<main>`, and outside it only the title, `<html lang>`, the
//! contact-info overlay, dialogs and menus; a top card outside `<main>` sends
//! the whole page. Whatever this reader starts to look for elsewhere must be
//! added there (`tests/e2e/snapshot.test.mjs` reads every profile both ways).

use std::cell::OnceCell;
use std::sync::OnceLock;

use web_sys::{Document, Element};

use super::query::{attr, by_id, closest, first_of, lines, own_lines, paragraph_text, visible_text, within, Scope};
use crate::model::{Activity, ConnectAvailable, Education, Experience, Link, MutualConnections, Profile};
use crate::text::{self, entries, find, lang};

/// The top card of the main profile: G3's hook, or G1/G2's section.
const TOP_CARD: &str = "[componentkey^='com.linkedin.sdui.profile.card.ref'][componentkey$='Topcard' i], \
    main section[data-member-id], main section.pv-top-card, main .pv-top-card, \
    section[data-member-id], section.pv-top-card, [data-view-name='profile-top-card']";

/// Unknown markup: the main column's first card with the member's name.
const TOP_CARD_FALLBACK: &[&str] =
    &["main section:has([componentkey^='ProfileVerificationTriggerRef-'])", "main section:has(h1)"];

const NAME: &[&str] = &["[componentkey^='ProfileVerificationTriggerRef-'] h2", "h1", "h2"];

const HEADLINE: &[&str] = &[".text-body-medium.break-words", "[data-generated-suggestion-target]"];

const LOCATION: &[&str] = &[".text-body-small.inline.t-black--light.break-words"];

const DEGREE: &[&str] = &[".distance-badge .dist-value", ".dist-value", ".distance-badge"];

/// A member's own profile offers editing instead of connecting.
/// (Selectors that look into an attribute's value are grouped behind a test
/// for the attribute itself: the page then matches the group only on the few
/// elements that have one, which halves the cost of a scan of the top card.)
const SELF_MARKERS: &str = ".pv-top-card__edit-photo, .profile-photo-edit, .profile-photo-edit__edit-btn, \
    [href]:is(a[href*='/edit/intro'], a[href*='/edit/forms/'], a[href*='/add-edit/'], [href*='/overlay/edit-']), \
    [id*='add-edit-deeplink'], button[aria-label='Edit intro'], [data-view-name^='profile-self-view']";

/// Cards only the member sees on their own profile ("Private to you"),
/// by anchor id.
const SELF_ONLY_ANCHORS: &[&str] = &["analytics", "resources"];

/// The sections of the main column, by G1/G2 anchor id, G2 `data-view-name`
/// and G3 `componentkey` suffix.
struct SectionHooks {
    anchor: &'static str,
    view_name: &'static str,
    component: &'static str,
}

const ABOUT: SectionHooks = SectionHooks { anchor: "about", view_name: "profile-card-about", component: "About" };
const EXPERIENCE: SectionHooks = SectionHooks {
    anchor: "experience",
    view_name: "profile-card-experience",
    component: "ExperienceTopLevelSection",
};
const EDUCATION: SectionHooks = SectionHooks {
    anchor: "education",
    view_name: "profile-card-education",
    component: "EducationTopLevelSection",
};
const ACTIVITY: SectionHooks = SectionHooks {
    anchor: "content_collections",
    view_name: "profile-card-recent-activity",
    component: "Activity",
};
const RECOMMENDATIONS: SectionHooks = SectionHooks {
    anchor: "recommendations",
    view_name: "profile-card-recommendations",
    component: "recommendations",
};

/// Reads the profile shown on `document` at `page_url` (passed in because a
/// snapshot parsed with `DOMParser` has no location of its own); fields the
/// page does not show are `None`.
pub fn read_profile(document: &Document, page_url: &str) -> Profile {
    let main = document.select("main");
    let top_card = top_card(document, main.as_ref());
    read_with(document, main.as_ref(), top_card.as_ref(), page_url)
}

/// The profile, once its top card has rendered (LinkedIn fills the page in
/// after navigation; reading earlier would find nothing): `None` until then.
/// One search for the top card serves both the check and the reading.
pub fn read_profile_if_present(document: &Document, page_url: &str) -> Option<Profile> {
    let main = document.select("main");
    let top_card = top_card(document, main.as_ref())?;
    Some(read_with(document, main.as_ref(), Some(&top_card), page_url))
}

/// Whether the main profile's top card has rendered yet.
pub fn top_card_present(document: &Document) -> bool {
    top_card(document, document.select("main").as_ref()).is_some()
}

fn read_with(document: &Document, main: Option<&Element>, top_card: Option<&Element>, page_url: &str) -> Profile {
    let mut reader = Reader { document, main, top: top_card, experience: None, activity: None, top_lines: OnceCell::new(), cards: OnceCell::new() };
    reader.experience = reader.section(&EXPERIENCE);
    reader.activity = reader.section(&ACTIVITY);
    reader.read(page_url)
}

/// The top card inside `<main>` first (an attribute scan of the whole page
/// costs more than the rest of the reading), then anywhere.
fn top_card(document: &Document, main: Option<&Element>) -> Option<Element> {
    main.and_then(|main| main.select(TOP_CARD))
        .or_else(|| document.select(TOP_CARD))
        .or_else(|| first_of(document, TOP_CARD_FALLBACK))
}

struct Reader<'a> {
    document: &'a Document,
    main: Option<&'a Element>,
    top: Option<&'a Element>,
    experience: Option<Element>,
    activity: Option<Element>,
    /// Every line of the top card: walked only when no hook finds a field.
    top_lines: OnceCell<Vec<String>>,
    cards: OnceCell<Vec<(String, Element)>>,
}

impl Reader<'_> {
    fn read(&self, page_url: &str) -> Profile {
        let url = text::profile_url(page_url).or_else(|| self.url_from_links_apart());
        if self.top.is_none() && url.is_none() {
            // Not a profile page (or not rendered yet): nothing to read.
            return Profile::default();
        }
        let name = self
            .top
            .and_then(|card| first_of(card, NAME))
            .and_then(|el| visible_text(&el))
            .or_else(|| text::name_from_title(&self.document.title()));
        let experience = self.experience_apart();
        let education = self.education_apart();
        let is_self = self.is_self_apart();
        let degree = if is_self { None } else { self.degree_apart() };
        let counts = self.count_lines_apart();
        Profile {
            first_name: name.as_deref().and_then(text::first_name),
            headline: self.headline_apart(name.as_deref()),
            location: self.location_apart(),
            degree,
            current_company: self.current_company_apart(&experience),
            mutual_connections: self.mutual_connections_apart(),
            about: self.about_apart(),
            followers: self.followers_apart(&counts),
            connections: counts
                .iter()
                .find_map(|line| text::connections(line))
                .or_else(|| self.top_lines().iter().find_map(|line| text::connections(line))),
            links: self.links_apart(),
            recommendations_received: self.recommendations_apart(),
            recent_activity: self.activity_apart(),
            connect_available: if is_self { ConnectAvailable::None } else { self.connect_apart(url.as_deref()) },
            language: self.language_apart(&counts),
            name,
            url,
            is_self,
            experience,
            education,
        }
    }

    fn top_lines(&self) -> &[String] {
        self.top_lines.get_or_init(|| self.top.map(lines).unwrap_or_default())
    }

    /// The top card's counts ("127 connections", "1,234 followers") and the
    /// Activity card's follower line, by their G1/G2 hooks.
    #[inline(never)]
    fn count_lines_apart(&self) -> Vec<String> {
        let mut found: Vec<String> = self
            .top
            .map(|card| card.select_all("li:is(.text-body-small, .pv-top-card--list li)"))
            .unwrap_or_default()
            .iter()
            .filter_map(visible_text)
            .collect();
        if let Some(header) = self.activity.as_ref().and_then(|section| section.select(".pvs-header__optional-link")) {
            found.extend(visible_text(&header));
        }
        found
    }

    /// A section of the main column, or `None` when the page lacks it (or it
    /// only exists in a side panel).
    #[inline(never)]
    fn section(&self, hooks: &SectionHooks) -> Option<Element> {
        let by_anchor = by_id(self.document, hooks.anchor)
            .and_then(|anchor| closest(&anchor, "section").or_else(|| anchor.parent_element()));
        let found = by_anchor.or_else(|| {
            self.cards_apart().iter().find_map(|(key, card)| {
                let matches = key == hooks.view_name
                    || (key.starts_with("com.linkedin.sdui.profile.card.ref")
                        && lang::strip_suffix_ci(key, &lang::fold_str(hooks.component)).is_some());
                matches.then(|| card.clone())
            })
        })?;
        match self.main {
            Some(main) if !within(main, &found) => None,
            _ => Some(found),
        }
    }

    /// The main column's cards by their G2 `data-view-name` or G3
    /// `componentkey`, found in one pass (only when an anchor id is missing).
    #[inline(never)]
    fn cards_apart(&self) -> &[(String, Element)] {
        self.cards.get_or_init(|| {
            const G2_CARDS: &str = "[data-view-name^='profile-card-']";
            const G3_CARDS: &str = "[componentkey^='com.linkedin.sdui.profile.card.ref']";
            const CARDS: &str = "[data-view-name^='profile-card-'], [componentkey^='com.linkedin.sdui.profile.card.ref']";
            let select_all = |selector| match self.main {
                Some(main) => main.select_all(selector),
                None => self.document.select_all(selector),
            };
            // One selector per scan: the page matches a list of selectors
            // the slow way, and two single scans cost half of one with both.
            // A page with both hooks is scanned once more for their order.
            let (g2, g3) = (select_all(G2_CARDS), select_all(G3_CARDS));
            let found = match (g2.is_empty(), g3.is_empty()) {
                (_, true) => g2,
                (true, false) => g3,
                (false, false) => select_all(CARDS),
            };
            found
                .into_iter()
                .filter_map(|card| {
                    let key = attr(&card, "data-view-name").or_else(|| attr(&card, "componentkey"))?;
                    Some((key, card))
                })
                .collect()
        })
    }

    #[inline(never)]
    fn headline_apart(&self, name: Option<&str>) -> Option<String> {
        let card = self.top?;
        if let Some(found) = first_of(card, HEADLINE).and_then(|el| visible_text(&el)) {
            return Some(found);
        }
        self.headline_from_lines_apart(name)
    }

    /// G3 has no classes to go by: the headline is the first line after
    /// the name that is not the degree, pronouns or a verification note.
    #[inline(never)]
    fn headline_from_lines_apart(&self, name: Option<&str>) -> Option<String> {
        let top_lines = self.top_lines();
        let after_name = name
            .and_then(|name| top_lines.iter().position(|line| line == name || line.starts_with(name)))
            .map_or(0, |at| at + 1);
        top_lines
            .iter()
            .skip(after_name)
            .find(|line| {
                Some(line.as_str()) != name
                    && text::degree(line).is_none()
                    && !line.starts_with(['·', '•'])
                    && !line.starts_with('(')
                    && line.chars().count() > 2
            })
            .cloned()
    }

    #[inline(never)]
    fn location_apart(&self) -> Option<String> {
        let card = self.top?;
        if let Some(found) = first_of(card, LOCATION).and_then(|el| visible_text(&el)) {
            return Some(found);
        }
        location_near_contact_apart(card)
    }

    #[inline(never)]
    fn degree_apart(&self) -> Option<u8> {
        let card = self.top?;
        if let Some(found) = first_of(card, DEGREE).and_then(|el| visible_text(&el)) {
            return text::degree(&found);
        }
        self.degree_from_lines_apart()
    }

    #[inline(never)]
    fn degree_from_lines_apart(&self) -> Option<u8> {
        self.top_lines().iter().find_map(|line| {
            // "Ana López · 2nd" or a line of its own.
            line.rsplit(['·', '•']).next().filter(|_| line.contains(['·', '•'])).and_then(text::degree)
                .or_else(|| text::degree(line).filter(|_| line.starts_with(['·', '•'])))
        })
    }

    #[inline(never)]
    fn is_self_apart(&self) -> bool {
        self.top.is_some_and(|card| card.select(SELF_MARKERS).is_some())
            || SELF_ONLY_ANCHORS.iter().any(|id| {
                by_id(self.document, id).is_some_and(|anchor| {
                    find::contains(&anchor.class_name(), "pv-profile-card__anchor")
                        && self.main.map_or(true, |main| within(main, &anchor))
                })
            })
    }

    #[inline(never)]
    fn current_company_apart(&self, experience: &[Experience]) -> Option<String> {
        let from_card = self.top.and_then(|card| {
            card.select_all("button[aria-label]").into_iter().find_map(|button| {
                let label = attr(&button, "aria-label")?;
                let is_company = ["current company", "entreprise actuelle", "aktuelles unternehmen", "empresa actual"]
                    .iter()
                    .any(|key| lang::starts_with_ci(&label, key));
                if !is_company {
                    return None;
                }
                let shown = lines(&button).into_iter().next();
                shown.or_else(|| {
                    let after = label.split_once(':')?.1;
                    text::non_empty(find::before(after, ". "))
                })
            })
        });
        from_card.or_else(|| {
            experience
                .iter()
                .find(|job| job.end.is_none() && job.start.is_some())
                .and_then(|job| job.company.clone())
        })
    }

    #[inline(never)]
    fn mutual_connections_apart(&self) -> Option<MutualConnections> {
        let card = self.top?;
        // The link to the shared-connections search; its names are <strong>.
        let from_link = card.select("a[href*='facetConnectionOf'], a[href*='facetNetwork']").and_then(|link| {
            let shown = link.select("span[aria-hidden='true']").unwrap_or(link);
            let read = text::mutual_line(&visible_text(&shown)?)?;
            let strong: Vec<String> = shown
                .select_all("strong")
                .iter()
                .filter_map(|el| el.text_content())
                .filter_map(|name| text::non_empty(&name))
                .filter(|name| !name.chars().any(|c| c.is_ascii_digit()))
                .collect();
            Some((read, strong))
        });
        // Otherwise a line of the top card that reads like one.
        let (read, strong) = from_link.or_else(|| {
            let read = self.top_lines().iter().find_map(|line| text::mutual_line(line))?;
            Some((read, Vec::new()))
        })?;
        let names = if strong.is_empty() { read.names.clone() } else { strong };
        let count = u32::try_from(names.len()).unwrap_or(u32::MAX).saturating_add(read.others);
        Some(MutualConnections { count, names })
    }

    #[inline(never)]
    fn about_apart(&self) -> Option<String> {
        let section = self.section(&ABOUT)?;
        let body = first_of(
            &section,
            &[
                "[data-testid='expandable-text-box']",
                "[class*='inline-show-more-text'] > span[aria-hidden='true']",
                "[class*='inline-show-more-text']",
                ".pv-shared-text-with-see-more span[aria-hidden='true']",
            ],
        );
        match body {
            Some(body) => paragraph_text(&body),
            None => about_longest_line_apart(&section),
        }
    }

    #[inline(never)]
    fn followers_apart(&self, counts: &[String]) -> Option<u32> {
        counts
            .iter()
            .find_map(|line| text::followers(line))
            .or_else(|| self.top_lines().iter().find_map(|line| text::followers(line)))
            .or_else(|| {
                // The Activity card's header, whatever its markup.
                let section = self.activity.as_ref()?;
                let header = first_of(section, &["header", "h2", "h3"])?;
                let scope = header.parent_element().unwrap_or(header);
                lines(&scope).iter().find_map(|line| text::followers(line))
            })
    }

    #[inline(never)]
    fn experience_apart(&self) -> Vec<Experience> {
        let Some(section) = &self.experience else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in entries_of(section) {
            let own = own_lines(&entry);
            if entries::is_group_heading(&own) {
                // Several positions at one company: the heading names it.
                let company = own.first().and_then(|line| text::company(line));
                let roles = sub_entries(&entry);
                if !roles.is_empty() {
                    out.extend(roles.iter().filter_map(|role| entries::experience(role, company.as_deref())));
                    continue;
                }
            }
            if let Some(job) = entries::experience(&own, None) {
                out.push(job);
            }
        }
        out
    }

    #[inline(never)]
    fn education_apart(&self) -> Vec<Education> {
        let Some(section) = self.section(&EDUCATION) else {
            return Vec::new();
        };
        entries_of(&section)
            .iter()
            .filter_map(|entry| entries::education(&own_lines(entry)))
            .collect()
    }

    #[inline(never)]
    fn activity_apart(&self) -> Vec<Activity> {
        let Some(section) = &self.activity else {
            return Vec::new();
        };
        // G2: mini updates with a "… commented on a post • 4mo" line and the
        // post or comment text in a see-more box.
        let mini = section.select_all("li.profile-creator-shared-feed-update__mini-container");
        if !mini.is_empty() {
            return activity_mini_apart(&mini);
        }
        activity_other_apart(section)
    }

    #[inline(never)]
    fn recommendations_apart(&self) -> Option<u32> {
        let section = self.section(&RECOMMENDATIONS)?;
        // "Show all 5 received recommendations" counts what the card cuts off.
        if let Some(all) = section
            .select_all("a[href*='/details/recommendations']")
            .iter()
            .filter_map(visible_text)
            .find_map(|t| text::count(&t))
        {
            return Some(all);
        }
        let panel = section.select("[role='tabpanel']").unwrap_or(section);
        let found = entries_of(&panel);
        u32::try_from(found.len()).ok()
    }

    #[inline(never)]
    fn links_apart(&self) -> Vec<Link> {
        // Links out: LinkedIn's redirects, or any absolute address off LinkedIn.
        const OUT: &str = "a:is([href*='/redir/redirect'], [href*='/safety/go'], [href^='http']:not([href*='linkedin.com']))";
        // The top card (creator website link) and the Contact info overlay
        // (found by id: a scan of the whole page would cost more than the rest).
        const CONTACT: &str = ".pv-contact-info, [data-view-name='profile-contact-info'], section.pv-contact-info__contact-type";
        let mut scopes: Vec<Element> = self.top.into_iter().cloned().collect();
        if let Some(heading) = by_id(self.document, "pv-contact-info") {
            scopes.extend(closest(&heading, "[role='dialog']").or(Some(heading)));
        } else if let Some(outlet) = by_id(self.document, "artdeco-modal-outlet") {
            scopes.extend(outlet.select(CONTACT));
        }
        let mut out: Vec<Link> = Vec::new();
        for scope in &scopes {
            for anchor in scope.select_all(OUT) {
                let Some(url) = attr(&anchor, "href").and_then(|href| text::unwrap_redirect(&href)) else {
                    continue;
                };
                if !out.iter().any(|link| link.url == url) {
                    // The Contact info overlay labels each website: "(Blog)".
                    let label = closest(&anchor, "li").and_then(|li| visible_text(&li));
                    out.push(Link { kind: text::links::kind_with_label(&url, label.as_deref()), url });
                }
            }
        }
        out
    }

    /// How the top card offers to connect. G3 links to
    /// `/preload/custom-invite/?vanityName=<slug>`; G1/G2 use buttons labelled
    /// "Invite <Name> to connect" with a connect icon.
    #[inline(never)]
    fn connect_apart(&self, url: Option<&str>) -> ConnectAvailable {
        let Some(card) = self.top else {
            return ConnectAvailable::None;
        };
        static PENDING: OnceLock<String> = OnceLock::new();
        static INVITE: OnceLock<String> = OnceLock::new();
        let pending = PENDING.get_or_init(|| label_selector(|l| l.pending.iter().map(|p| (*p, "")).collect()));
        if card.select(pending).is_some() {
            return ConnectAvailable::Pending;
        }
        let invite = INVITE.get_or_init(|| {
            let mut invite = String::from(
                "a[href*='/preload/custom-invite/'], [data-test-icon^='connect-'], li-icon[type='connect'], ",
            );
            invite.push_str(&label_selector(|l| vec![l.invite]));
            invite
        });
        let slug = url.and_then(text::profile_slug);
        let mut found = ConnectAvailable::None;
        for el in card.select_all(invite) {
            let control = closest(&el, "a, button, [role='button'], [role='menuitem']").unwrap_or(el);
            if let Some(href) = attr(&control, "href").filter(|h| find::contains(h, "/preload/custom-invite/")) {
                // The side panel's invite links name other members.
                if let (Some(slug), Some(vanity)) = (&slug, vanity_name(&href)) {
                    if *slug != vanity {
                        continue;
                    }
                }
            }
            if closest(&control, ".artdeco-dropdown__content, [role='menu']").is_none() {
                return ConnectAvailable::Primary;
            }
            found = ConnectAvailable::MoreMenu;
        }
        if found == ConnectAvailable::None && self.menu_offers_connect_apart(card, slug.as_deref()) {
            found = ConnectAvailable::MoreMenu;
        }
        found
    }

    /// An open "More" menu rendered elsewhere in the page (G3 portals it to
    /// the end of `<body>`) that offers to connect with this member: its
    /// invite link names the page's slug, or the menu belongs to a button of
    /// the top card.
    #[inline(never)]
    fn menu_offers_connect_apart(&self, card: &Element, slug: Option<&str>) -> bool {
        self.document.select_all("[role='menu']").iter().any(|menu| {
            let ours = attr(menu, "aria-labelledby")
                .and_then(|id| self.document.get_element_by_id(&id))
                .is_some_and(|trigger| within(card, &trigger));
            menu.select_all("a[href*='/preload/custom-invite/'], [data-test-icon^='connect-'], svg[id^='connect-']")
                .iter()
                .any(|el| match (attr(el, "href").and_then(|h| vanity_name(&h)), slug) {
                    (Some(vanity), Some(slug)) => vanity == slug,
                    _ => ours,
                })
        })
    }

    #[inline(never)]
    fn url_from_links_apart(&self) -> Option<String> {
        let card = self.top?;
        let link = card.select("a[href*='/overlay/contact-info'], a[href*='/overlay/about-this-profile'], a[href*='/in/']")?;
        text::profile_url(&attr(&link, "href")?)
    }

    #[inline(never)]
    fn language_apart(&self, counts: &[String]) -> Option<String> {
        let declared = self
            .document
            .document_element()
            .and_then(|html| attr(&html, "lang"))
            .and_then(|code| code.split(['-', '_']).next().map(str::to_ascii_lowercase))
            .filter(|code| !code.is_empty());
        if declared.is_some() {
            return declared;
        }
        // The words of the counts ("500+ connections"), else of the whole top
        // card, else the dates of the experience section ("févr. 2024 - aujourd’hui").
        entries::detect_language(counts.iter().map(String::as_str))
            .or_else(|| entries::detect_language(self.top_lines().iter().map(String::as_str)))
            .or_else(|| {
                let section = self.experience.as_ref()?;
                entries::detect_language(lines(section).iter().map(String::as_str))
            })
            .map(str::to_string)
    }
}

/// The location sits just before the "Contact info" link (G3): the
/// rest of the line that holds the link, a level or two up.
#[inline(never)]
fn location_near_contact_apart(card: &Element) -> Option<String> {
    let contact = card.select("a[href*='/overlay/contact-info']")?;
    let contact_text = visible_text(&contact).unwrap_or_default();
    let mut node = contact.parent_element();
    for _ in 0..2 {
        let parent = node?;
        if parent.is_same_node(Some(card)) {
            return None;
        }
        let all = text::join(&lines(&parent), " ");
        let rest = find::remove_first(&all, &contact_text);
        let rest = rest.trim().trim_matches(['·', '•']).trim();
        if !rest.is_empty() {
            return text::non_empty(rest).filter(|found| found.chars().count() <= 120);
        }
        node = parent.parent_element();
    }
    None
}

/// G2's mini updates.
#[inline(never)]
fn activity_mini_apart(mini: &[Element]) -> Vec<Activity> {
    mini
        .iter()
        .filter_map(|item| {
            let body = first_of(item, &[".inline-show-more-text", "[class*='inline-show-more-text']"])?;
            let when = first_of(item, &[".feed-mini-update-contextual-description__text span[aria-hidden='true']"])
                .and_then(|el| el.text_content())
                .and_then(|line| entries::when(&line));
            Some(Activity { text: paragraph_text(&body)?, when })
        })
        .collect()
}

/// G3's posts, or else the section's list items.
#[inline(never)]
fn activity_other_apart(section: &Element) -> Vec<Activity> {
    // G3: each post's text is an expandable text box; its "• 2w" line
    // sits a level or two above.
    let boxes = section.select_all("[data-testid='expandable-text-box']");
    if !boxes.is_empty() {
        return boxes
            .iter()
            .filter_map(|text_box| {
                let text = paragraph_text(text_box)?;
                let mut holder = text_box.parent_element();
                let mut when = None;
                for _ in 0..4 {
                    let Some(el) = holder else { break };
                    if el.is_same_node(Some(section)) {
                        break;
                    }
                    when = lines(&el).iter().find_map(|line| entries::when(line));
                    if when.is_some() {
                        break;
                    }
                    holder = el.parent_element();
                }
                Some(Activity { text, when })
            })
            .collect();
    }
    let items = section.select_all("[data-view-name='profile-activity-item'], li");
    items
        .iter()
        .filter(|item| {
            item.parent_element().and_then(|p| closest(&p, "li")).map_or(true, |outer| !within(section, &outer))
        })
        .filter_map(|item| entries::activity(&lines(item)))
        .collect()
}

/// The longest line of the About section that is not its heading.
#[inline(never)]
fn about_longest_line_apart(section: &Element) -> Option<String> {
    let heading = first_of(section, &["h2", "h3"]).and_then(|h| visible_text(&h));
    lines(section)
        .into_iter()
        .filter(|line| Some(line) != heading.as_ref())
        .max_by_key(|line| line.len())
}

/// The entries of a section: G1/G2 `profile-component-entity`s that are not
/// nested in another; otherwise the section's outermost list items.
fn entries_of(section: &Element) -> Vec<Element> {
    let entities = section.select_all(
        "[data-view-name='profile-component-entity']:not([data-view-name='profile-component-entity'] *)",
    );
    if !entities.is_empty() {
        return entities;
    }
    section.select_all("li:not(li li)")
}

/// The lines of each position listed under a company heading.
fn sub_entries(entry: &Element) -> Vec<Vec<String>> {
    let nested = entry.select_all("[data-view-name='profile-component-entity']");
    let nested = if nested.is_empty() { outermost(entry.select_all(".pvs-entity__sub-components li, li li, ul ul li, li")) } else { nested };
    nested
        .iter()
        .map(own_lines)
        .filter(|found| found.iter().any(|line| text::date_range(line).is_some()))
        .collect()
}

/// The items not inside another item of the list.
fn outermost(items: Vec<Element>) -> Vec<Element> {
    items
        .iter()
        .filter(|item| !items.iter().any(|other| !other.is_same_node(Some(item)) && within(other, item)))
        .cloned()
        .collect()
}

/// `[aria-label]:is([aria-label^='before' i][aria-label$='after' i], …)`
/// for a label's wording in every language: the wordings are matched only
/// on elements that have a label (a few of the top card's hundred).
fn label_selector(pick: fn(&lang::Lang) -> Vec<(&'static str, &'static str)>) -> String {
    let mut wordings: Vec<String> = Vec::new();
    for (before, after) in lang::LANGS.iter().flat_map(|l| pick(l)) {
        if find::has_char(before, '\'') || find::has_char(after, '\'') {
            continue;
        }
        let mut wording = String::new();
        // `[aria-label^='']` would match nothing: leave empty parts out.
        for (op, part) in [("^='", before), ("$='", after)] {
            if !part.is_empty() {
                wording.push_str("[aria-label");
                wording.push_str(op);
                wording.push_str(part);
                wording.push_str("' i]");
            }
        }
        wordings.push(if wording.is_empty() { "[aria-label]".to_string() } else { wording });
    }
    if wordings.is_empty() {
        return String::new();
    }
    let mut out = String::from("[aria-label]:is(");
    out.push_str(&text::join(&wordings, ", "));
    out.push(')');
    out
}

/// `vanityName` of a `/preload/custom-invite/?vanityName=<slug>` link.
fn vanity_name(href: &str) -> Option<String> {
    let query = href.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == "vanityName").then(|| text::links::percent_decode(value))
    })
}

