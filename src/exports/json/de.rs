//! JSON text to values. Reads any JSON (as `JSON.stringify` writes it, and
//! more), but hands serde only what our types take: strings, booleans,
//! integers, `null`, arrays and objects, each only where the type asks for
//! it (a struct is an object, never an array). A number with a fraction or an
//! exponent is skipped where the value is ignored (an unknown key) and is an
//! error anywhere else, as a float already was for an integer field.

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};
use serde::forward_to_deserialize_any;

use super::Error;

/// Arrays and objects nested deeper than this are refused rather than
/// recursed into (ignored values are skipped without recursion).
const MAX_DEPTH: u32 = 128;

/// Reads one JSON value of type `T` from `text` (whitespace around it is fine,
/// anything else after it is not).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = Deserializer { text, at: 0, depth: 0 };
    let value = T::deserialize(&mut de)?;
    de.skip_whitespace();
    if de.at == text.len() {
        Ok(value)
    } else {
        Err(Error)
    }
}

struct Deserializer<'de> {
    text: &'de str,
    /// Byte offset of the next unread byte.
    at: usize,
    depth: u32,
}

/// A string as read: borrowed when it had no escapes.
enum Text<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Deserializer<'de> {
    fn bytes(&self) -> &'de [u8] {
        self.text.as_bytes()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes().get(self.at) {
            self.at += 1;
        }
    }

    /// The next significant byte, not consumed.
    fn peek(&mut self) -> Result<u8, Error> {
        self.skip_whitespace();
        self.bytes().get(self.at).copied().ok_or(Error)
    }

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek()? == byte {
            self.at += 1;
            Ok(())
        } else {
            Err(Error)
        }
    }

    fn keyword(&mut self, word: &str) -> Result<(), Error> {
        if self.bytes()[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(Error)
        }
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(Error)
        } else {
            Ok(())
        }
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.bytes().get(self.at..self.at + 4).ok_or(Error)?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16).ok_or(Error)?;
        }
        self.at += 4;
        Ok(n)
    }

    /// A string, the opening quote being next. Lone surrogates become
    /// U+FFFD, as they do when JavaScript hands a string to Rust.
    fn string(&mut self) -> Result<Text<'de>, Error> {
        self.expect(b'"')?;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let b = *self.bytes().get(self.at).ok_or(Error)?;
            match b {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        Some(mut s) => {
                            s.push_str(tail);
                            Text::Owned(s)
                        }
                        None => Text::Borrowed(tail),
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.at]);
                    let escaped = *self.bytes().get(self.at + 1).ok_or(Error)?;
                    self.at += 2;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&first)
                                && self.bytes()[self.at..].starts_with(b"\\u")
                            {
                                let after = self.at;
                                self.at += 2;
                                let second = self.hex4()?;
                                if (0xdc00..0xe000).contains(&second) {
                                    0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                                } else {
                                    // Not a pair: the second escape is read on its own.
                                    self.at = after;
                                    first
                                }
                            } else {
                                first
                            };
                            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
                        }
                        _ => return Err(Error),
                    };
                    s.push(c);
                    run = self.at;
                }
                0x00..=0x1f => return Err(Error),
                _ => self.at += 1,
            }
        }
    }

    /// An integer, or `None` for a valid number with a fraction or exponent.
    /// `Err` for what is not a JSON number or does not fit 64 bits.
    fn number(&mut self) -> Result<Option<Number>, Error> {
        let negative = self.peek()? == b'-';
        if negative {
            self.at += 1;
        }
        let mut magnitude: u64 = 0;
        let first = self.at;
        while let Some(&d @ b'0'..=b'9') = self.bytes().get(self.at) {
            magnitude = magnitude.checked_mul(10).and_then(|m| m.checked_add(u64::from(d - b'0'))).ok_or(Error)?;
            self.at += 1;
        }
        let digits = self.at - first;
        if digits == 0 || (digits > 1 && self.bytes()[first] == b'0') {
            return Err(Error);
        }
        let mut integer = true;
        if self.bytes().get(self.at) == Some(&b'.') {
            self.at += 1;
            integer = false;
            self.digits()?;
        }
        if let Some(b'e' | b'E') = self.bytes().get(self.at) {
            self.at += 1;
            integer = false;
            if let Some(b'+' | b'-') = self.bytes().get(self.at) {
                self.at += 1;
            }
            self.digits()?;
        }
        if !integer {
            return Ok(None);
        }
        Ok(Some(if !negative {
            Number::Unsigned(magnitude)
        } else if magnitude == 0 {
            Number::Unsigned(0)
        } else {
            // -2^63 is the most negative i64; beyond that does not fit.
            let n = 0i64.checked_sub_unsigned(magnitude).ok_or(Error)?;
            Number::Signed(n)
        }))
    }

    /// One or more decimal digits.
    fn digits(&mut self) -> Result<(), Error> {
        let first = self.at;
        while let Some(b'0'..=b'9') = self.bytes().get(self.at) {
            self.at += 1;
        }
        if self.at == first {
            Err(Error)
        } else {
            Ok(())
        }
    }

    /// Skips one value of any shape, without recursion.
    fn skip_value(&mut self) -> Result<(), Error> {
        // Closers still owed, innermost last.
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.peek()? {
                b'{' => {
                    self.at += 1;
                    if self.peek()? == b'}' {
                        self.at += 1;
                    } else {
                        open.push(b'}');
                        self.key()?;
                        continue;
                    }
                }
                b'[' => {
                    self.at += 1;
                    if self.peek()? == b']' {
                        self.at += 1;
                    } else {
                        open.push(b']');
                        continue;
                    }
                }
                b'"' => {
                    self.string()?;
                }
                b't' => self.keyword("true")?,
                b'f' => self.keyword("false")?,
                b'n' => self.keyword("null")?,
                _ => {
                    self.number()?;
                }
            }
            // A value is done: close what it completes, or move to the next one.
            loop {
                let Some(&closer) = open.last() else { return Ok(()) };
                let next = self.peek()?;
                if next == closer {
                    self.at += 1;
                    open.pop();
                } else if next == b',' {
                    self.at += 1;
                    if closer == b'}' {
                        self.key()?;
                    }
                    break;
                } else {
                    return Err(Error);
                }
            }
        }
    }

    /// An object key and its colon.
    fn key(&mut self) -> Result<Text<'de>, Error> {
        let key = self.string()?;
        self.expect(b':')?;
        Ok(key)
    }
}

