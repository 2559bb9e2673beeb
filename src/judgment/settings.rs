//! What the user told us about themselves: goals, tone, note limit, notes
//! left this month. Deserializes from JSON where every key is optional,
//! `null` means "not set" and unknown keys or goal names are ignored, so that
//! a settings object saved by an older or newer extension still loads.

use serde::{Deserialize, Deserializer, Serialize};

/// LinkedIn's note limit on free accounts (UTF-16 units).
pub const DEFAULT_NOTE_LIMIT: u32 = 200;
/// Below this no honest note fits; smaller limits are raised to it.
pub const MIN_NOTE_LIMIT: u32 = 150;
/// Above this a "note" stops being a note; larger limits are lowered to it.
pub const MAX_NOTE_LIMIT: u32 = 2000;

/// Why the user is on LinkedIn; several may apply.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Networking,
    Hiring,
    JobSeeking,
    Selling,
    Learning,
    HostingEvents,
    Mentoring,
}

impl Goal {
    /// Every goal, in the order reasons are listed.
    pub const ALL: [Goal; 7] = [
        Goal::Networking,
        Goal::Hiring,
        Goal::JobSeeking,
        Goal::Selling,
        Goal::Learning,
        Goal::HostingEvents,
        Goal::Mentoring,
    ];

    /// Reads a goal name leniently ("job-seeking", "job_seeking", "JobSeeking").
    pub fn parse(name: &str) -> Option<Goal> {
        let key: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match key.as_str() {
            "networking" | "network" => Some(Goal::Networking),
            "hiring" | "recruiting" => Some(Goal::Hiring),
            "jobseeking" | "jobsearch" | "jobhunting" => Some(Goal::JobSeeking),
            "selling" | "sales" => Some(Goal::Selling),
            "learning" => Some(Goal::Learning),
            "hostingevents" | "hosting" | "events" => Some(Goal::HostingEvents),
            "mentoring" => Some(Goal::Mentoring),
            _ => None,
        }
    }

    /// Stable code used in reason kinds (`goal-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Goal::Networking => "networking",
            Goal::Hiring => "hiring",
            Goal::JobSeeking => "job-seeking",
            Goal::Selling => "selling",
            Goal::Learning => "learning",
            Goal::HostingEvents => "hosting-events",
            Goal::Mentoring => "mentoring",
        }
    }
}

impl<'de> Deserialize<'de> for Goal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Goal::parse(&name).ok_or_else(|| serde::de::Error::custom("unknown goal"))
    }
}

/// How the suggested notes sound.
#[derive(Serialize, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    #[default]
    Warm,
    Brief,
    Formal,
}

impl Tone {
    /// Reads a tone leniently; anything unknown is the default (warm).
    pub fn parse(name: &str) -> Tone {
        match name.trim().to_ascii_lowercase().as_str() {
            "brief" | "short" => Tone::Brief,
            "formal" => Tone::Formal,
            _ => Tone::Warm,
        }
    }
}

impl<'de> Deserialize<'de> for Tone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = Option::<String>::deserialize(deserializer)?;
        Ok(name.as_deref().map(Tone::parse).unwrap_or_default())
    }
}

/// The four languages notes and reasons are written in.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
    Es,
}

impl Lang {
    /// From a language tag ("fr", "fr-FR", "de_AT"); English otherwise.
    pub fn from_tag(tag: Option<&str>) -> Lang {
        let primary = tag
            .unwrap_or("")
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "es" => Lang::Es,
            _ => Lang::En,
        }
    }
}

/// The user's settings. Every key is optional in JSON.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// 200 on free accounts, 300 on Premium (UTF-16 units).
    pub note_limit: Option<u32>,
    /// Empty means networking.
    #[serde(deserialize_with = "lenient_goals")]
    pub goals: Vec<Goal>,
    pub tone: Tone,
    /// Language of reasons and checks (notes follow the profile's language).
    pub language: Option<String>,
    /// How the user knows this person ("we met at RustConf").
    pub context: Option<String>,
    /// Personalized notes left this month, when LinkedIn said so.
    pub notes_remaining: Option<u32>,
    /// Companies the user wants to work at or sell to.
    #[serde(deserialize_with = "lenient_strings")]
    pub target_companies: Vec<String>,
}

impl Settings {
    /// The note limit in force, kept within what a note can be.
    pub fn effective_note_limit(&self) -> usize {
        let limit = match self.note_limit {
            Some(0) | None => DEFAULT_NOTE_LIMIT,
            Some(n) => n.clamp(MIN_NOTE_LIMIT, MAX_NOTE_LIMIT),
        };
        limit as usize
    }

    /// The goals in force, networking when none was chosen, without repeats.
    pub fn effective_goals(&self) -> Vec<Goal> {
        // In the order of `Goal::ALL` (no sort: it costs kilobytes of wasm).
        let mut goals: Vec<Goal> = Goal::ALL.into_iter().filter(|g| self.goals.contains(g)).collect();
        if goals.is_empty() {
            goals.push(Goal::Networking);
        }
        goals
    }

