//! Finding the best few without scoring everyone (the threshold algorithm).
//!
//! Every candidate gets an upper bound of its score from what is cheap to
//! know (the factors that need no clock, exactly, and the most the rest
//! could give). Candidates are scored in order of their bound, highest
//! first, and the search stops when the results kept are full and no bound
//! left can reach the last of them: what is left cannot score higher, nor
//! tie and come earlier. The answer is the exhaustive ranking's, exactly.

use std::{cmp::Reverse, collections::BinaryHeap};

/// Candidates waiting to be scored, by their bound and then their own
/// order (`T: Ord`, smallest first): when many share the highest bound and
/// ties go to the smaller key, the first to reach their bound settle the
/// page, and the rest of the bucket need not be scored at all.
pub(super) struct ByBound<T> {
    /// Per bound: pushed since the last look, and a heap of the others.
    buckets: Vec<(Vec<T>, BinaryHeap<Reverse<T>>)>,
    top: usize,
}

impl<T: Ord> ByBound<T> {
    pub(super) fn new() -> Self {
        Self {
            buckets: std::iter::repeat_with(|| (Vec::new(), BinaryHeap::new()))
                .take(usize::from(u8::MAX) + 1)
                .collect(),
            top: 0,
        }
    }

    pub(super) fn push(&mut self, bound: u8, item: T) {
        let bound = usize::from(bound);
        if let Some((pushed, _)) = self.buckets.get_mut(bound) {
            pushed.push(item);
            self.top = self.top.max(bound);
        }
    }

    /// The highest bound waiting and the smallest item of it.
    pub(super) fn first(&mut self) -> Option<(u8, &T)> {
        loop {
            let (pushed, heap) = self.buckets.get_mut(self.top)?;
            if !pushed.is_empty() {
                // One rebuild for many pushes rather than one sift each.
                heap.extend(pushed.drain(..).map(Reverse));
            }
            if !heap.is_empty() {
                break;
            }
            if self.top == 0 {
                return None;
            }
            self.top -= 1;
        }
        let (_, heap) = self.buckets.get(self.top)?;
        Some((u8::try_from(self.top).ok()?, &heap.peek()?.0))
    }

    pub(super) fn pop(&mut self) -> Option<(u8, T)> {
        self.first()?;
        let (_, heap) = self.buckets.get_mut(self.top)?;
        Some((u8::try_from(self.top).ok()?, heap.pop()?.0))
    }
}

/// The first `count` results after a position of the ranking, kept in
/// ranking order as candidates are offered in any order. `Q` is the
/// position in the ranking (smaller comes first).
pub(super) struct Leaders<Q, R> {
    count: usize,
    after: Option<Q>,
    kept: Vec<(Q, u8, R)>,
}

impl<Q: Ord, R> Leaders<Q, R> {
    pub(super) fn new(count: usize, after: Option<Q>) -> Self {
        Self {
            count,
            after,
            kept: Vec::with_capacity(count.min(1024) + 1),
        }
    }

    /// Whether a candidate whose score is at most `bound` could still be
    /// kept: while places are free, or when it could reach the score of
    /// the last kept (an equal score may come earlier by its tie-breaks).
    /// Whether a result could be kept whose place in the ranking is
    /// `rank` at best.
    pub(super) fn may_take_at(&self, rank: &Q) -> bool {
        self.count > 0
            && (self.kept.len() < self.count
                || self.kept.last().is_some_and(|(kept, ..)| rank < kept))
    }

    pub(super) fn may_take(&self, bound: u8) -> bool {
        self.count > 0
            && (self.kept.len() < self.count
                || self
                    .kept
                    .last()
                    .is_some_and(|(_, score, _)| bound >= *score))
    }

    /// Keeps `result` (at `rank`, scoring `score`) when it comes after the
    /// position asked for and among the first `count` seen so far.
    pub(super) fn offer(&mut self, rank: Q, score: u8, result: R) {
        if self.after.as_ref().is_some_and(|after| rank <= *after) {
            return;
        }
        let at = self.kept.partition_point(|(kept, ..)| *kept < rank);
        if at >= self.count {
            return;
        }
        self.kept.insert(at, (rank, score, result));
        self.kept.truncate(self.count);
    }

    pub(super) fn into_ranked(self) -> Vec<R> {
        self.kept.into_iter().map(|(.., result)| result).collect()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Offering every (score, key) in any order keeps exactly the first
        /// `count` after the position, in order.
        #[test]
        fn leaders_are_the_first_after_the_position(
            mut items in prop::collection::vec((0u8..=100, 0u32..50), 0..60),
            count in 0usize..12,
            after in prop::option::of((0u8..=100, 0u32..50)),
        ) {
            items.sort();
            items.dedup_by_key(|(_, key)| *key);
            let rank = |(score, key): (u8, u32)| (std::cmp::Reverse(score), key);
            let mut leaders = Leaders::new(count, after.map(rank));
            for &(score, key) in items.iter().rev() {
                leaders.offer(rank((score, key)), score, (score, key));
            }
            let mut expected: Vec<(u8, u32)> = items
                .iter()
                .copied()
                .filter(|item| after.is_none_or(|after| rank(*item) > rank(after)))
                .collect();
            expected.sort_by_key(|item| rank(*item));
            expected.truncate(count);
            prop_assert_eq!(leaders.into_ranked(), expected);
        }

        #[test]
        fn candidates_come_out_highest_bound_then_smallest_first(
            items in prop::collection::vec((any::<u8>(), any::<u16>()), 0..40),
            pop_after in 0usize..40,
        ) {
            let mut pending = ByBound::new();
            let mut popped = Vec::new();
            for (at, (bound, item)) in items.iter().enumerate() {
                // Pushing after popping started keeps the order too.
                if at == pop_after {
                    popped.extend(pending.pop());
                }
                pending.push(*bound, *item);
            }
            while let Some(next) = pending.pop() {
                popped.push(next);
            }
            let mut expected = items.clone();
            expected.sort_by_key(|(bound, item)| (Reverse(*bound), *item));
            if pop_after < items.len() && pop_after > 0 {
                // The one popped early was the best of those pushed before it.
                let first = popped.remove(0);
                let mut before = items[..pop_after].to_vec();
                before.sort_by_key(|(bound, item)| (Reverse(*bound), *item));
                prop_assert_eq!(Some(&first), before.first());
                let at = expected.iter().position(|entry| *entry == first).unwrap();
                expected.remove(at);
            }
            prop_assert_eq!(popped, expected);
        }
    }
}
