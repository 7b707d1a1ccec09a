//! In-memory indexes that find the exact best matches without scoring
//! every row: opportunities for a volunteer, volunteers for an
//! opportunity. Each holds what the engine scores (kept up to date by the
//! caller, one entry at a time), narrows the field by where things are,
//! and ranks by bound (`best`). Their answers equal the exhaustive
//! rankings ([`super::rank_opportunities_within`], [`super::rank_volunteers`]);
//! the property tests check it.

mod opportunities;
mod volunteers;

pub use opportunities::{OpportunityFilter, OpportunityIndex};
pub use volunteers::VolunteerIndex;

/// Slots in a vector with a free list: entries keep their index while they
/// live, so other structures can refer to them by a `u32`.
#[derive(Debug)]
struct Slots<T> {
    entries: Vec<Option<T>>,
    free: Vec<u32>,
}

impl<T> Default for Slots<T> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            free: Vec::new(),
        }
    }
}

impl<T> Slots<T> {
    fn insert(&mut self, entry: T) -> u32 {
        match self.free.pop() {
            Some(slot) => {
                if let Some(place) = self.entries.get_mut(slot as usize) {
                    *place = Some(entry);
                }
                slot
            }
            None => {
                self.entries.push(Some(entry));
                u32::try_from(self.entries.len() - 1).unwrap_or(u32::MAX)
            }
        }
    }

    fn take(&mut self, slot: u32) -> Option<T> {
        let entry = self.entries.get_mut(slot as usize)?.take();
        if entry.is_some() {
            self.free.push(slot);
        }
        entry
    }

    fn get(&self, slot: u32) -> Option<&T> {
        self.entries.get(slot as usize)?.as_ref()
    }

    fn len(&self) -> usize {
        self.entries.len() - self.free.len()
    }
}

/// Removes one `slot` from `list` (order does not matter).
fn forget(list: &mut Vec<u32>, slot: u32) {
    if let Some(at) = list.iter().position(|entry| *entry == slot) {
        list.swap_remove(at);
    }
}
