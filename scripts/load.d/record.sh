# shellcheck shell=bash
# The volunteering record at scale, on a database seeded with `hop seed
# ... --hours 3000000` (docs/performance.md):
#   my-hours     seeded volunteers with hours ask GET /me/hours (a page of 20
#                and the totals over all their entries)
#   certificate  seeded volunteers ask GET /me/certificates/{organization}
#                for an organisation they have approved hours with: the PDF
#                (issued on the first request, re-issued unchanged after)
# The issue's figures: LOAD_CONNECTIONS=16.
#   LOAD_RECORD_VOLUNTEERS   volunteers who ask (default 1000)
# Needs psql, jq and DATABASE_URL's database.

SCENARIOS+=(my-hours certificate)

# Logs in the seeded volunteers listed in $1 (e-mail per line); prints
# their tokens to $2, in any order (a failed login prints "null").
_record_login() {
  # shellcheck disable=SC2016
  xargs -P 4 -I{} sh -c 'curl -s -X POST -H "Content-Type: application/json" \
      -d "{\"email\":\"{}\",\"password\":\"seed-password\"}" "$0/api/v1/auth/login" | jq -r .access_token' \
      "$BASE" <"$1" >"$2"
}

scenario_my-hours() {
  local volunteers="${LOAD_RECORD_VOLUNTEERS:-1000}"
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  command -v psql >/dev/null || die "my-hours needs psql"
  psql -qAt "$db" -c "SELECT setseed(0.42); SELECT u.email FROM users u WHERE u.id IN ( \
      SELECT volunteer_id FROM hour_entries WHERE volunteer_id IS NOT NULL \
      GROUP BY volunteer_id ORDER BY random() LIMIT $volunteers)" | grep '@' >"$WORK/hours-emails.txt"
  [ -s "$WORK/hours-emails.txt" ] || die "no volunteers with hours: run hop seed --hours N first"
  hop_log "my-hours: logging in $(wc -l <"$WORK/hours-emails.txt") volunteers"
  _record_login "$WORK/hours-emails.txt" "$WORK/hours-tokens-all.txt"
  grep -v '^null$' "$WORK/hours-tokens-all.txt" >"$WORK/hours-tokens.txt" || true
  cat >"$WORK/my-hours.lua" <<LUA
local tokens = {}
for line in io.lines("$WORK/hours-tokens.txt") do tokens[#tokens + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/me/hours?limit=20",
    { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
LUA
  run_and_report my-hours "$CONNECTIONS" "$BASE/" -s "$WORK/my-hours.lua"
  _record_check_totals "$db" "$WORK/hours-tokens.txt"
}

# Quality beside the speed: for 50 of the volunteers, the totals GET /me/hours
# answered equal the ledger's own sums (approved entries nothing corrects).
_record_check_totals() {
  local db="$1" tokens="$2" same=0 checked=0 token answer id expected
  while read -r token; do
    answer="$(curl -s -H "Authorization: Bearer $token" "$BASE/api/v1/me/hours?limit=1")"
    id="$(curl -s -H "Authorization: Bearer $token" "$BASE/api/v1/me" | jq -r .id)"
    expected="$(psql -qAt "$db" -c "SELECT coalesce(sum(e.minutes), 0) || ' ' || \
        (SELECT coalesce(sum(minutes), 0) FROM hour_entries WHERE volunteer_id = '$id' AND status = 'pending') \
        FROM hour_entries e WHERE e.volunteer_id = '$id' AND e.status = 'approved' \
        AND NOT EXISTS (SELECT 1 FROM hour_entries c WHERE c.corrects_id = e.id AND c.status = 'approved')")"
    checked=$((checked + 1))
    [ "$(jq -r '"\(.totals.approved_minutes) \(.totals.pending_minutes)"' <<<"$answer")" = "$expected" ] \
      && same=$((same + 1))
  done < <(head -n 50 "$tokens")
  echo "my-hours: totals equal the ledger's sums for $same of $checked volunteers"
}

scenario_certificate() {
  local volunteers="${LOAD_RECORD_VOLUNTEERS:-1000}"
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  command -v psql >/dev/null || die "certificate needs psql"
  # One organisation each volunteer has approved hours with.
  psql -qAt -F ' ' "$db" -c "SELECT setseed(0.43); SELECT u.email, s.organization_id FROM ( \
      SELECT DISTINCT ON (volunteer_id) volunteer_id, organization_id FROM hour_entries \
      WHERE status = 'approved' AND volunteer_id IS NOT NULL \
      ORDER BY volunteer_id, organization_id) s JOIN users u ON u.id = s.volunteer_id \
      ORDER BY random() LIMIT $volunteers" | grep '@' >"$WORK/certificate-pairs.txt"
  [ -s "$WORK/certificate-pairs.txt" ] || die "no approved hours: run hop seed --hours N first"
  hop_log "certificate: logging in $(wc -l <"$WORK/certificate-pairs.txt") volunteers"
  # Each line keeps its token beside its organisation (parallel logins
  # finish in any order).
  # shellcheck disable=SC2016
  xargs -P 4 -L 1 sh -c 'printf "%s %s\n" "$(curl -s -X POST -H "Content-Type: application/json" \
      -d "{\"email\":\"$1\",\"password\":\"seed-password\"}" "$0/api/v1/auth/login" \
      | jq -r .access_token)" "$2"' "$BASE" <"$WORK/certificate-pairs.txt" \
    | grep -v '^null ' >"$WORK/certificate-requests.txt" || true
  cat >"$WORK/certificate.lua" <<LUA
-- (Not named "pairs": wrk.format iterates headers with Lua's pairs.)
local requests = {}
for line in io.lines("$WORK/certificate-requests.txt") do
  local token, organization = line:match("^(%S+) (%S+)$")
  requests[#requests + 1] = { token, organization }
end
math.randomseed(os.time())
request = function()
  local pair = requests[math.random(#requests)]
  return wrk.format("GET", "/api/v1/me/certificates/" .. pair[2],
    { ["Authorization"] = "Bearer " .. pair[1], ["Accept"] = "application/pdf" })
end
LUA
  run_and_report certificate "$CONNECTIONS" "$BASE/" -s "$WORK/certificate.lua"
}
