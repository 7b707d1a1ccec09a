//! The in-memory matching index of this instance: every published
//! opportunity with its future shifts, and every volunteer who may be a
//! candidate, as the domain's indexes hold them (`hop_domain::matching::index`).
//! Loaded whole at start; kept in step with the database through the
//! `matching_changes` log its triggers write, read before every matching
//! request (so a request sees every write committed before it began) and
//! every second in the background.

use std::{
    collections::{HashMap, HashSet},
    sync::{Mutex, RwLock, RwLockReadGuard},
    time::Instant,
};

use chrono::Utc;
use diesel::PgConnection;
use hop_domain::matching::index::{OpportunityIndex, VolunteerIndex};
use uuid::Uuid;

use super::{
    load::{facts_of, volunteer_profiles},
    store,
};
use crate::error::ApiError;
use crate::volunteers::store as volunteer_store;

/// Entries from which a load frees enough to be worth handing back (a
/// small one, as in every test server, frees too little to ask).
const LARGE_LOAD: usize = 100_000;
/// Rows read per query while loading.
const LOAD_CHUNK: i64 = 10_000;
/// Changes are kept this long in the log; an instance that has not read it
/// for half as long reloads everything rather than trust it.
pub const CHANGES_KEPT_MINUTES: i32 = 10;

pub type Opportunities = OpportunityIndex<Uuid, Uuid, Uuid>;
pub type Volunteers = VolunteerIndex<Uuid, Uuid>;

pub struct MatchingIndex {
    opportunities: RwLock<Opportunities>,
    volunteers: RwLock<Volunteers>,
    sync: Mutex<Sync>,
    /// Set once everything has been loaded (readable while a load runs).
    loaded: std::sync::atomic::AtomicBool,
    /// Whether catch-ups may read from a replica, which can be behind what
    /// the index already holds (see [`Sync::seen`]).
    mixed_sources: bool,
}

/// Where this instance stands in the change log.
struct Sync {
    /// Changes of transactions from this one on may not have been read.
    horizon: u64,
    /// Changes read whose transaction is at or after `horizon` (they are
    /// read again until the horizon passes them), by id, with their xid.
    applied: HashMap<i64, u64>,
    /// When the last catch-up began reading.
    last_read: Option<Instant>,
    /// With a replica: the WAL position up to which the index holds every
    /// change. Reads alternate between the primary and the replica; a
    /// replica behind this would reload rows older than those held while
    /// their changes count as applied, so its catch-ups wait until it has
    /// replayed this far.
    seen: u64,
}

