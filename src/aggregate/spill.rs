//! Keyed records kept on disk until the end of a run, so that exact counts of distinct keys
//! (contributors, (contributor, question) pairs, the first occurrence of each text) need memory
//! for one part of them, not for all.
//!
//! Records are a 64-bit key and a small fixed-size value ([`Value`]). They go to one of
//! [`PARTS`] parts by the top bits of their key; a part holds up to [`BUFFERED`] records in
//! memory, then appends them as a chunk to one anonymous temporary file (in the system's
//! temporary folder, `TMPDIR`; removed by the system when the run ends, even if it fails). At the
//! end, [`Spill::parts`] hands back each part's records sorted, parts in key order: every record
//! in key order, whatever the order they came in, so what is counted from them never depends on
//! the input order or on the thread count. A small run never touches the disk.
//!
//! At national scale (5.7 million answers) the answers' pairs make 91 MB on disk, 0.7 MB a
//! part; memory holds at most 128 × 1,024 records = 2 MB of buffers (16-byte records).

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

/// Parts, by the key's top 7 bits (keys are hashes: parts are even).
pub const PARTS: usize = 128;
/// Records a part keeps in memory before writing them out.
pub const BUFFERED: usize = 1024;

/// What travels with a key: a fixed number of bytes on disk.
pub trait Value: Copy + Ord {
    const SIZE: usize;
    fn put(self, out: &mut Vec<u8>);
    fn get(bytes: &[u8]) -> Self;
}

impl Value for u64 {
    const SIZE: usize = 8;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(bytes: &[u8]) -> u64 {
        u64::from_le_bytes(bytes.try_into().expect("8 bytes"))
    }
}

impl Value for [u32; 3] {
    const SIZE: usize = 12;
    fn put(self, out: &mut Vec<u8>) {
        for v in self {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    fn get(bytes: &[u8]) -> [u32; 3] {
        let at = |i: usize| u32::from_le_bytes(bytes[4 * i..4 * i + 4].try_into().expect("4 bytes"));
        [at(0), at(1), at(2)]
    }
}

/// A record: its key, and a value that travels with it.
pub type Keyed<V = u64> = (u64, V);

pub struct Spill<V: Value = u64> {
    buffers: Vec<Vec<Keyed<V>>>,
    /// Per part: its chunks in the file (offset, records).
    chunks: Vec<Vec<(u64, usize)>>,
    file: Option<File>,
    written: u64,
    /// The first write error: records are no longer kept, and [`Spill::parts`] reports it.
    failed: Option<io::Error>,
}

impl<V: Value> Default for Spill<V> {
    fn default() -> Self {
        Spill { buffers: Vec::new(), chunks: Vec::new(), file: None, written: 0, failed: None }
    }
}

impl<V: Value> Spill<V> {
    const RECORD: usize = 8 + V::SIZE;

    pub fn push(&mut self, key: u64, value: V) {
        if self.buffers.is_empty() {
            self.buffers = vec![Vec::new(); PARTS];
            self.chunks = vec![Vec::new(); PARTS];
        }
        if self.failed.is_some() {
            return;
        }
        let part = (key >> (64 - PARTS.trailing_zeros())) as usize;
        let buffer = &mut self.buffers[part];
        buffer.push((key, value));
        if buffer.len() == BUFFERED {
            if let Err(e) = self.write_out(part) {
                self.failed = Some(e);
                self.buffers = vec![Vec::new(); PARTS];
            }
        }
    }

    /// Nothing held, in memory or on disk (as after [`Spill::parts`]).
    pub fn is_empty(&self) -> bool {
        self.buffers.iter().all(Vec::is_empty) && self.chunks.iter().all(Vec::is_empty)
    }

    fn write_out(&mut self, part: usize) -> io::Result<()> {
        if self.file.is_none() {
            self.file = Some(tempfile::tempfile()?);
        }
        let file = self.file.as_mut().expect("opened above");
        let buffer = &mut self.buffers[part];
        let mut bytes = Vec::with_capacity(buffer.len() * Self::RECORD);
        for &(key, value) in buffer.iter() {
            bytes.extend_from_slice(&key.to_le_bytes());
            value.put(&mut bytes);
        }
        file.write_all(&bytes)?;
        self.chunks[part].push((self.written, buffer.len()));
        self.written += bytes.len() as u64;
        buffer.clear();
        Ok(())
    }

    /// Calls `each` with every part's records, sorted, parts in key order; the spill is empty
    /// afterwards. Fails with the first error met writing or reading the temporary file.
    pub fn parts(&mut self, mut each: impl FnMut(&[Keyed<V>])) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        let mut records = Vec::new();
        let mut bytes = Vec::new();
        for part in 0..self.buffers.len() {
            records.clear();
            for &(offset, n) in &self.chunks[part] {
                let file = self.file.as_mut().expect("chunks are in the file");
                bytes.resize(n * Self::RECORD, 0);
                file.seek(SeekFrom::Start(offset))?;
                file.read_exact(&mut bytes)?;
                records.extend(bytes.chunks_exact(Self::RECORD).map(|r| {
                    let (key, value) = r.split_at(8);
                    (u64::from_le_bytes(key.try_into().expect("8 bytes")), V::get(value))
                }));
            }
            records.append(&mut self.buffers[part]);
            records.sort_unstable();
            each(&records);
        }
        *self = Spill::default();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_comes_back_once_in_key_order_across_written_chunks() {
        let mut spill: Spill = Spill::default();
        // Enough records for every part to be written out several times, keys spread over all
        // parts, each key twice with different values, in no order.
        let n = (PARTS * BUFFERED * 3) as u64;
        let key = |i: u64| crate::hash::mix(i % (n / 2));
        for i in (0..n).rev() {
            spill.push(key(i), i);
        }
        assert!(spill.file.is_some(), "parts were written out");
        assert!(!spill.is_empty());
        let mut seen = Vec::new();
        let mut parts = 0;
        spill
            .parts(|records| {
                parts += 1;
                seen.extend_from_slice(records);
            })
            .unwrap();
        assert_eq!(parts, PARTS);
        let mut expected: Vec<Keyed> = (0..n).map(|i| (key(i), i)).collect();
        expected.sort_unstable();
        assert_eq!(seen, expected);
        assert!(spill.is_empty());
    }

    #[test]
    fn wider_values_come_back_whole_from_disk() {
        let mut spill: Spill<[u32; 3]> = Spill::default();
        let n = (PARTS * BUFFERED * 2) as u64;
        for i in 0..n {
            spill.push(crate::hash::mix(i), [i as u32, u32::MAX - i as u32, (i % 7) as u32]);
        }
        assert!(spill.file.is_some(), "parts were written out");
        let mut back = Vec::new();
        spill.parts(|records| back.extend_from_slice(records)).unwrap();
        let mut expected: Vec<Keyed<[u32; 3]>> =
            (0..n).map(|i| (crate::hash::mix(i), [i as u32, u32::MAX - i as u32, (i % 7) as u32])).collect();
        expected.sort_unstable();
        assert_eq!(back, expected);
    }

    #[test]
    fn a_small_spill_stays_in_memory() {
        let mut spill: Spill = Spill::default();
        spill.push(3, 1);
        spill.push(1, 2);
        assert!(spill.file.is_none());
        let mut seen = Vec::new();
        spill.parts(|r| seen.extend_from_slice(r)).unwrap();
        assert_eq!(seen, vec![(1, 2), (3, 1)]);
    }
}
