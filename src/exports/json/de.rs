//! JSON text to values. Reads any JSON (as `JSON.stringify` writes it, and
//! more), but gives each type ([`FromJson`]) only what it takes: strings, booleans,
//! integers, `null`, arrays and objects, each only where the type asks for
//! it (a struct is an object, never an array). A number with a fraction or an
//! exponent is skipped where the value is ignored (an unknown key) and is an
//! error anywhere else, as a float already was for an integer field.

use super::Error;

/// Arrays and objects nested deeper than this are refused rather than
/// recursed into (ignored values are skipped without recursion).
const MAX_DEPTH: u32 = 128;

/// Reads one JSON value of type `T` from `text` (whitespace around it is fine,
/// anything else after it is not).
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Error> {
    let mut de = Deserializer { text, at: 0, depth: 0 };
    let value = T::read(&mut de)?;
    de.skip_whitespace();
    if de.at == text.len() {
        Ok(value)
    } else {
        Err(Error)
    }
}

/// The reader [`FromJson`] implementations are given.
pub struct Deserializer<'de> {
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

pub enum Number {
    Unsigned(u64),
    Signed(i64),
}

/// A type read from JSON text directly, without serde: each type asks for
/// the shape it takes (a struct an object, a string a string, …), so the
/// wasm carries one small reader per type instead of serde's visitors.
pub trait FromJson: Sized {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error>;
}

impl Deserializer<'_> {
    /// Consumes a `null` if one is next.
    pub fn null(&mut self) -> Result<bool, Error> {
        if self.peek()? == b'n' {
            self.keyword("null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// A string value.
    pub fn text(&mut self) -> Result<String, Error> {
        if self.peek()? != b'"' {
            return Err(Error);
        }
        Ok(match self.string()? {
            Text::Borrowed(s) => s.to_owned(),
            Text::Owned(s) => s,
        })
    }

    /// An integer value (a number with a fraction or an exponent is an error).
    pub fn integer(&mut self) -> Result<Number, Error> {
        self.number()?.ok_or(Error)
    }

    /// An object: `field` is called with each key, and reads (or skips) its
    /// value. (`dyn`: one copy of the loop in the wasm, not one per type.)
    pub fn object(&mut self, field: &mut dyn FnMut(&mut Self, &str) -> Result<(), Error>) -> Result<(), Error> {
        self.expect(b'{')?;
        self.enter()?;
        let mut first = true;
        while self.peek()? != b'}' {
            if !first {
                self.expect(b',')?;
            }
            first = false;
            if self.peek()? != b'"' {
                return Err(Error);
            }
            match self.key()? {
                Text::Borrowed(key) => field(self, key)?,
                Text::Owned(key) => field(self, &key)?,
            }
        }
        self.depth -= 1;
        self.expect(b'}')
    }

    /// An array: `item` reads each element (`dyn` as for [`Self::object`]).
    pub fn array(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<(), Error>) -> Result<(), Error> {
        self.expect(b'[')?;
        self.enter()?;
        let mut first = true;
        while self.peek()? != b']' {
            if !first {
                self.expect(b',')?;
            }
            first = false;
            item(self)?;
        }
        self.depth -= 1;
        self.expect(b']')
    }

    /// Skips a value whose key is not ours.
    pub fn skip(&mut self) -> Result<(), Error> {
        self.skip_value()
    }
}

impl FromJson for String {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
        de.text()
    }
}

impl FromJson for bool {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
        match de.peek()? {
            b't' => de.keyword("true").map(|()| true),
            b'f' => de.keyword("false").map(|()| false),
            _ => Err(Error),
        }
    }
}

impl FromJson for () {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
        de.peek()?;
        de.keyword("null")
    }
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
                match de.integer()? {
                    Number::Unsigned(n) => <$ty>::try_from(n).map_err(|_| Error),
                    Number::Signed(n) => <$ty>::try_from(n).map_err(|_| Error),
                }
            }
        }
    )*};
}

integers!(u8, u16, u32, u64, i8, i16, i32, i64, usize);

/// Floats do not cross the boundary: an integer reads, a fraction does not.
impl FromJson for f64 {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
        match de.integer()? {
            Number::Unsigned(n) => Ok(n as f64),
            Number::Signed(n) => Ok(n as f64),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
        if de.null()? {
            Ok(None)
        } else {
            T::read(de).map(Some)
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(de: &mut Deserializer<'_>) -> Result<Self, Error> {
        let mut out = Vec::new();
        de.array(&mut |de| {
            out.push(T::read(de)?);
            Ok(())
        })?;
        Ok(out)
    }
}

/// `FromJson` for a struct read from an object whose keys are all optional
/// (serde's `#[serde(default)]`): it starts as its `Default` and each key
/// present overwrites one field. Unknown keys are skipped and a repeated key
/// is an error, as with serde's derive. A field can name its own reader:
/// `goals: "goals" => lenient_goals`.
#[macro_export]
macro_rules! json_object {
    ($ty:ident { $($field:ident: $key:literal $(=> $reader:path)?),+ $(,)? }) => {
        impl $crate::exports::json::FromJson for $ty {
            fn read(de: &mut $crate::exports::json::Deserializer<'_>) -> Result<Self, $crate::exports::json::Error> {
                #[allow(non_camel_case_types)]
                #[derive(Clone, Copy)]
                enum Field {
                    $($field),+
                }
                const KEYS: &[(&str, Field)] = &[$(($key, Field::$field)),+];
                let mut value = <$ty>::default();
                let mut seen = 0u64;
                de.object(&mut |de, key| {
                    // One loop over the keys, then a jump to the field.
                    let Some((index, field)) = KEYS.iter().enumerate().find(|(_, (k, _))| *k == key).map(|(i, (_, f))| (i, *f)) else {
                        return de.skip();
                    };
                    if seen & (1 << index) != 0 {
                        return Err($crate::exports::json::Error);
                    }
                    seen |= 1 << index;
                    match field {
                        $(Field::$field => value.$field = $crate::json_object!(@read de $($reader)?)?,)+
                    }
                    Ok(())
                })?;
                Ok(value)
            }
        }
    };
    (@read $de:ident) => { $crate::exports::json::FromJson::read($de) };
    (@read $de:ident $reader:path) => { $reader($de) };
}

/// `FromJson` for an enum of unit variants, each read from its name.
#[macro_export]
macro_rules! json_enum {
    ($ty:ident { $($variant:ident: $name:literal),+ $(,)? }) => {
        impl $crate::exports::json::FromJson for $ty {
            fn read(de: &mut $crate::exports::json::Deserializer<'_>) -> Result<Self, $crate::exports::json::Error> {
                match de.text()?.as_str() {
                    $($name => Ok($ty::$variant),)+
                    _ => Err($crate::exports::json::Error),
                }
            }
        }
    };
}
