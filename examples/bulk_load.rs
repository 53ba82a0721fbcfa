//! The load reference of `scripts/bench.sh`: Oxigraph's own bulk loader reading an N-Quads file into a new store, as `oxigraph load` does.
//!
//! `bulk_load --location DIR [--threads N] FILE.nq`

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut location, mut threads, mut file) = (None, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--location" => location = args.next(),
            "--threads" => threads = args.next().map(|n| n.parse()).transpose()?,
            _ => file = Some(arg),
        }
    }
    let (Some(location), Some(file)) = (location, file) else {
        return Err("usage: bulk_load --location DIR [--threads N] FILE.nq".into());
    };
    let store = Store::open(location)?;
    let mut loader = store.bulk_loader();
    if let Some(n) = threads {
        loader = loader.with_num_threads(n);
    }
    loader.load_from_reader(RdfFormat::NQuads, BufReader::new(File::open(file)?))?;
    loader.commit()?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bulk_load: {e}");
            ExitCode::FAILURE
        }
    }
}
