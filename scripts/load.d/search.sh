# shellcheck shell=bash
# Opportunity search, one run per filter, on a seeded database
# (`hop seed --organizations 2000 --opportunities 100000 --volunteers …`).
# Run alone: ./scripts/load search

SCENARIOS+=(search)

SEARCH_QUERIES=(
  "soonest|"
  "newest|sort=newest"
  "text-pl|q=pomoc%20dzieciom"
  "text-en|q=food%20bank"
  "cause|cause=animals"
  "remote|remote=true"
  "language|language=uk"
  "near|near=53.0138,18.5984&radius_km=10"
  "near-distance|near=53.0138,18.5984&radius_km=25&sort=distance"
  "window|from=2026-12-01T00:00:00Z&to=2026-12-08T00:00:00Z"
  "open|open=true"
  "combined|q=pomoc&cause=children&near=53.0138,18.5984&radius_km=30&open=true"
  "rare-text|q=bella%20skyway&language=de"
)

scenario_search() {
  local entry name query skill db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  skill=$(psql -qAt "$db" -c "SELECT id FROM skills WHERE slug = 'first-aid'" 2>/dev/null || true)
  [ -n "$skill" ] && SEARCH_QUERIES+=("skill|skill=$skill" "skill-near|skill=$skill&near=53.0138,18.5984&radius_km=20")
  for entry in "${SEARCH_QUERIES[@]}"; do
    name="${entry%%|*}"
    query="${entry#*|}"
    run_and_report "search-$name" "$CONNECTIONS" "$BASE/api/v1/opportunities?limit=20&$query"
  done
}
