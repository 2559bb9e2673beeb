//! Small, total wrappers over `querySelector` and text extraction. An invalid
//! selector or a missing node is `None`, never an exception into the page.

use web_sys::{Element, Node};

use crate::text;

/// Something `querySelector` can be called on: a document, an element or a
/// shadow root.
pub(crate) trait Scope {
    fn select(&self, selector: &str) -> Option<Element>;
    fn select_all(&self, selector: &str) -> Vec<Element>;
}

macro_rules! impl_scope {
    ($ty:ty) => {
        impl Scope for $ty {
            fn select(&self, selector: &str) -> Option<Element> {
                self.query_selector(selector).ok().flatten()
            }
            fn select_all(&self, selector: &str) -> Vec<Element> {
                let Ok(list) = self.query_selector_all(selector) else {
                    return Vec::new();
                };
                (0..list.length())
                    .filter_map(|i| list.item(i))
                    .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
                    .collect()
            }
        }
    };
}

impl_scope!(web_sys::Document);
impl_scope!(web_sys::Element);
impl_scope!(web_sys::ShadowRoot);

/// The first match among `selectors`, tried in order (structure before text).
pub(crate) fn first_of(scope: &impl Scope, selectors: &[&str]) -> Option<Element> {
    selectors.iter().find_map(|selector| scope.select(selector))
}

/// What a sighted user reads in `element`: LinkedIn repeats text in an
/// `aria-hidden` span and a `visually-hidden` twin; take the visible one.
pub(crate) fn visible_text(element: &Element) -> Option<String> {
    if let Some(shown) = element.select(":scope > span[aria-hidden='true']") {
        if let Some(text) = node_text(&shown) {
            return Some(text);
        }
    }
    node_text(element)
}

/// `textContent`, whitespace collapsed, `None` when empty.
pub(crate) fn node_text(node: &Node) -> Option<String> {
    node.text_content().as_deref().and_then(text::non_empty)
}
