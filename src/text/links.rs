//! Links a member put on their profile: unwrapped from LinkedIn's redirect
//! and sorted by kind.

use crate::model::LinkKind;

/// The real destination behind LinkedIn's redirect links
/// (`/redir/redirect?url=…`, `/safety/go?url=…`), percent-decoded; other
/// absolute `http(s)` addresses as they are. `None` for what is not a link
/// out (`mailto:`, relative links, LinkedIn's own pages).
pub fn unwrap_redirect(href: &str) -> Option<String> {
    let mut url = href.trim().to_string();
    // A redirect can wrap another one; two levels are plenty.
    for _ in 0..3 {
        if !is_linkedin(host(&url)?) {
            break;
        }
        let path = path(&url);
        if !(path.starts_with("/redir/") || path.starts_with("/safety/go")) {
            return None;
        }
        let target = query_param(&url, "url")?;
        url = percent_decode(target);
    }
    let url = url.trim().to_string();
    let host = host(&url)?;
    (!is_linkedin(host) && super::find::has_char(host, '.')).then_some(url)
}

/// twitter.com / x.com → twitter; medium, substack, blog hosts and `/blog`
/// paths → blog; social platforms and stores → other; any other site → website.
pub fn link_kind(url: &str) -> LinkKind {
    let Some(host) = host(url) else {
        return LinkKind::Other;
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let is = |domain: &str| host.strip_suffix(domain).is_some_and(|sub| sub.is_empty() || sub.ends_with('.'));
    if is("twitter.com") || is("x.com") {
        return LinkKind::Twitter;
    }
    let path = path(url).to_ascii_lowercase();
    if is("medium.com")
        || is("substack.com")
        || super::find::contains(host, "blog")
        || is("wordpress.com")
        || is("ghost.io")
        || is("hashnode.dev")
        || is("dev.to")
        || path == "/blog"
        || path.starts_with("/blog/")
        || super::find::contains(&path, "/blog")
    {
        return LinkKind::Blog;
    }
    const PLATFORMS: crate::text::list::List = crate::list![
        "github.com", "gitlab.com", "facebook.com", "instagram.com", "youtube.com", "youtu.be",
        "tiktok.com", "linkedin.com", "lnkd.in", "t.me", "wa.me", "whatsapp.com", "threads.net",
        "bsky.app", "behance.net", "dribbble.com", "calendly.com", "linktr.ee", "apps.apple.com",
        "play.google.com", "stackoverflow.com", "scholar.google.com", "researchgate.net", "orcid.org",
    ];
    if PLATFORMS.iter().any(is) {
        LinkKind::Other
    } else {
        LinkKind::Website
    }
}

/// `link_kind`, except that a label LinkedIn shows next to a website
/// ("(Blog)", "(RSS Feed)") decides for a blog.
pub fn kind_with_label(url: &str, label: Option<&str>) -> LinkKind {
    let kind = link_kind(url);
    let says_blog = label.is_some_and(|l| {
        let l = super::lang::fold_str(l);
        super::find::contains(&l, "(blog") || super::find::contains(&l, "(rss")
    });
    if says_blog && kind != LinkKind::Twitter {
        LinkKind::Blog
    } else {
        kind
    }
}

/// The host of an absolute `http(s)` URL (userinfo and port removed).
fn host(url: &str) -> Option<&str> {
    let (scheme, rest) = super::find::split_once(url, "://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

fn path(url: &str) -> &str {
    let rest = super::find::split_once(url, "://").map_or(url, |(_, rest)| rest);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    rest.find('/').and_then(|at| rest.get(at..)).unwrap_or("/")
}

fn is_linkedin(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "linkedin.com" || host.ends_with(".linkedin.com") || host == "lnkd.in"
}

/// The raw (still encoded) value of `name` in `url`'s query string.
fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then_some(value)
    })
}

/// `%XX` escapes to bytes, read as UTF-8 (invalid sequences become U+FFFD).
pub fn percent_decode(text: &str) -> String {
    let out = unescaped_bytes(text);
    if !out.is_ascii() {
        return utf8_lossy_apart(&out);
    }
    // ASCII (an address's escapes mostly are): the bytes are the characters.
    let mut text = String::with_capacity(out.len());
    for &b in &out {
        text.push(char::from(b));
    }
    text
}

/// `text` with each `%XX` escape replaced by its byte.
fn unescaped_bytes(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|c| (*c as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Decoded bytes beyond ASCII, read as UTF-8 (kept apart: the common case
/// does not compile std's lossy decoder).
#[inline(never)]
fn utf8_lossy_apart(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwraps_linkedin_redirects() {
        assert_eq!(
            unwrap_redirect("https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fana%2Edev%2Fblog%3Fx%3D1%26y%3D2&urlhash=AbCd&trk=about_website").as_deref(),
            Some("https://ana.dev/blog?x=1&y=2")
        );
        assert_eq!(
            unwrap_redirect("https://www.linkedin.com/redir/redirect/?url=http%3A%2F%2Fcaf%C3%A9.fr%2F&urlhash=x").as_deref(),
            Some("http://café.fr/")
        );
        assert_eq!(
            unwrap_redirect("https://www.linkedin.com/safety/go?url=https%3A%2F%2Fx.com%2Fana&trk=flagship").as_deref(),
            Some("https://x.com/ana")
        );
        assert_eq!(unwrap_redirect("https://example.org/").as_deref(), Some("https://example.org/"));
        assert_eq!(unwrap_redirect("/in/ana/overlay/contact-info/"), None);
        assert_eq!(unwrap_redirect("https://www.linkedin.com/in/ana/"), None);
        assert_eq!(unwrap_redirect("mailto:ana@example.org"), None);
        assert_eq!(unwrap_redirect("https://www.linkedin.com/redir/redirect?urlhash=x"), None);
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn kinds() {
        assert_eq!(link_kind("https://twitter.com/ana"), LinkKind::Twitter);
        assert_eq!(link_kind("https://x.com/ana"), LinkKind::Twitter);
        assert_eq!(link_kind("https://mobile.twitter.com/ana"), LinkKind::Twitter);
        assert_eq!(link_kind("https://medium.com/@ana"), LinkKind::Blog);
        assert_eq!(link_kind("https://ana.substack.com/"), LinkKind::Blog);
        assert_eq!(link_kind("https://anablog.net"), LinkKind::Blog);
        assert_eq!(link_kind("https://ana.dev/blog/"), LinkKind::Blog);
        assert_eq!(link_kind("https://ana.dev/"), LinkKind::Website);
        assert_eq!(link_kind("https://github.com/ana"), LinkKind::Other);
        assert_eq!(link_kind("https://xerox.com/"), LinkKind::Website);
        assert_eq!(link_kind("not a url"), LinkKind::Other);
        assert_eq!(kind_with_label("https://notes.ana.design/", Some("notes.ana.design (Blog)")), LinkKind::Blog);
        assert_eq!(kind_with_label("https://ana.design/", Some("ana.design (Personal)")), LinkKind::Website);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn percent_decode_is_lossy_utf8(text in "(%[0-9a-fA-F]{2}|%[c-fC-F][0-9a-f]%[89ab][0-9a-f]|[a-z/:é%]){0,12}") {
            // The ASCII shortcut reads the bytes as `from_utf8_lossy` would.
            prop_assert_eq!(percent_decode(&text), String::from_utf8_lossy(&unescaped_bytes(&text)).into_owned());
        }
    }
}
