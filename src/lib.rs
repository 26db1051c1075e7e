//! synthese: rule-based synthesis of public-consultation contributions.
//!
//! The pipeline, one module per step: [`ingest`] reads platform exports into records,
//! [`text`] analyses French text, [`lexicon`] loads the annotators' codebooks, [`classify`]
//! assigns themes, [`aggregate`] counts, [`report`] writes what a person reviews; [`review`] reads filled
//! reviews back for [`eval`]'s review-corrected estimates.

pub mod aggregate;
pub mod classify;
pub mod eval;
pub mod failure;
pub mod hash;
pub mod ingest;
pub mod lexicon;
pub mod packed;
pub mod paths;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod text;

pub use failure::Failure;
