//! Reading an input file's bytes once: every byte read is hashed (the report's sha256 of the
//! input) and counted (the progress bar), so no second pass over a large file is needed.

use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

/// Shared between the reading thread and the run: bytes read so far and the running hash.
#[derive(Default)]
pub struct ReadStats {
    pub bytes: AtomicU64,
    hash: Mutex<Sha256>,
}

impl ReadStats {
    pub fn sha256(&self) -> String {
        let hash = self.hash.lock().unwrap_or_else(|e| e.into_inner()).clone();
        crate::lexicon::hex(&hash.finalize())
    }
}

pub struct HashingReader<R> {
    inner: R,
    stats: Arc<ReadStats>,
    progress: Arc<AtomicU64>,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R, stats: Arc<ReadStats>, progress: Arc<AtomicU64>) -> Self {
        HashingReader { inner, stats, progress }
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.stats.hash.lock().unwrap_or_else(|e| e.into_inner()).update(&buf[..n]);
        self.stats.bytes.fetch_add(n as u64, Ordering::Relaxed);
        self.progress.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Turns CRLF and lone CR line ends into LF, so that CSV line numbers are right whatever the
/// platform wrote (the `csv` crate counts lines by LF; Excel's CR-only files have none).
pub struct UnixNewlines<R> {
    inner: R,
    /// The previous chunk ended with CR: a LF at the start of the next one belongs to it.
    after_cr: bool,
}

impl<R: Read> UnixNewlines<R> {
    pub fn new(inner: R) -> Self {
        UnixNewlines { inner, after_cr: false }
    }
}

impl<R: Read> Read for UnixNewlines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let n = self.inner.read(buf)?;
            if n == 0 {
                return Ok(0);
            }
            // The common case, Unix line ends: nothing to change (memchr-fast).
            if !self.after_cr && !buf[..n].contains(&b'\r') {
                return Ok(n);
            }
            let mut out = 0;
            for i in 0..n {
                let b = buf[i];
                if b == b'\n' && self.after_cr {
                    self.after_cr = false;
                    continue;
                }
                self.after_cr = b == b'\r';
                buf[out] = if b == b'\r' { b'\n' } else { b };
                out += 1;
            }
            if out > 0 {
                return Ok(out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_end_becomes_lf_even_across_reads() {
        for input in [&b"a\r\nb\rc\nd\r"[..], b"\r\n\r\n"] {
            // One byte per read: a CR and its LF arrive in different chunks.
            struct Slow<'a>(&'a [u8]);
            impl Read for Slow<'_> {
                fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                    let Some((&b, rest)) = self.0.split_first() else {
                        return Ok(0);
                    };
                    buf[0] = b;
                    self.0 = rest;
                    Ok(1)
                }
            }
            let mut out = Vec::new();
            UnixNewlines::new(Slow(input)).read_to_end(&mut out).unwrap();
            let expected: &[u8] = if input.len() == 4 { b"\n\n" } else { b"a\nb\nc\nd\n" };
            assert_eq!(out, expected);
        }
    }
}
