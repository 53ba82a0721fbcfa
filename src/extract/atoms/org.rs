//! Organisations from an extensible lexicon: networks, streaming services, chart owners, rating agencies.

/// What an organisation is to a show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OrgKind {
    /// A broadcaster: a show's original network.
    Network,
    /// A streaming service.
    Streaming,
    /// A ratings agency or chart owner (a metric's source), never a network.
    Agency,
}

/// An organisation: its canonical name and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Org {
    /// The canonical name.
    pub name: &'static str,
    /// Its kind.
    pub kind: OrgKind,
}

use OrgKind::{Agency, Network, Streaming};

/// Surface form, canonical name, kind. Longer forms first where one is a prefix of another.
const LEXICON: &[(&str, &str, OrgKind)] = &[
    ("Amazon Prime Video", "Prime Video", Streaming),
    ("Amazon Prime", "Prime Video", Streaming),
    ("Prime Video", "Prime Video", Streaming),
    ("Apple TV+", "Apple TV+", Streaming),
    ("Apple TV Plus", "Apple TV+", Streaming),
    ("Disney+ Hotstar", "Disney+", Streaming),
    ("Disney+", "Disney+", Streaming),
    ("Disney Plus", "Disney+", Streaming),
    ("Paramount+", "Paramount+", Streaming),
    ("Paramount Plus", "Paramount+", Streaming),
    ("HBO Max", "Max", Streaming),
    ("Rakuten Viki", "Viki", Streaming),
    ("Coupang Play", "Coupang Play", Streaming),
    ("Netflix", "Netflix", Streaming),
    ("Hulu", "Hulu", Streaming),
    ("Peacock", "Peacock", Streaming),
    ("Viki", "Viki", Streaming),
    ("Viu", "Viu", Streaming),
    ("TVING", "TVING", Streaming),
    ("Tving", "TVING", Streaming),
    ("Wavve", "Wavve", Streaming),
    ("iQIYI", "iQIYI", Streaming),
    ("WeTV", "WeTV", Streaming),
    ("Kocowa", "Kocowa", Streaming),
    ("KOCOWA", "Kocowa", Streaming),
    ("Crunchyroll", "Crunchyroll", Streaming),
    ("Watcha", "Watcha", Streaming),
    ("Max", "Max", Streaming),
    ("KBS2 TV", "KBS2", Network),
    ("KBS 2TV", "KBS2", Network),
    ("KBS2", "KBS2", Network),
    ("KBS1", "KBS1", Network),
    ("KBS", "KBS", Network),
    ("MBC every1", "MBC every1", Network),
    ("MBC", "MBC", Network),
    ("SBS", "SBS", Network),
    ("JTBC", "JTBC", Network),
    ("tvN", "tvN", Network),
    ("OCN", "OCN", Network),
    ("ENA", "ENA", Network),
    ("MBN", "MBN", Network),
    ("TV Chosun", "TV Chosun", Network),
    ("TV CHOSUN", "TV Chosun", Network),
    ("Channel A", "Channel A", Network),
    ("BBC One", "BBC One", Network),
    ("BBC Two", "BBC Two", Network),
    ("BBC Three", "BBC Three", Network),
    ("BBC", "BBC", Network),
    ("ITV", "ITV", Network),
    ("Channel 4", "Channel 4", Network),
    ("Sky Atlantic", "Sky Atlantic", Network),
    ("HBO", "HBO", Network),
    ("AMC", "AMC", Network),
    ("FX", "FX", Network),
    ("NBC", "NBC", Network),
    ("CBS", "CBS", Network),
    ("ABC", "ABC", Network),
    ("Fox", "Fox", Network),
    ("FOX", "Fox", Network),
    ("The CW", "The CW", Network),
    ("Showtime", "Showtime", Network),
    ("Starz", "Starz", Network),
    ("Fuji TV", "Fuji TV", Network),
    ("NHK", "NHK", Network),
    ("TBS", "TBS", Network),
    ("Nielsen Korea", "Nielsen Korea", Agency),
    ("Nielsen", "Nielsen", Agency),
    ("TNmS", "TNmS", Agency),
    ("FlixPatrol", "FlixPatrol", Agency),
    ("Good Data Corporation", "Good Data Corporation", Agency),
];

/// Which bytes start a surface form of the lexicon: a position whose byte is not one cannot
/// start an organisation, so scans look only at the others.
const FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < LEXICON.len() {
        table[LEXICON[k].0.as_bytes()[0] as usize] = true;
        k += 1;
    }
    table
};

/// The organisation whose surface form starts `i` (longest first), with the rest of the input.
/// The form must end at a word boundary.
pub fn org(i: &str) -> Option<(&str, Org)> {
    let first = *i.as_bytes().first()?;
    if !FIRST_BYTES[usize::from(first)] {
        return None;
    }
    LEXICON.iter().find_map(|&(surface, name, kind)| {
        if surface.as_bytes()[0] != first {
            return None;
        }
        let rest = i.strip_prefix(surface)?;
        let boundary = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '+');
        boundary.then_some((rest, Org { name, kind }))
    })
}

/// Every organisation mention in a text: byte span and organisation, left to right.
pub fn find_orgs(text: &str) -> Vec<(std::ops::Range<usize>, Org)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    // Surface forms start with an ASCII byte, so every candidate is a char boundary.
    while let Some(skip) = bytes[at..]
        .iter()
        .position(|&b| FIRST_BYTES[usize::from(b)])
    {
        at += skip;
        let boundary = at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric());
        if boundary && let Some((rest, o)) = org(&text[at..]) {
            let end = text.len() - rest.len();
            out.push((at..end, o));
            at = end;
            continue;
        }
        at += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_longest_first_and_bounded() {
        assert_eq!(
            org("Disney Plus series").map(|(_, o)| o.name),
            Some("Disney+")
        );
        assert_eq!(org("KBS2 drama").map(|(_, o)| o.name), Some("KBS2"));
        assert_eq!(org("Maxwell"), None);
        assert_eq!(
            org("HBO Max").map(|(_, o)| (o.name, o.kind)),
            Some(("Max", OrgKind::Streaming))
        );
        let found: Vec<&str> = find_orgs("the tvN drama, on Netflix and Disney+.")
            .iter()
            .map(|(_, o)| o.name)
            .collect();
        assert_eq!(found, ["tvN", "Netflix", "Disney+"]);
        // Only at word starts, after any character; a failed longer form falls back.
        let spans: Vec<_> = find_orgs("김tvN, ĤBO; HBOMax HBO Max, Amazon Prime Videos")
            .into_iter()
            .map(|(span, o)| (span, o.name))
            .collect();
        assert_eq!(spans, [(21..28, "Max"), (30..42, "Prime Video")]);
    }
}
