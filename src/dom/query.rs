//! Small, total wrappers over `querySelector` and text extraction. An invalid
//! selector or a missing node is `None`, never an exception into the page.

use std::cell::RefCell;

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, NodeList};

use crate::text;

// The DOM calls the readers make thousands of times per page, taking their
// selector or attribute name as a JS string made once: a Rust `&str` handed
// to the page is decoded from UTF-8 anew on every call, which costs about as
// much as the call itself.
#[wasm_bindgen]
extern "C" {
    /// A document, an element or a shadow root: the methods below are
    /// looked up on the object itself, like any JS call.
    type ParentNode;

    #[wasm_bindgen(method, catch, js_name = querySelector)]
    fn query_selector_js(this: &ParentNode, selector: &JsString) -> Result<Option<Element>, JsValue>;

    #[wasm_bindgen(method, catch, js_name = querySelectorAll)]
    fn query_selector_all_js(this: &ParentNode, selector: &JsString) -> Result<NodeList, JsValue>;

    #[wasm_bindgen(method, catch, js_name = closest)]
    fn closest_js(this: &ParentNode, selector: &JsString) -> Result<Option<Element>, JsValue>;

    #[wasm_bindgen(method, js_name = getAttribute)]
    fn get_attribute_js(this: &ParentNode, name: &JsString) -> Option<String>;

    #[wasm_bindgen(method, js_name = getElementById)]
    fn get_element_by_id_js(this: &ParentNode, id: &JsString) -> Option<Element>;

    #[wasm_bindgen(method, catch, js_name = matches)]
    fn matches_js(this: &ParentNode, selector: &JsString) -> Result<bool, JsValue>;

    /// `textContent` left in the page, not copied over.
    #[wasm_bindgen(method, getter, js_name = textContent)]
    fn text_content_js(this: &ParentNode) -> Option<JsString>;

    /// A JS string, for `includes` with a JS string as the needle (js-sys
    /// takes a `&str`, decoded anew on every call).
    type StringInPage;

    #[wasm_bindgen(method, js_name = includes)]
    fn includes_js(this: &StringInPage, needle: &JsString) -> bool;
}

/// An element's `textContent` kept in the page: a few questions about a long
/// text cost less than copying it over (and decoding it) to ask them here.
pub(crate) struct PageText(JsString);

impl PageText {
    pub(crate) fn of(element: &Element) -> Self {
        PageText(element.unchecked_ref::<ParentNode>().text_content_js().unwrap_or_default())
    }

    /// The text in lowercase (`String.prototype.toLowerCase`).
    pub(crate) fn to_lowercase(&self) -> Self {
        PageText(self.0.to_lower_case())
    }

    /// Whether the text holds `needle` as is, passed as a JS string made
    /// once (a character search, faster in the page than a pattern's).
    pub(crate) fn contains(&self, needle: &'static str) -> bool {
        with_js(needle, |needle| self.0.unchecked_ref::<StringInPage>().includes_js(needle))
    }

    /// Whether `pattern` matches somewhere in the text: one call for a
    /// question that would otherwise take several `includes`.
    pub(crate) fn finds(&self, pattern: &js_sys::RegExp) -> bool {
        self.0.search(pattern) >= 0
    }

    /// Whether the text is empty or only whitespace (`char::is_whitespace`),
    /// asked in the page rather than copied over to look.
    pub(crate) fn is_blank(&self) -> bool {
        NOT_WHITESPACE.with(|pattern| self.0.search(pattern) < 0)
    }
}

thread_local! {
    /// One character that `char::is_whitespace` does not call whitespace
    /// (JavaScript's `\S` differs on U+0085 and U+FEFF).
    static NOT_WHITESPACE: js_sys::RegExp =
        js_sys::RegExp::new("[^\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]", "");
}

thread_local! {
    /// Selectors and attribute names (all `'static`: a few dozen), by
    /// address and length.
    static JS_STRINGS: RefCell<Vec<(usize, usize, JsString)>> = const { RefCell::new(Vec::new()) };
}

