//! Values to compact JSON text, written the way `serde_json::to_string`
//! writes them (same escapes, same number forms, `null` for `None`).

use serde::ser::{self, Serialize};

use super::Error;

/// `value` as compact JSON. Fails (calmly) on floats, byte strings, maps
/// and data-carrying enum variants, which nothing at the boundary uses.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = String::with_capacity(256);
    value.serialize(&mut Serializer { out: &mut out, ascii: false })?;
    Ok(out)
}

/// [`to_string`] with every character beyond ASCII written as a `\uXXXX`
/// escape (a surrogate pair above U+FFFF): the same value to `JSON.parse`.
/// The text crosses into JavaScript through a UTF-8 decoder, which turns
/// ASCII into a string many times faster than text holding, say, an em dash
/// (a note's "—" costs about 4 ms per 1,000 invitation cards).
pub fn to_ascii_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = String::with_capacity(256);
    value.serialize(&mut Serializer { out: &mut out, ascii: true })?;
    Ok(out)
}

struct Serializer<'a> {
    out: &'a mut String,
    /// Escape every character beyond ASCII ([`to_ascii_string`]).
    ascii: bool,
}

impl Serializer<'_> {
    fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            self.out.push(char::from(d));
        }
    }

    fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push('-');
        }
        self.unsigned(n.unsigned_abs());
    }

    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        let bytes = s.as_bytes();
        // What is written as is, found a run at a time: most of a string.
        let ascii = self.ascii;
        let plain = |b: u8| b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x80 || !ascii);
        let mut start = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if plain(b) {
                // Eight plain bytes at a time while there are.
                match bytes.get(i..i + 8).and_then(|chunk| <[u8; 8]>::try_from(chunk).ok()) {
                    Some(chunk) if all_plain(u64::from_le_bytes(chunk), ascii) => i += 8,
                    _ => i += 1,
                }
                continue;
            }
            // Every byte stopped at here is ASCII or starts a character, so
            // `start..i` is on char boundaries.
            self.out.push_str(s.get(start..i).unwrap_or_default());
            if b >= 0x80 {
                let c = s.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(char::REPLACEMENT_CHARACTER);
                for unit in c.encode_utf16(&mut [0; 2]) {
                    self.out.push_str("\\u");
                    for shift in [12, 8, 4, 0] {
                        self.out.push(char::from(HEX[usize::from((*unit >> shift) & 0xf)]));
                    }
                }
                i += c.len_utf8();
            } else {
                match b {
                    b'"' => self.out.push_str("\\\""),
                    b'\\' => self.out.push_str("\\\\"),
                    0x08 => self.out.push_str("\\b"),
                    0x0c => self.out.push_str("\\f"),
                    b'\n' => self.out.push_str("\\n"),
                    b'\r' => self.out.push_str("\\r"),
                    b'\t' => self.out.push_str("\\t"),
                    _ => {
                        self.out.push_str("\\u00");
                        self.out.push(char::from(HEX[usize::from(b >> 4)]));
                        self.out.push(char::from(HEX[usize::from(b & 0xf)]));
                    }
                }
                i += 1;
            }
            start = i;
        }
        self.out.push_str(s.get(start..).unwrap_or_default());
        self.out.push('"');
    }
}

/// Whether none of the eight bytes of `chunk` needs an escape: no control
/// character, quote or backslash (nor, with `ascii`, a byte beyond ASCII).
/// Each test is the classic "has a byte less than n / equal to zero" on a
/// word, exact as a yes/no.
fn all_plain(chunk: u64, ascii: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = chunk.wrapping_sub(ONES * 0x20) & !chunk & HIGH;
    let quote = has_zero(chunk ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(chunk ^ (ONES * u64::from(b'\\')));
    let beyond_ascii = if ascii { chunk & HIGH } else { 0 };
    below_space | quote | backslash | beyond_ascii == 0
}

impl<'a, 'b> ser::Serializer for &'a mut Serializer<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }

    /// No floats cross the boundary; printing them is what this format avoids.
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(Error)
    }

    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(Error)
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(Error)
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(Error)
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push('[');
        Ok(Compound { ser: self, first: true })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error)
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.out.push('{');
        Ok(Compound { ser: self, first: true })
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error)
    }
}

/// An array or object being written: remembers whether a comma is due.
pub(super) struct Compound<'a, 'b> {
    ser: &'a mut Serializer<'b>,
    first: bool,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.ser.out.push(',');
        }
        self.first = false;
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Error> {
        self.ser.out.push(']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.comma();
        self.ser.string(key);
        self.ser.out.push(':');
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Error> {
        self.ser.out.push('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::all_plain;

    /// The byte-at-a-time rule `all_plain` stands for.
    fn plain(b: u8, ascii: bool) -> bool {
        b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x80 || !ascii)
    }

    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for ascii in [false, true] {
            // Every pair of byte values at every pair of places, the rest
            // plain: the borrows of the word tricks cross neighbours.
            for first in 0..=255u8 {
                for second in [0x00, 0x1f, 0x20, 0x21, b'"', b'\\', 0x7f, 0x80, 0xa0, 0xff, first] {
                    for (p, q) in [(0, 1), (3, 4), (0, 7), (6, 7), (2, 5)] {
                        let mut chunk = [b'a'; 8];
                        chunk[p] = first;
                        chunk[q] = second;
                        let expected = chunk.iter().all(|&b| plain(b, ascii));
                        assert_eq!(all_plain(u64::from_le_bytes(chunk), ascii), expected, "{chunk:?} ascii={ascii}");
                    }
                }
            }
        }
    }
}
