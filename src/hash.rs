//! The small non-cryptographic hashes every step shares: FNV-1a over byte strings and the
//! splitmix64 finaliser. Reports name them in their rules, so they never change silently.

/// FNV-1a of the parts, each followed by a zero byte (so `("ab", "c")` and `("a", "bc")` differ).
pub fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for part in parts {
        for &b in *part {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// splitmix64's finaliser: spreads any 64-bit value over all 64 bits.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_kept_apart() {
        assert_ne!(fnv1a(&[b"ab", b"c"]), fnv1a(&[b"a", b"bc"]));
        // The FNV-1a of "a\0", a known value.
        assert_eq!(fnv1a(&[b"a"]), 0x089b_e207_b544_f1e4);
    }
}
