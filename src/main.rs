//! The `showkg` binary: a thin shell over the library's command line.

/// mimalloc rather than the system allocator: see Cargo.toml.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    showkg::cli::main()
}
