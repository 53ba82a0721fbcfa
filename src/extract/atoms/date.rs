//! Dates as news writes them, normalised to ISO with their precision; missing years come from the article date.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n},
    character::complete::{char, space0, space1},
    combinator::{map_res, opt, recognize},
    sequence::preceded,
};

use crate::text::PartialDate;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// A month name, full or abbreviated (`Mar`, `Mar.`, `Sept`).
///
/// ```text
/// month = MONTH_NAME | MONTH_ABBR "."?
/// ```
pub fn month(i: &str) -> IResult<&str, u8> {
    // Checked before the word is measured and lower-cased: most words are not capitalised,
    // and most capitalised words do not open with a month's initial.
    if !i
        .as_bytes()
        .first()
        .is_some_and(|b| b"JFMASOND".contains(b))
    {
        return fail(i);
    }
    // The first byte that is not an ASCII letter (a non-ASCII char's first byte is not one).
    let end = i
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(i.len());
    // No month name or abbreviation is longer than nine letters.
    if !(3..=9).contains(&end) {
        return fail(i);
    }
    // Lower-cased on the stack: month() runs at every capitalised word of many sentences.
    let mut buf = [0u8; 9];
    let word = &mut buf[..end];
    word.copy_from_slice(&i.as_bytes()[..end]);
    word.make_ascii_lowercase();
    let word = &*word;
    let found = MONTHS.iter().position(|m| {
        m.as_bytes() == word
            || (end <= 4 && m.as_bytes().starts_with(word) && (end == 3 || word == b"sept"))
    });
    match found {
        Some(n) => {
            let mut rest = &i[end..];
            if end < MONTHS[n].len() {
                rest = rest.strip_prefix('.').unwrap_or(rest);
            }
            Ok((rest, u8::try_from(n + 1).unwrap_or(1)))
        }
        None => fail(i),
    }
}

/// A four-digit year from 1900 to 2099 not followed by more digits.
pub fn year(i: &str) -> IResult<&str, i32> {
    let (rest, y) = map_res(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        str::parse::<i32>,
    )
    .parse(i)?;
    if !(1900..=2099).contains(&y) || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((rest, y))
}

/// A day of the month with an optional ordinal suffix: `9`, `9th`, `21st`.
fn day(i: &str) -> IResult<&str, u8> {
    let (rest, d) = map_res(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        str::parse::<u8>,
    )
    .parse(i)?;
    let (rest, _) = opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse(rest)?;
    if !(1..=31).contains(&d) || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((rest, d))
}

/// `, 2024` or ` 2024` after a day or month.
fn year_suffix(i: &str) -> IResult<&str, i32> {
    preceded((opt(char(',')), space1), year).parse(i)
}

/// A date as written, before the missing year is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrittenDate {
    /// The year when written.
    pub year: Option<i32>,
    /// The month when written.
    pub month: Option<u8>,
    /// The day when written.
    pub day: Option<u8>,
}

impl WrittenDate {
    /// Fills a missing year from the article date; `None` when no year is known.
    pub fn resolve(self, article: Option<PartialDate>) -> Option<PartialDate> {
        let year = self.year.or(article.map(|d| d.year))?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => PartialDate::ymd(year, m, d),
            (Some(m), None) => PartialDate::ym(year, m),
            _ => Some(PartialDate::y(year)),
        }
    }
}

/// `2024-03-09`.
fn iso(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, (y, _, m, _, d)) = (
        year,
        char('-'),
        map_res(
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
            str::parse::<u8>,
        ),
        char('-'),
        map_res(
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
            str::parse::<u8>,
        ),
    )
        .parse(i)?;
    Ok((
        rest,
        WrittenDate {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        },
    ))
}

/// `March 9, 2024`, `Mar. 9`, `March 9th`.
fn month_day(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, (m, _, d, y)) = (month, space1, day, opt(year_suffix)).parse(i)?;
    Ok((rest, day_date(y, m, d)))
}

