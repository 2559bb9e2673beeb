//! The JSON the exports speak, for exactly what crosses the boundary
//! (strings, booleans, integers, `null`/`Option`, arrays, structs,
//! unit-variant enums as strings): written through serde ([`to_string`]),
//! read without it ([`FromJson`], smaller in the wasm). No floats and no
//! formatted error messages: every failure is the one calm [`Error`], so the
//! shipped wasm carries neither float formatting nor serde's error texts.
//!
//! The exports turn a JS value into text with `JSON.stringify` and a reading
//! back into a JS value with `JSON.parse`, so one string crosses the boundary
//! each way instead of one call per field. Output is byte-for-byte what
//! `serde_json::to_string` writes for the same value, and input reads as
//! `serde_json` reads it (`tests/boundary_json.rs`).

mod de;
mod ser;

pub use de::{from_str, Deserializer, FromJson, Number};
pub use ser::{to_ascii_string, to_string};

/// Anything that did not fit: text that is not JSON, a value of the wrong
/// shape, a number out of range, a type this format does not carry (floats).
/// Deliberately without detail: the caller says what was being read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Error;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not in the expected shape")
    }
}

impl std::error::Error for Error {}

impl serde::ser::Error for Error {
    /// The message is dropped unformatted: formatting serde's messages is
    /// what pulls float printing and most of `core::fmt` into the wasm.
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        Error
    }
}

impl serde::de::Error for Error {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        Error
    }
}
