//! LinkedIn's UI strings in the languages we read (English, French, German,
//! Spanish): the one place where reading depends on wording. Readers go by
//! structure first; these tables only settle what structure cannot.
//!
//! Everything is lowercase; compare with [`contains_ci`] / [`starts_with_ci`].

/// One display language's strings.
pub struct Lang {
    /// BCP 47 primary subtag, as reported in `Profile::language`.
    pub code: &'static str,
    /// The open end of a date range ("Feb 2024 - Present").
    pub present: &'static [&'static str],
    pub followers: &'static [&'static str],
    pub connections: &'static [&'static str],
    /// Marks a mutual-connections line.
    pub mutual: &'static [&'static str],
    /// "X, Y and 12 *other* mutual connections".
    pub other: &'static [&'static str],
    /// Joins the last two names of a list.
    pub and: &'static [&'static str],
    /// Verbs after the names: "X *is* a mutual connection".
    pub verbs: &'static [&'static str],
    /// "N personalized invitations remaining for this month."
    pub notes_remaining: &'static [&'static str],
    /// "Invite X to connect" as (before the name, after the name).
    pub invite: (&'static str, &'static str),
    pub pending: &'static [&'static str],
    pub follow: &'static [&'static str],
    pub connect: &'static [&'static str],
    /// Invite dialog buttons, by aria-label or text.
    pub add_note: &'static [&'static str],
    pub send_without_note: &'static [&'static str],
    pub send: &'static [&'static str],
    pub cancel: &'static [&'static str],
    pub dismiss: &'static [&'static str],
    /// The older invite step "How do you know X?", before the name.
    pub how_know: &'static str,
    /// Employment types shown after the company ("Ampliva · Full-time").
    pub employment: &'static [&'static str],
    /// Units of a duration ("1 yr 8 mos").
    pub durations: &'static [&'static str],
    /// Month abbreviations as LinkedIn prints them in dates.
    pub months: [&'static str; 12],
}

pub const EN: Lang = Lang {
    code: "en",
    present: &["present"],
    followers: &["followers", "follower"],
    connections: &["connections", "connection"],
    mutual: &["mutual connection"],
    other: &["others", "other"],
    and: &["and"],
    verbs: &["is", "are"],
    notes_remaining: &["personalized invitation", "personalised invitation"],
    invite: ("invite ", " to connect"),
    pending: &["pending"],
    follow: &["follow"],
    connect: &["connect"],
    add_note: &["add a note"],
    send_without_note: &["send without a note"],
    send: &["send invitation", "send now", "send"],
    cancel: &["cancel adding a note", "cancel"],
    dismiss: &["dismiss", "close"],
    how_know: "how do you know ",
    employment: &[
        "full-time", "part-time", "self-employed", "freelance", "contract", "internship",
        "apprenticeship", "seasonal", "permanent",
    ],
    durations: &["yr", "yrs", "mo", "mos", "year", "years", "month", "months"],
    months: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};

pub const FR: Lang = Lang {
    code: "fr",
    present: &["aujourd’hui", "aujourd'hui", "présent"],
    followers: &["abonnés", "abonné", "followers"],
    connections: &["relations", "relation"],
    mutual: &["en commun"],
    other: &["autres", "autre"],
    and: &["et"],
    verbs: &["est", "sont"],
    notes_remaining: &["personnalisée"],
    invite: ("invitez ", " à rejoindre votre réseau"),
    pending: &["en attente"],
    follow: &["suivre"],
    connect: &["se connecter"],
    add_note: &["ajouter une note"],
    send_without_note: &["envoyer sans note"],
    send: &["envoyer l’invitation", "envoyer l'invitation", "envoyer"],
    cancel: &["annuler"],
    dismiss: &["fermer", "ignorer"],
    how_know: "comment connaissez-vous ",
    employment: &[
        "temps plein", "temps partiel", "indépendant", "freelance", "cdi", "cdd", "stage",
        "alternance", "contrat en alternance", "saisonnier", "intérim",
    ],
    durations: &["an", "ans", "mois"],
    months: [
        "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
    ],
};

