//! Numbers: digit separators, decimals, scale words (thousand, million, billion, k) and small number words.

use nom::IResult;

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

const WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("twenty-four", 24),
    ("thirty", 30),
    ("thirty-two", 32),
    ("forty", 40),
    ("fifty", 50),
];

/// Digits with optional thousands separators and a decimal part: `682.6`, `1,234,567`.
///
/// ```text
/// decimal = DIGIT{1,3} ("," DIGIT{3})* ("." DIGIT+)? | DIGIT+ ("." DIGIT+)?
/// ```
pub fn decimal(i: &str) -> IResult<&str, f64> {
    let b = i.as_bytes();
    let mut end = 0;
    while end < b.len()
        && (b[end].is_ascii_digit()
            || (b[end] == b','
                && end > 0
                && b.get(end + 1..end + 4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && b.get(end + 4).is_none_or(|c| !c.is_ascii_digit())))
    {
        end += 1;
    }
    if end == 0 {
        return fail(i);
    }
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    match i[..end].replace(',', "").parse::<f64>() {
        Ok(v) => Ok((&i[end..], v)),
        Err(_) => fail(i),
    }
}

/// A scale word after a number: ` million`, `M`, ` billion`, `k`, ` thousand`.
fn scale(i: &str) -> (&str, f64) {
    for (word, factor) in [
        (" billion", 1e9),
        (" million", 1e6),
        (" thousand", 1e3),
        ("bn", 1e9),
        (" bn", 1e9),
        ("mn", 1e6),
        // `1.3 mil/0.3`: a ratings column's millions.
        (" mil", 1e6),
        ("M", 1e6),
        ("B", 1e9),
        ("k", 1e3),
        ("K", 1e3),
    ] {
        if let Some(rest) = i.strip_prefix(word)
            && !rest.starts_with(|c: char| c.is_alphanumeric())
        {
            return (rest, factor);
        }
    }
    (i, 1.0)
}

/// A quantity: a decimal with an optional scale word, multiplied out: `682.6 million` is 682600000.
pub fn quantity(i: &str) -> IResult<&str, f64> {
    let (rest, v) = decimal(i)?;
    let (rest, factor) = scale(rest);
    // Round away binary noise: 682.6 * 1e6 is 682600000.
    let value = if factor > 1.0 {
        (v * factor).round()
    } else {
        v
    };
    Ok((rest, value))
}

/// A head count written out in full, grouped in thousands (100,000 to 999,999,999), where a
/// ratings report's clause goes on without a unit: `4,761,000 on Sunday`, `312,400.`,
/// `3,424,000 and 2,849,000 respectively`. Not `4,761,000 viewers` (a unit, read elsewhere).
///
/// ```text
/// head_count = (DIGIT{1,3} "," DIGIT{3} "," DIGIT{3} | DIGIT{3} "," DIGIT{3}) clause_goes_on
/// clause_goes_on = END | [.,;)] | " " ("on" | "in" | "for" | "and" | "by" | "across" | "at"
///                  | "from") " " | " respectively"
/// ```
pub fn head_count(i: &str) -> IResult<&str, f64> {
    let (rest, v) = decimal(i)?;
    let written = &i[..i.len() - rest.len()];
    let parts: Vec<&str> = written.split(',').collect();
    let full = !written.contains('.')
        && parts[0].len() <= 3
        && (parts.len() == 3 || (parts.len() == 2 && parts[0].len() == 3));
    let goes_on = rest.is_empty()
        || rest.starts_with(['.', ',', ';', ')'])
        || [
            " on ",
            " in ",
            " for ",
            " and ",
            " respectively",
            " by ",
            " across ",
            " at ",
            " from ",
        ]
        .iter()
        .any(|w| rest.starts_with(w));
    if full && goes_on {
        Ok((rest, v))
    } else {
        fail(i)
    }
}

/// An audience in a ratings column's bracket after a show: `10.86m)`, `5.7 mil/0.3`, `920K/0.2`
/// (the bracket's opening is the caller's). The value is multiplied out; the rest starts at
/// the `)`, `/` or `,` that closes the figure.
///
/// ```text
/// bracket_audience = decimal ("m" | "M" | " mil" | "mil" | "K" | "k") (")" | "/" | ",")
/// ```
pub fn bracket_audience(i: &str) -> IResult<&str, f64> {
    let (rest, v) = decimal(i)?;
    for (suffix, factor) in [
        ("m", 1e6),
        ("M", 1e6),
        (" mil", 1e6),
        ("mil", 1e6),
        ("K", 1e3),
        ("k", 1e3),
    ] {
        if let Some(r) = rest.strip_prefix(suffix)
            && r.starts_with([')', '/', ','])
        {
            return Ok((r, (v * factor).round()));
        }
    }
    fail(i)
}

/// A small count, in digits or words: `16`, `sixteen`.
pub fn count(i: &str) -> IResult<&str, u32> {
    if let Ok((rest, v)) = decimal(i)
        && v.fract() == 0.0
        && (0.0..1e6).contains(&v)
    {
        return Ok((rest, v as u32));
    }
    let lower = i.get(..i.len().min(12)).unwrap_or(i).to_ascii_lowercase();
    let best = WORDS
        .iter()
        .filter(|(w, _)| {
            lower.starts_with(w) && !i[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
        .max_by_key(|(w, _)| w.len());
    match best {
        Some((w, n)) => Ok((&i[w.len()..], *n)),
        None => fail(i),
    }
}

/// A percentage: `16.2%`, `16.2 percent`, `16.2 per cent`; returns the number of percent.
pub fn percent(i: &str) -> IResult<&str, f64> {
    let (rest, v) = decimal(i)?;
    for unit in ["%", " %", " percent", " per cent", "percent"] {
        if let Some(r) = rest.strip_prefix(unit) {
            return Ok((r, v));
        }
    }
    fail(i)
}

/// An ordinal or rank: `No. 3`, `#7`, `third`, `3rd`, `the top spot` (1).
pub fn rank(i: &str) -> IResult<&str, u32> {
    for prefix in ["No. ", "No.", "no. ", "#", "Number ", "number "] {
        if let Some(r) = i.strip_prefix(prefix)
            && let Ok((rest, n)) = count(r)
        {
            return Ok((rest, n));
        }
    }
    const ORDINALS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    let lower = i.get(..i.len().min(8)).unwrap_or(i).to_ascii_lowercase();
    if let Some(n) = ORDINALS.iter().position(|o| {
        lower.starts_with(o) && !i[o.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
    }) {
        return Ok((&i[ORDINALS[n].len()..], u32::try_from(n + 1).unwrap_or(1)));
    }
    if let Ok((rest, n)) = count(i) {
        for suffix in ["st", "nd", "rd", "th"] {
            if let Some(r) = rest.strip_prefix(suffix) {
                return Ok((r, n));
            }
        }
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracket_audiences() {
        assert_eq!(
            bracket_audience("10.86m), BLUE"),
            Ok(("), BLUE", 10_860_000.0))
        );
        assert_eq!(bracket_audience("5.7 mil/0.3"), Ok(("/0.3", 5_700_000.0)));
        assert_eq!(bracket_audience("920K/0.2)"), Ok(("/0.2)", 920_000.0)));
        assert!(bracket_audience("5.7 million viewers)").is_err());
        assert!(bracket_audience("2019)").is_err());
        assert!(bracket_audience("10 minutes)").is_err());
    }

    #[test]
    fn quantities_multiply_out() {
        for (input, want) in [
            ("682.6 million hours", 682_600_000.0),
            ("1,234,567 views", 1_234_567.0),
            ("3.3M views", 3_300_000.0),
            ("19.1 million", 19_100_000.0),
            ("2.1 billion", 2_100_000_000.0),
            ("450k", 450_000.0),
            ("16.2%", 16.2),
        ] {
            assert_eq!(quantity(input).map(|(_, v)| v), Ok(want), "{input}");
        }
    }

    #[test]
    fn head_counts_are_written_out_in_full() {
        for (input, want) in [
            ("4,761,000 on Sunday", Some(4_761_000.0)),
            ("312,400.", Some(312_400.0)),
            ("12,345,678,", Some(12_345_678.0)),
            ("31,400 viewers", None),
            ("4,761,000 viewers", None),
            ("4761000", None),
            ("4,761,000m", None),
            ("4.7 million", None),
        ] {
            assert_eq!(head_count(input).ok().map(|(_, v)| v), want, "{input}");
        }
    }

    #[test]
    fn counts_percents_ranks() {
        assert_eq!(count("sixteen-episode").map(|(_, v)| v), Ok(16));
        assert_eq!(count("16-part").map(|(_, v)| v), Ok(16));
        assert_eq!(
            percent("5.853 percent nationwide").map(|(_, v)| v),
            Ok(5.853)
        );
        assert_eq!(percent("16.2% in").map(|(_, v)| v), Ok(16.2));
        assert!(percent("16.2 million").is_err());
        assert_eq!(rank("No. 3 on").map(|(_, v)| v), Ok(3));
        assert_eq!(rank("#7 ").map(|(_, v)| v), Ok(7));
        assert_eq!(rank("third place").map(|(_, v)| v), Ok(3));
        assert_eq!(rank("2nd").map(|(_, v)| v), Ok(2));
    }
}
