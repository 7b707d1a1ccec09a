# shellcheck shell=bash
# Matching at scale, on a database seeded with `hop seed` (1 000 000
# volunteers, 100 000 opportunities, 1 000 000 shifts for the figures in
# docs/performance.md):
#   matches     seeded volunteers (random, every city) ask for GET /me/matches
#   candidates  an organisation member asks GET /opportunities/{id}/candidates
#               for random published opportunities of their organisations
# The issue's figures: LOAD_CONNECTIONS=16 LOAD_DURATION=60.
#   LOAD_MATCH_VOLUNTEERS      volunteers who ask (default 1000)
#   LOAD_CANDIDATE_OPPORTUNITIES  opportunities asked about (default 1000)
# Each run ends with the `hop` process's peak resident memory (VmHWM) when
# it runs on this machine. Needs psql and DATABASE_URL's database.

SCENARIOS+=(matches candidates)

# The pid of the process listening on BASE's port, if it is local.
_hop_server_pid() {
  local port="${BASE##*:}"
  port="${port%%/*}"
  ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1
}

report_peak_rss() {
  local pid
  pid="$(_hop_server_pid)"
  if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
    echo "$1: hop peak resident memory $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status"), now $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status")"
  fi
}

scenario_matches() {
  local volunteers="${LOAD_MATCH_VOLUNTEERS:-1000}"
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  command -v psql >/dev/null || die "matches needs psql"
  # A random sample across the cities, the same one on every run.
  psql -qAt "$db" -c "SELECT setseed(0.42); SELECT email FROM (SELECT u.email FROM users u \
      JOIN volunteer_profiles p ON p.user_id = u.id WHERE u.email LIKE '%@seed.hop.example' \
      ORDER BY random() LIMIT $volunteers) s" | grep '@' >"$WORK/match-emails.txt"
  [ -s "$WORK/match-emails.txt" ] || die "no seeded volunteers: run hop seed --volunteers N first"
  hop_log "matches: logging in $(wc -l <"$WORK/match-emails.txt") volunteers"
  # shellcheck disable=SC2016
  xargs -P 4 -I{} sh -c 'curl -s -X POST -H "Content-Type: application/json" \
      -d "{\"email\":\"{}\",\"password\":\"seed-password\"}" "$0/api/v1/auth/login" | jq -r .access_token' \
      "$BASE" <"$WORK/match-emails.txt" | grep -v '^null$' >"$WORK/match-tokens.txt"
  cat >"$WORK/matches.lua" <<LUA
local tokens = {}
for line in io.lines("$WORK/match-tokens.txt") do tokens[#tokens + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/me/matches?limit=20",
    { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
LUA
  run_and_report matches "$CONNECTIONS" "$BASE/" -s "$WORK/matches.lua"
  report_peak_rss matches
}

scenario_candidates() {
  local opportunities="${LOAD_CANDIDATE_OPPORTUNITIES:-1000}"
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  command -v psql >/dev/null || die "candidates needs psql"
  create_user
  psql -qAt "$db" -c "SELECT setseed(0.42); SELECT id FROM (SELECT id FROM opportunities \
      WHERE status = 'published' AND next_shift_at IS NOT NULL ORDER BY random() LIMIT $opportunities) s" \
    | grep -- '-' >"$WORK/candidate-opportunities.txt"
  [ -s "$WORK/candidate-opportunities.txt" ] || die "no published opportunities: run hop seed first"
  # The load's user coordinates every organisation asked about.
  psql -qAt "$db" -c "INSERT INTO organization_members (organization_id, user_id, role) \
      SELECT DISTINCT o.organization_id, u.id, 'coordinator' FROM opportunities o, users u \
      WHERE u.email = '$USER_EMAIL' AND o.id = ANY('{$(paste -sd, "$WORK/candidate-opportunities.txt")}') \
      ON CONFLICT DO NOTHING" >/dev/null
  cat >"$WORK/candidates.lua" <<LUA
local ids = {}
for line in io.lines("$WORK/candidate-opportunities.txt") do ids[#ids + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/opportunities/" .. ids[math.random(#ids)] .. "/candidates?limit=20",
    { ["Authorization"] = "Bearer $TOKEN" })
end
LUA
  run_and_report candidates "$CONNECTIONS" "$BASE/" -s "$WORK/candidates.lua"
  report_peak_rss candidates
}
