//! Word and template lists kept as one string each.
//!
//! A `&[&str]` costs 8 bytes of pointer and length per item in the wasm
//! module on top of the text; [`List`] costs one separator byte per item.
//! Lists are written with [`list!`](crate::list) as a slice would be.

/// Separates (ends) the items of a [`List`]; no item contains it.
const END: char = '\u{1f}';

/// Items of text, each followed by U+001F, as [`list!`](crate::list) writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct List(pub &'static str);

/// A [`List`] of string literals: `list!["a", "b"]`.
#[macro_export]
macro_rules! list {
    ($($item:literal),* $(,)?) => {
        $crate::text::list::List(concat!($($item, "\u{1f}"),*))
    };
}

impl List {
    /// The items, in order.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = &'static str> + Clone {
        self.0.split_terminator(END)
    }

    pub fn contains(self, item: &str) -> bool {
        // One look per item at the byte after where `item` would end, then
        // the bytes themselves: no splitting of the list into items.
        let (list, want) = (self.0.as_bytes(), item.as_bytes());
        if want.contains(&(END as u8)) {
            return false;
        }
        let mut start = 0;
        while start < list.len() {
            let end = start + want.len();
            if list.get(end) == Some(&(END as u8)) && list.get(start..end) == Some(want) {
                return true;
            }
            match list.get(start..).and_then(|rest| rest.iter().position(|&b| b == END as u8)) {
                Some(at) => start += at + 1,
                None => break,
            }
        }
        false
    }

    pub fn len(self) -> usize {
        self.0.matches(END).count()
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    pub fn get(self, index: usize) -> Option<&'static str> {
        self.iter().nth(index)
    }

    pub fn first(self) -> Option<&'static str> {
        self.iter().next()
    }

    /// The list of item `index` alone (empty past the end).
    pub fn only(self, index: usize) -> List {
        let mut start = 0;
        for (at, item) in self.iter().enumerate() {
            let end = start + item.len() + END.len_utf8();
            if at == index {
                return List(self.0.get(start..end).unwrap_or(""));
            }
            start = end;
        }
        List("")
    }
}

impl IntoIterator for List {
    type Item = &'static str;
    type IntoIter = std::str::SplitTerminator<'static, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.split_terminator(END)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_read_back_as_written() {
        let list = list!["a", "", "b c", "ü"];
        assert_eq!(list.iter().collect::<Vec<_>>(), ["a", "", "b c", "ü"]);
        assert_eq!(list.len(), 4);
        assert_eq!(list.get(2), Some("b c"));
        assert_eq!(list.get(4), None);
        assert!(list.contains("ü") && !list.contains("c"));
        assert!(list![].is_empty() && list![].first().is_none());
        assert_eq!(list!["x"].into_iter().collect::<Vec<_>>(), ["x"]);
        assert_eq!(list.only(2), list!["b c"]);
        assert_eq!(list.only(1), list![""]);
        assert_eq!(list.only(3), list!["ü"]);
        assert_eq!(list.only(4), list![]);
        // Whole items only, wherever they sit.
        assert!(list.contains("a") && list.contains("") && list.contains("b c"));
        assert!(!list.contains("b") && !list.contains("a\u{1f}") && !list.contains("a\u{1f}\u{1f}b c"));
        assert!(!list![].contains("") && !list!["ab"].contains("a") && !list!["ab"].contains("b"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::List;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn contains_is_any_item_equal(items in proptest::collection::vec("[ab\u{e9}\u{1f}]{0,3}", 0..5), item in "[ab\u{e9}\u{1f}]{0,4}") {
            // Items never hold the separator; the looked-for text may.
            let text: String = items.iter().map(|i| i.replace('\u{1f}', "") + "\u{1f}").collect();
            let list = List(Box::leak(text.into_boxed_str()));
            prop_assert_eq!(list.contains(&item), list.iter().any(|i| i == item));
        }
    }
}
