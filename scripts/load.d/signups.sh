# shellcheck shell=bash
# Sign-ups under load, on a database seeded with `hop seed` (volunteers,
# opportunities and shifts): volunteers sign up for random upcoming shifts
# from 64 connections; afterwards the database is checked for overbooked
# shifts and overlapping confirmed shifts (there must be none).
#   LOAD_SIGNUP_VOLUNTEERS  volunteers who take part (default 2000)
#   LOAD_SIGNUP_SHIFTS      shifts they choose from (default 500; few, so they fill up)
# Run alone: ./scripts/load signups  (needs psql and DATABASE_URL's database).
# `signups_prepare` and `signups_check` are also used by scripts/fault.

SCENARIOS+=(signups)

# signups_prepare DB SERVER VOLUNTEERS SHIFTS: logs seeded volunteers in and
# writes $WORK/signup-tokens.txt, $WORK/signup-shifts.txt and the wrk script
# $WORK/signups.lua (POST /api/v1/shifts/{random shift}/applications as a
# random volunteer).
signups_prepare() {
  local db="$1" server="$2" volunteers="$3" shifts="$4"
  command -v psql >/dev/null || die "signups need psql"
  psql -qAt "$db" -c "SELECT email FROM users WHERE email LIKE '%@seed.hop.example' ORDER BY email LIMIT $volunteers" \
    >"$WORK/signup-emails.txt"
  [ -s "$WORK/signup-emails.txt" ] || die "no seeded volunteers: run hop seed --volunteers N first"
  psql -qAt "$db" -c "SELECT s.id FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id \
      WHERE o.status = 'published' AND s.cancelled_at IS NULL AND s.starts_at > now() + interval '1 day' \
      AND s.confirmed_count = 0 ORDER BY s.id LIMIT $shifts" >"$WORK/signup-shifts.txt"
  hop_log "signups: logging in $(wc -l <"$WORK/signup-emails.txt") volunteers"
  # shellcheck disable=SC2016
  xargs -P 4 -I{} sh -c 'curl -s -X POST -H "Content-Type: application/json" \
      -d "{\"email\":\"{}\",\"password\":\"seed-password\"}" "$0/api/v1/auth/login" | jq -r .access_token' \
      "$server" <"$WORK/signup-emails.txt" | grep -v '^null$' >"$WORK/signup-tokens.txt"
  cat >"$WORK/signups.lua" <<LUA
local function lines(path)
  local t = {}
  for line in io.lines(path) do t[#t + 1] = line end
  return t
end
local tokens = lines("$WORK/signup-tokens.txt")
local shifts = lines("$WORK/signup-shifts.txt")
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  local token = tokens[math.random(#tokens)]
  local shift = shifts[math.random(#shifts)]
  return wrk.format("POST", "/api/v1/shifts/" .. shift .. "/applications",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, "{}")
end
LUA
}

# signups_check DB: prints whether the sign-ups are whole: no shift over its
# capacity, each shift's confirmed_count equal to a recount of its
# applications, no confirmed pair of one volunteer's shifts overlapping.
# Fails when any is off.
signups_check() {
  local db="$1" overbooked miscounted overlaps statuses
  overbooked=$(psql -qAt "$db" -c "SELECT count(*) FROM shifts WHERE confirmed_count > capacity")
  miscounted=$(psql -qAt "$db" -c "SELECT count(*) FROM shifts s WHERE s.confirmed_count <> (SELECT count(*) \
      FROM applications a WHERE a.shift_id = s.id AND a.status IN ('confirmed', 'attended', 'no_show'))")
  overlaps=$(psql -qAt "$db" -c "SELECT count(*) FROM applications a JOIN applications b \
      ON a.volunteer_id = b.volunteer_id AND a.id < b.id AND a.shift_period && b.shift_period \
      WHERE a.status = 'confirmed' AND b.status = 'confirmed'")
  statuses=$(psql -qAt "$db" -c "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, count(*) n \
      FROM applications GROUP BY status ORDER BY status) t")
  echo "sign-ups: $statuses; overbooked shifts: $overbooked; confirmed_count off its recount: $miscounted; overlapping confirmed pairs: $overlaps"
  [ "$overbooked" = 0 ] && [ "$miscounted" = 0 ] && [ "$overlaps" = 0 ]
}

scenario_signups() {
  local volunteers="${LOAD_SIGNUP_VOLUNTEERS:-2000}" shifts="${LOAD_SIGNUP_SHIFTS:-500}"
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  signups_prepare "$db" "$BASE" "$volunteers" "$shifts"
  local before made
  before=$(psql -qAt "$db" -c "SELECT count(*) FROM applications")
  run_and_report signups 64 "$BASE/" -s "$WORK/signups.lua"
  made=$(( $(psql -qAt "$db" -c "SELECT count(*) FROM applications") - before ))
  echo "signups: $made sign-ups stored"
  declare -F report_peak_rss >/dev/null && report_peak_rss signups
  signups_check "$db" || die "the database holds overbooked, miscounted or overlapping sign-ups"
}
