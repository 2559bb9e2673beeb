//! Reads the main profile on `/in/<slug>/` pages in all three markup
//! generations: the top card and the main column's sections only, never the
//! sticky header or the side panels ("More profiles for you"…).

use web_sys::{Document, Element};

use super::query::{attr, closest, first_of, lines, lines_except, visible_text, within, Scope};
use crate::model::{Activity, ConnectAvailable, Education, Experience, Link, MutualConnections, Profile};
use crate::text::{self, entries, lang};

/// The top card of the main profile (G3 first: its hook is the most specific).
const TOP_CARD: &[&str] = &[
    "[componentkey^='com.linkedin.sdui.profile.card.ref'][componentkey$='Topcard' i]",
    "main section[data-member-id]",
    "main section.pv-top-card",
    "main .pv-top-card",
    "section[data-member-id]",
    "section.pv-top-card",
    "[data-view-name='profile-top-card']",
];

const NAME: &[&str] = &["[componentkey^='ProfileVerificationTriggerRef-'] h2", "h1", "h2"];

const HEADLINE: &[&str] = &[".text-body-medium.break-words", "[data-generated-suggestion-target]"];

const LOCATION: &[&str] = &[".text-body-small.inline.t-black--light.break-words"];

const DEGREE: &[&str] = &[".distance-badge .dist-value", ".dist-value", ".distance-badge"];

/// A member's own profile offers editing instead of connecting.
const SELF_MARKERS: &[&str] = &[
    ".pv-top-card__edit-photo",
    ".profile-photo-edit",
    "a[href*='/edit/intro']",
    "a[href*='/edit/forms/intro']",
    "a[href*='/add-edit/']",
    "[href*='/overlay/edit-']",
    "button[aria-label='Edit intro']",
    "[data-view-name='profile-self-view']",
];

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
    let top_card = first_of(document, TOP_CARD);
    let main = document.select("main");
    Reader { document, main: main.as_ref(), top: top_card.as_ref() }.read(page_url)
}

/// Whether the main profile's top card has rendered yet (LinkedIn fills the
/// page in after navigation; reading earlier would find nothing).
pub fn top_card_present(document: &Document) -> bool {
    first_of(document, TOP_CARD).is_some()
}

struct Reader<'a> {
    document: &'a Document,
    main: Option<&'a Element>,
    top: Option<&'a Element>,
}

