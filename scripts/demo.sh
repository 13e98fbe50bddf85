#!/usr/bin/env bash
# Install tracker into .venv and run the main job on the bundled sample articles (SQLite, ./tracker.db).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .
.venv/bin/tracker ingest seeds/corpus/articles
.venv/bin/tracker export claims --format csv -o claims.csv
.venv/bin/tracker export articles --format jsonl -o articles.jsonl
.venv/bin/tracker report policy smart-city