/// Calls `f` with `text` as a JS string, made on first use.
fn with_js<R>(text: &'static str, f: impl FnOnce(&JsString) -> R) -> R {
    let key = (text.as_ptr() as usize, text.len());
    JS_STRINGS.with(|cache| {
        // Only a call made from inside `f` could find the cache borrowed; none does.
        let Ok(mut cache) = cache.try_borrow_mut() else {
            return f(&JsString::from(text));
        };
        let at = match cache.iter().position(|(ptr, len, _)| (*ptr, *len) == key) {
            Some(at) => at,
            None => {
                cache.push((key.0, key.1, JsString::from(text)));
                cache.len() - 1
            }
        };
        match cache.get(at) {
            Some((_, _, js)) => f(js),
            None => f(&JsString::from(text)),
        }
    })
}

/// Something `querySelector` can be called on: a document, an element or a
/// shadow root.
pub(crate) trait Scope {
    fn select(&self, selector: &'static str) -> Option<Element>;
    fn select_all(&self, selector: &'static str) -> Vec<Element>;
}

macro_rules! impl_scope {
    ($ty:ty) => {
        impl Scope for $ty {
            fn select(&self, selector: &'static str) -> Option<Element> {
                let scope = self.unchecked_ref::<ParentNode>();
                with_js(selector, |selector| scope.query_selector_js(selector)).ok().flatten()
            }
            fn select_all(&self, selector: &'static str) -> Vec<Element> {
                let scope = self.unchecked_ref::<ParentNode>();
                let Ok(list) = with_js(selector, |selector| scope.query_selector_all_js(selector)) else {
                    return Vec::new();
                };
                // `querySelectorAll` only ever returns elements.
                (0..list.length()).filter_map(|i| list.item(i)).map(JsCast::unchecked_into::<Element>).collect()
            }
        }
    };
}

impl_scope!(web_sys::Document);
impl_scope!(web_sys::Element);
impl_scope!(web_sys::ShadowRoot);

/// The first match among `selectors`, tried in order (structure before text).
pub(crate) fn first_of(scope: &impl Scope, selectors: &[&'static str]) -> Option<Element> {
    selectors.iter().find_map(|selector| scope.select(selector))
}

/// `document.getElementById(id)` for an id the readers know in advance.
pub(crate) fn by_id(document: &web_sys::Document, id: &'static str) -> Option<Element> {
    let document = document.unchecked_ref::<ParentNode>();
    with_js(id, |id| document.get_element_by_id_js(id))
}

/// `element.closest(selector)`, `None` on no match or a bad selector.
pub(crate) fn closest(element: &Element, selector: &'static str) -> Option<Element> {
    let element = element.unchecked_ref::<ParentNode>();
    with_js(selector, |selector| element.closest_js(selector)).ok().flatten()
}

/// `element.matches(selector)`, `false` on a bad selector.
pub(crate) fn matches(element: &Element, selector: &'static str) -> bool {
    let element = element.unchecked_ref::<ParentNode>();
    with_js(selector, |selector| element.matches_js(selector)).unwrap_or(false)
}

/// An attribute's value (`getAttribute`).
pub(crate) fn attribute(element: &Element, name: &'static str) -> Option<String> {
    let element = element.unchecked_ref::<ParentNode>();
    with_js(name, |name| element.get_attribute_js(name))
}

/// A non-empty attribute value.
pub(crate) fn attr(element: &Element, name: &'static str) -> Option<String> {
    attribute(element, name).filter(|value| !value.is_empty())
}

/// What a sighted user reads in `element`: LinkedIn repeats text in an
/// `aria-hidden` span and a `visually-hidden` twin; screen-reader-only text,
/// icons and buttons inside (e.g. "…see more") are left out.
pub(crate) fn visible_text(element: &Element) -> Option<String> {
    // Each line is cleaned and not empty: joined by single spaces they are
    // what cleaning the joined text again would give.
    let mut lines = lines(element);
    match lines.len() {
        0 => None,
        1 => lines.pop(),
        _ => Some(crate::text::join(&lines, " ")),
    }
}

/// Whether `element` shows any text (`visible_text(element).is_some()`),
/// walking only until the first visible character.
pub(crate) fn has_visible_text(element: &Element) -> bool {
    // What a reader sees is part of `textContent`: blank there (a picture's
    // link), blank to the reader, for one call instead of a walk.
    if PageText::of(element).is_blank() {
        return false;
    }
    // Nothing inside left out: all of that text is seen.
    if element.select(skipped()).is_none() {
        return true;
    }
    let mut walk = Lines { stop_at_text: true, ..Lines::default() };
    walk.children(element);
    walk.found_text || walk.current.chars().any(|c| !c.is_whitespace())
}

/// The visible text of `element` as the lines a reader sees, in order: block
/// elements and `aria-hidden` text spans end a line, inline ones do not.
pub(crate) fn lines(element: &Element) -> Vec<String> {
    let mut walk = Lines::default();
    walk.read(element);
    walk.flush();
    walk.out
}

/// [`lines`] of a list card (or a part of one), read in fewer calls into
/// the page: the card is asked once whether it holds any screen-reader
/// class, sparing a `matches` per element when it does not. (Reading an
/// element without blocks inside as its `textContent` saved calls too, but
/// the query that tells such an element, a list of some 45 selectors, cost
/// more than they did.)
pub(crate) fn card_lines(card: &Element) -> Vec<String> {
    let no_skipped_classes = card.select(SKIPPED_CLASSES).is_none();
    let mut walk = Lines { no_skipped_classes, ..Lines::default() };
    walk.read(card);
    walk.flush();
    walk.out
}

/// Free text as written (About, a post, an invitation note): each `<br>`
/// or block is a line break, blank lines are kept (at most one in a row),
/// spaces inside a line are collapsed. Buttons ("…see more") are left out.
pub(crate) fn paragraph_text(element: &Element) -> Option<String> {
    let mut walk = Lines { keep_breaks: true, ..Lines::default() };
    walk.read(element);
    walk.flush();
    let mut out = String::new();
    let mut blank = 0;
    for line in walk.out.iter().map(|line| text::clean(line)) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&line);
    }
    (!out.is_empty()).then_some(out)
}

/// `lines` without nested entries (several positions at one company) and
/// other sub-lists (`.pvs-entity__sub-components`). G1/G2 entries print each
/// line in its own `span[aria-hidden=true]`: read those directly (a few DOM
/// calls instead of a walk over every node), else walk.
pub(crate) fn own_lines(element: &Element) -> Vec<String> {
    let spans = element.select_all(
        "span[aria-hidden='true']:not(.pvs-entity__sub-components *):not([data-view-name='profile-component-entity'] [data-view-name='profile-component-entity'] *)",
    );
    let found: Vec<String> = spans
        .iter()
        .filter_map(|span| span.text_content())
        .filter_map(|t| text::non_empty(&t))
        .collect();
    if !found.is_empty() {
        return found;
    }
    walk_own_lines(element)
}

fn walk_own_lines(element: &Element) -> Vec<String> {
    let mut walk = Lines { skip_nested: true, ..Lines::default() };
    walk.read(element);
    walk.flush();
    walk.out
}

#[derive(Default)]
struct Lines {
    out: Vec<String>,
    current: String,
    /// Leave out nested entries: sub-lists and list items below the root.
    skip_nested: bool,
    /// Keep empty lines (`<br><br>`) and raw spacing for `paragraph_text`.
    keep_breaks: bool,
    /// Stop at the first text that is not whitespace (`has_visible_text`).
    stop_at_text: bool,
    found_text: bool,
    /// Nothing under the root has a class of `SKIPPED_CLASSES` (and nested
    /// entries are kept): no need to ask each element.
    no_skipped_classes: bool,
}

impl Lines {
    /// Reads the children of `element`: when they are all text (and
    /// comments), its `textContent` is what the walk would read (the text
    /// nodes in order), for two calls instead of three per node.
    fn read(&mut self, element: &Element) {
        if element.first_element_child().is_none() {
            if let Some(text) = element.text_content() {
                self.text(&text);
            }
            return;
        }
        self.children(element);
    }