impl Reader<'_> {
    fn read(&self, page_url: &str) -> Profile {
        let top_lines = self.top.map(lines).unwrap_or_default();
        let name = self
            .top
            .and_then(|card| first_of(card, NAME))
            .and_then(|el| visible_text(&el))
            .or_else(|| text::name_from_title(&self.document.title()));
        let experience = self.experience();
        let education = self.education();
        let url = text::profile_url(page_url).or_else(|| self.url_from_links());
        let is_self = self.is_self();
        let degree = if is_self { None } else { self.degree(&top_lines) };
        Profile {
            first_name: name.as_deref().and_then(text::first_name),
            headline: self.headline(&top_lines, name.as_deref()),
            location: self.location(),
            degree,
            current_company: self.current_company(&experience),
            mutual_connections: self.mutual_connections(),
            about: self.about(),
            followers: self.followers(&top_lines),
            connections: top_lines.iter().find_map(|line| text::connections(line)),
            links: self.links(),
            recommendations_received: self.recommendations(),
            recent_activity: self.activity(),
            connect_available: if is_self { ConnectAvailable::None } else { self.connect(url.as_deref()) },
            language: self.language(&top_lines, &experience),
            name,
            url,
            is_self,
            experience,
            education,
        }
    }

    /// A section of the main column, or `None` when the page lacks it (or it
    /// only exists in a side panel).
    fn section(&self, hooks: &SectionHooks) -> Option<Element> {
        let by_anchor = self
            .document
            .get_element_by_id(hooks.anchor)
            .and_then(|anchor| closest(&anchor, "section").or_else(|| anchor.parent_element()));
        let found = by_anchor
            .or_else(|| self.document.select(&selector("[data-view-name='", hooks.view_name, "']")))
            .or_else(|| {
                self.document.select(&selector(
                    "[componentkey^='com.linkedin.sdui.profile.card.ref'][componentkey$='",
                    hooks.component,
                    "' i]",
                ))
            })?;
        match self.main {
            Some(main) if !within(main, &found) => None,
            _ => Some(found),
        }
    }

    fn headline(&self, top_lines: &[String], name: Option<&str>) -> Option<String> {
        let card = self.top?;
        if let Some(found) = first_of(card, HEADLINE).and_then(|el| visible_text(&el)) {
            return Some(found);
        }
        // G3 has no classes to go by: the headline is the first line after
        // the name that is not the degree, pronouns or a verification note.
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

    fn location(&self) -> Option<String> {
        let card = self.top?;
        if let Some(found) = first_of(card, LOCATION).and_then(|el| visible_text(&el)) {
            return Some(found);
        }
        // The location sits just before the "Contact info" link (G3).
        let contact = card.select("a[href*='/overlay/contact-info']")?;
        let mut node = contact.parent_element();
        while let Some(parent) = node {
            if parent.is_same_node(Some(card)) {
                return None;
            }
            let contact_text = visible_text(&contact).unwrap_or_default();
            let all = lines(&parent).join(" ");
            let rest = all.replace(&contact_text, "");
            let rest = rest.trim().trim_matches(['·', '•']).trim();
            if let Some(found) = text::non_empty(rest) {
                return Some(found);
            }
            node = parent.parent_element();
        }
        None
    }

    fn degree(&self, top_lines: &[String]) -> Option<u8> {
        let card = self.top?;
        if let Some(found) = first_of(card, DEGREE).and_then(|el| visible_text(&el)) {
            return text::degree(&found);
        }
        top_lines.iter().find_map(|line| {
            // "Ana López · 2nd" or a line of its own.
            line.rsplit(['·', '•']).next().filter(|_| line.contains(['·', '•'])).and_then(text::degree)
                .or_else(|| text::degree(line).filter(|_| line.starts_with(['·', '•'])))
        })
    }

    fn is_self(&self) -> bool {
        self.top.is_some_and(|card| first_of(card, SELF_MARKERS).is_some())
    }

    fn current_company(&self, experience: &[Experience]) -> Option<String> {
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
                    text::non_empty(after.split(". ").next().unwrap_or(after))
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

    fn mutual_connections(&self) -> Option<MutualConnections> {
        let card = self.top?;
        let link = card.select("a[href*='facetConnectionOf']").or_else(|| card.select("a[href*='facetNetwork']"));
        let (line, holder) = match link {
            Some(link) => (visible_text(&link)?, link),
            None => {
                // G3: a paragraph of its own.
                let holder = card
                    .select_all("p, span, a")
                    .into_iter()
                    .filter(|el| visible_text(el).and_then(|t| text::mutual_line(&t)).is_some())
                    .last()?;
                (visible_text(&holder)?, holder)
            }
        };
        let read = text::mutual_line(&line)?;
        let strong: Vec<String> = holder
            .select_all("span[aria-hidden='true'] strong, strong")
            .iter()
            .filter_map(visible_text)
            .filter(|name| !name.chars().any(|c| c.is_ascii_digit()))
            .fold(Vec::new(), |mut names, name| {
                if !names.contains(&name) {
                    names.push(name);
                }
                names
            });
        let names = if strong.is_empty() { read.names.clone() } else { strong };
        let count = u32::try_from(names.len()).unwrap_or(u32::MAX).saturating_add(read.others);
        Some(MutualConnections { count, names })
    }

    fn about(&self) -> Option<String> {
        let section = self.section(&ABOUT)?;
        let body = first_of(
            &section,
            &[
                "[data-testid='expandable-text-box']",
                ".inline-show-more-text span[aria-hidden='true']",
                ".inline-show-more-text",
                "[class*='inline-show-more-text']",
                ".pv-shared-text-with-see-more span[aria-hidden='true']",
            ],
        );
        match body {
            Some(body) => text::non_empty(&lines(&body).join("\n").replace(" \n", "\n")),
            None => {
                // The longest line of the section that is not its heading.
                let heading = first_of(&section, &["h2", "h3"]).and_then(|h| visible_text(&h));
                lines(&section)
                    .into_iter()
                    .filter(|line| Some(line) != heading.as_ref())
                    .max_by_key(|line| line.len())
            }
        }
    }

    fn followers(&self, top_lines: &[String]) -> Option<u32> {
        top_lines.iter().find_map(|line| text::followers(line)).or_else(|| {
            let section = self.section(&ACTIVITY)?;
            let header = first_of(&section, &[".pvs-header__optional-link", "header", "h2"])
                .and_then(|h| closest(&h, "div").or(Some(h)));
            let scope = header.unwrap_or(section);
            lines(&scope).iter().find_map(|line| text::followers(line))
        })
    }

    fn experience(&self) -> Vec<Experience> {
        let Some(section) = self.section(&EXPERIENCE) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in entries_of(&section) {
            let own = lines_except(&entry, SUB_ENTRIES);
            let roles: Vec<Element> = sub_entries(&entry);
            if entries::is_group_heading(&own) && !roles.is_empty() {
                let company = own.first().and_then(|line| text::company(line));
                out.extend(
                    roles.iter().filter_map(|role| entries::experience(&lines(role), company.as_deref())),
                );
            } else if let Some(job) = entries::experience(&own, None) {
                out.push(job);
            }
        }
        out
    }

    fn education(&self) -> Vec<Education> {
        let Some(section) = self.section(&EDUCATION) else {
            return Vec::new();
        };
        entries_of(&section)
            .iter()
            .filter_map(|entry| entries::education(&lines_except(entry, SUB_ENTRIES)))
            .collect()
    }

    fn activity(&self) -> Vec<Activity> {
        let Some(section) = self.section(&ACTIVITY) else {
            return Vec::new();
        };
        let items = section.select_all(
            "li.profile-creator-shared-feed-update__mini-container, [data-view-name='profile-activity-item'], li",
        );
        let top_level: Vec<&Element> = items
            .iter()
            .filter(|item| item.parent_element().and_then(|p| closest(&p, "li")).map_or(true, |outer| !within(&section, &outer)))
            .collect();
        top_level.into_iter().filter_map(|item| entries::activity(&lines(item))).collect()
    }

    fn recommendations(&self) -> Option<u32> {
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

    fn links(&self) -> Vec<Link> {
        let mut scopes: Vec<Element> = self.top.into_iter().cloned().collect();
        scopes.extend(self.document.select_all(
            ".pv-contact-info, [data-view-name='profile-contact-info'], section.pv-contact-info__contact-type, #pv-contact-info",
        ));
        if let Some(dialog) = self.document.select("[role='dialog'] a[href*='/overlay/contact-info']")
            .and_then(|a| closest(&a, "[role='dialog']"))
        {
            scopes.push(dialog);
        }
        let mut out: Vec<Link> = Vec::new();
        for scope in scopes {
            for anchor in scope.select_all("a[href]") {
                let Some(url) = attr(&anchor, "href").and_then(|href| text::unwrap_redirect(&href)) else {
                    continue;
                };
                if !out.iter().any(|link| link.url == url) {
                    out.push(Link { kind: text::link_kind(&url), url });
                }
            }
        }
        out
    }

    /// How the top card offers to connect. G3 links to
    /// `/preload/custom-invite/?vanityName=<slug>`; G1/G2 use buttons labelled
    /// "Invite <Name> to connect" with a connect icon.
    fn connect(&self, url: Option<&str>) -> ConnectAvailable {
        let Some(card) = self.top else {
            return ConnectAvailable::None;
        };
        let labelled = |el: &Element, words: fn(&lang::Lang) -> &'static [&'static str]| {
            attr(el, "aria-label").is_some_and(|label| lang::all(words).any(|w| lang::starts_with_ci(&label, w)))
        };
        if card.select_all("button[aria-label], a[aria-label], div[aria-label]").iter().any(|el| labelled(el, |l| l.pending)) {
            return ConnectAvailable::Pending;
        }
        let slug = url.and_then(text::profile_slug);
        let mut found = ConnectAvailable::None;
        let candidates = card.select_all(
            "a[href*='/preload/custom-invite/'], button[aria-label], div[aria-label][role='button'], a[aria-label][role='menuitem'], [data-test-icon^='connect-'], li-icon[type='connect']",
        );
        for el in candidates {
            let control = closest(&el, "button, a, [role='button'], [role='menuitem']").unwrap_or(el.clone());
            let is_invite = match attr(&control, "href").filter(|h| h.contains("/preload/custom-invite/")) {
                Some(href) => match (&slug, vanity_name(&href)) {
                    (Some(slug), Some(vanity)) => *slug == vanity,
                    _ => true,
                },
                None => attr(&control, "aria-label").is_some_and(|label| is_invite_label(&label))
                    || control.select("[data-test-icon^='connect-'], li-icon[type='connect']").is_some()
                    || el.matches("[data-test-icon^='connect-'], li-icon[type='connect']").unwrap_or(false),
            };
            if !is_invite {
                continue;
            }
            let in_menu = closest(&control, ".artdeco-dropdown__content, [role='menu']").is_some();
            if !in_menu {
                return ConnectAvailable::Primary;
            }
            found = ConnectAvailable::MoreMenu;
        }
        found
    }

    fn url_from_links(&self) -> Option<String> {
        let card = self.top?;
        let link = card.select("a[href*='/overlay/contact-info'], a[href*='/overlay/about-this-profile'], a[href*='/in/']")?;
        text::profile_url(&attr(&link, "href")?)
    }

    fn language(&self, top_lines: &[String], experience: &[Experience]) -> Option<String> {
        let declared = self
            .document
            .document_element()
            .and_then(|html| attr(&html, "lang"))
            .and_then(|code| code.split(['-', '_']).next().map(str::to_ascii_lowercase))
            .filter(|code| !code.is_empty());
        if declared.is_some() {
            return declared;
        }
        let mut samples: Vec<String> = top_lines.to_vec();
        if let Some(section) = self.section(&EXPERIENCE) {
            samples.extend(lines(&section));
        }
        if let Some(section) = self.section(&ACTIVITY) {
            samples.extend(first_of(&section, &[".pvs-header__optional-link"]).map(|el| lines(&el)).unwrap_or_default());
        }
        let _ = experience;
        entries::detect_language(samples.iter().map(String::as_str)).map(str::to_string)
    }
}

/// Nested entries (several positions at one company) and other sub-lists.
const SUB_ENTRIES: &str = ".pvs-entity__sub-components, [data-view-name='profile-component-entity'] [data-view-name='profile-component-entity']";

/// The entries of a section: G1/G2 `profile-component-entity`s that are not
/// nested in another; otherwise the section's outermost list items.
fn entries_of(section: &Element) -> Vec<Element> {
    let entities: Vec<Element> = section
        .select_all("[data-view-name='profile-component-entity']")
        .into_iter()
        .filter(|el| {
            el.parent_element()
                .and_then(|p| closest(&p, "[data-view-name='profile-component-entity']"))
                .map_or(true, |outer| !within(section, &outer))
        })
        .collect();
    if !entities.is_empty() {
        return entities;
    }
    section
        .select_all("li")
        .into_iter()
        .filter(|li| li.parent_element().and_then(|p| closest(&p, "li")).map_or(true, |outer| !within(section, &outer)))
        .collect()
}

/// The positions listed under a company heading.
fn sub_entries(entry: &Element) -> Vec<Element> {
    let nested = entry.select_all("[data-view-name='profile-component-entity'] [data-view-name='profile-component-entity'], .pvs-entity__sub-components [data-view-name='profile-component-entity']");
    let nested: Vec<Element> = if nested.is_empty() {
        entry.select_all(".pvs-entity__sub-components li, ul ul li, li li")
    } else {
        nested
    };
    nested
        .into_iter()
        .filter(|el| !el.is_same_node(Some(entry)))
        .filter(|el| lines(el).iter().any(|line| text::date_range(line).is_some()))
        .collect()
}

fn is_invite_label(label: &str) -> bool {
    lang::LANGS.iter().any(|l| {
        let (before, after) = l.invite;
        lang::strip_prefix_ci(label, before).and_then(|rest| lang::strip_suffix_ci(rest, after)).is_some_and(|name| !name.trim().is_empty())
    })
}

/// `vanityName` of a `/preload/custom-invite/?vanityName=<slug>` link.
fn vanity_name(href: &str) -> Option<String> {
    let query = href.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == "vanityName").then(|| text::links::percent_decode(value))
    })
}

fn selector(before: &str, middle: &str, after: &str) -> String {
    let mut out = String::with_capacity(before.len() + middle.len() + after.len());
    out.push_str(before);
    out.push_str(middle);
    out.push_str(after);
    out
}
