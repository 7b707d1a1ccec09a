//! Outages: the service in front of a database that goes away and comes
//! back, through a TCP proxy the test cuts and reopens (no cluster stops).

use std::{
    net::SocketAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use actix_web::rt::time::sleep;
use diesel::{RunQueryDsl, sql_query};
use hop_api::db::{self, Database};
use hop_tests::{TestApp, TestDatabase, TestResponse, test_config};
use tokio::{
    net::{TcpListener, TcpStream},
    task::{AbortHandle, JoinHandle},
};

/// Far above any answer the tests wait for: a request that waits for it
/// instead of failing fast shows as a timeout, not as a slow pass.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(30);

/// What a test allows an answer while the database is down; far below the
/// acquire timeout.
const PROMPT: Duration = Duration::from_secs(3);

/// Forwards TCP to PostgreSQL until cut: then every link is dropped and new
/// connections are closed on accept, as a server that went away.
struct Proxy {
    addr: SocketAddr,
    open: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
    accepting: AbortHandle,
}

impl Proxy {
    /// On a thread and runtime of its own: the application's start blocks
    /// the test's runtime while it connects through the proxy.
    fn start(target: SocketAddr) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("proxy address");
        let open = Arc::new(AtomicBool::new(true));
        let links = Arc::new(Mutex::new(Vec::new()));
        let (started, accepting) = std::sync::mpsc::channel();
        std::thread::spawn({
            let open = open.clone();
            let links = links.clone();
            move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_io()
                    .build()
                    .expect("proxy runtime");
                let task = runtime.spawn(async move {
                    let listener = TcpListener::from_std(listener).expect("tokio listener");
                    while let Ok((mut client, _)) = listener.accept().await {
                        if !open.load(Ordering::Acquire) {
                            continue; // dropped: closed at once
                        }
                        let link = tokio::spawn(async move {
                            if let Ok(mut server) = TcpStream::connect(target).await {
                                let _ =
                                    tokio::io::copy_bidirectional(&mut client, &mut server).await;
                            }
                        });
                        links.lock().unwrap().push(link);
                    }
                });
                started.send(task.abort_handle()).expect("the test waits");
                // Ends when the task is aborted (the proxy dropped).
                let _ = runtime.block_on(task);
            }
        });
        Self {
            addr,
            open,
            links,
            accepting: accepting.recv().expect("proxy started"),
        }
    }

    fn cut(&self) {
        self.open.store(false, Ordering::Release);
        for link in self.links.lock().unwrap().drain(..) {
            link.abort();
        }
    }

    fn reopen(&self) {
        self.open.store(true, Ordering::Release);
    }

    /// `url` with its host and port replaced by the proxy's.
    fn in_front_of(&self, url: &str) -> String {
        let mut url = url::Url::parse(url).expect("database URL");
        url.set_host(Some("127.0.0.1")).unwrap();
        url.set_port(Some(self.addr.port())).unwrap();
        url.into()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.cut();
        self.accepting.abort();
    }
}

fn address_of(url: &str) -> SocketAddr {
    let url = url::Url::parse(url).expect("database URL");
    let host = url.host_str().expect("database host");
    let host = if host == "localhost" {
        "127.0.0.1"
    } else {
        host
    };
    format!("{host}:{}", url.port().unwrap_or(5432))
        .parse()
        .expect("the test database is at an IP address")
}

/// `GET path`, failing the test if the answer takes longer than `PROMPT`.
async fn prompt_get(app: &TestApp, path: &str) -> TestResponse {
    let started = Instant::now();
    let response = actix_web::rt::time::timeout(PROMPT, app.get(path, None))
        .await
        .unwrap_or_else(|_| panic!("GET {path} waited over {PROMPT:?} while the database is down"));
    assert!(started.elapsed() < PROMPT);
    response
}

