//! The one table of points behind every score. Change a number here and the
//! reasons, tiers and note advice follow; no other module holds a weight.
//!
//! The order of magnitude follows the seeds: a colleague or ex-colleague is
//! the strongest reason to connect, a classmate next, then what the profile
//! itself shows (a blog, recommendations, a crafted About), and finally how
//! the person fits the user's own goals.

/// Points and thresholds of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    /// Where every profile starts before its reasons.
    pub base: i32,

    // Relationship (needs "me", except mutual connections and degree, which
    // the page states relative to the viewer).
    pub colleague: i32,
    /// Same employer, overlapping years.
    pub ex_colleague: i32,
    /// Same employer, years apart or unknown.
    pub same_employer: i32,
    /// Same school, overlapping years.
    pub classmate: i32,
    /// Same school, years apart or unknown.
    pub same_school: i32,
    pub same_city: i32,
    /// Shares words of your job title (networking goal).
    pub same_field: i32,
    pub mutual_few: i32,
    pub mutual_some: i32,
    pub mutual_many: i32,
    pub mutual_some_from: u32,
    pub mutual_many_from: u32,
    /// Extra when LinkedIn names the mutual connections.
    pub mutual_named: i32,
    pub degree_second: i32,
    pub degree_third: i32,

    // What the profile shows.
    pub recommendations_few: i32,
    pub recommendations_many: i32,
    pub recommendations_many_from: u32,
    /// A website, blog or Twitter link.
    pub website: i32,
    /// An About of some substance.
    pub about_crafted: i32,
    pub about_crafted_min_chars: usize,
    pub about_crafted_min_words: usize,
    pub activity: i32,
    /// Headline, location, experience, education and About all filled.
    pub complete: i32,
    /// At most one of them filled.
    pub sparse: i32,
    pub spammy: i32,
    /// Emoji in a headline from which it looks like spam.
    pub spammy_emoji_from: usize,
    pub audience_followers_from: u32,

    // Value to the user's goals.
    pub goal_strong: i32,
    pub goal_some: i32,
    pub target_company: i32,
    /// Goals together add at most this much.
    pub goal_cap: i32,

    // Tiers.
    pub tier_high_from: i32,
    pub tier_medium_from: i32,

    // Spend scarce notes on the best connections: the score a profile needs
    // for a note, by notes left this month.
    pub note_bar_unknown: i32,
    pub note_bar_scarce: i32,
    pub note_bar_few: i32,
    pub note_bar_plenty: i32,
    pub notes_scarce_up_to: u32,
    pub notes_few_up_to: u32,
}

/// The weights in force.
pub const WEIGHTS: Weights = Weights {
    base: 35,

    colleague: 30,
    ex_colleague: 24,
    same_employer: 10,
    classmate: 20,
    same_school: 10,
    same_city: 6,
    same_field: 6,
    mutual_few: 4,
    mutual_some: 8,
    mutual_many: 12,
    mutual_some_from: 3,
    mutual_many_from: 10,
    mutual_named: 3,
    degree_second: 6,
    degree_third: -2,

    recommendations_few: 5,
    recommendations_many: 8,
    recommendations_many_from: 3,
    website: 5,
    about_crafted: 6,
    about_crafted_min_chars: 160,
    about_crafted_min_words: 25,
    activity: 4,
    complete: 5,
    sparse: -15,
    spammy: -25,
    spammy_emoji_from: 5,
    audience_followers_from: 1000,

    goal_strong: 15,
    goal_some: 8,
    target_company: 12,
    goal_cap: 25,

    tier_high_from: 65,
    tier_medium_from: 40,

    note_bar_unknown: 55,
    note_bar_scarce: 75,
    note_bar_few: 60,
    note_bar_plenty: 45,
    notes_scarce_up_to: 2,
    notes_few_up_to: 5,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_outweighs_profile_signals() {
        let w = WEIGHTS;
        assert!(w.colleague > w.ex_colleague && w.ex_colleague > w.classmate);
        assert!(w.classmate > w.same_school && w.ex_colleague > w.same_employer);
        assert!(w.classmate > w.recommendations_many && w.classmate > w.website);
    }

    #[test]
    fn scarcer_notes_need_higher_scores() {
        let w = WEIGHTS;
        assert!(w.note_bar_scarce > w.note_bar_few && w.note_bar_few > w.note_bar_plenty);
        assert!(w.tier_high_from > w.tier_medium_from);
        assert!((0..=100).contains(&w.base));
    }
}
