#!/usr/bin/env bash
# The main job on the bundled fixtures: extract facts from every fixture article, load them
# into a persistent Oxigraph store, and ask it for every show's cast.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --all-targets --locked --quiet
store="${SHOWKG_DEMO_STORE:-target/demo-store}"
bin=target/release/showkg
"$bin" load fixtures/articles --location "$store"
# The shapes of README "Fast query shapes": each row once, whatever the number of articles
# that repeat a show's name and type.
"$bin" query --location "$store" '
  SELECT DISTINCT ?show ?actor ?character WHERE {
    ?s schema:actor ?a . FILTER EXISTS { ?s a schema:TVSeries }
    { ?a schema:characterName ?character ; schema:actor/schema:name+ ?actor }
    UNION { FILTER EXISTS { ?a a schema:Person } ?a schema:name+ ?actor }
    ?s schema:name+ ?show .
  } ORDER BY ?show ?actor ?character'
cat <<MSG

The store is at $store. Try next:
  $bin query --location $store 'SELECT ?show ?date WHERE { ?s schema:name ?show ; schema:startDate ?date } ORDER BY ?date'
  $bin query --location $store --results-format json 'SELECT DISTINCT ?show ?v WHERE { ?o schema:measuredProperty showkg:hoursViewed ; schema:value ?v ; schema:observationAbout ?s . ?s schema:name+ ?show }'
  $bin dump --location $store --format turtle | less
  $bin extract --format jsonld fixtures/articles/a01-harbor-lights-premiere.txt
MSG
