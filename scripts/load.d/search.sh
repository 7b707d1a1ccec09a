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
  # Words that match nothing in each language, one or a few rows, or a
  # third to all of the table, alone and with every other filter: each must
  # cost little (security issue: a nonsense word walked the whole index).
  "nomatch-pl|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b"
  "nomatch-en|q=xylophonist"
  "nomatch-de|q=Donaudampfschifffahrt"
  "nomatch-lt|q=%C5%A1altibar%C5%A1%C4%8Diai"
  "nomatch-lv|q=%C4%B7iploku"
  "nomatch-uk|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0"
  "one-number|q=99999"
  "one-pl|q=99999%20wolontariat"
  "few-prefix|q=9999"
  "half-torun|q=torun"
  "all-volunteering|q=volunteering"
  "pl-dla|q=dla"
  "en-in|q=in"
  "nomatch-pl+cause|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&cause=animals"
  "nomatch-pl+near|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&near=53.0138,18.5984&radius_km=10"
  "nomatch-pl+distance|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&near=53.0138,18.5984&radius_km=100&sort=distance"
  "nomatch-pl+newest|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&sort=newest"
  "nomatch-pl+language-de|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&language=de"
  "nomatch-pl+open|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&open=true"
  "nomatch-pl+window|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&from=2026-12-01T00:00:00Z&to=2026-12-08T00:00:00Z"
  "nomatch-pl+remote|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&remote=true"
  "nomatch-uk+cause|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&cause=animals"
  "nomatch-uk+near|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&near=53.0138,18.5984&radius_km=10"
  "nomatch-uk+distance|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&near=53.0138,18.5984&radius_km=100&sort=distance"
  "nomatch-uk+newest|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&sort=newest"
  "nomatch-uk+language-de|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&language=de"
  "nomatch-uk+open|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&open=true"
  "nomatch-uk+window|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&from=2026-12-01T00:00:00Z&to=2026-12-08T00:00:00Z"
  "nomatch-uk+remote|q=%D0%B2%D0%B8%D1%88%D0%B8%D0%B2%D0%B0%D0%BD%D0%BA%D0%B0&remote=true"
  "one-number+cause|q=99999&cause=animals"
  "one-number+near|q=99999&near=53.0138,18.5984&radius_km=10"
  "one-number+distance|q=99999&near=53.0138,18.5984&radius_km=100&sort=distance"
  "one-number+newest|q=99999&sort=newest"
  "one-number+language-de|q=99999&language=de"
  "one-number+open|q=99999&open=true"
  "one-number+window|q=99999&from=2026-12-01T00:00:00Z&to=2026-12-08T00:00:00Z"
  "one-number+remote|q=99999&remote=true"
  "half-torun+cause|q=torun&cause=animals"
  "half-torun+near|q=torun&near=53.0138,18.5984&radius_km=10"
  "half-torun+distance|q=torun&near=53.0138,18.5984&radius_km=100&sort=distance"
  "half-torun+newest|q=torun&sort=newest"
  "half-torun+language-de|q=torun&language=de"
  "half-torun+open|q=torun&open=true"
  "half-torun+window|q=torun&from=2026-12-01T00:00:00Z&to=2026-12-08T00:00:00Z"
  "half-torun+remote|q=torun&remote=true"
  "language-lv|language=lv"
  "language-lt+cause|language=lt&cause=animals"
  "window-far|from=2031-01-01T00:00:00Z&to=2031-01-08T00:00:00Z"
  "window-far+near|from=2031-01-01T00:00:00Z&to=2031-01-08T00:00:00Z&near=53.0138,18.5984&radius_km=10"
  "cause+remote+open|cause=animals&remote=true&open=true"
  "near-empty-sea|near=55.0,15.0&radius_km=50"
  "near-empty-sea+distance|near=55.0,15.0&radius_km=200&sort=distance"
  "half-torun+page2-distance|q=torun&near=53.0138,18.5984&radius_km=100&sort=distance"
)

scenario_search() {
  local entry name query skill db="${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/hop}"
  skill=$(psql -qAt "$db" -c "SELECT id FROM skills WHERE slug = 'first-aid'" 2>/dev/null || true)
  [ -n "$skill" ] && SEARCH_QUERIES+=("skill|skill=$skill" "skill-near|skill=$skill&near=53.0138,18.5984&radius_km=20"
    "nomatch-pl+skill|q=%C5%BC%C3%B3%C5%82todzi%C3%B3b&skill=$skill" "one-number+skill|q=99999&skill=$skill"
    "half-torun+skill|q=torun&skill=$skill" "skill+language-de|skill=$skill&language=de"
    "skill+window-far|skill=$skill&from=2031-01-01T00:00:00Z")
  for entry in "${SEARCH_QUERIES[@]}"; do
    name="${entry%%|*}"
    query="${entry#*|}"
    run_and_report "search-$name" "$CONNECTIONS" "$BASE/api/v1/opportunities?limit=20&$query"
  done
}
