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
"$bin" query --location "$store" '
  SELECT ?show ?actor ?character WHERE {
    ?s a schema:TVSeries ; schema:name ?show ; schema:actor ?a .
    OPTIONAL { ?a a schema:PerformanceRole ; schema:characterName ?character ; schema:actor ?p . ?p schema:name ?pn }
    OPTIONAL { ?a a schema:Person ; schema:name ?an }
    BIND(COALESCE(?pn, ?an) AS ?actor)
  } ORDER BY ?show ?actor ?character'
cat <<MSG

The store is at $store. Try next:
  $bin query --location $store 'SELECT ?show ?date WHERE { ?s schema:name ?show ; schema:startDate ?date } ORDER BY ?date'
  $bin query --location $store --results-format json 'SELECT ?show ?v WHERE { ?o schema:observationAbout ?s ; schema:measuredProperty showkg:hoursViewed ; schema:value ?v . ?s schema:name ?show }'
  $bin dump --location $store --format turtle | less
  $bin extract --format jsonld fixtures/articles/a01-harbor-lights-premiere.txt
MSG
