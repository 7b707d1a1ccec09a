//! Recall in CI: on a small generated data set, where the exhaustive
//! ranking is cheap, the served pages of matches (under every filter) and
//! candidates hold the exhaustive best, and second pages continue them.
//! `hop recall` measures the same on the seeded million (docs/performance.md).

use std::time::Instant;

use chrono::Utc;
use hop_api::{
    auth::password::PasswordHasher,
    matching::{index::MatchingIndex, recall::measure},
    seed::{SeedSize, seed},
};
use hop_domain::Password;
use hop_tests::TestDatabase;

#[test]
fn served_matches_and_candidates_hold_the_exhaustive_best() {
    let database = TestDatabase::migrated();
    let mut conn = database.connect();
    let now = Utc::now();
    let password = Password::parse("seed-password".into()).expect("a valid password");
    let hash = PasswordHasher::new(1)
        .and_then(|hasher| hasher.hash_now(&password))
        .expect("hashing works");
    let size = SeedSize {
        organizations: 10,
        opportunities: 400,
        shifts_per_opportunity: 6,
        volunteers: 3000,
        // The ledger's seed runs too (its SQL would fail the seed).
        hours: 1200,
        // And the sign-ups' (which must keep every shift within capacity).
        signups: 500,
    };
    let seeded = seed(&mut conn, size, &hash, now).expect("the data set is seeded");
    assert_eq!(seeded.hours, 1200);
    assert_eq!(seeded.signups, 500);
    {
        use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::BigInt};
        #[derive(QueryableByName)]
        struct Wrong {
            #[diesel(sql_type = BigInt)]
            count: i64,
        }
        let wrong: Wrong = sql_query(
            "SELECT count(*) AS count FROM shifts s WHERE s.confirmed_count > s.capacity \
             OR s.confirmed_count <> (SELECT count(*) FROM applications a \
                                      WHERE a.shift_id = s.id AND a.status = 'confirmed')",
        )
        .get_result(&mut conn)
        .expect("count the shifts");
        assert_eq!(
            wrong.count, 0,
            "seeded places stay within capacity and counted"
        );
    }
    let index = MatchingIndex::empty();
    index
        .catch_up(&mut conn, Instant::now())
        .expect("the index loads");

    let (matches, candidates) =
        measure(&mut conn, &index, 30, 40, "ci", now).expect("recall is measured");
    for (direction, recall) in [("matches", &matches), ("candidates", &candidates)] {
        // Enough cases find something for the figures to say anything (the
        // generated data vary from run to run: from under half to four in
        // five of the cases had results).
        assert!(
            recall.with_results * 4 >= recall.cases,
            "{direction}: {recall:?}"
        );
        assert!(recall.ids_mean >= 0.95, "{direction}: {recall:?}");
        assert!(recall.scores_mean >= 0.99, "{direction}: {recall:?}");
        assert_eq!(
            recall.second_pages_equal, recall.cases,
            "{direction}: {recall:?}"
        );
    }
    assert_eq!(
        matches.cases,
        30 * 5,
        "every sampled volunteer under five filters"
    );
}
