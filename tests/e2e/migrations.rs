use diesel::{QueryableByName, RunQueryDsl, sql_query, sql_types::BigInt};
use hop_api::db;
use hop_tests::TestDatabase;

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

fn tables(conn: &mut diesel::PgConnection) -> i64 {
    sql_query(
        "SELECT count(*) AS count FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'",
    )
    .get_result::<Count>(conn)
    .unwrap()
    .count
}

#[test]
fn migrations_go_up_down_and_up_again() {
    let database = TestDatabase::empty();
    let mut conn = database.connect();
    let applied = db::run_migrations(&mut conn).unwrap();
    assert!(!applied.is_empty());
    let created = tables(&mut conn);
    assert!(created >= 2, "{created}");

    let reverted = db::revert_all_migrations(&mut conn).unwrap();
    assert_eq!(reverted.len(), applied.len());
    assert_eq!(
        tables(&mut conn),
        0,
        "every down.sql removes what its up.sql made"
    );

    assert_eq!(db::run_migrations(&mut conn).unwrap(), applied);
    assert_eq!(tables(&mut conn), created);
}
