# shellcheck shell=bash
# The web pages under load, on a database seeded with `hop seed` (the
# issue's figures: 16 connections, p99 under 50 ms, a page under 150 KB
# before images). Run alone: LOAD_CONNECTIONS=16 ./scripts/load pages
#   pages-home      GET /                         anonymous
#   pages-search    GET /opportunities?…          anonymous, with filters
#   pages-opportunity  GET /opportunities/{id}    random published ones
#   pages-city      GET /city                     signed in (a session
#                   cookie from the sign-in form) as city staff: the load
#                   user, made staff here as the statistics scenario does
#   pages-matches   GET /me/matches               signed in as a seeded volunteer
#   pages-my-shifts GET /me/shifts                the same volunteer
# Each prints req/s, p50 and p99, then the page's weight: its HTML, and with
# the stylesheet and scripts it loads (the issue's "before images").
#   LOAD_PAGES_OPPORTUNITIES  how many opportunity ids (default 1000)
#   LOAD_PAGES_SEARCH         the search's query (default: a text, a cause,
#                             near Toruń, open places)
# Needs psql and DATABASE_URL's database (the ids, the staff flag).

SCENARIOS+=(pages)

# _pages_cookie HEADERS NAME: "name=value" of the cookie NAME (or
# __Host-NAME outside development) that the answer whose headers are in
# the file HEADERS sets; sent as a header, so a Secure cookie works over
# this machine's plain HTTP too.
_pages_cookie() {
  grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *//; s/;.*//' |
    grep -E "^(__Host-)?$2=" | head -n1 | tr -d '\r'
}

# _pages_weight NAME PATH [CURL ARGS...]: the HTML's bytes and, with the
# stylesheets and scripts it links, the page's; recorded in the summary.
_pages_weight() {
  local name="$1" path="$2" html assets=0 asset size line
  shift 2
  curl -sS --max-time 10 -o "$WORK/$name.html" "$@" "$BASE$path"
  html="$(wc -c <"$WORK/$name.html")"
  while read -r asset; do
    [ -n "$asset" ] || continue
    size="$(curl -sS --max-time 10 -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: identity' "$BASE$asset")"
    assets=$((assets + size))
  done < <(grep -oE '(href|src)="/assets/[^"]+"' "$WORK/$name.html" | sed -E 's/^[a-z]+="//; s/"$//' | sort -u)
  line="$(printf '%-20s weight: HTML %s bytes, with its CSS and scripts %s bytes (%s KB; the issue allows 150 KB)' \
    "$name" "$html" "$((html + assets))" "$(((html + assets + 1023) / 1024))")"
  SUMMARY+=("$line")
  echo "$line"
}

# _pages_sign_in EMAIL PASSWORD NEXT: signs in as a person does (the form's
# page gives a CSRF cookie and the same token in the form; the POST answers
# with the session cookie) and prints the session's "name=value".
_pages_sign_in() {
  local csrf_cookie token status session
  curl -sS --max-time 10 -D "$WORK/sign-in.headers" -o "$WORK/sign-in.html" "$BASE/sign-in"
  csrf_cookie="$(_pages_cookie "$WORK/sign-in.headers" hop_csrf)"
  token="$(grep -oE 'name="csrf" value="[^"]+"' "$WORK/sign-in.html" | head -n1 | sed -E 's/.*value="//; s/"$//')"
  if [ -z "$csrf_cookie" ] || [ -z "$token" ]; then
    die "pages: the sign-in page gave no CSRF cookie or token"
  fi
  status="$(curl -sS --max-time 10 -D "$WORK/signed-in.headers" -o /dev/null -w '%{http_code}' \
    -H "Cookie: $csrf_cookie" \
    --data-urlencode "csrf=$token" --data-urlencode "email=$1" \
    --data-urlencode "password=$2" --data-urlencode "next=$3" \
    "$BASE/sign-in")"
  session="$(_pages_cookie "$WORK/signed-in.headers" hop_session)"
  if [ "$status" != 303 ] || [ -z "$session" ]; then
    die "pages: signing in as $1 answered HTTP $status without a session"
  fi
  printf '%s' "$session"
}

scenario_pages() {
  local db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  local count="${LOAD_PAGES_OPPORTUNITIES:-1000}" first status session volunteer
  local search="${LOAD_PAGES_SEARCH:-q=pomoc&cause=children&near_city=Toru%C5%84&open=true}"
  command -v psql >/dev/null || die "pages needs psql"

  run_and_report pages-home "$CONNECTIONS" "$BASE/" -H 'Accept-Language: pl-PL,pl;q=0.9'
  _pages_weight pages-home /

  run_and_report pages-search "$CONNECTIONS" "$BASE/opportunities?$search" -H 'Accept-Language: pl-PL,pl;q=0.9'
  _pages_weight pages-search "/opportunities?$search"

  psql -qAt "$db" -c "SELECT setseed(0.42); SELECT id FROM (SELECT id FROM opportunities \
      WHERE status = 'published' ORDER BY random() LIMIT $count) s" | grep -- '-' >"$WORK/pages-ids.txt" || true
  if [ -s "$WORK/pages-ids.txt" ]; then
    first="$(head -n1 "$WORK/pages-ids.txt")"
    cat >"$WORK/pages-opportunity.lua" <<LUA
local ids = {}
for line in io.lines("$WORK/pages-ids.txt") do ids[#ids + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/opportunities/" .. ids[math.random(#ids)], { ["Accept-Language"] = "pl-PL,pl;q=0.9" })
end
LUA
    run_and_report pages-opportunity "$CONNECTIONS" "$BASE/" -s "$WORK/pages-opportunity.lua"
    _pages_weight pages-opportunity "/opportunities/$first"
  else
    hop_log "pages: no published opportunities (run hop seed with --opportunities): pages-opportunity skipped"
  fi

  psql -qAt "$db" -c "UPDATE users SET is_staff = true WHERE email = '$USER_EMAIL'" >/dev/null
  session="$(_pages_sign_in "$USER_EMAIL" "$USER_PASSWORD" /city)"
  # The first answer waits for the statistics if they are still being gathered.
  status="$(curl -sS --max-time 60 -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$BASE/city")"
  [ "$status" = 200 ] || die "pages: /city answered HTTP $status to the staff session"
  run_and_report pages-city "$CONNECTIONS" "$BASE/city" -H "Cookie: $session"
  _pages_weight pages-city /city -H "Cookie: $session"

  # A seeded volunteer with a profile (`hop seed` gives each "seed-password"):
  # the "for you" page ranks the whole index for them on every request.
  volunteer="$(psql -qAt "$db" -c "SELECT u.email FROM users u JOIN volunteer_profiles p ON p.user_id = u.id \
      WHERE u.email LIKE '%@seed.hop.example' ORDER BY u.email LIMIT 1")"
  if [ -n "$volunteer" ]; then
    session="$(_pages_sign_in "$volunteer" seed-password /me/matches)"
    run_and_report pages-matches "$CONNECTIONS" "$BASE/me/matches" -H "Cookie: $session"
    _pages_weight pages-matches /me/matches -H "Cookie: $session"
    run_and_report pages-my-shifts "$CONNECTIONS" "$BASE/me/shifts" -H "Cookie: $session"
    _pages_weight pages-my-shifts /me/shifts -H "Cookie: $session"
  else
    hop_log "pages: no seeded volunteer with a profile: pages-matches skipped"
  fi
}