pub const DE: Lang = Lang {
    code: "de",
    present: &["heute"],
    followers: &["follower"],
    connections: &["kontakte", "kontakt"],
    mutual: &["gemeinsame kontakt", "gemeinsamer kontakt", "gemeinsamen kontakt"],
    other: &["weitere", "weiterer", "andere"],
    and: &["und"],
    verbs: &["ist", "sind"],
    notes_remaining: &["personalisierte einladung"],
    invite: ("", " als kontakt einladen"),
    pending: &["ausstehend"],
    follow: &["folgen"],
    connect: &["vernetzen"],
    add_note: &["nachricht hinzufügen", "notiz hinzufügen"],
    send_without_note: &["ohne nachricht senden", "ohne notiz senden"],
    send: &["einladung senden", "senden"],
    cancel: &["abbrechen"],
    dismiss: &["verwerfen", "schließen"],
    how_know: "woher kennen sie ",
    employment: &[
        "vollzeit", "teilzeit", "selbstständig", "freiberuflich", "befristet", "praktikum",
        "ausbildung", "saisonal",
    ],
    durations: &["j.", "jahr", "jahre", "mon.", "monat", "monate", "mo."],
    months: [
        "jan", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sept", "okt", "nov", "dez",
    ],
};

pub const ES: Lang = Lang {
    code: "es",
    present: &["actualidad", "presente"],
    followers: &["seguidores", "seguidor"],
    connections: &["contactos", "contacto"],
    mutual: &["en común"],
    other: &["más", "otros", "otras"],
    and: &["y", "e"],
    verbs: &["es", "son"],
    notes_remaining: &["personalizada"],
    invite: ("invita a ", " a conectar"),
    pending: &["pendiente"],
    follow: &["seguir"],
    connect: &["conectar"],
    add_note: &["añadir una nota", "agregar una nota"],
    send_without_note: &["enviar sin nota", "enviar sin una nota"],
    send: &["enviar invitación", "enviar"],
    cancel: &["cancelar"],
    dismiss: &["descartar", "cerrar"],
    how_know: "¿de qué conoces a ",
    employment: &[
        "jornada completa", "jornada parcial", "autónomo", "freelance", "contrato temporal",
        "prácticas", "de temporada", "contrato de formación",
    ],
    durations: &["año", "años", "mes", "meses"],
    months: [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
};

/// Every language we read, English first.
pub const LANGS: &[&Lang] = &[&EN, &FR, &DE, &ES];

/// The table for a page language (`fr`, `fr-FR`, `FR`…), if we have one.
pub fn by_code(code: &str) -> Option<&'static Lang> {
    let primary = code.split(['-', '_']).next()?;
    LANGS.iter().copied().find(|lang| lang.code.eq_ignore_ascii_case(primary))
}

/// Chooses the strings of one kind from every language.
pub fn all(pick: fn(&Lang) -> &'static [&'static str]) -> impl Iterator<Item = &'static str> + Clone {
    LANGS.iter().flat_map(move |lang| pick(lang).iter().copied())
}

/// Lowercase for matching: ASCII, Latin-1, Latin Extended-A, Greek and
/// Cyrillic. (The standard library's full Unicode case tables would add
/// about 15 KB to the wasm for letters LinkedIn's UI strings never use.)
pub fn fold(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A9 | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `fold` over a whole string.
pub fn fold_str(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// Case-insensitive `contains` for a lowercase `needle`.
pub fn contains_ci(haystack: &str, needle: &str) -> bool {
    find_ci(haystack, needle).is_some()
}

/// Whether any of the lowercase `needles` occurs in `haystack`, ignoring
/// case: [`contains_ci`] of each, in one pass ([`find_any_ci`]).
pub fn contains_any_ci<'a>(haystack: &str, needles: impl Iterator<Item = &'a str> + Clone) -> bool {
    find_any_ci(haystack, needles).is_some()
}

/// Where the first of the lowercase `needles` to occur in `haystack` starts,
/// ignoring case: the least start of [`find_ci`] of each, in one pass over
/// `haystack` when every needle starts with an ASCII letter or digit (as
/// [`find_ci`] does for one).
pub fn find_any_ci<'a>(haystack: &str, needles: impl Iterator<Item = &'a str> + Clone) -> Option<usize> {
    // The needles (a few), and their first letters, lowercase, as bits of a
    // set that may hold more (ASCII codes taken modulo 64): each candidate
    // position is then checked against the needles themselves.
    let mut kept: [&str; 8] = [""; 8];
    let mut count = 0;
    let mut firsts = 0u64;
    for needle in needles.clone() {
        match (needle.bytes().next(), kept.get_mut(count)) {
            (Some(byte), Some(slot)) if byte.is_ascii_alphanumeric() => {
                *slot = needle;
                count += 1;
                firsts |= 1 << (byte.to_ascii_lowercase() & 63);
            }
            _ => return needles.into_iter().filter_map(|needle| find_ci(haystack, needle)).map(|(start, _)| start).min(),
        }
    }
    let kept = kept.get(..count).unwrap_or_default();
    haystack.bytes().enumerate().position(|(start, byte)| {
        let lower = byte.to_ascii_lowercase();
        firsts & (1 << (lower & 63)) != 0
            && kept.iter().any(|needle| {
                needle.as_bytes().first() == Some(&lower)
                    && haystack.get(start..).is_some_and(|rest| prefix_len_ci(rest, needle).is_some())
            })
    })
}

