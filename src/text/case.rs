//! Single-character case mapping for the scripts LinkedIn profiles are
//! mostly written in: Latin (Basic, Latin-1, Extended-A, Vietnamese),
//! Greek and Cyrillic. Every other character is left as it is.
//!
//! `char::to_lowercase`/`to_uppercase` link the whole Unicode case tables
//! (about 26 KB of the wasm module); these few ranges cost a few hundred
//! bytes. The tests check that, wherever these functions change a character,
//! they agree with std, and that they cover every single-character mapping
//! std has in the ranges above.

/// The lowercase of `c` (itself outside the ranges above, or when std's
/// lowercase is more than one character).
pub fn lower(c: char) -> char {
    let n = c as u32;
    let m = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => n + 32,
        0x400..=0x40F => n + 80,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x4C0 => 0x4CF,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F
        | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if n % 2 == 0 =>
        {
            n + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if n % 2 == 1 => n + 1,
        _ => n,
    };
    char::from_u32(m).unwrap_or(c)
}

/// The uppercase of `c` (itself outside the ranges above, or when std's
/// uppercase is more than one character, as for 'ß').
pub fn upper(c: char) -> char {
    let n = c as u32;
    let m = match n {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => n - 32,
        0x450..=0x45F => n - 80,
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x3AC => 0x386,
        0x3AD..=0x3AF => n - 37,
        0x3C2 => 0x3A3,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => n - 63,
        0x4CF => 0x4C0,
        0x101..=0x12F | 0x133..=0x137 | 0x14B..=0x177 | 0x461..=0x481 | 0x48B..=0x4BF | 0x4D1..=0x52F
        | 0x1E01..=0x1E95 | 0x1EA1..=0x1EFF
            if n % 2 == 1 =>
        {
            n - 1
        }
        0x13A..=0x148 | 0x17A..=0x17E | 0x4C2..=0x4CE if n % 2 == 0 => n - 1,
        _ => n,
    };
    char::from_u32(m).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ranges the module claims to cover fully.
    const COVERED: &[(u32, u32)] = &[(0, 0x17F), (0x386, 0x3CE), (0x400, 0x52F), (0x1E00, 0x1E95), (0x1EA0, 0x1EFF)];

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    fn check(ours: fn(char) -> char, std: fn(char) -> Vec<char>) {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = single(std(c).into_iter());
            let got = ours(c);
            // Never a change std would not make.
            if got != c {
                assert_eq!(Some(got), expected, "{c:?} (U+{:04X})", c as u32);
            }
            // Every single-character change std makes in the covered ranges.
            let covered = COVERED.iter().any(|&(lo, hi)| (lo..=hi).contains(&(c as u32)));
            if covered {
                assert_eq!(got, expected.unwrap_or(c), "{c:?} (U+{:04X})", c as u32);
            }
        }
    }

    #[test]
    fn lower_agrees_with_std() {
        check(lower, |c| c.to_lowercase().collect());
    }

    #[test]
    fn upper_agrees_with_std() {
        check(upper, |c| c.to_uppercase().collect());
    }
}
