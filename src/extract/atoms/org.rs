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
    ("MGM+", "MGM+", Streaming),
    ("MGM Plus", "MGM+", Streaming),
    ("BET+", "BET+", Streaming),
    ("AMC+", "AMC+", Streaming),
    ("Amazon Freevee", "Freevee", Streaming),
    ("Amazon Original", "Prime Video", Streaming),
    ("Freevee", "Freevee", Streaming),
    ("Tubi", "Tubi", Streaming),
    ("Pluto TV", "Pluto TV", Streaming),
    ("The Roku Channel", "The Roku Channel", Streaming),
    ("BritBox", "BritBox", Streaming),
    ("Acorn TV", "Acorn TV", Streaming),
    ("ITVX", "ITVX", Streaming),
    ("Shudder", "Shudder", Streaming),
    ("Discovery+", "Discovery+", Streaming),
    ("YouTube Premium", "YouTube Premium", Streaming),
    ("YouTube Red", "YouTube Red", Streaming),
    ("Viaplay", "Viaplay", Streaming),
    ("JioCinema", "JioCinema", Streaming),
    ("ZEE5", "ZEE5", Streaming),
    ("SonyLIV", "SonyLIV", Streaming),
    ("MX Player", "MX Player", Streaming),
    ("iQiyi", "iQIYI", Streaming),
    ("IQIYI", "iQIYI", Streaming),
    ("Youku", "Youku", Streaming),
    ("Tencent Video", "Tencent Video", Streaming),
    ("Mango TV", "Mango TV", Streaming),
    ("Bilibili", "Bilibili", Streaming),
    ("U-Next", "U-Next", Streaming),
    ("ABEMA", "ABEMA", Streaming),
    ("Showmax", "Showmax", Streaming),
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
    ("Comedy Central", "Comedy Central", Network),
    ("Adult Swim", "Adult Swim", Network),
    ("Cartoon Network", "Cartoon Network", Network),
    ("Nickelodeon", "Nickelodeon", Network),
    ("Disney Channel", "Disney Channel", Network),
    ("Disney XD", "Disney XD", Network),
    ("Lifetime", "Lifetime", Network),
    ("Hallmark Channel", "Hallmark Channel", Network),
    ("TNT", "TNT", Network),
    ("USA Network", "USA Network", Network),
    ("Syfy", "Syfy", Network),
    ("Bravo", "Bravo", Network),
    ("BET", "BET", Network),
    ("A&E", "A&E", Network),
    ("Freeform", "Freeform", Network),
    ("FXX", "FXX", Network),
    ("IFC", "IFC", Network),
    ("SundanceTV", "SundanceTV", Network),
    ("Epix", "Epix", Network),
    ("EPIX", "Epix", Network),
    ("PBS", "PBS", Network),
    ("TLC", "TLC", Network),
    ("HGTV", "HGTV", Network),
    ("BBC America", "BBC America", Network),
    ("BBC Four", "BBC Four", Network),
    ("ITV1", "ITV1", Network),
    ("ITV2", "ITV2", Network),
    ("Channel 5", "Channel 5", Network),
    ("E4", "E4", Network),
    ("Sky One", "Sky One", Network),
    ("Sky Max", "Sky Max", Network),
    ("RTÉ One", "RTÉ One", Network),
    ("RTÉ", "RTÉ", Network),
    ("CTV", "CTV", Network),
    ("CBC", "CBC", Network),
    ("Citytv", "Citytv", Network),
    ("Global TV", "Global", Network),
    ("TVNZ", "TVNZ", Network),
    ("ZDF", "ZDF", Network),
    ("TV Asahi", "TV Asahi", Network),
    ("Nippon TV", "Nippon TV", Network),
    ("TV Tokyo", "TV Tokyo", Network),
    ("Hunan TV", "Hunan TV", Network),
    ("Zhejiang TV", "Zhejiang TV", Network),
    ("Dragon TV", "Dragon TV", Network),
    ("CCTV", "CCTV", Network),
    ("Star Plus", "Star Plus", Network),
    ("StarPlus", "Star Plus", Network),
    ("Nielsen Korea", "Nielsen Korea", Agency),
    ("Nielsen", "Nielsen", Agency),
    ("TNmS", "TNmS", Agency),
    ("FlixPatrol", "FlixPatrol", Agency),
    ("Good Data Corporation", "Good Data Corporation", Agency),
    ("Korean Film Council", "Korean Film Council", Agency),
    (
        "Korea Box Office Information System",
        "Korean Film Council",
        Agency,
    ),
    ("KOFIC", "Korean Film Council", Agency),
    ("Box Office Mojo", "Box Office Mojo", Agency),
    ("Comscore", "Comscore", Agency),
    ("Samba TV", "Samba TV", Agency),
    ("Luminate", "Luminate", Agency),
];

/// The lexicon's entries grouped by first byte, each group in lexicon order: `BY_FIRST[g]` for
/// `g` in `GROUPS[b]..GROUPS[b + 1]` are the entries whose surface form starts with byte `b`.
const BY_FIRST: [u8; LEXICON.len()] = {
    let mut order = [0u8; LEXICON.len()];
    let mut n = 0;
    let mut b = 0;
    while b < 256 {
        let mut k = 0;
        while k < LEXICON.len() {
            if LEXICON[k].0.as_bytes()[0] as usize == b {
                order[n] = k as u8;
                n += 1;
            }
            k += 1;
        }
        b += 1;
    }
    order
};

