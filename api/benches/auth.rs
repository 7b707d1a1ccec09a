//! What a login and an authenticated request cost: argon2id hashing and
//! verification with the production parameters, and access-token checks.

use std::time::Duration;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use hop_api::{
    auth::{password::PasswordHasher, tokens::AccessTokens},
    config::Config,
};
use hop_domain::{Password, PasswordAttempt};
use uuid::Uuid;

fn passwords(c: &mut Criterion) {
    let hasher = PasswordHasher::new(1).expect("argon2 parameters are valid");
    let password = Password::parse("correct horse battery staple".into()).expect("valid password");
    let stored = hasher.hash_now(&password).expect("hash");
    let attempt =
        PasswordAttempt::parse("correct horse battery staple".into()).expect("valid attempt");

    let mut group = c.benchmark_group("password");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("hash (argon2id m=19MiB t=2 p=1)", |b| {
        b.iter(|| hasher.hash_now(&password).expect("hash"))
    });
    group.bench_function("verify", |b| {
        b.iter(|| hasher.verify_now(&attempt, Some(&stored)))
    });
    group.bench_function("verify unknown account (decoy)", |b| {
        b.iter(|| hasher.verify_now(&attempt, None))
    });
    group.finish();
}

fn access_tokens(c: &mut Criterion) {
    let config = Config::from_lookup(|_| None).expect("default configuration");
    let tokens = AccessTokens::new(&config.tokens);
    let token = tokens.issue(Uuid::new_v4(), Utc::now()).expect("issue");
    let mut group = c.benchmark_group("access token");
    group.bench_function("issue", |b| {
        b.iter(|| tokens.issue(Uuid::new_v4(), Utc::now()))
    });
    group.bench_function("verify", |b| b.iter(|| tokens.verify(&token)));
    group.finish();
}

criterion_group!(benches, passwords, access_tokens);
criterion_main!(benches);
