//! Every sentence the judgment writes, per language (en, fr, de, es). `{0}`
//! and `{1}` are filled with facts by [`fill`]; nothing else is substituted.
//!
//! Note hooks follow a greeting and a comma ("Hi Ana, " + hook), so they start
//! in lowercase where the language wants it. German and Spanish have a
//! familiar (du/tú) and a polite (Sie/usted) set; English and French use one
//! set for every tone (French says "vous" to everyone on LinkedIn).

use super::settings::{Goal, Lang, Tone};
use crate::list;
use crate::text::list::List;

/// Templates for notes and replies in one register.
pub struct NoteWords {
    /// `{0}` is the user's own context when it reads as a sentence ("we met at RustConf").
    pub met_sentence: List,
    /// `{0}` is the user's context when it names a place or event ("RustConf").
    pub met_place: List,
    pub colleague: List,
    pub ex_colleague: List,
    pub school_shared: List,
    pub mutual: List,
    pub about: List,
    pub post: List,
    pub city_shared: List,
    pub city: List,
    /// `{0}` title, `{1}` company.
    pub role_at: List,
    pub role: List,
    pub company: List,
    pub school: List,
    /// `{0}` is the user's own headline; cites nothing of the profile.
    pub intro_me: List,
    /// Honest openers that cite nothing, for nearly empty profiles.
    pub intro: List,
    /// Why connect, per goal in [`Goal::ALL`] order.
    pub why: [List; 7],
    pub closing_warm: List,
    pub closing_formal: List,
    pub reply_thanks: List,
    pub reply_ask: List,
}

/// Sentences explaining a score, one per reason kind.
pub struct ReasonWords {
    pub colleague: &'static str,
    pub ex_colleague: &'static str,
    pub same_employer: &'static str,
    pub classmate: &'static str,
    pub same_school: &'static str,
    pub same_city: &'static str,
    pub same_field: &'static str,
    pub mutual_one: &'static str,
    pub mutual_named: &'static str,
    pub mutual: &'static str,
    pub degree_first: &'static str,
    pub degree_second: &'static str,
    pub degree_third: &'static str,
    pub recommendations_one: &'static str,
    pub recommendations: &'static str,
    pub website: &'static str,
    pub about: &'static str,
    pub activity_when: &'static str,
    pub activity: &'static str,
    pub complete: &'static str,
    pub sparse: &'static str,
    pub spammy: &'static str,
    pub no_me: &'static str,
    pub own_profile: &'static str,
    pub pending: &'static str,
    pub goal_hiring: &'static str,
    pub goal_job_seeking: &'static str,
    pub goal_selling: &'static str,
    pub goal_learning: &'static str,
    pub goal_hosting: &'static str,
    pub goal_hosting_audience: &'static str,
    pub goal_mentoring: &'static str,
    pub target_company: &'static str,
    pub note_none_left: &'static str,
    /// `{0}` score, `{1}` bar.
    pub note_worth: &'static str,
    pub note_save: &'static str,
}

/// Sentences of a note check, one per code.
pub struct CheckWords {
    pub empty: &'static str,
    pub default_wording: &'static str,
    pub placeholder: &'static str,
    pub name_only: &'static str,
    pub filler: &'static str,
    pub no_fact: &'static str,
    pub specific: &'static str,
    pub too_long: &'static str,
}

/// All the words of one language.
pub struct LangWords {
    pub familiar: &'static NoteWords,
    pub polite: &'static NoteWords,
    /// Greeting with a name (`{0}`), for warm, brief and formal.
    pub hello: [&'static str; 3],
    /// Greeting when the name is unknown.
    pub hello_anon: [&'static str; 3],
    pub reasons: ReasonWords,
    pub checks: CheckWords,
}

impl LangWords {
    pub fn notes(&self, tone: Tone) -> &'static NoteWords {
        match tone {
            Tone::Formal => self.polite,
            Tone::Warm | Tone::Brief => self.familiar,
        }
    }

    pub fn greeting(&self, tone: Tone, name: Option<&str>) -> String {
        let index = match tone {
            Tone::Warm => 0,
            Tone::Brief => 1,
            Tone::Formal => 2,
        };
        match name {
            Some(name) => fill(self.hello.get(index).copied().unwrap_or("{0},"), &[name]),
            None => self.hello_anon.get(index).copied().unwrap_or("").to_string(),
        }
    }
}

/// The words of a language.
pub fn words_for(lang: Lang) -> &'static LangWords {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::De => &DE,
        Lang::Es => &ES,
    }
}

/// Index of a goal in [`NoteWords::why`].
pub fn goal_index(goal: Goal) -> usize {
    Goal::ALL.iter().position(|g| *g == goal).unwrap_or(0)
}