fn read<T>(lock: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl MatchingIndex {
    /// An index that loads everything at its first catch-up.
    pub fn empty() -> Self {
        Self::new(false)
    }

    fn new(mixed_sources: bool) -> Self {
        Self {
            mixed_sources,
            opportunities: RwLock::new(Opportunities::new()),
            volunteers: RwLock::new(Volunteers::new(hop_domain::signup::local_day(Utc::now()))),
            sync: Mutex::new(Sync {
                horizon: 0,
                applied: HashMap::new(),
                last_read: None,
                seen: 0,
            }),
            loaded: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Whether everything has been loaded once.
    pub fn is_loaded(&self) -> bool {
        self.loaded.load(std::sync::atomic::Ordering::Acquire)
    }

    /// An index loaded before serving, so the first requests find it
    /// warm; when the database cannot be reached, the first request that
    /// can loads it.
    ///
    /// Loads from the replica when there is one and it answers (its lag
    /// does not matter: later catch-ups read every change since the
    /// horizon it had).
    pub fn loaded(database: &crate::db::Database) -> std::sync::Arc<Self> {
        let replica = database.replica().map(|replica| replica.database().pool());
        let index = std::sync::Arc::new(Self::new(replica.is_some()));
        let loaded = replica
            .and_then(|pool| pool.get().ok())
            .map_or_else(|| database.pool().get(), Ok)
            .map_err(|err| err.to_string())
            .and_then(|mut conn| {
                index
                    .catch_up(&mut conn, Instant::now())
                    .map_err(|err| err.to_string())
            });
        if let Err(err) = loaded {
            tracing::warn!(error = %err, "the matching index will be loaded once the database answers");
        }
        index
    }

    pub fn opportunities(&self) -> RwLockReadGuard<'_, Opportunities> {
        read(&self.opportunities)
    }

    pub fn volunteers(&self) -> RwLockReadGuard<'_, Volunteers> {
        read(&self.volunteers)
    }

    /// Applies every change committed before `since` (and maybe later
    /// ones). Requests arriving together share one read of the log. The
    /// first time, and after the log was not read for a while, loads
    /// everything instead.
    pub fn catch_up(&self, conn: &mut PgConnection, since: Instant) -> Result<(), ApiError> {
        let mut sync = self
            .sync
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if sync.last_read.is_some_and(|read| read >= since) {
            return Ok(());
        }
        let started = Instant::now();
        let view = if self.mixed_sources {
            let view = crate::db::replica::view_position(conn)?.unwrap_or(0);
            if view < sync.seen {
                // A replica behind what the index holds: nothing to learn.
                return Ok(());
            }
            Some(view)
        } else {
            None
        };
        let stale = sync.last_read.is_none_or(|read| {
            started.duration_since(read).as_secs()
                > u64::try_from(CHANGES_KEPT_MINUTES * 30).unwrap_or(300)
        });
        if stale {
            self.reload_all_locked(conn, &mut sync)?;
            return self.note_seen(conn, &mut sync, view);
        }
        let rows = store::changes_since(conn, sync.horizon)?;
        let horizon: u64 = rows
            .first()
            .and_then(|row| row.horizon.parse().ok())
            .ok_or_else(|| ApiError::internal("matching changes: no horizon"))?;
        let mut opportunities = HashSet::new();
        let mut volunteers = HashSet::new();
        let mut everything = false;
        for row in rows {
            let (Some(id), Some(xid), Some(subject)) = (row.id, row.xid, row.subject) else {
                continue;
            };
            if sync.applied.contains_key(&id) {
                continue;
            }
            sync.applied.insert(id, xid.parse().unwrap_or(0));
            match (subject.as_str(), row.subject_id) {
                ("opportunity", Some(id)) => {
                    opportunities.insert(id);
                }
                ("volunteer", Some(id)) => {
                    volunteers.insert(id);
                }
                _ => everything = true,
            }
        }
        if everything {
            self.reload_all_locked(conn, &mut sync)?;
        } else {
            self.reload_opportunities(conn, &opportunities.into_iter().collect::<Vec<_>>())?;
            self.reload_volunteers(conn, &volunteers.into_iter().collect::<Vec<_>>())?;
            sync.horizon = sync.horizon.max(horizon);
        }
        let horizon = sync.horizon;
        sync.applied.retain(|_, xid| *xid >= horizon);
        sync.last_read = Some(started);
        self.note_seen(conn, &mut sync, view)
    }

    /// After a read with a replica configured: everything up to where this
    /// connection's server is now has been read (a bound from above, taken
    /// after the reads).
    fn note_seen(
        &self,
        conn: &mut PgConnection,
        sync: &mut Sync,
        view: Option<u64>,
    ) -> Result<(), ApiError> {
        if view.is_some() {
            let now = crate::db::replica::view_position(conn)?.unwrap_or(0);
            sync.seen = sync.seen.max(now);
        }
        Ok(())
    }

    /// Loads everything anew into fresh indexes, then swaps them in. The
    /// horizon is taken first: whatever commits meanwhile is read again.
    fn reload_all_locked(&self, conn: &mut PgConnection, sync: &mut Sync) -> Result<(), ApiError> {
        let started = Instant::now();
        let horizon = store::horizon(conn)?;
        let mut opportunities = Opportunities::new();
        let mut after = None;
        loop {
            let rows = store::published_after(conn, after, LOAD_CHUNK)?;
            let Some(last) = rows.last() else { break };
            after = Some(last.id);
            for (id, facts) in facts_of(conn, rows)? {
                opportunities.upsert(id, facts);
            }
        }
        let mut volunteers = Volunteers::new(hop_domain::signup::local_day(Utc::now()));
        let mut after = None;
        loop {
            let ids = volunteer_store::candidates_after(conn, after, LOAD_CHUNK)?;
            let Some(last) = ids.last() else { break };
            after = Some(*last);
            let profiles = volunteer_profiles(&volunteer_store::profiles(conn, &ids)?)?;
            for (id, profile) in &profiles {
                volunteers.upsert(*id, profile);
            }
        }
        opportunities.shrink_to_fit();
        volunteers.shrink_to_fit();
        tracing::info!(
            opportunities = opportunities.len(),
            volunteers = volunteers.len(),
            millis = started.elapsed().as_millis() as u64,
            "matching index loaded"
        );
        let large = opportunities.len() + volunteers.len() >= LARGE_LOAD;
        *self
            .opportunities
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = opportunities;
        *self
            .volunteers
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = volunteers;
        if large {
            crate::memory::release_freed_memory();
        }
        sync.horizon = horizon;
        sync.applied.clear();
        sync.last_read = Some(started);
        self.loaded
            .store(true, std::sync::atomic::Ordering::Release);
        Ok(())
    }

    fn reload_opportunities(&self, conn: &mut PgConnection, ids: &[Uuid]) -> Result<(), ApiError> {
        if ids.is_empty() {
            return Ok(());
        }
        let published = store::published_of(conn, ids)?;
        let found = facts_of(conn, published)?;
        let mut index = self
            .opportunities
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for id in ids {
            index.remove(id);
        }
        for (id, facts) in found {
            index.upsert(id, facts);
        }
        Ok(())
    }

    fn reload_volunteers(&self, conn: &mut PgConnection, ids: &[Uuid]) -> Result<(), ApiError> {
        if ids.is_empty() {
            return Ok(());
        }
        let profiles = volunteer_profiles(&volunteer_store::profiles(conn, ids)?)?;
        let mut index = self
            .volunteers
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for id in ids {
            match profiles.get(id) {
                // Only a discoverable one with a birth date is kept.
                Some(profile) => index.upsert(*id, profile),
                None => index.remove(id),
            }
        }
        Ok(())
    }

    /// Drops shifts that have started, and opportunities left without any.
    pub fn forget_past(&self) {
        self.opportunities
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .forget_past(Utc::now());
    }
}

/// Keeps `index` in step with the database while the server runs: reads
/// the change log every second (requests read it too, so this only keeps
/// them from waiting), forgets started shifts and old changes every minute.
pub async fn keep_fresh(database: crate::db::Database, index: std::sync::Arc<MatchingIndex>) {
    let mut tick = actix_web::rt::time::interval(std::time::Duration::from_secs(1));
    let mut ticks: u64 = 0;
    loop {
        tick.tick().await;
        ticks += 1;
        let index = index.clone();
        let minute = ticks.is_multiple_of(60);
        let catching = index.clone();
        let mut kept = crate::db::replica::read(&database, move |conn| {
            catching.catch_up(conn, std::time::Instant::now())
        })
        .await;
        if minute && kept.is_ok() {
            index.forget_past();
            // A write: on the primary.
            kept = crate::db::run(&database, |conn| {
                store::forget_changes_older_than(conn, CHANGES_KEPT_MINUTES)?;
                Ok(())
            })
            .await;
        }
        if let Err(err) = kept {
            tracing::warn!(error = %err, "cannot bring the matching index up to date");
        }
    }
}