/// Where each first byte's group starts in [`BY_FIRST`] (see there).
const GROUPS: [u8; 257] = {
    let mut starts = [0u8; 257];
    let mut b = 0;
    while b < 256 {
        let mut count = 0;
        let mut k = 0;
        while k < LEXICON.len() {
            if LEXICON[k].0.as_bytes()[0] as usize == b {
                count += 1;
            }
            k += 1;
        }
        starts[b + 1] = starts[b] + count;
        b += 1;
    }
    starts
};

/// The organisation whose surface form starts `i` (longest first), with the rest of the input.
/// The form must end at a word boundary.
pub fn org(i: &str) -> Option<(&str, Org)> {
    let first = usize::from(*i.as_bytes().first()?);
    BY_FIRST[usize::from(GROUPS[first])..usize::from(GROUPS[first + 1])]
        .iter()
        .find_map(|&k| {
            let (surface, name, kind) = LEXICON[usize::from(k)];
            // The second byte first: most forms of a group part there, without a compare call.
            if let Some(&b) = surface.as_bytes().get(1)
                && i.as_bytes().get(1) != Some(&b)
            {
                return None;
            }
            let rest = i.strip_prefix(surface)?;
            let boundary = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '+');
            boundary.then_some((rest, Org { name, kind }))
        })
}

/// Whether an organisation's surface form may start with byte `b`.
fn starts_some(b: u8) -> bool {
    GROUPS[usize::from(b)] != GROUPS[usize::from(b) + 1]
}

/// For each first byte, the second bytes the lexicon's forms have after it (a bit set of
/// 256), all of them for a first byte that is a form of one byte: [`org`] finds nothing at a
/// text whose first two bytes no form opens with, and most capitals (`The`, `Kim`) are such.
const SECOND: [[u64; 4]; 256] = {
    let mut t = [[0u64; 4]; 256];
    let mut k = 0;
    while k < LEXICON.len() {
        let s = LEXICON[k].0.as_bytes();
        let first = s[0] as usize;
        if s.len() >= 2 {
            let b = s[1] as usize;
            t[first][b >> 6] |= 1 << (b & 63);
        } else {
            t[first] = [u64::MAX; 4];
        }
        k += 1;
    }
    t
};

/// Whether a form of the lexicon may open `bytes` (at least one byte): its first two bytes
/// pass [`SECOND`], or it is one byte that is a form.
fn may_open(bytes: &[u8]) -> bool {
    let row = &SECOND[usize::from(bytes[0])];
    match bytes.get(1) {
        Some(&b) => row[usize::from(b >> 6)] >> (b & 63) & 1 != 0,
        // One byte left: only a form of one byte fits, which sets every bit of its row.
        None => row[0] == u64::MAX && row[1] == u64::MAX,
    }
}

/// Every organisation mention in a text: byte span and organisation, left to right.
pub fn find_orgs(text: &str) -> Vec<(std::ops::Range<usize>, Org)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    // Surface forms start with an ASCII byte, so every candidate is a char boundary.
    while let Some(skip) = bytes[at..].iter().position(|&b| starts_some(b)) {
        at += skip;
        let boundary = || at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric());
        if may_open(&bytes[at..])
            && boundary()
            && let Some((rest, o)) = org(&text[at..])
        {
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
    fn org_finds_nothing_where_no_form_may_open() {
        let mut text: String = LEXICON
            .iter()
            .map(|(s, _, _)| format!("{s} {s}x {s}+ "))
            .collect();
        text.push_str("Amazon Prime Videos KBS 2TVs tvNs The Kim N A T");
        for (at, _) in text.char_indices() {
            let rest = &text[at..];
            if !may_open(rest.as_bytes()) {
                assert_eq!(org(rest), None, "{rest}");
            }
        }
        // A form of one byte, if the lexicon has one, is found at the end of a text.
        for (s, _, _) in LEXICON {
            assert!(may_open(s.as_bytes()), "{s}");
        }
        // find_orgs as first written: every candidate byte looked up.
        let old = |text: &str| {
            let mut out = Vec::new();
            let bytes = text.as_bytes();
            let mut at = 0;
            while let Some(skip) = bytes[at..].iter().position(|&b| starts_some(b)) {
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
        };
        for t in [
            text.as_str(),
            "",
            "N",
            "Netflix",
            "on tvN and Netflix, Disney+ and Apple TV+; KBS2 and JTBC",
        ] {
            assert_eq!(find_orgs(t), old(t), "{t}");
        }
    }

    #[test]
    fn grouped_lookup_is_the_lexicon_in_order() {
        fn naive(i: &str) -> Option<(&str, Org)> {
            LEXICON.iter().find_map(|&(surface, name, kind)| {
                let rest = i.strip_prefix(surface)?;
                let boundary = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '+');
                boundary.then_some((rest, Org { name, kind }))
            })
        }
        let mut text: String = LEXICON
            .iter()
            .map(|(s, _, _)| format!("{s} {s}x {s}+ "))
            .collect();
        text.push_str("Amazon Prime Videos KBS 2TVs tvNs ");
        for (at, _) in text.char_indices() {
            assert_eq!(org(&text[at..]), naive(&text[at..]), "{}", &text[at..]);
        }
    }

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