#[actix_web::test]
async fn a_lost_database_is_a_prompt_503_and_its_return_serves_again_without_a_restart() {
    let database = TestDatabase::migrated();
    let proxy = Proxy::start(address_of(&database.url));
    let mut config = test_config(&proxy.in_front_of(&database.url));
    config.database.acquire_timeout = ACQUIRE_TIMEOUT;
    let app = TestApp::spawn_on(config).await;
    let opportunity = "/api/v1/opportunities/00000000-0000-4000-8000-000000000000";

    assert_eq!(app.get("/readyz", None).await.status, 200);
    // A 404 is the database's answer: there is no such opportunity. As
    // many at once as the pool holds, so every connection is open.
    let answers = futures_util::future::join_all((0..8).map(|_| app.get(opportunity, None))).await;
    assert!(answers.iter().all(|answer| answer.status == 404));

    proxy.cut();
    // The first request finds its connection gone. Outside a transaction,
    // so diesel does not call that connection broken: it stays in the pool
    // with the others the cut killed.
    prompt_get(&app, "/readyz")
        .await
        .assert_problem(503, "service-unavailable");
    // More at once than the pool holds: some need a new connection, which
    // the pool would try to make for the whole acquire timeout.
    for _ in 0..3 {
        let down =
            futures_util::future::join_all((0..8).map(|_| prompt_get(&app, opportunity))).await;
        for answer in down {
            answer.assert_problem(503, "service-unavailable");
            assert!(answer.header("retry-after").is_some());
        }
    }
    prompt_get(&app, "/readyz")
        .await
        .assert_problem(503, "service-unavailable");
    let metrics = app.get("/metrics", None).await.text();
    assert!(
        metrics.contains(r#"hop_db_up{pool="primary"} 0"#),
        "{metrics}"
    );
    assert!(
        metrics.contains(r#"hop_db_outages_total{pool="primary"} 1"#),
        "{metrics}"
    );

    proxy.reopen();
    let reopened = Instant::now();
    // Waits on the breaker alone: `/metrics` takes no connection.
    while !app
        .get("/metrics", None)
        .await
        .text()
        .contains(r#"hop_db_up{pool="primary"} 1"#)
    {
        assert!(
            reopened.elapsed() < Duration::from_secs(5),
            "still down 5 s after the database came back"
        );
        sleep(Duration::from_millis(20)).await;
    }
    // The connections the cut killed are still in the pool, unused since
    // (diesel drops a connection only when a query on it fails). None is
    // handed out: each request at once is served.
    let answers: Vec<u16> =
        futures_util::future::join_all((0..8).map(|_| app.get(opportunity, None)))
            .await
            .into_iter()
            .map(|response| response.status)
            .collect();
    assert_eq!(answers, vec![404; 8]);
    assert_eq!(app.get("/readyz", None).await.status, 200);
}

#[actix_web::test]
async fn a_transaction_cut_midway_is_a_503_and_leaves_nothing() {
    let database = TestDatabase::migrated();
    sql_query("CREATE TABLE cut_midway (id int)")
        .execute(&mut database.connect())
        .expect("create table");
    let db = Database::new(&test_config(&database.url));

    let cut = db::transaction(&db, |conn| {
        sql_query("INSERT INTO cut_midway VALUES (1)").execute(conn)?;
        // The server ends this very session, as a stop would.
        sql_query("SELECT pg_terminate_backend(pg_backend_pid())").execute(conn)?;
        sql_query("INSERT INTO cut_midway VALUES (2)").execute(conn)?;
        Ok(())
    })
    .await;
    let err = cut.expect_err("the session was ended");
    assert!(
        matches!(err, hop_api::error::ApiError::Unavailable(_)),
        "{err:?}"
    );

    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let count: Count = sql_query("SELECT count(*) AS n FROM cut_midway")
        .get_result(&mut database.connect())
        .expect("count");
    assert_eq!(count.n, 0, "the first insert was rolled back with the rest");

    // The database never went away: the probe finds it and the next
    // request is served, on a working connection.
    let started = Instant::now();
    loop {
        match db::run(&db, |conn| Ok(sql_query("SELECT 1").execute(conn)?)).await {
            Ok(_) => break,
            Err(err) => assert!(
                started.elapsed() < Duration::from_secs(5),
                "still failing: {err:?}"
            ),
        }
        sleep(Duration::from_millis(20)).await;
    }
}
