//! Robustness: extraction never panics on any slice of real-looking text, and stays linear on
//! pathological input (no timing assertions: these inputs just have to come back).

use showkg::extract::extract;
use showkg::resolve::resolve;
use showkg::text::Article;

use crate::common::texts;

fn run(text: String) -> usize {
    let a = Article::new("t", text);
    resolve(&a, extract(&a)).facts.len()
}

#[test]
fn no_slice_of_a_fixture_breaks_extraction() {
    let mut runs = 0;
    let paths = [
        "fixtures/articles",
        "fixtures/foundation",
        "fixtures/heldout",
        "fixtures/heldout2",
        "fixtures/heldout3",
        "fixtures/heldout4",
        "fixtures/heldout5",
        "fixtures/heldout6",
    ]
    .into_iter()
    .flat_map(texts);
    // Each text as written and with typographic quotes and dashes, multi-byte everywhere.
    let variants = paths.flat_map(|path| {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut open = false;
        let curly: String = text
            .chars()
            .map(|c| match c {
                '\'' => '’',
                '"' => {
                    open = !open;
                    if open { '“' } else { '”' }
                }
                '-' => '‐',
                c => c,
            })
            .collect();
        // Real pages get quotes wrong: the opener repeated as the closer (`‘Our Beloved
        // Summer‘`), and a curly quote glued to a full stop (`‘12 Years a Slave’.`).
        let wrong: String = text
            .chars()
            .flat_map(|c| match c {
                '"' => vec!['“'],
                '\'' => vec!['‘'],
                '.' => vec!['’', '.'],
                c => vec![c],
            })
            .collect();
        // A curly quote glued to the front of every word (`‘Episodes’`): a keyword's
        // neighbour is then a multi-byte character.
        let glued = text.replace(' ', " ‘");
        [text, curly, wrong, glued]
    });
    for text in variants {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        // Windows of several lengths starting every 61 characters, cut anywhere in a word.
        for start in bounds.iter().step_by(61) {
            for len in [7, 40, 160, 700] {
                let end = bounds
                    .iter()
                    .find(|&&b| b >= start + len)
                    .copied()
                    .unwrap_or(text.len());
                run(text[*start..end].to_string());
                runs += 1;
            }
        }
    }
    assert!(runs > 1000);
}

#[test]
fn pathological_inputs_come_back() {
    let sentence = "The drama Moon Harbor stars Kim Ha-neul as Seo Yu-na and aired on tvN with 12.5 million hours viewed ";
    let one_line_megabyte = sentence.repeat(1_000_000 / sentence.len());
    assert!(run(one_line_megabyte) >= 1);
    run(format!(
        "Moon Harbor, starring {}Kim Ha-neul.",
        "and ".repeat(50_000)
    ));
    run("\"".repeat(50_000));
    run("“".repeat(50_000));
    run("(".repeat(50_000) + "Kim Ha-neul");
    run("1".repeat(200_000) + " million views");
    run("A ".repeat(200_000));
    run("No. ".repeat(100_000));
    run("Kim Soo-hyun as Baek ".repeat(20_000));
}