/// A holiday that falls on one day every year, as British schedules name it: `New Year’s Day`,
/// `Christmas Day`, `Boxing Day`; the year from the context.
///
/// ```text
/// holiday = "New Year" ("'s" | "’s") " " ("Day" | "Eve") | "Christmas " ("Day" | "Eve")
///         | "Boxing Day"
/// ```
fn holiday(i: &str) -> IResult<&str, WrittenDate> {
    const DAYS: &[(&str, u8, u8)] = &[
        ("New Year's Day", 1, 1),
        ("New Year’s Day", 1, 1),
        ("New Year's Eve", 12, 31),
        ("New Year’s Eve", 12, 31),
        ("Christmas Day", 12, 25),
        ("Christmas Eve", 12, 24),
        ("Boxing Day", 12, 26),
    ];
    match DAYS.iter().find_map(|&(name, m, d)| {
        i.strip_prefix(name)
            .filter(|r| !r.starts_with(char::is_alphanumeric))
            .map(|r| (r, day_date(None, m, d)))
    }) {
        Some(found) => Ok(found),
        None => fail(i),
    }
}

/// A date to the day; the year when written.
fn day_date(year: Option<i32>, month: u8, day: u8) -> WrittenDate {
    WrittenDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

/// `3/9` in listings, month first as American and Korean English write it; `3/9/2024` and
/// `3/9/24` carry a year. Not a fraction: both parts must be a valid month and day, and no
/// digit or slash may follow.
///
/// ```text
/// numeric_md = DIGIT{1,2} "/" DIGIT{1,2} ("/" (DIGIT{4} | DIGIT{2}))?
/// ```
pub fn numeric_md(i: &str) -> IResult<&str, WrittenDate> {
    let num = |i| take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i);
    let (rest, (m, _, d)) = (num, char('/'), num).parse(i)?;
    let (m, d): (u8, u8) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return fail(i);
    }
    let (rest, y) = match rest.strip_prefix('/') {
        Some(r) => {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let y: i32 = r[..digits].parse().unwrap_or(0);
            match digits {
                4 => (&r[4..], Some(y)),
                2 => (&r[2..], Some(2000 + y)),
                _ => return fail(i),
            }
        }
        None => (rest, None),
    };
    // `10/9c`, `8/7c`: a US time slot in two time zones (Eastern/Central), not a date.
    let slot = y.is_none()
        && rest.starts_with(['c', 'p'])
        && !rest[1..].starts_with(char::is_alphanumeric);
    if slot || rest.starts_with(|c: char| c.is_ascii_digit() || c == '/') {
        return fail(i);
    }
    Ok((rest, day_date(y, m, d)))
}

/// `9 March 2024`, `9th of March`.
fn day_month(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, (d, _, _, m, y)) = (
        day,
        space1,
        opt(tag("of ")),
        month,
        opt(preceded(space1, year)),
    )
        .parse(i)?;
    Ok((rest, day_date(y, m, d)))
}

/// `March 2024`, `March of 2024`.
fn month_year(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, (m, _, _, y)) = (month, space1, opt(tag("of ")), year).parse(i)?;
    Ok((
        rest,
        WrittenDate {
            year: Some(y),
            month: Some(m),
            day: None,
        },
    ))
}