/// Replaces `{0}`, `{1}`… in one left-to-right pass, so braces inside a fact
/// are copied as they are and never substituted again.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let digit = after.chars().next().and_then(|c| c.to_digit(10));
        match (digit, after.get(1..2)) {
            (Some(d), Some("}")) => {
                out.push_str(args.get(d as usize).copied().unwrap_or(""));
                rest = after.get(2..).unwrap_or("");
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

static EN_NOTES: NoteWords = NoteWords {
    met_sentence: list!["{0}, and it was great talking with you.", "{0}; glad our paths crossed."],
    met_place: list!["it was great meeting you at {0}.", "glad our paths crossed at {0}."],
    colleague: list![
        "great to see a fellow {0} colleague here.",
        "I see we both work at {0}.",
        "we're both at {0}, so let's connect here too.",
    ],
    ex_colleague: list![
        "I see we both worked at {0}.",
        "fellow {0} alum here.",
        "we share {0} on our résumés.",
    ],
    school_shared: list![
        "I see we both studied at {0}.",
        "fellow {0} alum here!",
        "we both went to {0}.",
    ],
    mutual: list![
        "I see we both know {0}.",
        "we have {0} in common.",
        "{0} is a mutual connection of ours.",
    ],
    about: list!["your About caught my eye: “{0}”.", "I liked this line in your About: “{0}”."],
    post: list!["I enjoyed your recent post: “{0}”.", "your recent post, “{0}”, got me thinking."],
    city_shared: list!["I'm also based in {0}.", "fellow {0} local here."],
    city: list!["I see you're based in {0}.", "I noticed you're in {0}."],
    role_at: list![
        "your work as {0} at {1} caught my eye.",
        "I noticed your role as {0} at {1}.",
        "I came across your work as {0} at {1}.",
    ],
    role: list!["your work as {0} caught my eye.", "I noticed your profile: {0}."],
    company: list!["I see you work at {0}.", "I noticed you're at {0}."],
    school: list!["I noticed you studied at {0}.", "I see you went to {0}."],
    intro_me: list!["I'm {0}, and I came across your profile."],
    intro: list![
        "I came across your profile.",
        "I'd like to hear what you're working on.",
        "your profile came up as I was looking around.",
    ],
    why: [
        list!["I'd be glad to stay in touch.", "Would be great to connect.", "Happy to connect and keep in touch."],
        list!["I'm growing my team and would love to stay in touch.", "I'm hiring and would be glad to connect."],
        list![
            "I'm exploring my next role and would value your perspective.",
            "I'm looking for my next role and would love to connect.",
        ],
        list!["I'd be glad to connect and exchange ideas.", "I think we'd have a lot to talk about."],
        list!["I'd love to learn from your experience.", "I'd be glad to learn from you."],
        list!["I organize events and would love to keep you in the loop.", "I host events you might enjoy."],
        list!["Happy to share what I've learned if it's ever useful.", "Glad to help if I can."],
    ],
    closing_warm: list!["Have a great day!", "All the best!"],
    closing_formal: list!["Kind regards", "Best regards"],
    reply_thanks: list!["thanks for the invitation!", "thanks for reaching out!"],
    reply_ask: list!["What brings you here?", "What made you want to connect?"],
};

static EN: LangWords = LangWords {
    familiar: &EN_NOTES,
    polite: &EN_NOTES,
    hello: ["Hi {0},", "Hi {0},", "Hello {0},"],
    hello_anon: ["Hi,", "Hi,", "Hello,"],
    reasons: ReasonWords {
        colleague: "You both work at {0} now.",
        ex_colleague: "You both worked at {0} ({1}).",
        same_employer: "You have both worked at {0}, in different years.",
        classmate: "You were both at {0} ({1}).",
        same_school: "You both studied at {0}.",
        same_city: "You are both in {0}.",
        same_field: "Their title shares “{0}” with yours.",
        mutual_one: "You have one mutual connection: {1}.",
        mutual_named: "You have {0} mutual connections, including {1}.",
        mutual: "You have {0} mutual connections.",
        degree_first: "You are already connected (1st degree).",
        degree_second: "They are a 2nd-degree connection: someone you know knows them.",
        degree_third: "They are 3rd-degree or further: nobody you know is connected to them.",
        recommendations_one: "They have 1 recommendation.",
        recommendations: "They have {0} recommendations.",
        website: "Their profile links {0}.",
        about: "Their About is written with care ({0} words).",
        activity_when: "They posted or commented recently ({0}).",
        activity: "They posted or commented recently.",
        complete: "Their profile is complete: headline, location, experience, education and About.",
        sparse: "Their profile shows almost nothing beyond a name.",
        spammy: "Their profile reads like spam (“{0}”).",
        no_me: "Your own profile is not set, so shared employers, schools and city are not counted.",
        own_profile: "This is your own profile.",
        pending: "An invitation is already pending.",
        goal_hiring: "As {0}, they could be a candidate for your team.",
        goal_job_seeking: "As {0}, they can help you find a job.",
        goal_selling: "As {0}, they may decide on purchases.",
        goal_learning: "As {0}, they have experience to learn from.",
        goal_hosting: "As {0}, they could speak at or help with your events.",
        goal_hosting_audience: "With {0} followers, they could help fill your events.",
        goal_mentoring: "As {0}, they may welcome a mentor.",
        target_company: "They work at {0}, one of your target companies.",
        note_none_left: "No personalized notes left this month: send without a note.",
        note_worth: "Worth one of your notes: it scores {0}, the bar is {1}.",
        note_save: "Keep your notes for better matches: it scores {0}, the bar is {1}.",
    },
    checks: CheckWords {
        empty: "The note is empty.",
        default_wording: "This is LinkedIn's default wording.",
        placeholder: "It still contains a placeholder: {0}.",
        name_only: "It greets {0} by name but says nothing specific to them.",
        filler: "“{0}” fits anyone.",
        no_fact: "It names nothing from their profile: mention their company, school, a mutual connection or something they wrote.",
        specific: "It mentions “{0}” from their profile.",
        too_long: "It is {0} characters long; the limit is {1}.",
    },
};

static FR_NOTES: NoteWords = NoteWords {
    met_sentence: list!["{0}, et c'était un plaisir d'échanger.", "{0} ; cet échange m'a fait plaisir."],
    met_place: list!["c'était un plaisir de vous rencontrer à {0}.", "notre échange à {0} m'a fait plaisir."],
    colleague: list![
        "je vois que nous sommes collègues chez {0}.",
        "nous sommes tous deux chez {0}, autant être en contact ici.",
    ],
    ex_colleague: list![
        "je vois que nous avons tous deux travaillé chez {0}.",
        "nous avons un point commun : {0}.",
    ],
    school_shared: list![
        "je vois que nous avons tous deux étudié à {0}.",
        "nous avons {0} en commun.",
    ],
    mutual: list![
        "je vois que nous connaissons tous deux {0}.",
        "nous avons {0} en commun dans nos relations.",
    ],
    about: list![
        "votre présentation a retenu mon attention : « {0} ».",
        "j'ai aimé cette phrase de votre présentation : « {0} ».",
    ],
    post: list![
        "j'ai apprécié votre récente publication : « {0} ».",
        "votre publication « {0} » m'a fait réfléchir.",
    ],
    city_shared: list!["je suis moi aussi à {0}.", "nous sommes voisins : moi aussi, je suis à {0}."],
    city: list!["je vois que vous êtes à {0}.", "j'ai vu que vous étiez à {0}."],
    role_at: list![
        "votre parcours de {0} chez {1} a retenu mon attention.",
        "j'ai vu votre rôle de {0} chez {1}.",
    ],
    role: list!["votre profil de {0} a retenu mon attention.", "j'ai remarqué votre parcours : {0}."],
    company: list!["je vois que vous travaillez chez {0}.", "j'ai vu que vous étiez chez {0}."],
    school: list!["j'ai vu que vous aviez étudié à {0}.", "je vois que vous avez étudié à {0}."],
    intro_me: list!["votre profil a retenu mon attention ; je suis moi-même {0}."],
    intro: list![
        "votre profil a retenu mon attention.",
        "j'aimerais en savoir plus sur ce que vous faites.",
        "je découvre votre profil.",
    ],
    why: [
        list!["Au plaisir d'échanger.", "Ce serait un plaisir d'être en contact.", "Restons en contact."],
        list!["Je recrute et j'aimerais rester en contact.", "Je développe mon équipe : restons en contact."],
        list![
            "Je cherche mon prochain poste et votre regard m'intéresse.",
            "Je suis en recherche de poste et j'aimerais échanger avec vous.",
        ],
        list!["Ce serait un plaisir d'échanger.", "Nous aurions sans doute des choses à nous dire."],
        list!["J'aimerais apprendre de votre expérience.", "Votre expérience m'intéresse beaucoup."],
        list!["J'organise des événements qui pourraient vous intéresser.", "J'organise des rencontres : restons en contact."],
        list!["Si mon expérience peut vous être utile, ce sera avec plaisir.", "Avec plaisir pour échanger si je peux aider."],
    ],
    closing_warm: list!["Belle journée !", "Au plaisir !"],
    closing_formal: list!["Bien cordialement", "Cordialement"],
    reply_thanks: list!["merci pour l'invitation !", "merci de votre demande de connexion !"],
    reply_ask: list!["Qu'est-ce qui vous amène ?", "Qu'est-ce qui vous a donné envie de vous connecter ?"],
};

static FR: LangWords = LangWords {
    familiar: &FR_NOTES,
    polite: &FR_NOTES,
    hello: ["Bonjour {0},", "Bonjour {0},", "Bonjour {0},"],
    hello_anon: ["Bonjour,", "Bonjour,", "Bonjour,"],
    reasons: ReasonWords {
        colleague: "Vous travaillez tous deux chez {0} aujourd'hui.",
        ex_colleague: "Vous avez tous deux travaillé chez {0} ({1}).",
        same_employer: "Vous avez tous deux travaillé chez {0}, à des années différentes.",
        classmate: "Vous étiez tous deux à {0} ({1}).",
        same_school: "Vous avez tous deux étudié à {0}.",
        same_city: "Vous êtes tous deux à {0}.",
        same_field: "Son poste a « {0} » en commun avec le vôtre.",
        mutual_one: "Vous avez une relation en commun : {1}.",
        mutual_named: "Vous avez {0} relations en commun, dont {1}.",
        mutual: "Vous avez {0} relations en commun.",
        degree_first: "Vous êtes déjà en relation (1er niveau).",
        degree_second: "Relation de 2e niveau : quelqu'un que vous connaissez la connaît.",
        degree_third: "Relation de 3e niveau ou plus : personne de vos relations ne la connaît.",
        recommendations_one: "Son profil a 1 recommandation.",
        recommendations: "Son profil a {0} recommandations.",
        website: "Son profil renvoie vers {0}.",
        about: "Sa présentation est soignée ({0} mots).",
        activity_when: "Publication ou commentaire récent ({0}).",
        activity: "Publication ou commentaire récent.",
        complete: "Profil complet : titre, lieu, expérience, formation et présentation.",
        sparse: "Le profil ne montre presque rien d'autre qu'un nom.",
        spammy: "Le profil ressemble à du spam (« {0} »).",
        no_me: "Votre propre profil n'est pas renseigné : employeurs, écoles et ville communs ne sont pas comptés.",
        own_profile: "C'est votre propre profil.",
        pending: "Une invitation est déjà en attente.",
        goal_hiring: "En tant que {0}, cette personne pourrait rejoindre votre équipe.",
        goal_job_seeking: "En tant que {0}, cette personne peut vous aider à trouver un poste.",
        goal_selling: "En tant que {0}, cette personne décide peut-être des achats.",
        goal_learning: "En tant que {0}, cette personne a une expérience dont apprendre.",
        goal_hosting: "En tant que {0}, cette personne pourrait intervenir à vos événements.",
        goal_hosting_audience: "Avec {0} abonnés, cette personne pourrait faire connaître vos événements.",
        goal_mentoring: "En tant que {0}, cette personne apprécierait peut-être un mentor.",
        target_company: "Cette personne travaille chez {0}, une de vos entreprises cibles.",
        note_none_left: "Plus de messages personnalisés ce mois-ci : envoyez sans note.",
        note_worth: "Mérite une de vos notes : score {0}, seuil {1}.",
        note_save: "Gardez vos notes pour de meilleurs contacts : score {0}, seuil {1}.",
    },
    checks: CheckWords {
        empty: "La note est vide.",
        default_wording: "C'est le texte par défaut de LinkedIn.",
        placeholder: "Elle contient encore un champ à remplir : {0}.",
        name_only: "Elle salue {0} par son prénom mais ne dit rien de propre à cette personne.",
        filler: "« {0} » convient à n'importe qui.",
        no_fact: "Elle ne cite rien de son profil : mentionnez son entreprise, son école, une relation commune ou ce qu'elle a écrit.",
        specific: "Elle mentionne « {0} », tiré de son profil.",
        too_long: "Elle fait {0} caractères ; la limite est {1}.",
    },
};

static DE_DU: NoteWords = NoteWords {
    met_sentence: list!["{0}, und es war schön, mit dir zu sprechen.", "{0}, schön, dass sich unsere Wege gekreuzt haben."],
    met_place: list!["es war schön, dich bei {0} kennenzulernen.", "schön, dass sich unsere Wege bei {0} gekreuzt haben."],
    colleague: list!["wie ich sehe, arbeiten wir beide bei {0}.", "wir sind beide bei {0}, da passt eine Vernetzung hier."],
    ex_colleague: list!["wie ich sehe, waren wir beide bei {0}.", "wir haben beide bei {0} gearbeitet."],
    school_shared: list!["wir haben beide an derselben Hochschule studiert: {0}.", "{0} verbindet uns – wir haben beide dort studiert."],
    mutual: list!["wie ich sehe, kennen wir beide {0}.", "wir haben {0} als gemeinsamen Kontakt."],
    about: list!["dein Profiltext hat mich angesprochen: „{0}“.", "dieser Satz aus deinem Profil gefällt mir: „{0}“."],
    post: list!["dein letzter Beitrag hat mir gefallen: „{0}“.", "dein Beitrag „{0}“ hat mich zum Nachdenken gebracht."],
    city_shared: list!["ich bin auch in {0}.", "ich bin ebenfalls in {0} zu Hause."],
    city: list!["wie ich sehe, bist du in {0}.", "ich habe gesehen, dass du in {0} bist."],
    role_at: list!["deine Arbeit als {0} bei {1} ist mir aufgefallen.", "ich habe gesehen, dass du als {0} bei {1} arbeitest."],
    role: list!["deine Arbeit als {0} ist mir aufgefallen.", "dein Profil ist mir aufgefallen: {0}."],
    company: list!["wie ich sehe, arbeitest du bei {0}.", "ich habe gesehen, dass du bei {0} bist."],
    school: list!["wie ich sehe, hast du hier studiert: {0}.", "ich habe gesehen, dass du hier studiert hast: {0}."],
    intro_me: list!["ich bin {0} und bin auf dein Profil gestoßen."],
    intro: list![
        "ich bin auf dein Profil gestoßen.",
        "mich würde interessieren, woran du gerade arbeitest.",
        "dein Profil ist mir aufgefallen.",
    ],
    why: [
        list!["Ich würde mich freuen, in Kontakt zu bleiben.", "Lass uns gern vernetzen.", "Ich freue mich auf den Austausch."],
        list!["Ich baue gerade mein Team auf und würde gern in Kontakt bleiben.", "Ich stelle gerade ein und freue mich über den Kontakt."],
        list![
            "Ich suche gerade eine neue Stelle und würde mich über deinen Blick freuen.",
            "Ich orientiere mich beruflich neu und würde mich gern austauschen.",
        ],
        list!["Ich würde mich über einen Austausch freuen.", "Ich denke, wir hätten uns einiges zu erzählen."],
        list!["Ich würde gern von deiner Erfahrung lernen.", "Deine Erfahrung interessiert mich sehr."],
        list!["Ich organisiere Events, die dich interessieren könnten.", "Ich veranstalte Treffen und halte dich gern auf dem Laufenden."],
        list!["Wenn dir meine Erfahrung hilft, teile ich sie gern.", "Gern helfe ich, wo ich kann."],
    ],
    closing_warm: list!["Viele Grüße!", "Beste Grüße!"],
    closing_formal: list!["Freundliche Grüße", "Beste Grüße"],
    reply_thanks: list!["danke für die Einladung!", "danke für deine Kontaktanfrage!"],
    reply_ask: list!["Was führt dich zu mir?", "Woher kennen wir uns, oder was hat dich zur Anfrage gebracht?"],
};

static DE_SIE: NoteWords = NoteWords {
    met_sentence: list!["{0}, und es war schön, mit Ihnen zu sprechen.", "{0}, schön, dass sich unsere Wege gekreuzt haben."],
    met_place: list!["es war schön, Sie bei {0} kennenzulernen.", "schön, dass sich unsere Wege bei {0} gekreuzt haben."],
    colleague: list!["wie ich sehe, arbeiten wir beide bei {0}.", "wir sind beide bei {0}, da passt eine Vernetzung hier."],
    ex_colleague: list!["wie ich sehe, waren wir beide bei {0}.", "wir haben beide bei {0} gearbeitet."],
    school_shared: list!["wir haben beide an derselben Hochschule studiert: {0}.", "{0} verbindet uns – wir haben beide dort studiert."],
    mutual: list!["wie ich sehe, kennen wir beide {0}.", "wir haben {0} als gemeinsamen Kontakt."],
    about: list!["Ihr Profiltext hat mich angesprochen: „{0}“.", "dieser Satz aus Ihrem Profil gefällt mir: „{0}“."],
    post: list!["Ihr letzter Beitrag hat mir gefallen: „{0}“.", "Ihr Beitrag „{0}“ hat mich zum Nachdenken gebracht."],
    city_shared: list!["ich bin auch in {0}.", "ich bin ebenfalls in {0} zu Hause."],
    city: list!["wie ich sehe, sind Sie in {0}.", "ich habe gesehen, dass Sie in {0} sind."],
    role_at: list!["Ihre Arbeit als {0} bei {1} ist mir aufgefallen.", "ich habe gesehen, dass Sie als {0} bei {1} arbeiten."],
    role: list!["Ihre Arbeit als {0} ist mir aufgefallen.", "Ihr Profil ist mir aufgefallen: {0}."],
    company: list!["wie ich sehe, arbeiten Sie bei {0}.", "ich habe gesehen, dass Sie bei {0} sind."],
    school: list!["wie ich sehe, haben Sie hier studiert: {0}.", "ich habe gesehen, dass Sie hier studiert haben: {0}."],
    intro_me: list!["ich bin {0} und bin auf Ihr Profil gestoßen."],
    intro: list![
        "ich bin auf Ihr Profil gestoßen.",
        "mich würde interessieren, woran Sie gerade arbeiten.",
        "Ihr Profil ist mir aufgefallen.",
    ],
    why: [
        list!["Ich würde mich freuen, in Kontakt zu bleiben.", "Ich freue mich auf die Vernetzung.", "Ich freue mich auf den Austausch."],
        list!["Ich baue gerade mein Team auf und würde gern in Kontakt bleiben.", "Ich stelle gerade ein und freue mich über den Kontakt."],
        list![
            "Ich suche gerade eine neue Stelle und würde mich über Ihren Blick freuen.",
            "Ich orientiere mich beruflich neu und würde mich gern austauschen.",
        ],
        list!["Ich würde mich über einen Austausch freuen.", "Ich denke, wir hätten uns einiges zu erzählen."],
        list!["Ich würde gern von Ihrer Erfahrung lernen.", "Ihre Erfahrung interessiert mich sehr."],
        list!["Ich organisiere Events, die Sie interessieren könnten.", "Ich veranstalte Treffen und halte Sie gern auf dem Laufenden."],
        list!["Wenn Ihnen meine Erfahrung hilft, teile ich sie gern.", "Gern helfe ich, wo ich kann."],
    ],
    closing_warm: list!["Viele Grüße!", "Beste Grüße!"],
    closing_formal: list!["Freundliche Grüße", "Mit besten Grüßen"],
    reply_thanks: list!["vielen Dank für die Einladung!", "vielen Dank für Ihre Kontaktanfrage!"],
    reply_ask: list!["Was führt Sie zu mir?", "Was hat Sie zu der Anfrage gebracht?"],
};

static DE: LangWords = LangWords {
    familiar: &DE_DU,
    polite: &DE_SIE,
    hello: ["Hallo {0},", "Hallo {0},", "Guten Tag {0},"],
    hello_anon: ["Hallo,", "Hallo,", "Guten Tag,"],
    reasons: ReasonWords {
        colleague: "Sie arbeiten beide derzeit bei {0}.",
        ex_colleague: "Sie haben beide bei {0} gearbeitet ({1}).",
        same_employer: "Sie haben beide bei {0} gearbeitet, in verschiedenen Jahren.",
        classmate: "Sie waren beide an {0} ({1}).",
        same_school: "Sie haben beide an {0} studiert.",
        same_city: "Sie sind beide in {0}.",
        same_field: "Die Position teilt „{0}“ mit Ihrer.",
        mutual_one: "Sie haben einen gemeinsamen Kontakt: {1}.",
        mutual_named: "Sie haben {0} gemeinsame Kontakte, darunter {1}.",
        mutual: "Sie haben {0} gemeinsame Kontakte.",
        degree_first: "Sie sind bereits vernetzt (1. Grades).",
        degree_second: "Kontakt 2. Grades: Jemand, den Sie kennen, kennt diese Person.",
        degree_third: "Kontakt 3. Grades oder weiter: Niemand aus Ihrem Netzwerk kennt diese Person.",
        recommendations_one: "Das Profil hat 1 Empfehlung.",
        recommendations: "Das Profil hat {0} Empfehlungen.",
        website: "Das Profil verlinkt {0}.",
        about: "Der Profiltext ist sorgfältig geschrieben ({0} Wörter).",
        activity_when: "Kürzlich ein Beitrag oder Kommentar ({0}).",
        activity: "Kürzlich ein Beitrag oder Kommentar.",
        complete: "Das Profil ist vollständig: Titel, Ort, Berufserfahrung, Ausbildung und Info.",
        sparse: "Das Profil zeigt kaum mehr als einen Namen.",
        spammy: "Das Profil wirkt wie Spam („{0}“).",
        no_me: "Ihr eigenes Profil ist nicht hinterlegt: Gemeinsame Arbeitgeber, Hochschulen und Orte zählen nicht.",
        own_profile: "Das ist Ihr eigenes Profil.",
        pending: "Eine Einladung steht bereits aus.",
        goal_hiring: "Als {0} käme die Person für Ihr Team infrage.",
        goal_job_seeking: "Als {0} kann die Person Ihnen bei der Jobsuche helfen.",
        goal_selling: "Als {0} entscheidet die Person vielleicht über Einkäufe.",
        goal_learning: "Als {0} hat die Person Erfahrung, von der Sie lernen können.",
        goal_hosting: "Als {0} könnte die Person bei Ihren Events sprechen oder helfen.",
        goal_hosting_audience: "Mit {0} Followern könnte die Person Ihre Events bekannt machen.",
        goal_mentoring: "Als {0} freut sich die Person vielleicht über einen Mentor.",
        target_company: "Die Person arbeitet bei {0}, einem Ihrer Zielunternehmen.",
        note_none_left: "Diesen Monat keine persönlichen Nachrichten mehr: ohne Nachricht senden.",
        note_worth: "Eine Ihrer Nachrichten wert: Punktzahl {0}, Schwelle {1}.",
        note_save: "Sparen Sie Ihre Nachrichten für bessere Kontakte: Punktzahl {0}, Schwelle {1}.",
    },
    checks: CheckWords {
        empty: "Die Nachricht ist leer.",
        default_wording: "Das ist der Standardtext von LinkedIn.",
        placeholder: "Sie enthält noch einen Platzhalter: {0}.",
        name_only: "Sie grüßt {0} mit Namen, sagt aber nichts Persönliches.",
        filler: "„{0}“ passt auf jeden.",
        no_fact: "Sie nennt nichts aus dem Profil: Erwähnen Sie Firma, Hochschule, einen gemeinsamen Kontakt oder etwas, das die Person geschrieben hat.",
        specific: "Sie erwähnt „{0}“ aus dem Profil.",
        too_long: "Sie ist {0} Zeichen lang; erlaubt sind {1}.",
    },
};

static ES_TU: NoteWords = NoteWords {
    met_sentence: list!["{0}, y fue un gusto hablar contigo.", "{0}; me alegró coincidir."],
    met_place: list!["fue un gusto conocerte en {0}.", "me alegró coincidir contigo en {0}."],
    colleague: list!["veo que los dos trabajamos en {0}.", "coincidimos en {0}, así que tiene sentido conectar aquí."],
    ex_colleague: list!["veo que los dos pasamos por {0}.", "los dos hemos trabajado en {0}."],
    school_shared: list!["veo que los dos estudiamos en {0}.", "compartimos {0} como escuela."],
    mutual: list!["veo que los dos conocemos a {0}.", "tenemos a {0} como contacto en común."],
    about: list!["tu extracto me llamó la atención: «{0}».", "me gustó esta frase de tu perfil: «{0}»."],
    post: list!["me gustó tu publicación reciente: «{0}».", "tu publicación «{0}» me dio que pensar."],
    city_shared: list!["yo también estoy en {0}.", "también vivo en {0}."],
    city: list!["veo que estás en {0}.", "vi que vives en {0}."],
    role_at: list!["tu trabajo como {0} en {1} me llamó la atención.", "vi que eres {0} en {1}."],
    role: list!["tu trabajo como {0} me llamó la atención.", "tu perfil me llamó la atención: {0}."],
    company: list!["veo que trabajas en {0}.", "vi que estás en {0}."],
    school: list!["vi que estudiaste en {0}.", "veo que estudiaste en {0}."],
    intro_me: list!["soy {0} y encontré tu perfil."],
    intro: list![
        "encontré tu perfil.",
        "me gustaría saber en qué estás trabajando.",
        "tu perfil me llamó la atención.",
    ],
    why: [
        list!["Me encantaría seguir en contacto.", "Conectemos.", "Será un gusto estar en contacto."],
        list!["Estoy formando mi equipo y me gustaría seguir en contacto.", "Estoy contratando y me alegraría conectar."],
        list!["Busco mi próximo puesto y valoraría tu perspectiva.", "Estoy buscando trabajo y me encantaría conectar."],
        list!["Me gustaría intercambiar ideas.", "Creo que tendríamos mucho de qué hablar."],
        list!["Me encantaría aprender de tu experiencia.", "Tu experiencia me interesa mucho."],
        list!["Organizo eventos que podrían interesarte.", "Organizo encuentros y me gustaría avisarte."],
        list!["Si mi experiencia te sirve, la comparto con gusto.", "Con gusto te ayudo si puedo."],
    ],
    closing_warm: list!["¡Un saludo!", "¡Que tengas buen día!"],
    closing_formal: list!["Saludos cordiales", "Un cordial saludo"],
    reply_thanks: list!["¡gracias por la invitación!", "¡gracias por escribirme!"],
    reply_ask: list!["¿Qué te trae por aquí?", "¿Qué te animó a conectar?"],
};

static ES_USTED: NoteWords = NoteWords {
    met_sentence: list!["{0}, y fue un gusto hablar con usted.", "{0}; me alegró coincidir."],
    met_place: list!["fue un gusto conocerle en {0}.", "me alegró coincidir con usted en {0}."],
    colleague: list!["veo que ambos trabajamos en {0}.", "coincidimos en {0}, así que tiene sentido conectar aquí."],
    ex_colleague: list!["veo que ambos pasamos por {0}.", "ambos hemos trabajado en {0}."],
    school_shared: list!["veo que ambos estudiamos en {0}.", "compartimos {0} como escuela."],
    mutual: list!["veo que ambos conocemos a {0}.", "tenemos a {0} como contacto en común."],
    about: list!["su extracto me llamó la atención: «{0}».", "me gustó esta frase de su perfil: «{0}»."],
    post: list!["me gustó su publicación reciente: «{0}».", "su publicación «{0}» me dio que pensar."],
    city_shared: list!["yo también estoy en {0}.", "también vivo en {0}."],
    city: list!["veo que está en {0}.", "vi que vive en {0}."],
    role_at: list!["su trabajo como {0} en {1} me llamó la atención.", "vi que es {0} en {1}."],
    role: list!["su trabajo como {0} me llamó la atención.", "su perfil me llamó la atención: {0}."],
    company: list!["veo que trabaja en {0}.", "vi que está en {0}."],
    school: list!["vi que estudió en {0}.", "veo que estudió en {0}."],
    intro_me: list!["soy {0} y encontré su perfil."],
    intro: list![
        "encontré su perfil.",
        "me gustaría saber en qué está trabajando.",
        "su perfil me llamó la atención.",
    ],
    why: [
        list!["Me encantaría seguir en contacto.", "Será un gusto estar en contacto.", "Quedo a su disposición para conectar."],
        list!["Estoy formando mi equipo y me gustaría seguir en contacto.", "Estoy contratando y me alegraría conectar."],
        list!["Busco mi próximo puesto y valoraría su perspectiva.", "Estoy buscando trabajo y me encantaría conectar."],
        list!["Me gustaría intercambiar ideas.", "Creo que tendríamos mucho de qué hablar."],
        list!["Me encantaría aprender de su experiencia.", "Su experiencia me interesa mucho."],
        list!["Organizo eventos que podrían interesarle.", "Organizo encuentros y me gustaría avisarle."],
        list!["Si mi experiencia le sirve, la comparto con gusto.", "Con gusto le ayudo si puedo."],
    ],
    closing_warm: list!["¡Un saludo!", "¡Buen día!"],
    closing_formal: list!["Saludos cordiales", "Un cordial saludo"],
    reply_thanks: list!["¡gracias por la invitación!", "¡gracias por su solicitud!"],
    reply_ask: list!["¿Qué le trae por aquí?", "¿Qué le animó a conectar?"],
};

static ES: LangWords = LangWords {
    familiar: &ES_TU,
    polite: &ES_USTED,
    hello: ["Hola {0},", "Hola {0},", "Buenos días {0},"],
    hello_anon: ["Hola,", "Hola,", "Buenos días,"],
    reasons: ReasonWords {
        colleague: "Ambos trabajan ahora en {0}.",
        ex_colleague: "Ambos trabajaron en {0} ({1}).",
        same_employer: "Ambos trabajaron en {0}, en años distintos.",
        classmate: "Ambos estuvieron en {0} ({1}).",
        same_school: "Ambos estudiaron en {0}.",
        same_city: "Ambos están en {0}.",
        same_field: "Su cargo comparte «{0}» con el tuyo.",
        mutual_one: "Tienes un contacto en común: {1}.",
        mutual_named: "Tienes {0} contactos en común, entre ellos {1}.",
        mutual: "Tienes {0} contactos en común.",
        degree_first: "Ya están conectados (1.er grado).",
        degree_second: "Contacto de 2.º grado: alguien que conoces le conoce.",
        degree_third: "Contacto de 3.er grado o más: nadie de tu red le conoce.",
        recommendations_one: "Su perfil tiene 1 recomendación.",
        recommendations: "Su perfil tiene {0} recomendaciones.",
        website: "Su perfil enlaza {0}.",
        about: "Su extracto está cuidado ({0} palabras).",
        activity_when: "Publicó o comentó hace poco ({0}).",
        activity: "Publicó o comentó hace poco.",
        complete: "Perfil completo: titular, ubicación, experiencia, educación y extracto.",
        sparse: "El perfil apenas muestra algo más que un nombre.",
        spammy: "El perfil parece spam («{0}»).",
        no_me: "Tu propio perfil no está configurado: no se cuentan empresas, escuelas ni ciudad en común.",
        own_profile: "Es tu propio perfil.",
        pending: "Ya hay una invitación pendiente.",
        goal_hiring: "Como {0}, podría ser candidato para tu equipo.",
        goal_job_seeking: "Como {0}, puede ayudarte a encontrar trabajo.",
        goal_selling: "Como {0}, quizá decida sobre compras.",
        goal_learning: "Como {0}, tiene experiencia de la que aprender.",
        goal_hosting: "Como {0}, podría hablar o ayudar en tus eventos.",
        goal_hosting_audience: "Con {0} seguidores, podría dar a conocer tus eventos.",
        goal_mentoring: "Como {0}, quizá agradezca un mentor.",
        target_company: "Trabaja en {0}, una de tus empresas objetivo.",
        note_none_left: "No te quedan notas personalizadas este mes: envía sin nota.",
        note_worth: "Merece una de tus notas: puntuación {0}, umbral {1}.",
        note_save: "Guarda tus notas para mejores contactos: puntuación {0}, umbral {1}.",
    },
    checks: CheckWords {
        empty: "La nota está vacía.",
        default_wording: "Es el texto predeterminado de LinkedIn.",
        placeholder: "Todavía contiene un marcador: {0}.",
        name_only: "Saluda a {0} por su nombre pero no dice nada propio de esa persona.",
        filler: "«{0}» vale para cualquiera.",
        no_fact: "No nombra nada de su perfil: menciona su empresa, su escuela, un contacto en común o algo que haya escrito.",
        specific: "Menciona «{0}», de su perfil.",
        too_long: "Tiene {0} caracteres; el límite es {1}.",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_substitutes_once() {
        assert_eq!(fill("Hi {0}, {1}!", &["Ana", "{0}"]), "Hi Ana, {0}!");
        assert_eq!(fill("{x} {9} {", &["a"]), "{x}  {");
    }

    #[test]
    fn every_language_has_every_template_filled() {
        for lang in [Lang::En, Lang::Fr, Lang::De, Lang::Es] {
            let words = words_for(lang);
            for notes in [words.familiar, words.polite] {
                let lists: [List; 20] = [
                    notes.met_sentence, notes.met_place, notes.colleague, notes.ex_colleague,
                    notes.school_shared, notes.mutual, notes.about, notes.post, notes.city_shared,
                    notes.city, notes.role_at, notes.role, notes.company, notes.school,
                    notes.intro_me, notes.closing_warm, notes.closing_formal, notes.reply_thanks,
                    notes.reply_ask, notes.why[0],
                ];
                assert!(lists.iter().all(|list| !list.is_empty()));
                assert!(notes.why.iter().all(|list| !list.is_empty()));
                assert!(notes.intro.len() >= 3, "three honest openers for empty profiles");
                // Every item is a sentence: no empty item from a stray separator.
                assert!(lists.iter().chain(&notes.why).chain([&notes.intro]).all(|list| list.iter().all(|t| !t.is_empty())));
                for template in notes.role_at {
                    assert!(template.contains("{0}") && template.contains("{1}"));
                }
            }
        }
    }

    #[test]
    fn greetings_fall_back_to_no_name() {
        assert_eq!(words_for(Lang::Fr).greeting(Tone::Warm, Some("Léa")), "Bonjour Léa,");
        assert_eq!(words_for(Lang::De).greeting(Tone::Formal, None), "Guten Tag,");
    }
}