    fn children(&mut self, node: &Node) {
        let mut child = node.first_child();
        while let Some(node) = child {
            if self.found_text {
                return;
            }
            // Of the nodes an element holds, only elements have no value: one
            // call tells an element, and an empty text or comment (`<!---->`)
            // needs no other. An element node is an `Element`: the check JS
            // would repeat (`instanceof`) costs a call per node.
            match node.node_value() {
                None => self.element(node.unchecked_ref::<Element>()),
                Some(value) if value.is_empty() => {}
                // Whitespace after nothing or after whitespace changes no
                // line (lines are cleaned: runs collapse, ends are trimmed),
                // be it a text or a comment: no need to ask which.
                Some(value)
                    if value.chars().all(char::is_whitespace)
                        && self.current.chars().next_back().map_or(true, char::is_whitespace) => {}
                Some(value) => {
                    if node.node_type() == Node::TEXT_NODE {
                        self.text(&value);
                        if self.found_text {
                            return;
                        }
                    }
                }
            }
            child = node.next_sibling();
        }
    }

    fn element(&mut self, element: &Element) {
        let tag = element.tag_name();
        if SKIPPED_TAGS.contains(&tag.as_str()) {
            return;
        }
        // One yes/no from the page rather than the class attribute copied
        // over to compare here.
        if !self.no_skipped_classes
            && matches(element, if self.skip_nested { SKIPPED_CLASSES_NESTED } else { SKIPPED_CLASSES })
        {
            return;
        }
        if self.skip_nested
            && (tag == "LI"
                || attribute(element, "data-view-name").is_some_and(|v| v == "profile-component-entity"))
        {
            return;
        }
        if tag == "BR" {
            if self.keep_breaks {
                self.out.push(std::mem::take(&mut self.current));
            } else {
                self.flush();
            }
            return;
        }
        // LinkedIn prints each visible line in a `span[aria-hidden=true]`.
        let block = is_block(&tag)
            || (tag == "SPAN" && attribute(element, "aria-hidden").is_some_and(|v| v == "true"));
        if block {
            self.flush();
        }
        self.read(element);
        if block {
            self.flush();
        }
    }