/// A part of a year: `early 2024`, `mid-2024`, `the first half of 2024`, `spring 2024`: the year.
fn part_of_year(i: &str) -> IResult<&str, WrittenDate> {
    // Every word below opens with one of these letters (after an optional `the `); the tags
    // match case-blind, and no non-ASCII char lower-cases to one of their letters.
    let body = match i.as_bytes().get(..4) {
        Some(the) if the.eq_ignore_ascii_case(b"the ") => &i.as_bytes()[4..],
        _ => i.as_bytes(),
    };
    if !body
        .first()
        .is_some_and(|b| b"emlfsbaw".contains(&b.to_ascii_lowercase()))
    {
        return fail(i);
    }
    // The words themselves, compared in place before the parser's thirteen `tag_no_case`
    // (`The series`, `The show`, `The film` open many sentences and pass the letter test).
    if !PARTS_OF_YEAR
        .iter()
        .any(|w| body.len() >= w.len() && body[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
    {
        return fail(i);
    }
    part_of_year_words(i)
}

/// The words of [`part_of_year`], in the order its parser tries them.
const PARTS_OF_YEAR: [&str; 13] = [
    "early",
    "mid",
    "late",
    "first half of",
    "second half of",
    "latter half of",
    "end of",
    "beginning of",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
];

/// [`part_of_year`]'s grammar: `the`, a word of [`PARTS_OF_YEAR`], a space or hyphen, a year.
fn part_of_year_words(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, y) = preceded(
        (
            opt(tag_no_case("the ")),
            alt((
                tag_no_case("early"),
                tag_no_case("mid"),
                tag_no_case("late"),
                tag_no_case("first half of"),
                tag_no_case("second half of"),
                tag_no_case("latter half of"),
                tag_no_case("end of"),
                tag_no_case("beginning of"),
                tag_no_case("spring"),
                tag_no_case("summer"),
                tag_no_case("fall"),
                tag_no_case("autumn"),
                tag_no_case("winter"),
            )),
            alt((recognize((char('-'), space0)), space1)),
        ),
        year,
    )
    .parse(i)?;
    Ok((
        rest,
        WrittenDate {
            year: Some(y),
            month: None,
            day: None,
        },
    ))
}

/// A month alone: `in March` (the year from the article).
fn month_alone(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, m) = month(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((
        rest,
        WrittenDate {
            year: None,
            month: Some(m),
            day: None,
        },
    ))
}

/// A year alone.
fn year_alone(i: &str) -> IResult<&str, WrittenDate> {
    let (rest, y) = year(i)?;
    Ok((
        rest,
        WrittenDate {
            year: Some(y),
            month: None,
            day: None,
        },
    ))
}

/// Any written date, most precise form first.
///
/// ```text
/// date = iso | month_day | day_month | month_year | part_of_year | month | year
/// ```
pub fn date(i: &str) -> IResult<&str, WrittenDate> {
    // The forms by what they open with, each group in the order above: a month needs a
    // capital, a day, year or number a digit, and a part of a year a letter. `numeric_md`
    // stays last in each group, so that a miss fails as the whole `alt` did (with its error).
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => alt((iso, day_month, year_alone, numeric_md)).parse(i),
        // `month_day`, `month_year` and `month_alone` open with a month: without one, only
        // `part_of_year` may match, and `numeric_md` still fails last.
        Some(b) if b.is_ascii_uppercase() && month(i).is_err() => {
            alt((part_of_year, holiday, numeric_md)).parse(i)
        }
        Some(b) if b.is_ascii_uppercase() => {
            alt((month_day, month_year, part_of_year, month_alone, numeric_md)).parse(i)
        }
        _ => alt((part_of_year, numeric_md)).parse(i),
    }
}

/// A weekday name (`Sunday`), 0 = Monday.
pub fn weekday(i: &str) -> IResult<&str, u8> {
    let end = i
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(i.len());
    // Compared in place: the word is ASCII letters and the names lower-case.
    let word = &i[..end];
    match WEEKDAYS.iter().position(|w| w.eq_ignore_ascii_case(word)) {
        Some(n) => Ok((&i[end..], u8::try_from(n).unwrap_or(0))),
        None => fail(i),
    }
}