/// Byte range of the first case-insensitive occurrence of a lowercase
/// `needle` in `haystack` (ranges are in `haystack`'s own bytes).
pub fn find_ci(haystack: &str, needle: &str) -> Option<(usize, usize)> {
    let first = needle.chars().next()?;
    if first.is_ascii_alphanumeric() {
        // Only an ASCII byte can match an ASCII letter or digit (`fold` maps
        // no other character onto one): try those positions alone, without
        // decoding every character of the haystack.
        let lower = first.to_ascii_lowercase() as u8;
        return haystack.bytes().enumerate().find_map(|(start, byte)| {
            if byte.to_ascii_lowercase() != lower {
                return None;
            }
            prefix_len_ci(haystack.get(start..)?, needle).map(|len| (start, start + len))
        });
    }
    haystack
        .char_indices()
        .find_map(|(start, _)| prefix_len_ci(haystack.get(start..)?, needle).map(|len| (start, start + len)))
}

/// `Some(rest)` when `text` starts with the lowercase `prefix`, ignoring case.
pub fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    prefix_len_ci(text, prefix).and_then(|len| text.get(len..))
}

/// `Some(rest)` when `text` ends with the lowercase `suffix`, ignoring case.
pub fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let mut end = text.len();
    for want in suffix.chars().rev() {
        let (at, got) = text.get(..end)?.char_indices().next_back()?;
        if !same_ci(got, want) {
            return None;
        }
        end = at;
    }
    text.get(..end)
}

pub fn starts_with_ci(text: &str, prefix: &str) -> bool {
    prefix_len_ci(text, prefix).is_some()
}

/// Length in `text`'s bytes of a case-insensitive match of `prefix` at its start.
fn prefix_len_ci(text: &str, prefix: &str) -> Option<usize> {
    let mut got = text.char_indices();
    for want in prefix.chars() {
        let (_, c) = got.next()?;
        if !same_ci(c, want) {
            return None;
        }
    }
    Some(got.next().map_or(text.len(), |(at, _)| at))
}

fn same_ci(got: char, want: char) -> bool {
    if got.is_ascii() && want.is_ascii_alphanumeric() {
        return got.eq_ignore_ascii_case(&want);
    }
    got == want
        || fold(got) == fold(want)
        || (is_apostrophe(got) && is_apostrophe(want))
        || (got.is_whitespace() && want == ' ')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_helpers() {
        assert!(contains_ci("2 Mutual Connections", "mutual connection"));
        assert_eq!(strip_prefix_ci("Invite Léa to connect", "invite "), Some("Léa to connect"));
        assert_eq!(strip_suffix_ci("Léa Dubois À rejoindre votre réseau", " à rejoindre votre réseau"), Some("Léa Dubois"));
        assert_eq!(find_ci("Déjà AUJOURD’HUI", "aujourd'hui"), Some((7, 20)));
        assert_eq!(strip_suffix_ci("x", "long suffix"), None);
        assert!(by_code("fr-FR").is_some_and(|l| l.code == "fr"));
        assert!(by_code("pt").is_none());
        assert_eq!(fold_str("ÉLODIE ÄÖÜ ŁÓDŹ ΑΘΗΝΑ МОСКВА Ёж"), "élodie äöü łódź αθηνα москва ёж");
    }
}