    /// A text node's value (or a run of them).
    fn text(&mut self, value: &str) {
        if self.stop_at_text && value.chars().any(|c| !c.is_whitespace()) {
            self.found_text = true;
            return;
        }
        self.current.push_str(value);
    }

    fn flush(&mut self) {
        if let Some(line) = text::non_empty(&self.current) {
            self.out.push(line);
        }
        self.current.clear();
    }
}

/// Icons, scripts, buttons and form controls: nothing a reader reads.
const SKIPPED_TAGS: &[&str] = &[
    "SCRIPT", "STYLE", "svg", "SVG", "BUTTON", "TEMPLATE", "TEXTAREA", "SELECT", "LI-ICON", "CODE", "IMG",
    "NOSCRIPT", "INPUT",
];

/// Every element the walk leaves out (`SKIPPED_TAGS` and `SKIPPED_CLASSES`)
/// as one selector, made from those lists. Type selectors match HTML
/// elements whatever the case of their tag name: "svg" and "SVG" are one.
fn skipped() -> &'static str {
    use std::sync::OnceLock;
    static SELECTOR: OnceLock<String> = OnceLock::new();
    SELECTOR.get_or_init(|| {
        let mut parts: Vec<String> = SKIPPED_TAGS.iter().map(|tag| tag.to_ascii_lowercase()).collect();
        parts.dedup();
        parts.push(SKIPPED_CLASSES.to_string());
        crate::text::join(&parts, ", ")
    })
}

/// Screen-reader-only twins and closed menus.
const SKIPPED_CLASSES: &str =
    ".visually-hidden, .a11y-text, .sr-only, .artdeco-button__text-hidden, .artdeco-dropdown__content";

/// The same, and sub-lists when nested entries are left out.
const SKIPPED_CLASSES_NESTED: &str = ".visually-hidden, .a11y-text, .sr-only, .artdeco-button__text-hidden, \
    .artdeco-dropdown__content, .pvs-entity__sub-components";

const BLOCKS: &[&str] = &[
    "DIV", "P", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "SECTION", "ARTICLE", "HEADER", "FOOTER",
    "MAIN", "ASIDE", "NAV", "TABLE", "TR", "TD", "TH", "DL", "DT", "DD", "FIGURE", "FIGCAPTION", "BLOCKQUOTE",
    "FORM", "FIELDSET", "LABEL", "HR", "PRE", "DIALOG",
];

fn is_block(tag: &str) -> bool {
    BLOCKS.contains(&tag)
}

/// Whether `inner` lies inside `outer` (or is it).
pub(crate) fn within(outer: &Element, inner: &Element) -> bool {
    outer.contains(Some(inner.as_ref()))
}