/// A range of days: `March 11-17`, `March 11 to 17, 2024`, `September 2 to September 8`,
/// `November 18 to 24`; returns both ends.
///
/// ```text
/// range = month_day ("-" | "–" | " to " | " through ") (month_day | day) year_suffix?
/// ```
pub fn day_range(i: &str) -> IResult<&str, (WrittenDate, WrittenDate)> {
    let (rest, (m, _, d1)) = (month, space1, day).parse(i)?;
    let (rest, _) = alt((
        tag("-"),
        tag("–"),
        tag(" - "),
        tag(" – "),
        tag(" to "),
        tag(" through "),
    ))
    .parse(rest)?;
    let (rest, end) = alt((month_day, |r| {
        day(r).map(|(r, d)| {
            (
                r,
                WrittenDate {
                    year: None,
                    month: Some(m),
                    day: Some(d),
                },
            )
        })
    }))
    .parse(rest)?;
    let (rest, y) = opt(year_suffix).parse(rest)?;
    let year = y.or(end.year);
    Ok((
        rest,
        (
            WrittenDate {
                year,
                month: Some(m),
                day: Some(d1),
            },
            WrittenDate { year, ..end },
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_is_the_alt_it_replaced() {
        // `part_of_year` and `date` as first written: the letter test, then the parser; one
        // `alt` per opening byte.
        fn part_of_year_before(i: &str) -> IResult<&str, WrittenDate> {
            let body = match i.as_bytes().get(..4) {
                Some(the) if the.eq_ignore_ascii_case(b"the ") => &i.as_bytes()[4..],
                _ => i.as_bytes(),
            };
            if !body
                .first()
                .is_some_and(|b| b"emlfsbaw".contains(&b.to_ascii_lowercase()))
            {
                return fail(i);
            }
            part_of_year_words(i)
        }
        let before = |i: &'static str| match i.as_bytes().first() {
            Some(b) if b.is_ascii_digit() => alt((iso, day_month, year_alone, numeric_md)).parse(i),
            Some(b) if b.is_ascii_uppercase() => alt((
                month_day,
                month_year,
                part_of_year_before,
                month_alone,
                numeric_md,
            ))
            .parse(i),
            _ => alt((part_of_year_before, numeric_md)).parse(i),
        };
        for i in [
            "",
            "The series premiered",
            "The first half of 2024",
            "the second half of 2025 and",
            "The second half",
            "The show",
            "Summer 2024",
            "summer of love",
            "Spring-2025",
            "Mid-2024",
            "mid 2024",
            "Early 2023",
            "Latter half of 2022",
            "Late 1999",
            "Fall 2024.",
            "Autumn",
            "Winter 20",
            "End of 2024",
            "Beginning of 2030",
            "March 9, 2024",
            "March 2024",
            "March of 2024",
            "March",
            "Marchers",
            "Mar. 9",
            "Sept 12",
            "May",
            "Mayhem 2024",
            "September 2 to September 8",
            "Netflix",
            "Saturday",
            "2024-03-09",
            "9 March 2024",
            "9th of March",
            "2024",
            "3/9",
            "3/9/24",
            "10/9c",
            "1.5 million",
            "ÉARLY 2024",
            "early 2024",
            "the early 2024",
            "The Early 2024",
            "THE FALL 2024",
            "Firsthalf of 2024",
        ] {
            assert_eq!(date(i), before(i), "{i:?}");
        }
    }

    #[test]
    fn weekdays_in_any_case() {
        for i in [
            "Sunday", "sunday,", "SUNDAY", "Sun", "Sundays", "Funday", "", "Monday 3",
        ] {
            // As first written: the word lower-cased into a `String`.
            let end = i
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(i.len());
            let word = i[..end].to_ascii_lowercase();
            let want = WEEKDAYS.iter().position(|w| *w == word);
            assert_eq!(
                weekday(i).ok().map(|(r, n)| (r, usize::from(n))),
                want.map(|n| (&i[end..], n)),
                "{i:?}"
            );
        }
    }

    fn iso_of(input: &str, article: &str) -> Option<String> {
        let art = PartialDate::parse_iso(article);
        date(input)
            .ok()
            .and_then(|(_, d)| d.resolve(art))
            .map(|d| d.iso())
    }

    #[test]
    fn written_dates_normalise() {
        for (input, want) in [
            ("March 9, 2024 at", "2024-03-09"),
            ("Mar. 9", "2025-03-09"),
            ("9 March 2024", "2024-03-09"),
            ("9th March", "2025-03-09"),
            ("2024-03-09", "2024-03-09"),
            ("March 2024", "2024-03"),
            ("early 2024", "2024"),
            ("mid-2024", "2024"),
            ("the first half of 2024", "2024"),
            ("3/9 Spring", "2025-03-09"),
            ("12/24/2024", "2024-12-24"),
            ("3/12/25", "2025-03-12"),
            ("13/2", ""),
            ("1/2/3", ""),
            ("in", ""),
            ("2024.", "2024"),
            ("Sept 3rd", "2025-09-03"),
        ] {
            let got = iso_of(input, "2025-01-20").unwrap_or_default();
            assert_eq!(got, want, "{input}");
        }
        assert!(date("Mayhem").is_err());
    }

    /// `date` as first written: every form tried in order.
    fn date_by_alt(i: &str) -> IResult<&str, WrittenDate> {
        alt((
            iso,
            month_day,
            day_month,
            month_year,
            part_of_year,
            holiday,
            month_alone,
            year_alone,
            numeric_md,
        ))
        .parse(i)
    }

    #[test]
    fn holidays_are_days_of_the_year() {
        for (input, m, d) in [
            ("New Year’s Day.", 1, 1),
            ("New Year's Eve", 12, 31),
            ("Christmas Day at 9pm", 12, 25),
            ("Boxing Day", 12, 26),
        ] {
            let (_, got) = date(input).expect(input);
            assert_eq!(
                (got.year, got.month, got.day),
                (None, Some(m), Some(d)),
                "{input}"
            );
        }
        assert!(date("Christmas Days").is_err());
        assert!(date("Christmas").is_err());
    }

    /// `part_of_year` without its first-letter test.
    fn part_of_year_by_tags(i: &str) -> IResult<&str, WrittenDate> {
        let (rest, y) = preceded(
            (
                opt(tag_no_case("the ")),
                alt((
                    tag_no_case("early"),
                    tag_no_case("mid"),
                    tag_no_case("late"),
                    tag_no_case("first half of"),
                    tag_no_case("second half of"),
                    tag_no_case("latter half of"),
                    tag_no_case("end of"),
                    tag_no_case("beginning of"),
                    tag_no_case("spring"),
                    tag_no_case("summer"),
                    tag_no_case("fall"),
                    tag_no_case("autumn"),
                    tag_no_case("winter"),
                )),
                alt((recognize((char('-'), space0)), space1)),
            ),
            year,
        )
        .parse(i)?;
        Ok((
            rest,
            WrittenDate {
                year: Some(y),
                month: None,
                day: None,
            },
        ))
    }

    /// `month` as first written: the word lower-cased into a `String`.
    fn month_by_string(i: &str) -> IResult<&str, u8> {
        if !i.starts_with(|c: char| c.is_ascii_uppercase()) {
            return fail(i);
        }
        let end = i
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(i.len());
        if !(3..=9).contains(&end) {
            return fail(i);
        }
        let word = i[..end].to_ascii_lowercase();
        let found = MONTHS.iter().position(|m| {
            *m == word
                || (word.len() <= 4 && m.starts_with(&word) && (word.len() == 3 || word == "sept"))
        });
        match found {
            Some(n) => {
                let mut rest = &i[end..];
                if word.len() < MONTHS[n].len() {
                    rest = rest.strip_prefix('.').unwrap_or(rest);
                }
                Ok((rest, u8::try_from(n + 1).unwrap_or(1)))
            }
            None => fail(i),
        }
    }

    #[test]
    fn dispatch_by_first_byte_is_the_alt() {
        let texts = [
            "On March 9, 2024 at 9 March 2024, 2024-03-09; March 2024 early 2024 mid-2024",
            "the first half of 2024, 3/9 Spring 12/24/2024 3/12/25 13/2 1/2/3 in 2024.",
            "Sept 3rd, Sept. 3, SEPT 3 Mayhem Marching MAY 5 The End of 2023 THE SPRING 2024",
            "9th of March, the beginning of 2025, Late-2024 latter half of 2019 Winter 2020",
            "Fall  2021 autumn\t2022 Summer2023 é 2024 Ｍarch 1 \u{212a} 2024 İ 5 31st 32nd",
            "Dec. 25 Dec 25th, 2025 Decem 1 Ju 4 Jun. 4 June 4 of 2024 Junes 1999 2100 1899",
            "Kim, Lee, Netflix, OCT 3, Aug. 9, APRIL 2, Nov 30 Feb 29 Sep 1 Sept. 2 Octo May",
            "",
        ];
        for text in texts {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let i = &text[at..];
                assert_eq!(date(i), date_by_alt(i), "{i:?}");
                // Its errors never leave `date`: it is never the last form tried.
                assert_eq!(part_of_year(i).ok(), part_of_year_by_tags(i).ok(), "{i:?}");
                assert_eq!(month(i), month_by_string(i), "{i:?}");
            }
        }
    }

    #[test]
    fn ranges() {
        let art = PartialDate::parse_iso("2024-03-20");
        for (input, from, to) in [
            ("March 11-17", "2024-03-11", "2024-03-17"),
            (
                "September 2 to September 8, 2023",
                "2023-09-02",
                "2023-09-08",
            ),
            ("November 18 to 24", "2024-11-18", "2024-11-24"),
        ] {
            let (_, (a, b)) = day_range(input).unwrap();
            assert_eq!(a.resolve(art).unwrap().iso(), from);
            assert_eq!(b.resolve(art).unwrap().iso(), to);
        }
    }
}