    /// The goal the note's "why" speaks to: the first one the user listed.
    pub fn main_goal(&self) -> Goal {
        self.goals.first().copied().unwrap_or(Goal::Networking)
    }

    /// Language of reasons and checks.
    pub fn ui_lang(&self) -> Lang {
        Lang::from_tag(self.language.as_deref())
    }
}

fn lenient_goals<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Goal>, D::Error> {
    let names = Option::<Vec<Option<String>>>::deserialize(deserializer)?;
    Ok(names
        .unwrap_or_default()
        .iter()
        .filter_map(|name| name.as_deref().and_then(Goal::parse))
        .collect())
}

crate::json_object!(Settings {
    note_limit: "noteLimit",
    goals: "goals" => read_goals,
    tone: "tone",
    language: "language",
    context: "context",
    notes_remaining: "notesRemaining",
    target_companies: "targetCompanies" => read_strings,
});

/// As [`lenient_goals`]: unknown goals and `null`s are left out.
fn read_goals(de: &mut crate::exports::json::Deserializer<'_>) -> Result<Vec<Goal>, crate::exports::json::Error> {
    use crate::exports::json::FromJson;
    let names = Option::<Vec<Option<String>>>::read(de)?;
    Ok(names.unwrap_or_default().iter().filter_map(|name| name.as_deref().and_then(Goal::parse)).collect())
}

/// As [`lenient_strings`]: `null`s are left out.
fn read_strings(de: &mut crate::exports::json::Deserializer<'_>) -> Result<Vec<String>, crate::exports::json::Error> {
    use crate::exports::json::FromJson;
    let items = Option::<Vec<Option<String>>>::read(de)?;
    Ok(items.unwrap_or_default().into_iter().flatten().collect())
}

/// As its `Deserialize`: a name read leniently, `null` the default.
impl crate::exports::json::FromJson for Tone {
    fn read(de: &mut crate::exports::json::Deserializer<'_>) -> Result<Self, crate::exports::json::Error> {
        Ok(Option::<String>::read(de)?.as_deref().map(Tone::parse).unwrap_or_default())
    }
}

fn lenient_strings<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let items = Option::<Vec<Option<String>>>::deserialize(deserializer)?;
    Ok(items.unwrap_or_default().into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effective_goals_are_sorted_without_repeats() {
        assert!(Goal::ALL.windows(2).all(|w| w[0] < w[1]));
        let settings = Settings { goals: vec![Goal::Mentoring, Goal::Hiring, Goal::Mentoring], ..Settings::default() };
        assert_eq!(settings.effective_goals(), vec![Goal::Hiring, Goal::Mentoring]);
        assert_eq!(Settings::default().effective_goals(), vec![Goal::Networking]);
    }

    #[test]
    fn every_key_is_optional() {
        let settings: Settings = serde_json::from_str("{}").unwrap_or_else(|_| Settings {
            note_limit: Some(1),
            ..Settings::default()
        });
        assert_eq!(settings, Settings::default());
        assert_eq!(settings.effective_note_limit(), 200);
        assert_eq!(settings.effective_goals(), [Goal::Networking]);
        assert_eq!(settings.tone, Tone::Warm);
    }

    #[test]
    fn reads_full_settings_and_ignores_unknowns() {
        let json = r#"{"noteLimit":300,"goals":["hiring","job-seeking","world-peace",null],
            "tone":"formal","language":"fr","context":"we met at RustConf","notesRemaining":2,
            "targetCompanies":["Acme"],"somethingNew":true}"#;
        let settings: Settings = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(settings.note_limit, Some(300));
        assert_eq!(settings.goals, [Goal::Hiring, Goal::JobSeeking]);
        assert_eq!(settings.tone, Tone::Formal);
        assert_eq!(settings.ui_lang(), Lang::Fr);
        assert_eq!(settings.notes_remaining, Some(2));
        assert_eq!(settings.target_companies, ["Acme"]);
        assert_eq!(settings.main_goal(), Goal::Hiring);
    }

    #[test]
    fn nulls_mean_defaults() {
        let json = r#"{"noteLimit":null,"goals":null,"tone":null,"targetCompanies":null}"#;
        let settings: Settings = serde_json::from_str(json).unwrap_or_else(|_| Settings {
            tone: Tone::Brief,
            ..Settings::default()
        });
        assert_eq!(settings, Settings::default());
    }

    #[test]
    fn limits_are_kept_sane() {
        let with = |n| Settings { note_limit: Some(n), ..Settings::default() };
        assert_eq!(with(300).effective_note_limit(), 300);
        assert_eq!(with(0).effective_note_limit(), 200);
        assert_eq!(with(5).effective_note_limit(), 150);
        assert_eq!(with(u32::MAX).effective_note_limit(), 2000);
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag(Some("de-AT")), Lang::De);
        assert_eq!(Lang::from_tag(Some("es_MX")), Lang::Es);
        assert_eq!(Lang::from_tag(Some("pt-pt")), Lang::En);
        assert_eq!(Lang::from_tag(None), Lang::En);
    }
}
