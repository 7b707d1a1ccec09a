# shellcheck shell=bash
# Simple reads against their physical limit, on a database seeded with
# `hop seed` (the figures: 100 000 opportunities):
#   read    GET /api/v1/opportunities/{id} of random published opportunities,
#           anonymous, first from `hop`, then, with the same wrk settings and
#           ids, from the bare reference service (benches/bare-read: actix-web
#           and tokio-postgres, one prepared query, nothing else), and prints
#           hop's share of the reference's requests/s.
#   LOAD_READ_OPPORTUNITIES  how many ids (default 1000)
#   LOAD_BARE_ADDR           where the reference listens (default 127.0.0.1:8081)
# The reference is built (release) and started here, on DATABASE_URL's
# database, with hop's pool size and workers (HOP_DB_POOL_SIZE, HOP_WORKERS
# when set), and stopped at the end.

SCENARIOS+=(read)

scenario_read() {
  local count="${LOAD_READ_OPPORTUNITIES:-1000}" addr="${LOAD_BARE_ADDR:-127.0.0.1:8081}"
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  local bare_pid i first status hop_rps bare_rps
  command -v psql >/dev/null || die "read needs psql"
  psql -qAt "$db" -c "SELECT setseed(0.42); SELECT id FROM (SELECT id FROM opportunities \
      WHERE status = 'published' ORDER BY random() LIMIT $count) s" | grep -- '-' >"$WORK/read-ids.txt"
  [ -s "$WORK/read-ids.txt" ] || die "no published opportunities: run hop seed first"
  first="$(head -n1 "$WORK/read-ids.txt")"

  cargo build --release -q -p hop-bare-read
  hop_log "read: starting the reference service on $addr"
  DATABASE_URL="$db" HOP_BARE_ADDR="$addr" "$(hop_target_dir)/release/hop-bare-read" \
    >"$OUT_DIR/bare-read.log" 2>&1 </dev/null &
  bare_pid=$!
  BACKGROUND_PIDS+=("$bare_pid")
  for ((i = 0; i < 100; i++)); do
    status="$(curl -s -o "$WORK/bare.json" -w '%{http_code}' "http://$addr/api/v1/opportunities/$first" || true)"
    [ "$status" = 200 ] && break
    kill -0 "$bare_pid" 2>/dev/null || { cat "$OUT_DIR/bare-read.log" >&2; die "the reference service exited"; }
    sleep 0.1
  done
  [ "$status" = 200 ] || die "the reference service did not answer"
  # The comparison is only fair while both send the same document.
  curl -s -o "$WORK/hop.json" "$BASE/api/v1/opportunities/$first"
  cmp -s "$WORK/hop.json" "$WORK/bare.json" || die "hop and the reference answer differently for $first"

  cat >"$WORK/read.lua" <<LUA
local ids = {}
for line in io.lines("$WORK/read-ids.txt") do ids[#ids + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/opportunities/" .. ids[math.random(#ids)])
end
LUA
  run_and_report read-hop "$CONNECTIONS" "$BASE/" -s "$WORK/read.lua"
  run_and_report read-bare "$CONNECTIONS" "http://$addr/" -s "$WORK/read.lua"
  kill "$bare_pid" 2>/dev/null || true
  wait "$bare_pid" 2>/dev/null || true
  hop_rps="$(parse_wrk "$OUT_DIR/read-hop.txt" | cut -d' ' -f1)"
  bare_rps="$(parse_wrk "$OUT_DIR/read-bare.txt" | cut -d' ' -f1)"
  local line
  line="$(awk -v h="$hop_rps" -v b="$bare_rps" 'BEGIN { printf "read: hop serves %.2f of the reference'"'"'s requests/s (%s / %s)", h / b, h, b }')"
  SUMMARY+=("$line")
  echo "$line"
}
