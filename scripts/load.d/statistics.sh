# shellcheck shell=bash
# The city's statistics at scale, on a database seeded with `hop seed ...
# --hours 3000000 --signups 500000` (docs/performance.md):
#   statistics   a staff account asks every statistic in turn: the overview,
#                volunteers by each group, hours by each group, skills, a CSV
#                and the open data (served from the gathered facts)
# The issue's figures: LOAD_CONNECTIONS=4. Quality beside the speed: the
# answers are compared with the database's own counts.
# Needs psql, jq and DATABASE_URL's database.

SCENARIOS+=(statistics)

scenario_statistics() {
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  command -v psql >/dev/null || die "statistics needs psql"
  refresh_token
  psql -qAt "$db" -c "UPDATE users SET is_staff = true WHERE email = '$USER_EMAIL'" >/dev/null
  # The first answer waits for the facts if they are still being gathered.
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stats/overview"
  cat >"$WORK/statistics.lua" <<LUA
local paths = {
  "/api/v1/stats/overview",
  "/api/v1/stats/volunteers?group_by=age_band",
  "/api/v1/stats/volunteers?group_by=home_country",
  "/api/v1/stats/volunteers?group_by=home_city",
  "/api/v1/stats/volunteers?group_by=language",
  "/api/v1/stats/hours?group_by=month",
  "/api/v1/stats/hours?group_by=organization",
  "/api/v1/stats/hours?group_by=cause",
  "/api/v1/stats/skills",
  "/api/v1/stats/hours?group_by=organization&format=csv",
  "/api/v1/stats/public/overview",
}
local next = 0
request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next], { ["Authorization"] = "Bearer $TOKEN" })
end
LUA
  run_and_report statistics "$CONNECTIONS" "$BASE/" -s "$WORK/statistics.lua"
  _statistics_check "$db"
}

# The answers against the database, for the default period (the last twelve
# months): volunteers, those active, and the hours.
_statistics_check() {
  local db="$1" answer from to expected got
  answer="$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stats/overview")"
  from="$(jq -r .period.from <<<"$answer")-01"
  to="$(jq -r .period.to <<<"$answer")-01"
  expected="$(psql -qAt "$db" -c "SELECT count(*) FROM volunteer_profiles")"
  got="$(jq -r .volunteers.volunteers.value <<<"$answer")"
  echo "statistics: volunteers $got, the database counts $expected"
  expected="$(psql -qAt "$db" -c "SELECT count(*) FROM ( \
      SELECT e.volunteer_id FROM hour_entries e WHERE e.status = 'approved' AND e.minutes > 0 \
        AND NOT EXISTS (SELECT 1 FROM hour_entries c WHERE c.corrects_id = e.id AND c.status = 'approved') \
        AND e.work_date >= '$from' AND e.work_date < date '$to' + interval '1 month' \
      UNION \
      SELECT a.volunteer_id FROM applications a JOIN shifts s ON s.id = a.shift_id \
      WHERE a.status IN ('confirmed', 'attended') AND s.cancelled_at IS NULL \
        AND (s.starts_at AT TIME ZONE 'Europe/Warsaw') >= '$from' \
        AND (s.starts_at AT TIME ZONE 'Europe/Warsaw') < date '$to' + interval '1 month') active")"
  got="$(jq -r .volunteers.active.value <<<"$answer")"
  echo "statistics: active volunteers $got, the database counts $expected"
  expected="$(psql -qAt "$db" -c "SELECT round(sum(e.minutes) / 60.0, 1) FROM hour_entries e \
      WHERE e.status = 'approved' \
        AND NOT EXISTS (SELECT 1 FROM hour_entries c WHERE c.corrects_id = e.id AND c.status = 'approved') \
        AND e.work_date >= '$from' AND e.work_date < date '$to' + interval '1 month'")"
  got="$(jq -r .hours.hours.value <<<"$answer")"
  echo "statistics: hours $got, the database counts $expected"
  answer="$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stats/hours?group_by=organization")"
  echo "statistics: hours by organisation: $(jq '.rows | length' <<<"$answer") organisations," \
    "$(jq '[.rows[] | select(.hours.suppressed)] | length' <<<"$answer") suppressed;" \
    "total $(jq -r .total.hours.value <<<"$answer") h"
  echo "statistics: facts as of $(jq -r .as_of <<<"$answer")"
}
