# HOP image: the web pages and the API. In production (HOP_ENV=production) the
# pages' cookies are Secure: serve them behind TLS (a proxy that terminates it).
#   docker build -t hop .
#   docker run --rm -p 8080:8080 -e DATABASE_URL=... -e HOP_JWT_SECRET=... hop
# `hop serve` applies pending migrations before serving; other subcommands work
# too, e.g. `docker run --rm -e DATABASE_URL=... hop migrate`.

# ---- build ------------------------------------------------------------------
FROM rust:1-bookworm AS builder

RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY vendor ./vendor
COPY domain ./domain
COPY api ./api
COPY tests ./tests
COPY migrations ./migrations
COPY openapi ./openapi
# A workspace member (the read benchmark's reference): cargo needs its manifest.
COPY benches ./benches

RUN cargo build --release --locked --bin hop \
    && install -D -m 0755 target/release/hop /out/hop

# ---- runtime ----------------------------------------------------------------
FROM debian:bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin hop

COPY --from=builder /out/hop /usr/local/bin/hop

USER hop
WORKDIR /tmp

# An image is for deployment: production refuses to start without a secret
# of its own and keeps /metrics closed unless HOP_METRICS_TOKEN is set.
ENV HOP_ENV=production \
    HOP_ADDR=0.0.0.0:8080 \
    HOP_LOG_FORMAT=json

EXPOSE 8080

# No curl in the slim image: bash's /dev/tcp asks GET /healthz on HOP_ADDR's port.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${HOP_ADDR##*:} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["hop"]
CMD ["serve"]
