//! Items stored end to end in one block (one allocation for many strings or lists rather than
//! one each), each found by where it ends: item `i` runs from the end of item `i - 1` (or from 0)
//! to `ends[i]`. Rows' fields, theme sets and duplicate groups' record ids are kept this way.

use std::ops::Range;

/// Where item `i` lies in the block, given every item's end; `None` past the last item.
pub fn span(ends: &[u32], i: usize) -> Option<Range<usize>> {
    let end = *ends.get(i)? as usize;
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_runs_from_the_previous_end_to_its_own() {
        let (block, ends) = ("unedeuxtrois", [3, 7, 7, 12]);
        let items: Vec<&str> = (0..ends.len()).map(|i| &block[span(&ends, i).unwrap()]).collect();
        assert_eq!(items, ["une", "deux", "", "trois"]);
        assert_eq!(span(&ends, 4), None);
        assert_eq!(span(&[], 0), None);
    }
}