enum Number {
    Unsigned(u64),
    Signed(i64),
}

impl<'de> de::Deserializer<'de> for &mut Deserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek()? {
            b'n' => {
                self.keyword("null")?;
                visitor.visit_unit()
            }
            b't' => {
                self.keyword("true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.keyword("false")?;
                visitor.visit_bool(false)
            }
            b'"' => self.deserialize_str(visitor),
            b'[' => self.deserialize_seq(visitor),
            b'{' => self.deserialize_map(visitor),
            _ => self.deserialize_i64(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? == b'n' {
            self.keyword("null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// Unit variants, as their name in a string.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if self.peek()? != b'"' {
            return Err(Error);
        }
        match self.string()? {
            Text::Borrowed(s) => visitor.visit_enum(BorrowedStrDeserializer::<Error>::new(s)),
            Text::Owned(s) => visitor.visit_enum(StringDeserializer::<Error>::new(s)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_value()?;
        visitor.visit_unit()
    }

    // Each type asks for its own shape, so the visitors' other paths (a
    // struct from an array, a number from a string, …) are never built.

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek()? {
            b't' => {
                self.keyword("true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.keyword("false")?;
                visitor.visit_bool(false)
            }
            _ => Err(Error),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.number()? {
            Some(Number::Unsigned(n)) => visitor.visit_u64(n),
            Some(Number::Signed(n)) => visitor.visit_i64(n),
            None => Err(Error),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek()? != b'"' {
            return Err(Error);
        }
        match self.string()? {
            Text::Borrowed(s) => visitor.visit_borrowed_str(s),
            Text::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.peek()?;
        self.keyword("null")?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.expect(b'[')?;
        self.enter()?;
        let value = visitor.visit_seq(Items { de: &mut *self, first: true })?;
        self.depth -= 1;
        self.expect(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.expect(b'{')?;
        self.enter()?;
        let value = visitor.visit_map(Entries { de: &mut *self, first: true })?;
        self.depth -= 1;
        self.expect(b'}')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    forward_to_deserialize_any! {
        i128 u128 f32 f64 bytes byte_buf
    }
}

/// The elements of an array, the `[` already read.
struct Items<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.de.peek()? == b']' {
            return Ok(None);
        }
        if !self.first {
            self.de.expect(b',')?;
        }
        self.first = false;
        seed.deserialize(&mut *self.de).map(Some)
    }
}

/// The entries of an object, the `{` already read.
struct Entries<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    first: bool,
}

impl<'de> de::MapAccess<'de> for Entries<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if self.de.peek()? == b'}' {
            return Ok(None);
        }
        if !self.first {
            self.de.expect(b',')?;
        }
        self.first = false;
        if self.de.peek()? != b'"' {
            return Err(Error);
        }
        let key = match self.de.key()? {
            Text::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::<Error>::new(s)),
            Text::Owned(s) => seed.deserialize(StringDeserializer::<Error>::new(s)),
        };
        key.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.de)
    }
}
