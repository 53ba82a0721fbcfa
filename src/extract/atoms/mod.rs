//! Atoms: small named nom parsers for the pieces every relation grammar shares.

pub mod date;
pub mod names;
pub mod number;
pub mod org;
pub mod title;
pub mod words;
